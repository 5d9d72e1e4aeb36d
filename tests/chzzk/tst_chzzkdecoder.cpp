// CHZZK frames in, events out (docs/CHZZK-PROTOCOL.md §8): every recording of
// tests/data/fixtures/chzzk against its snapshot, every command and line kind
// the recordings hold, the edge cases the protocol notes list, and hostile
// input that must never crash.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "core/chzzk/FrameDecoder.h"
#include "core/events/Donation.h"
#include "core/events/EventJson.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

QString fixture(const QString &name)
{
    return testdata::dataDir() + u"/fixtures/chzzk/"_s + name;
}

// The server's frames of a recording, as the CLI reads them.
QList<QByteArray> serverFrames(const QString &name)
{
    QList<QByteArray> frames;
    for (const QByteArray &line : testdata::readFile(fixture(name)).split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value("dir"_L1).toString() == "in"_L1 && !o.contains("url"_L1))
            frames.append(o.value("text"_L1).toString().toUtf8());
    }
    return frames;
}

EventBatch decode(const QList<QByteArray> &frames)
{
    chzzk::FrameDecoder decoder;
    EventBatch events;
    for (const QByteArray &frame : frames)
        decoder.decode(frame, events);
    return events;
}

EventBatch decode(const QByteArray &frame)
{
    return decode(QList<QByteArray> {frame});
}

QByteArray jsonLines(const EventBatch &events)
{
    QByteArray lines;
    for (const EventPtr &event : events) {
        EventJson::append(lines, *event);
        lines.append('\n');
    }
    return lines;
}

QJsonObject json(const EventPtr &event)
{
    return QJsonDocument::fromJson(EventJson::toJson(*event)).object();
}

// A 93101/93102 frame with one line in the pushed spelling.
QByteArray pushed(int cmd, const QJsonObject &line)
{
    return QJsonDocument(QJsonObject {{u"svcid"_s, u"game"_s}, {u"ver"_s, u"1"_s}, {u"cmd"_s, cmd},
                             {u"bdy"_s, QJsonArray {line}}, {u"tid"_s, QJsonValue::Null}, {u"cid"_s, u"N2l_uf"_s}})
        .toJson(QJsonDocument::Compact);
}

QString profileJson(const QString &id, const QString &nickname, const QString &role, int months = 0)
{
    QJsonObject property {{u"nicknameColor"_s, QJsonObject {{u"colorCode"_s, u"CC000"_s}}}};
    if (months > 0)
        property.insert(u"subscription"_s, QJsonObject {{u"accumulativeMonth"_s, months}, {u"tier"_s, 1}});
    return QString::fromUtf8(QJsonDocument(
        QJsonObject {{u"userIdHash"_s, id}, {u"nickname"_s, nickname}, {u"userRoleCode"_s, role},
            {u"streamingProperty"_s,
                property}}).toJson(QJsonDocument::Compact));
}

QJsonObject chatLine(const QString &id, const QString &text, qint64 timeMs, const QJsonValue &profile)
{
    return {{u"svcid"_s, u"game"_s}, {u"cid"_s, u"N2l_uf"_s}, {u"mbrCnt"_s, 10}, {u"uid"_s, id},
        {u"profile"_s, profile}, {u"msg"_s, text}, {u"msgTypeCode"_s, 1}, {u"msgStatusType"_s, u"NORMAL"_s},
        {u"extras"_s, u"{\"osType\":\"PC\",\"chatType\":\"STREAMING\",\"emojis\":{}}"_s}, {u"msgTime"_s, timeMs}};
}

// The same line in recent chat's spelling.
QJsonObject recentSpelling(const QJsonObject &line)
{
    return {{u"serviceId"_s, u"game"_s}, {u"channelId"_s, u"N2l_uf"_s}, {u"messageTime"_s, line[u"msgTime"_s]},
        {u"userId"_s, line[u"uid"_s]}, {u"profile"_s, line[u"profile"_s]}, {u"content"_s, line[u"msg"_s]},
        {u"extras"_s, line[u"extras"_s]}, {u"memberCount"_s, 10}, {u"messageTypeCode"_s, line[u"msgTypeCode"_s]},
        {u"messageStatusType"_s, line[u"msgStatusType"_s]}};
}

