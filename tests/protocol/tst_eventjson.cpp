// The JSON form of events (docs/EVENTS.md): exact bytes, escaping, and a
// faithful round trip through fromJson for recordings and replay.
#include <QDateTime>
#include <QTest>

#include "core/events/EventJson.h"
#include "core/soop/UserFlagBits.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

class TestEventJson : public QObject
{
    Q_OBJECT

private slots:
    void chatMatchesTheContractExampleExactly()
    {
        ChatEvent e;
        e.type = EventType::Chat;
        e.service = 5;
        e.text = u"안녕하세요"_s;
        e.userId = u"viewer7"_s;
        e.nickname = u"시청자7"_s;
        e.flags = soop::makeFlags(268501024, 163840);
        e.subscriptionMonths = 1;
        QCOMPARE(EventJson::toJson(e),
            u"{\"type\":\"chat\",\"platform\":\"soop\",\"text\":\"안녕하세요\",\"user_id\":\"viewer7\","
            "\"nickname\":\"시청자7\",\"roles\":[\"fan_club\",\"subscriber\"],\"subscription_months\":1,"
            "\"soop\":{\"service\":5,\"return_code\":0,\"flag1\":268501024,\"flag2\":163840}}"_s.toUtf8());
    }

    void absentValuesAreLeftOut()
    {
        ChatEvent e;
        e.type = EventType::Subscription;
        e.service = 91;
        e.userId = u"v"_s;
        QCOMPARE(EventJson::toJson(e),
            QByteArray(
                R"({"type":"subscription","platform":"soop","user_id":"v","soop":{"service":91,"return_code":0}})"));
    }

    void malformedAndGapEventsHaveNoServiceCode()
    {
        ChatEvent malformed;
        malformed.type = EventType::Malformed;
        malformed.editDetails().reason = u"bad"_s;
        malformed.editDetails().offset = 12;
        QCOMPARE(EventJson::toJson(malformed),
            QByteArray(R"({"type":"malformed","platform":"soop","reason":"bad","offset":12})"));

        ChatEvent gap;
        gap.type = EventType::Gap;
        gap.editDetails().gapFromMs = 1'700'000'000'000;
        gap.editDetails().gapToMs = 1'700'000'004'250;
        QCOMPARE(EventJson::toJson(gap),
            QByteArray(
                R"({"type":"gap","platform":"soop","from":"2023-11-14T22:13:20.000Z","to":"2023-11-14T22:13:24.250Z"})"));
    }

    void controlCharactersQuotesAndBackslashesAreEscaped()
    {
        ChatEvent e;
        e.type = EventType::Notice;
        e.service = 104;
        e.text = u"a\"b\\c\nd\te\x01 <script>"_s;
        QCOMPARE(EventJson::toJson(e),
            QByteArray("{\"type\":\"notice\",\"platform\":\"soop\","
                       "\"text\":\"a\\\"b\\\\c\\nd\\te\\u0001 <script>\","
                       "\"soop\":{\"service\":104,\"return_code\":0}}"));
    }

    void everyEventReadsBackAsTheSameJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray lines[] = {
            R"({"type":"chat","platform":"soop","received_at":"2026-11-22T12:00:01.250Z","text":"ㅋㅋ 😀","user_id":"u","nickname":"닉","roles":["top_fan","fan_club"],"subscription_months":-1,"soop":{"service":5,"return_code":0,"flag1":32800,"flag2":0}})",
            R"({"type":"user_enter","platform":"soop","users":[{"user_id":"a","nickname":"A","roles":["host"],"soop":{"flag1":4,"flag2":0}}],"soop":{"service":4,"return_code":0}})",
            R"({"type":"flag_change","platform":"soop","user_id":"u","nickname":"n","roles":["manager"],"previous_roles":[],"soop":{"service":13,"return_code":0,"flag1":256,"flag2":0,"previous_flag1":0,"previous_flag2":0}})",
            R"({"type":"balloon","platform":"soop","streamer_id":"bj","user_id":"u","nickname":"n","count":100,"fan_club_ordinal":519,"soop":{"service":18,"return_code":0}})",
            R"({"type":"mission","platform":"soop","payload":{"gift_count":3,"type":"GIFT"},"soop":{"service":121,"return_code":0}})",
            R"({"type":"unknown","platform":"soop","fields":["a",""],"soop":{"service":999,"return_code":0}})",
            R"({"type":"freeze","platform":"soop","frozen":true,"soop":{"service":21,"return_code":0}})",
            R"({"type":"malformed","platform":"soop","reason":"x","offset":3})",
            R"({"type":"gap","platform":"soop","from":"2026-11-22T12:00:00.000Z","to":"2026-11-22T12:00:04.000Z"})",
            R"({"type":"chat","platform":"chzzk","text":"ㅎㅇ","user_id":"c","nickname":"치지직","chzzk":{"service":9,"return_code":0}})",
        };
        for (const QByteArray &line : lines)
            QTest::newRow(line.left(30).constData()) << line;
    }

    void everyEventReadsBackAsTheSameJson()
    {
        QFETCH(QByteArray, json);
        QString error;
        const EventPtr event = EventJson::fromJson(json, &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(EventJson::toJson(*event), json);
    }

    // Recordings and exports made before events were platform-neutral carry
    // SOOP's packet fields at the top level and roles inside "flags": they
    // read back as the same events, and are written in today's form.
    void olderEventsReadBackInTodaysForm_data()
    {
        QTest::addColumn<QByteArray>("old");
        QTest::addColumn<QByteArray>("now");
        QTest::newRow("chat")
            << QByteArray(
                   R"({"type":"chat","service":5,"return_code":0,"received_at":"2026-11-22T12:00:01.250Z","text":"ㅋㅋ","user_id":"u","nickname":"닉","flags":{"flag1":32800,"flag2":0,"roles":["top_fan","fan_club"]},"subscription_months":-1})")
            << QByteArray(
                   R"({"type":"chat","platform":"soop","received_at":"2026-11-22T12:00:01.250Z","text":"ㅋㅋ","user_id":"u","nickname":"닉","roles":["top_fan","fan_club"],"subscription_months":-1,"soop":{"service":5,"return_code":0,"flag1":32800,"flag2":0}})");
        QTest::newRow("user_enter")
            << QByteArray(
                   R"({"type":"user_enter","service":4,"return_code":0,"users":[{"user_id":"a","nickname":"A","flags":{"flag1":4,"flag2":0,"roles":["host"]}}]})")
            << QByteArray(
                   R"({"type":"user_enter","platform":"soop","users":[{"user_id":"a","nickname":"A","roles":["host"],"soop":{"flag1":4,"flag2":0}}],"soop":{"service":4,"return_code":0}})");
        QTest::newRow("flag_change")
            << QByteArray(
                   R"({"type":"flag_change","service":13,"return_code":0,"user_id":"u","nickname":"n","flags":{"flag1":256,"flag2":0,"roles":["manager"]},"previous_flags":{"flag1":0,"flag2":0,"roles":[]}})")
            << QByteArray(
                   R"({"type":"flag_change","platform":"soop","user_id":"u","nickname":"n","roles":["manager"],"previous_roles":[],"soop":{"service":13,"return_code":0,"flag1":256,"flag2":0,"previous_flag1":0,"previous_flag2":0}})");
        QTest::newRow("gap")
            << QByteArray(R"({"type":"gap","from":"2026-11-22T12:00:00.000Z","to":"2026-11-22T12:00:04.000Z"})")
            << QByteArray(
                   R"({"type":"gap","platform":"soop","from":"2026-11-22T12:00:00.000Z","to":"2026-11-22T12:00:04.000Z"})");
    }

    void olderEventsReadBackInTodaysForm()
    {
        QFETCH(QByteArray, old);
        QFETCH(QByteArray, now);
        QString error;
        const EventPtr event = EventJson::fromJson(old, &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(event->platform, Platform::Soop);
        QCOMPARE(EventJson::toJson(*event), now);
    }

    void aChatLineReadBackSharesTheEmptyDetails()
    {
        // A recording is mostly chat: reading it back must not give every
        // line its own set of donation and moderation fields.
        const EventPtr a =
            EventJson::fromJson(R"({"type":"chat","service":5,"text":"a","user_id":"u","nickname":"n"})");
        const EventPtr b =
            EventJson::fromJson(R"({"type":"chat","service":5,"text":"b","user_id":"v","nickname":"m"})");
        QVERIFY(a && b);
        QCOMPARE(&a->details(), &b->details());
        const EventPtr balloon =
            EventJson::fromJson(R"({"type":"balloon","service":18,"count":10,"streamer_id":"bj"})");
        QVERIFY(balloon);
        QVERIFY(&balloon->details() != &a->details());
        QCOMPARE(*balloon->details().streamerId, u"bj"_s);
    }

    void timestampsReadAsQDateTimeWritesThem()
    {
        // formatTimestamp() computes the text itself; QDateTime is the reference.
        auto reference = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        };
        QList<qint64> samples {0, 1, 999, 1000, 86'399'999, 86'400'000, 951'782'400'000 /* 2000-02-29 */,
            4'107'542'399'999 /* 2100-02-28T23:59:59.999 */, 4'107'542'400'000, 1'790'000'000'123,
            253'402'300'799'999 /* 9999-12-31T23:59:59.999 */, 253'402'300'800'000, -1, -86'400'001};
        quint64 state = 12345;
        for (int i = 0; i < 20'000; ++i) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            samples.append(qint64((state >> 11) % 253'402'300'800'000ULL));
        }
        for (qint64 ms : samples) {
            QCOMPARE(EventJson::formatTimestamp(ms), reference(ms));
            if (ms >= 0 && ms <= 253'402'300'799'999) // years 1970..9999 read back
                QCOMPARE(EventJson::parseTimestamp(EventJson::formatTimestamp(ms)), ms);
        }
    }

    void nonEventsAreRejectedWithAReason()
    {
        QString error;
        QVERIFY(!EventJson::fromJson("[1]", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!EventJson::fromJson(R"({"type":"nope"})", &error));
        QVERIFY(error.contains(u"nope"_s));
    }
};

QTEST_GUILESS_MAIN(TestEventJson)
#include "tst_eventjson.moc"