QByteArray recent(const QJsonArray &lines)
{
    return QJsonDocument(
        QJsonObject {{u"svcid"_s, u"game"_s}, {u"cmd"_s, 15101}, {u"retCode"_s, 0},
            {u"bdy"_s, QJsonObject {{u"messageList"_s, lines}, {u"userCount"_s, 3}, {u"notice"_s, QJsonValue::Null}}}})
        .toJson(QJsonDocument::Compact);
}

// Frames quoted verbatim in the protocol notes from the same recordings
// (CHZZK-NOTES.md §1.12 TV15, TV16): a gift of two subscriptions, not in
// the recordings kept here.
const QByteArray GiftAnnouncement =
    "{\"svcid\":\"game\",\"ver\":\"1\",\"bdy\":{\"giftId\":\"46gXAa6MzXQiZhNvqsPHcdHRpzmuo\",\"selectionType\":"
    "\"MANUAL\",\"quantity\":2,\"partialRefundedQuantity\":0,\"giftTierNo\":1,\"anonymousToken\":"
    "\"e8000b02c0ae15d441ce6fefc892c82b1afa0fe5\",\"senderTierNo\":2,\"giftType\":\"SUBSCRIPTION_GIFT\","
    "\"failedUsers\":null,\"completedQuantity\":2,\"type\":\"SUBSCRIPTION_GIFT\",\"giftTierName\":\"치코\"},\"cmd\":"
    "93006,\"tid\":null,\"cid\":\"N2mCT0\"}";
const QByteArray GiftReceiver =
    "{\"svcid\":\"game\",\"ver\":\"1\",\"bdy\":[{\"svcid\":\"game\",\"cid\":\"N2mCT0\",\"mbrCnt\":2799,\"uid\":"
    "\"anonymous\",\"profile\":null,\"msg\":\"\",\"msgTypeCode\":12,\"msgStatusType\":\"NORMAL\",\"extras\":\"{"
    "\\\"giftId\\\":\\\"46gXAa6MzXQiZhNvqsPHcdHRpzmuo\\\",\\\"receiverUserIdHash\\\":"
    "\\\"6e4a492e6e057f8dc4ce3144fbc84649\\\",\\\"selectionType\\\":\\\"MANUAL\\\",\\\"giftTierNo\\\":1,"
    "\\\"receiverVerifiedMark\\\":false,\\\"giftType\\\":\\\"SUBSCRIPTION_GIFT_RECEIVER\\\",\\\"receiverNickname\\\":"
    "\\\"观众213\\\",\\\"giftTierName\\\":\\\"치코\\\"}\",\"ctime\":1790782707031,\"utime\":1790782707031,\"msgTid\":"
    "null,\"cuid\":null,\"msgTime\":1790782707028}],\"cmd\":93102,\"tid\":null,\"cid\":\"N2mCT0\"}";

} // namespace

class TestChzzkDecoder : public QObject
{
    Q_OBJECT

private slots:
    void recordingsDecodeToTheirSnapshots_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
            {"live-2026-09-29", "live-restrictions-2026-09-30", "recent-chat-2026-09-28", "recent-chat-2026-09-30"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void recordingsDecodeToTheirSnapshots()
    {
        QFETCH(QString, name);
        const QByteArray actual = jsonLines(decode(serverFrames(name + u".frames.jsonl"_s)));
        const QList<QByteArray> expected = testdata::readFile(fixture(name + u".events.jsonl"_s)).split('\n');
        const QList<QByteArray> lines = actual.split('\n');
        for (qsizetype i = 0; i < std::min(lines.size(), expected.size()); ++i)
            QCOMPARE(lines[i], expected[i]);
        QCOMPARE(lines.size(), expected.size());
    }

    void everyKindInTheRecordingsIsDecoded()
    {
        QSet<QString> types;
        qint64 unknown = 0;
        for (const char *name :
            {"live-2026-09-29", "live-restrictions-2026-09-30", "recent-chat-2026-09-28", "recent-chat-2026-09-30"}) {
            for (const EventPtr &event : decode(serverFrames(QString::fromLatin1(name) + u".frames.jsonl"_s))) {
                types.insert(eventTypeName(event->type));
                unknown += event->type == EventType::Unknown || event->type == EventType::Malformed;
                // Every event reads back from its JSON as itself.
                const QByteArray line = EventJson::toJson(*event);
                const EventPtr back = EventJson::fromJson(line);
                QVERIFY(back);
                QCOMPARE(EventJson::toJson(*back), line);
            }
        }
        QCOMPARE(unknown, 0);
        const QSet<QString> expected {u"keepalive"_s, u"join_reply"_s, u"chat"_s, u"cheese"_s, u"video_cheese"_s,
            u"mission_cheese"_s, u"subscription_renewal"_s, u"admin_notice"_s, u"notice"_s, u"blind"_s, u"mute"_s,
            u"freeze"_s, u"slow_mode"_s};
        QCOMPARE(types, expected);
    }

    void aChatLineCarriesAuthorRolesMonthsTimeAndEmoticons()
    {
        QJsonObject line = chatLine(u"u1"_s, u"안녕 {:d_49:}"_s, 1790632326834,
            profileJson(u"u1"_s, u"관리자"_s, u"streaming_chat_manager"_s, 7));
        line[u"extras"_s] =
            u"{\"emojis\":{\"d_49\":\"https://x/b_09.gif\",\"d_41\":\"https://x/b_01.gif\"},\"osType\":\"PC\"}"_s;
        const EventBatch events = decode(pushed(93101, line));
        QCOMPARE(events.size(), 1);
        QCOMPARE(EventJson::toJson(*events[0]),
            "{\"type\":\"chat\",\"platform\":\"chzzk\",\"text\":\"안녕 {:d_49:}\",\"user_id\":\"u1\",\"nickname\":\"관리자\",\"roles\":[\"manager\",\"subscriber\"],\"subscription_months\":7,\"sent_at\":\"2026-09-28T21:52:06.834Z\",\"emoticons\":{\"d_41\":\"https://x/b_01.gif\",\"d_49\":\"https://x/b_09.gif\"},\"chzzk\":{\"service\":93101,\"return_code\":0}}"_ba);
    }

    void bothSpellingsDecodeAlike()
    {
        const QJsonObject line =
            chatLine(u"u1"_s, u"ㅋㅋ"_s, 1790632326834, profileJson(u"u1"_s, u"스트리머"_s, u"streamer"_s));
        QJsonObject live = json(decode(pushed(93101, line)).first());
        QJsonObject fromRecent = json(decode(recent({recentSpelling(line)})).first());
        QCOMPARE(live.take(u"chzzk"_s).toObject()[u"service"_s].toInt(), 93101);
        QCOMPARE(fromRecent.take(u"chzzk"_s).toObject()[u"service"_s].toInt(), 15101);
        QCOMPARE(live, fromRecent);
        QCOMPARE(live[u"roles"_s].toArray(), QJsonArray {u"host"_s});
        QCOMPARE(live[u"subscription_months"_s].toInt(), -1);
    }

    void aNullOrEmptyProfileIsNoProfile()
    {
        // profile null: an anonymous donor; "{}": a system line.
        const QByteArray anonymous = pushed(93102,
            {{u"uid"_s, u"anonymous"_s}, {u"profile"_s, QJsonValue::Null}, {u"msg"_s, u"힘내세요"_s},
                {u"msgTypeCode"_s, 10}, {u"msgStatusType"_s, u"NORMAL"_s},
                {u"extras"_s,
                    u"{\"donationType\":\"CHAT\",\"isAnonymous\":true,\"payType\":\"CURRENCY\",\"payAmount\":1000}"_s},
                {u"msgTime"_s, qint64(1790782985534)}});
        const EventBatch donation = decode(anonymous);
        QCOMPARE(donation.size(), 1);
        QCOMPARE(EventJson::toJson(*donation[0]),
            "{\"type\":\"cheese\",\"platform\":\"chzzk\",\"user_id\":\"anonymous\",\"nickname\":\"익명의 후원자\",\"count\":1000,\"text\":\"힘내세요\",\"sent_at\":\"2026-09-30T15:43:05.534Z\",\"chzzk\":{\"service\":93102,\"return_code\":0}}"_ba);
        const std::optional<Donation> value = donationOf(*donation[0]);
        QVERIFY(value);
        QCOMPARE(value->unit, DonationUnit::Cheese);
        QCOMPARE(value->amount, 1000);

        const QByteArray system = pushed(93102,
            {{u"uid"_s, u"SYSTEM_MESSAGE"_s}, {u"profile"_s, u"{}"_s}, {u"msg"_s, u"이모티콘 모드 ON"_s},
                {u"msgTypeCode"_s, 30}, {u"msgStatusType"_s, u"NORMAL"_s},
                {u"extras"_s,
                    u"{\"description\":\"텍스트 대신 이모티콘만 전송할 수 있어요.\",\"styleType\":1,\"params\":{}}"_s},
                {u"msgTime"_s, qint64(1790632421633)}});
        QCOMPARE(EventJson::toJson(*decode(system).first()),
            "{\"type\":\"admin_notice\",\"platform\":\"chzzk\",\"text\":\"이모티콘 모드 ON\",\"message\":\"텍스트 대신 이모티콘만 전송할 수 있어요.\",\"sent_at\":\"2026-09-28T21:53:41.633Z\",\"chzzk\":{\"service\":93102,\"return_code\":0}}"_ba);
    }

    void recentChatIsShownInTheOrderItWasSaid()
    {
        const QJsonObject a = recentSpelling(chatLine(u"a"_s, u"first"_s, 1000, QJsonValue::Null));
        const QJsonObject b = recentSpelling(chatLine(u"b"_s, u"second"_s, 2000, QJsonValue::Null));
        const QJsonObject c = recentSpelling(chatLine(u"c"_s, u"third"_s, 2000, QJsonValue::Null));
        const QJsonObject d = recentSpelling(chatLine(u"d"_s, u"fourth"_s, 3000, QJsonValue::Null));
        QStringList texts;
        for (const EventPtr &event : decode(recent({d, b, a, c})))
            texts.append(event->text.value_or(QString()));
        QCOMPARE(
            texts, (QStringList {u"first"_s, u"second"_s, u"third"_s, u"fourth"_s})); // equal times keep their order
    }

    void aBlindNamesALineAlreadyShown()
    {
        // From live-restrictions-2026-09-30: a line of recent chat (t=11217)
        // hidden 137 s later, when its author was restricted.
        const QList<QByteArray> frames = serverFrames(u"live-restrictions-2026-09-30.frames.jsonl"_s);
        const EventBatch events = decode(frames);
        const auto hides = [](const EventPtr &blind, const EventPtr &line) {
            return blind->details().sentAtMs == line->details().sentAtMs && blind->userId == line->userId;
        };
        qsizetype shown = -1;
        qsizetype hidden = -1;
        for (qsizetype i = 0; i < events.size(); ++i) {
            if (events[i]->type == EventType::Chat && events[i]->details().sentAtMs == 1790782217788)
                shown = i;
            if (events[i]->type == EventType::Blind && events[i]->details().sentAtMs == 1790782217788)
                hidden = i;
        }
        QVERIFY(shown >= 0 && hidden > shown);
        QVERIFY(hides(events[hidden], events[shown]));
        QCOMPARE(events[hidden]->details().reason, u"hidden"_s);
        QCOMPARE(EventJson::toJson(*events[hidden]),
            "{\"type\":\"blind\",\"platform\":\"chzzk\",\"user_id\":\"8a910497bc63a4b6c3068c48aee0a250\",\"sent_at\":\"2026-09-30T15:30:17.788Z\",\"reason\":\"hidden\",\"chzzk\":{\"service\":94008,\"return_code\":0}}"_ba);
    }

    void aLineThatArrivesHiddenIsFollowedByItsBlind()
    {
        QJsonObject line = chatLine(u"u1"_s, u"ㅅㅂ"_s, 1790782352315, profileJson(u"u1"_s, u"닉"_s, u"common_user"_s));
        line[u"msgStatusType"_s] = u"CBOTBLIND"_s;
        const EventBatch events = decode(pushed(93101, line));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0]->type, EventType::Chat);
        QCOMPARE(events[0]->text, u"ㅅㅂ"_s); // the text stays: hiding is the view's choice
        QCOMPARE(events[1]->type, EventType::Blind);
        QCOMPARE(events[1]->details().reason, u"clean_bot"_s);
        QCOMPARE(events[1]->userId, u"u1"_s);
        QCOMPARE(events[1]->details().sentAtMs, 1790782352315);
    }

    void aGiftIsOneEventPerReceiverGroupedByItsId()
    {
        chzzk::FrameDecoder decoder;
        EventBatch events;
        decoder.decode(GiftAnnouncement, events);
        QCOMPARE(events.size(), 0); // its receivers follow as lines of their own
        QCOMPARE(decoder.counters().duplicates, 1u);
        decoder.decode(GiftReceiver, events);
        QByteArray second = GiftReceiver;
        second.replace("6e4a492e6e057f8dc4ce3144fbc84649", "0123456789abcdef0123456789abcdef")
            .replace("观众213", "观众214");
        decoder.decode(second, events);
        QCOMPARE(events.size(), 2);
        QCOMPARE(EventJson::toJson(*events[0]),
            "{\"type\":\"subscription_gift\",\"platform\":\"chzzk\",\"user_id\":\"anonymous\",\"nickname\":\"익명의 후원자\",\"to_user_id\":\"6e4a492e6e057f8dc4ce3144fbc84649\",\"to_nickname\":\"观众213\",\"tier\":1,\"gift_id\":\"46gXAa6MzXQiZhNvqsPHcdHRpzmuo\",\"sent_at\":\"2026-09-30T15:38:27.028Z\",\"chzzk\":{\"service\":93102,\"return_code\":0}}"_ba);
        QCOMPARE(events[1]->details().giftId, events[0]->details().giftId);
        QCOMPARE(events[1]->details().toNickname, u"观众214"_s);
    }

    void subscriptionsCarryMonthsAndTier()
    {
        const auto subscription = [](int months) {
            return pushed(93102,
                {{u"uid"_s, u"u1"_s}, {u"profile"_s, profileJson(u"u1"_s, u"구독자"_s, u"common_user"_s, months)},
                    {u"msg"_s, u""_s}, {u"msgTypeCode"_s, 11}, {u"msgStatusType"_s, u"NORMAL"_s},
                    {u"extras"_s,
                        u"{\"month\":%1,\"tierName\":\"진골\",\"nickname\":\"구독자\",\"tierNo\":2}"_s.arg(months)},
                    {u"msgTime"_s, qint64(1790632771697)}});
        };
        const EventPtr first = decode(subscription(1)).first();
        QCOMPARE(first->type, EventType::Subscription);
        QCOMPARE(first->details().months, 1);
        QCOMPARE(first->details().tier, 2);
        QVERIFY(!first->text); // an empty message is no text
        const EventPtr renewal = decode(subscription(32)).first();
        QCOMPARE(renewal->type, EventType::SubscriptionRenewal);
        QCOMPARE(renewal->details().months, 32);
        QCOMPARE(donationTier(*renewal), DonationTier::Large);
    }

    void donationsOfEveryKindAreCheese()
    {
        const auto donation = [](const QString &kind, int amount) {
            return decode(
                pushed(93102,
                    {{u"uid"_s, u"u1"_s}, {u"profile"_s, profileJson(u"u1"_s, u"팬"_s, u"common_user"_s)},
                        {u"msg"_s, u"영상"_s}, {u"msgTypeCode"_s, 10}, {u"msgStatusType"_s, u"NORMAL"_s},
                        {u"extras"_s,
                            u"{\"donationType\":\"%1\",\"isAnonymous\":false,\"payAmount\":%2,\"nickname\":\"팬\"}"_s
                                .arg(kind)
                                .arg(amount)},
                        {u"msgTime"_s, qint64(1790632537718)}}))
                .first();
        };
        QCOMPARE(donation(u"CHAT"_s, 1000)->type, EventType::Cheese);
        QCOMPARE(donation(u"VIDEO"_s, 1820)->type, EventType::VideoCheese);
        QCOMPARE(donation(u"MISSION"_s, 20000)->type, EventType::MissionCheese);
        QCOMPARE(donation(u"MISSION_PARTICIPATION"_s, 40000)->count, 40000);
        QCOMPARE(donation(u"CHAT"_s, 1000)->nickname, u"팬"_s);
        QCOMPARE(donationTier(*donation(u"CHAT"_s, 100'000)), DonationTier::Large);
        QCOMPARE(donation(u"PARTY"_s, 1000)->type, EventType::Unknown); // a kind we do not know stays raw
    }

    void noticesPinAndUnpin()
    {
        const QByteArray unpin =
            "{\"svcid\":\"game\",\"ver\":\"1\",\"bdy\":{},\"cmd\":94010,\"tid\":null,\"cid\":\"N2l_uf\"}";
        const EventBatch events = decode(unpin);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0]->type, EventType::Notice);
        QVERIFY(!events[0]->text);

        // recent-chat-2026-09-30 #1: a viewer's line pinned by the streamer.
        const EventBatch recentChat = decode(serverFrames(u"recent-chat-2026-09-30.frames.jsonl"_s).at(1));
        const EventPtr notice = recentChat.last();
        QCOMPARE(notice->type, EventType::Notice);
        QCOMPARE(notice->text, u"효니 탑 보고싶다"_s);
        QCOMPARE(notice->nickname, u"观众72"_s);
        QCOMPARE(notice->details().byUserId, u"034449b176b163a705b9c0e81f7a51c2"_s);
    }

    void chatModeAndRestrictions()
    {
        const QByteArray mode =
            "{\"svcid\":\"game\",\"ver\":\"1\",\"bdy\":{\"minFollowerMinute\":1440,\"chatEmojiMode\":true,"
            "\"chatSlowModeSec\":5,\"allowSubscriberInFollowerMode\":true,\"chatAvailableGroup\":\"SUBSCRIBER\","
            "\"chatDonationRankingExposure\":false,\"type\":\"CHANGE_CHAT_MODE\",\"chatAvailableCondition\":\"REAL_"
            "NAME\"},\"cmd\":93006,\"tid\":null,\"cid\":\"N2l_uf\"}";
        const EventBatch events = decode(mode);
        QCOMPARE(events.size(), 2);
        QCOMPARE(EventJson::toJson(*events[0]),
            "{\"type\":\"freeze\",\"platform\":\"chzzk\",\"frozen\":true,\"allowed_roles\":[\"host\",\"manager\",\"subscriber\"],\"chzzk\":{\"service\":93006,\"return_code\":0}}"_ba);
        QCOMPARE(EventJson::toJson(*events[1]),
            "{\"type\":\"slow_mode\",\"platform\":\"chzzk\",\"seconds\":5,\"chzzk\":{\"service\":93006,\"return_code\":0}}"_ba);

        const EventPtr mute = decode(serverFrames(u"live-restrictions-2026-09-30.frames.jsonl"_s).at(17)).first();
        QCOMPARE(EventJson::toJson(*mute),
            "{\"type\":\"mute\",\"platform\":\"chzzk\",\"user_id\":\"31a2c15a143fd05614f07bdd56b99398\",\"seconds\":30,\"count\":1,\"chzzk\":{\"service\":93006,\"return_code\":0}}"_ba);
    }

    void unknownCommandsAndKindsAreKeptRaw()
    {
        const QByteArray kick = "{\"cmd\":94005,\"bdy\":{\"quitUserIdList\":[\"x\"]}}";
        const EventBatch events = decode(kick);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0]->type, EventType::Unknown);
        QCOMPARE(events[0]->details().fields, (QStringList {u"94005"_s, QString::fromUtf8(kick)}));

        QJsonObject sticker = chatLine(u"u1"_s, u""_s, 1, QJsonValue::Null);
        sticker[u"msgTypeCode"_s] = 3;
        const EventPtr unknownLine = decode(pushed(93101, sticker)).first();
        QCOMPARE(unknownLine->type, EventType::Unknown);
        QCOMPARE(unknownLine->details().fields.first(), u"93101"_s);
        QVERIFY(unknownLine->details().fields.last().contains(u"\"msgTypeCode\":3"_s));

        const QByteArray event = "{\"cmd\":93006,\"bdy\":{\"type\":\"LIVE_MID_ROLL_AD\",\"x\":1}}";
        QCOMPARE(decode(event).first()->type, EventType::Unknown);
    }

    void joinReplies()
    {
        const EventPtr ok = decode(serverFrames(u"live-2026-09-29.frames.jsonl"_s).first()).first();
        QCOMPARE(EventJson::toJson(*ok),
            "{\"type\":\"join_reply\",\"platform\":\"chzzk\",\"chat_no\":\"N2l_uf\",\"chzzk\":{\"service\":10100,\"return_code\":0}}"_ba);
        const EventPtr refused =
            decode("{\"cmd\":10100,\"retCode\":105,\"retMsg\":\"Incorrect parameter\",\"bdy\":null}"_ba).first();
        QCOMPARE(refused->returnCode, 105);
        QCOMPARE(refused->details().message, u"Incorrect parameter"_s);
    }

    void hostileInputNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("type");
        QTest::newRow("empty") << QByteArray() << u"malformed"_s;
        QTest::newRow("not json") << "hello"_ba << u"malformed"_s;
        QTest::newRow("array") << "[1,2]"_ba << u"malformed"_s;
        QTest::newRow("cmd string") << "{\"cmd\":\"93101\",\"bdy\":[]}"_ba << u"malformed"_s;
        QTest::newRow("cmd negative") << "{\"cmd\":-1}"_ba << u"malformed"_s;
        QTest::newRow("cmd fraction") << "{\"cmd\":93101.5}"_ba << u"malformed"_s;
        QTest::newRow("cmd huge") << "{\"cmd\":1e300}"_ba << u"malformed"_s;
        QTest::newRow("cmd beyond double") << "{\"cmd\":1e400}"_ba << u"malformed"_s;
        QTest::newRow("cmd beyond int") << "{\"cmd\":123456789012345678901234567890}"_ba << u"malformed"_s;
        QTest::newRow("bdy number") << "{\"cmd\":93101,\"bdy\":5}"_ba << u"malformed"_s;
        QTest::newRow("line not object") << "{\"cmd\":93101,\"bdy\":[7]}"_ba << u"malformed"_s;
        QTest::newRow("type string") << "{\"cmd\":93101,\"bdy\":[{\"msgTypeCode\":\"1\"}]}"_ba << u"unknown"_s;
        QTest::newRow("profile number")
            << "{\"cmd\":93101,\"bdy\":[{\"msgTypeCode\":1,\"profile\":5,\"msg\":\"x\"}]}"_ba << u"chat"_s;
        QTest::newRow("profile broken")
            << "{\"cmd\":93101,\"bdy\":[{\"msgTypeCode\":1,\"profile\":\"{\\\"nick\",\"msg\":7}]}"_ba << u"chat"_s;
        QTest::newRow("time huge") << "{\"cmd\":93101,\"bdy\":[{\"msgTypeCode\":1,\"msgTime\":1e300}]}"_ba << u"chat"_s;
        QTest::newRow("amount negative")
            << "{\"cmd\":93102,\"bdy\":[{\"msgTypeCode\":10,\"extras\":\"{\\\"donationType\\\":\\\"CHAT\\\",\\\"payAmount\\\":-5}\"}]}"_ba
            << u"malformed"_s;
        QTest::newRow("amount string")
            << "{\"cmd\":93102,\"bdy\":[{\"msgTypeCode\":10,\"extras\":\"{\\\"donationType\\\":\\\"CHAT\\\",\\\"payAmount\\\":\\\"1000\\\"}\"}]}"_ba
            << u"malformed"_s;
        QTest::newRow("amount huge")
            << "{\"cmd\":93102,\"bdy\":[{\"msgTypeCode\":10,\"extras\":\"{\\\"donationType\\\":\\\"CHAT\\\",\\\"payAmount\\\":1e18}\"}]}"_ba
            << u"malformed"_s;
        QTest::newRow("blind without time") << "{\"cmd\":94008,\"bdy\":{\"userId\":\"u\"}}"_ba << u"malformed"_s;
        QTest::newRow("recent not object") << "{\"cmd\":15101,\"bdy\":[]}"_ba << u"malformed"_s;
        QTest::newRow("deep nesting") << QByteArray(100'000, '[') << u"malformed"_s;
        QTest::newRow("deep nesting inside")
            << QByteArray("{\"cmd\":93101,\"bdy\":[{\"msgTypeCode\":1,\"profile\":\"") + QByteArray(50'000, '[') +
                "\"}]}"
            << u"chat"_s;
        QTest::newRow("invalid utf-8") << QByteArray(
                                              "{\"cmd\":93101,\"bdy\":[{\"msgTypeCode\":1,\"msg\":\"\xff\xfe\"}]}")
                                       << u"malformed"_s;
        QTest::newRow("nul inside") << QByteArray("{\"cmd\":0\0}", 10) << u"malformed"_s;
    }

    void hostileInputNeverCrashes()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, type);
        const EventBatch events = decode(frame);
        QCOMPARE(events.size(), 1);
        QCOMPARE(eventTypeName(events[0]->type), type);
        const QByteArray line = EventJson::toJson(*events[0]);
        const EventPtr back = EventJson::fromJson(line);
        QVERIFY(back);
        QCOMPARE(EventJson::toJson(*back), line);
    }

    void everyTruncationOfARealFrameIsMalformed()
    {
        const QByteArray frame = serverFrames(u"recent-chat-2026-09-28.frames.jsonl"_s).at(1);
        chzzk::FrameDecoder decoder;
        for (qsizetype size = 0; size < frame.size(); size += 7) {
            EventBatch events;
            decoder.decode(QByteArrayView(frame).first(size), events);
            QCOMPARE(events.size(), 1);
            QCOMPARE(events[0]->type, EventType::Malformed);
        }
        QCOMPARE(decoder.counters().malformed, decoder.counters().frames);
    }

    void theCommandLineDecodesARecording()
    {
        QProcess cli;
        cli.start(testdata::cliPath(),
            {u"decode"_s, u"--platform"_s, u"chzzk"_s, fixture(u"live-2026-09-29.frames.jsonl"_s)});
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(cli.readAllStandardOutput(), testdata::readFile(fixture(u"live-2026-09-29.events.jsonl"_s)));
        QVERIFY(cli.readAllStandardError().contains("39 frames, 107 lines, 0 malformed, 0 unknown, 6 other records"));

        cli.start(testdata::cliPath(), {u"decode"_s, u"--platform"_s, u"kick"_s, u"-"_s});
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestChzzkDecoder)
#include "tst_chzzkdecoder.moc"
