#include "sim/ScriptedSession.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "core/soop/UserFlagBits.h"
#include "sim/ChatText.h"
#include "sim/PacketBuilder.h"

namespace soopchat::sim {

namespace {

using namespace soop;
using namespace Qt::StringLiterals;

constexpr quint32 Dumb = 1u << 3; // muted (§8.1)
constexpr quint32 QuickView = 1u << 19;
constexpr quint32 Flag2Tier1 = 1u << 18;
constexpr qint64 UrlModifyBase = 1774343693; // the fixtures' cache-buster era (2026)
constexpr qsizetype UsersPerListPacket = 100;

struct Weight
{
    int kind;
    int weight; // per 10,000 events
};

// How often each kind happens; a busy room is mostly chat with a donation
// every few dozen lines.
constexpr Weight Weights[] = {
    {0, 8130}, // chat
    {1, 450}, // enter
    {2, 330}, // leave
    {3, 15}, // kick
    {4, 390}, // star balloon
    {5, 40}, // ad balloon
    {6, 25}, // video balloon
    {7, 35}, // new subscription
    {8, 55}, // renewal
    {9, 25}, // gift
    {10, 10}, // notice
    {11, 8}, // freeze
    {12, 8}, // slow mode
    {13, 30}, // mute
    {14, 25}, // flag change
    {15, 10}, // manager change
    {16, 8}, // admin notice
    {17, 15}, // mission
    {18, 6}, // nickname change
};

void done(QList<qsizetype> &ends, const QByteArray &out)
{
    ends.append(out.size());
}

} // namespace

ScriptedSession::ScriptedSession(quint64 seed, QByteArrayView streamerId, QByteArrayView streamerNick)
    : m_random(seed), m_users(m_random, streamerId, streamerNick)
{
    m_broadcast.streamerId = streamerId.toByteArray();
    m_broadcast.streamerNick = streamerNick.toByteArray();
    m_nextFanClubOrdinal = m_random.between(1000, 95000);
}

ScriptedSession::Kind ScriptedSession::pickKind()
{
    int roll = int(m_random.below(10000));
    for (const Weight &w : Weights) {
        if (roll < w.weight)
            return Kind(w.kind);
        roll -= w.weight;
    }
    return Kind::Chat;
}

void ScriptedSession::generate(QByteArray &out, QList<qsizetype> &ends)
{
    ++m_events;
    if (m_media && m_events % MediaEvery == 0)
        media(out, ends);
    if (m_frozenUntil >= 0 && m_events >= m_frozenUntil) {
        m_frozenUntil = -1;
        freeze(out, ends, false);
        return;
    }
    if (m_slowUntil >= 0 && m_events >= m_slowUntil) {
        m_slowUntil = -1;
        slowMode(out, ends, 0);
        return;
    }
    switch (pickKind()) {
    case Kind::Chat:
        // While frozen only the streamer and managers may talk (mask 528, §9.1).
        chat(out, ends, m_frozenUntil >= 0 ? qsizetype(m_random.below(4)) : m_users.pickTalker(m_random));
        break;
    case Kind::Enter:
        enter(out, ends);
        break;
    case Kind::Leave:
        leave(out, ends, false);
        break;
    case Kind::Kick:
        leave(out, ends, true);
        break;
    case Kind::Balloon:
        balloon(out, ends);
        break;
    case Kind::AdBalloon:
        adBalloon(out, ends);
        break;
    case Kind::VideoBalloon:
        videoBalloon(out, ends);
        break;
    case Kind::Subscription:
        subscription(out, ends);
        break;
    case Kind::Renewal:
        renewal(out, ends);
        break;
    case Kind::Gift:
        gift(out, ends);
        break;
    case Kind::Notice:
        notice(out, ends);
        break;
    case Kind::Freeze:
        if (m_frozenUntil < 0) {
            m_frozenUntil = m_events + m_random.between(30, 90);
            freeze(out, ends, true);
        } else {
            chat(out, ends, 0);
        }
        break;
    case Kind::SlowMode:
        if (m_slowUntil < 0) {
            m_slowUntil = m_events + m_random.between(60, 200);
            slowMode(out, ends, int(m_random.pick(std::array {3, 5, 10, 30})));
        } else {
            chat(out, ends, m_users.pickTalker(m_random));
        }
        break;
    case Kind::Mute:
        mute(out, ends);
        break;
    case Kind::FlagChange: {
        // Joining the fan club by other means, or switching to or from QuickView.
        const qsizetype user = m_users.pickPresent(m_random);
        const SimUser &u = m_users[user];
        const quint32 change = (u.flag1 & Flag1::FanClub) ? QuickView : Flag1::FanClub;
        flagChange(out, ends, user, u.flag1 ^ change, u.flag2);
        break;
    }
    case Kind::ManagerChange:
        managerChange(out, ends);
        break;
    case Kind::AdminNotice:
        adminNotice(out, ends);
        break;
    case Kind::Mission:
        mission(out, ends);
        break;
    case Kind::NicknameChange:
        nicknameChange(out, ends);
        break;
    }
}

// 0005 in the 2026 layout (14 fields): text, id, font colour, kind, language,
// nickname, flag, months, nickname colours, accumulated months, personal-con
// month, (unused), cheer team.
void ScriptedSession::chat(QByteArray &out, QList<qsizetype> &ends, qsizetype index, QByteArrayView text)
{
    const SimUser &user = m_users[index];
    PacketBuilder p(out, Service::Chat);
    if (text.isEmpty()) {
        ChatText::appendLine(out, m_random, m_users[m_users.pickPresent(m_random, true)].nickname);
        p.endField();
    } else {
        p.field(text);
    }
    p.field(user.sentId).field("0").field("0").field(m_random.chance(300) ? "3" : "-1").field(user.nickname);
    p.flags(user.flag1, user.flag2).number(user.subscriptionMonths);
    p.field(user.colorLight).field(user.colorDark).number(user.accumulatedMonths).field("-1").empty().field("-1");
    p.finish();
    done(ends, out);
}

// 0004 F[0]=1: id, nickname, flag triplets.
void ScriptedSession::enter(QByteArray &out, QList<qsizetype> &ends)
{
    const qsizetype index = m_users.pickAbsent(m_random);
    if (index < 0) {
        leave(out, ends, false);
        return;
    }
    m_users.setPresent(index, true);
    const SimUser &user = m_users[index];
    PacketBuilder p(out, Service::UserList);
    p.field("1").field(user.sentId).field(user.nickname).flags(user.flag1, user.flag2);
    p.finish();
    done(ends, out);
}

// 0004 F[0]=-1: id, nickname, quit flag (1 leave, 2 kicked), "1|2", flag.
void ScriptedSession::leave(QByteArray &out, QList<qsizetype> &ends, bool kicked)
{
    if (m_users.presentUsers().size() < 20) {
        enter(out, ends);
        return;
    }
    const qsizetype index = m_users.pickPresent(m_random);
    m_users.setPresent(index, false);
    const SimUser &user = m_users[index];
    PacketBuilder p(out, Service::UserList);
    p.field("-1").field(user.sentId).field(user.nickname).field(kicked ? "2" : "1").field("1|2");
    p.flags(user.flag1, user.flag2);
    p.finish();
    done(ends, out);
}

qint64 ScriptedSession::balloonCount()
{
    // Mostly 1 and 10, now and then 100, rarely 1000, very rarely 10000, and
    // the odd custom amount people send for a joke or a number-coded message.
    const quint64 roll = m_random.below(1000);
    if (roll < 380)
        return 1;
    if (roll < 700)
        return 10;
    if (roll < 790)
        return m_random.pick(std::array {5, 19, 33, 50, 55, 77});
    if (roll < 935)
        return 100;
    if (roll < 970)
        return m_random.pick(std::array {300, 500});
    if (roll < 995)
        return 1000;
    return 10000;
}

qint64 ScriptedSession::fanClubOrdinalFor(qsizetype index)
{
    // A first donation makes a viewer the N-th fan-club member (§7 0018 F[4]).
    if (index == 0 || (m_users[index].flag1 & Flag1::FanClub) != 0)
        return 0;
    return m_nextFanClubOrdinal++;
}

void ScriptedSession::appendUuid(QByteArray &out)
{
    static const char Digits[] = "0123456789abcdef";
    const quint64 a = m_random.next();
    const quint64 b = m_random.next();
    char text[36];
    int bit = 0;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            text[i] = '-';
            continue;
        }
        const quint64 source = bit < 16 ? a : b;
        text[i] = Digits[(source >> ((bit % 16) * 4)) & 0xf];
        ++bit;
    }
    text[14] = '5'; // the fixtures' uuids are version 5
    out.append(text, 36);
}

qint64 ScriptedSession::urlModify()
{
    return UrlModifyBase + m_random.between(0, 600000);
}

// 0018 (2026, 14 fields): streamer, id, nickname, count, fan-club ordinal, 0,
// chatNo, image, is-default, top fan, TTS voice, uuid, language, urlModify.
void ScriptedSession::balloon(QByteArray &out, QList<qsizetype> &ends)
{
    const qsizetype index = m_users.pickPresent(m_random);
    const SimUser &user = m_users[index];
    const qint64 count = balloonCount();
    const qint64 ordinal = fanClubOrdinalFor(index);
    {
        PacketBuilder p(out, Service::Balloon);
        p.field(m_broadcast.streamerId).field(user.id).field(user.nickname).number(count).number(ordinal).field("0");
        p.field(m_broadcast.chatNo);
        if (m_random.chance(150)) { // a streamer's custom balloon image, e.g. "lshooooo_100"
            out.append(m_broadcast.streamerId).append('_');
            p.number(count);
        } else {
            p.number(count);
        }
        p.field("0").field((user.flag1 & Flag1::TopFan) ? "1" : "0").field(ChatText::ttsVoice(m_random));
        appendUuid(out);
        p.endField().field("ko_KR").number(urlModify());
        p.finish();
        done(ends, out);
    }
    // The donor's message arrives as a separate chat right after (S12).
    const QByteArrayView message = ChatText::balloonMessage(m_random);
    if (!message.isEmpty() && m_random.chance(500))
        chat(out, ends, index, message);
    // A new fan-club member's flag gains bit 5 (captures V5/V6).
    if (ordinal > 0) {
        const SimUser &u = m_users[index];
        flagChange(out, ends, index, u.flag1 | Flag1::FanClub, u.flag2);
    }
}

// 0087 (2026, 18 fields): chatNo, streamer, id, nickname, message, secondary
// message, title, image, ceremony image, count, fan-club ordinal, top fan,
// chief, sub-room, TTS, uuid, language, urlModify.
void ScriptedSession::adBalloon(QByteArray &out, QList<qsizetype> &ends)
{
    const qsizetype index = m_users.pickPresent(m_random);
    const SimUser &user = m_users[index];
    const qint64 count = m_random.pick(std::array {10, 10, 20, 50, 100, 500});
    const qint64 modify = urlModify();
    PacketBuilder p(out, Service::AdBalloon);
    p.field(m_broadcast.chatNo).field(m_broadcast.streamerId).field(user.id).field(user.nickname);
    out.append("애드벌룬 ");
    PacketBuilder::appendNumber(out, count);
    out.append("개 선물!");
    p.endField();
    out.append("애드벌룬 ");
    PacketBuilder::appendNumber(out, count);
    out.append("개를 선물했습니다!");
    p.endField();
    p.empty().field("https://res.sooplive.com/new_player/items/img_adballoon.png");
    out.append("https://res.sooplive.com/new_player/items/adballoon/ceremony/pc_");
    PacketBuilder::appendNumber(out, count);
    out.append(".png?t=");
    p.number(modify);
    p.number(count).number(fanClubOrdinalFor(index)).field("0").field("0").field("0").field("google_tts");
    appendUuid(out);
    p.endField().field("ko_KR").number(modify);
    p.finish();
    done(ends, out);
}

// 0105: chatNo, streamer, id, nickname, count, fan-club ordinal, ?, top fan,
// relay, ?, ?, ?, file name, is-default, language.
void ScriptedSession::videoBalloon(QByteArray &out, QList<qsizetype> &ends)
{
    const qsizetype index = m_users.pickPresent(m_random);
    const SimUser &user = m_users[index];
    const qint64 count = m_random.pick(std::array {100, 100, 300, 500, 1000});
    PacketBuilder p(out, Service::VideoBalloon);
    p.field(m_broadcast.chatNo).field(m_broadcast.streamerId).field(user.id).field(user.nickname).number(count);
    p.number(fanClubOrdinalFor(index)).field("0").field((user.flag1 & Flag1::TopFan) ? "1" : "0").field("0");
    p.field("0").empty().empty();
    out.append("videoballoon_");
    p.number(count).field("1").field("ko_KR");
    p.finish();
    done(ends, out);
}

// 0091 (2026, 11 fields): chatNo, streamer, id, nickname, item type, ?, ?,
// tier, uuid, language, urlModify.
void ScriptedSession::subscription(QByteArray &out, QList<qsizetype> &ends)
{
    const qsizetype index = m_users.pickPresent(m_random);
    SimUser &user = m_users[index];
    const bool plus = m_random.chance(150);
    {
        PacketBuilder p(out, Service::Subscription);
        p.field(m_broadcast.chatNo).field(m_broadcast.streamerId).field(user.sentId).field(user.nickname);
        p.number(m_random.pick(std::array {103, 111, 101, 106})).field("1").number(m_random.between(1, 40));
        p.field(plus ? "2" : "1");
        appendUuid(out);
        p.endField().field("ko_KR").number(urlModify());
        p.finish();
        done(ends, out);
    }
    if ((user.flag1 & Flag1::Subscriber) == 0) {
        const quint32 before1 = user.flag1;
        const quint32 before2 = user.flag2;
        user.subscriptionMonths = 1;
        user.accumulatedMonths = std::max(user.accumulatedMonths, 1);
        flagChange(out, ends, index, before1 | Flag1::Subscriber, before2 | (plus ? Flag2Tier1 << 1 : Flag2Tier1));
    }
}

// 0093 (2026, 11 fields): streamer, id, nickname, months, chatNo, item type,
// accumulated months, tier, uuid, language, urlModify.
void ScriptedSession::renewal(QByteArray &out, QList<qsizetype> &ends)
{
    const qsizetype index = m_users.pickPresent(m_random);
    SimUser &user = m_users[index];
    const int months = user.subscriptionMonths > 0 ? user.subscriptionMonths + 1 : int(m_random.between(2, 62));
    user.subscriptionMonths = months;
    user.accumulatedMonths = std::max(user.accumulatedMonths, months);
    user.flag1 |= Flag1::Subscriber;
    PacketBuilder p(out, Service::SubscriptionRenewal);
    p.field(m_broadcast.streamerId).field(user.id).field(user.nickname).number(months).field(m_broadcast.chatNo);
    p.field(m_random.chance(800) ? "100" : "200")
        .number(user.accumulatedMonths)
        .field(m_random.chance(850) ? "1" : "2");
    appendUuid(out);
    p.endField().field("ko_KR").number(urlModify());
    p.finish();
    done(ends, out);
}

// 0108: chatNo, giver id, giver nickname, receiver id, receiver nickname,
// streamer, streamer nickname, item type, item code, isSubscription, type,
// period, remain, pay count.
void ScriptedSession::gift(QByteArray &out, QList<qsizetype> &ends)
{
    const SimUser &giver = m_users[m_users.pickPresent(m_random)];
    const SimUser &receiver = m_users[m_users.pickPresent(m_random)];
    PacketBuilder p(out, Service::SubscriptionGift);
    p.field(m_broadcast.chatNo).field(giver.id).field(giver.nickname).field(receiver.id).field(receiver.nickname);
    p.field(m_broadcast.streamerId).field(m_broadcast.streamerNick).number(m_random.chance(700) ? 11 : 103);
    p.empty().field("1").field("1").field("30").field("1").field("1");
    p.finish();
    done(ends, out);
}

// 0104: chatNo, show flag, streamer, message.
void ScriptedSession::notice(QByteArray &out, QList<qsizetype> &ends)
{
    PacketBuilder p(out, Service::StreamerNotice);
    p.field(m_broadcast.chatNo).field("1").field(m_broadcast.streamerId).field(ChatText::notice(m_random));
    p.finish();
    done(ends, out);
}

// 0021 then 0019, as S6 observed: frozen, (ignored), allowed-role mask
// (528 = streamer + manager), min balloons, min months.
void ScriptedSession::freeze(QByteArray &out, QList<qsizetype> &ends, bool frozen)
{
    {
        PacketBuilder p(out, Service::Freeze);
        p.field(frozen ? "1" : "0").field("0").field("528").field("0").field("0");
        p.finish();
        done(ends, out);
    }
    PacketBuilder p(out, Service::FreezeOld);
    p.field(frozen ? "1" : "0").field("1").field("528").empty();
    p.finish();
    done(ends, out);
}

// 0023: automatic seconds, manual seconds (0 = off).
void ScriptedSession::slowMode(QByteArray &out, QList<qsizetype> &ends, int seconds)
{
    PacketBuilder p(out, Service::SlowMode);
    p.field("0").number(seconds);
    p.finish();
    done(ends, out);
}

// 0008: target id, target flag, seconds, count, commander id, commander type
// (1 streamer, 2 manager), label, target nickname.
void ScriptedSession::mute(QByteArray &out, QList<qsizetype> &ends)
{
    const qsizetype index = m_users.pickPresent(m_random);
    const SimUser &user = m_users[index];
    const qsizetype by = qsizetype(m_random.below(4));
    PacketBuilder p(out, Service::Mute);
    p.field(user.id).flags(user.flag1 | Dumb, user.flag2).number(m_random.pick(std::array {30, 60, 180}));
    p.number(m_random.between(1, 3)).field(m_users[by].id).field(by == 0 ? "1" : "2").empty().field(user.nickname);
    p.finish();
    done(ends, out);
}

// 0012: new flag, id, nickname, 0, 0, previous flag (capture V6).
void ScriptedSession::flagChange(
    QByteArray &out, QList<qsizetype> &ends, qsizetype index, quint32 newFlag1, quint32 newFlag2)
{
    SimUser &user = m_users[index];
    PacketBuilder p(out, Service::SetUserFlag);
    p.flags(newFlag1, newFlag2).field(user.sentId).field(user.nickname).field("0").field("0");
    p.flags(user.flag1, user.flag2);
    p.finish();
    done(ends, out);
    user.flag1 = newFlag1;
    user.flag2 = newFlag2;
}

// 0013: id, flag (bit 8 set: appointed, clear: dismissed), hide, nickname.
void ScriptedSession::managerChange(QByteArray &out, QList<qsizetype> &ends)
{
    const qsizetype index = m_users.pickPresent(m_random);
    SimUser &user = m_users[index];
    user.flag1 ^= Flag1::Manager;
    user.flag1 &= ~Flag1::FixedManager;
    PacketBuilder p(out, Service::ManagerChange);
    p.field(user.id).flags(user.flag1, user.flag2).field("0").field(user.nickname);
    p.finish();
    done(ends, out);
}

// 0058: message, 0, (empty).
void ScriptedSession::adminNotice(QByteArray &out, QList<qsizetype> &ends)
{
    PacketBuilder p(out, Service::AdminNotice);
    p.field(ChatText::adminNotice(m_random)).field("0").empty();
    p.finish();
    done(ends, out);
}

// 0121: a challenge-mission JSON object in F[0] (S6, S13).
void ScriptedSession::mission(QByteArray &out, QList<qsizetype> &ends)
{
    const SimUser &user = m_users[m_users.pickPresent(m_random)];
    QByteArray uuid;
    appendUuid(uuid);
    QJsonObject payload;
    const bool gift = m_random.chance(750);
    payload[u"type"_s] = gift ? u"CHALLENGE_GIFT"_s : u"CHALLENGE_NOTICE"_s;
    payload[u"chno"_s] = m_broadcast.chatNo.toLongLong();
    payload[u"is_relay"_s] = false;
    payload[u"key"_s] = QString::fromLatin1(uuid.left(8));
    payload[u"title"_s] = QString::fromUtf8(ChatText::missionTitle(m_random));
    payload[u"image"_s] = QString();
    payload[u"bj_id"_s] = QString::fromUtf8(m_broadcast.streamerId);
    payload[u"bj_nick"_s] = QString::fromUtf8(m_broadcast.streamerNick);
    payload[u"uuid"_s] = QString::fromLatin1(uuid);
    if (gift) {
        payload[u"gift_count"_s] = qint64(m_random.pick(std::array {10, 50, 100, 500}));
        payload[u"user_id"_s] = QString::fromUtf8(user.id);
        payload[u"user_nick"_s] = QString::fromUtf8(user.nickname);
    } else {
        payload[u"mission_status"_s] = m_random.chance(700) ? u"SUCCESS"_s : u"FAIL"_s;
    }
    PacketBuilder p(out, Service::Mission);
    p.field(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    p.finish();
    done(ends, out);
}

// 0014: id, new nickname, change type, flag, old nickname.
void ScriptedSession::nicknameChange(QByteArray &out, QList<qsizetype> &ends)
{
    const qsizetype index = m_users.pickPresent(m_random);
    SimUser &user = m_users[index];
    const QByteArray old = user.nickname;
    user.nickname = UserPool::makeNickname(m_random);
    PacketBuilder p(out, Service::NicknameChange);
    p.field(user.id).field(user.nickname).field("1").flags(user.flag1, user.flag2).field(old);
    p.finish();
    done(ends, out);
}

QList<QByteArray> ScriptedSession::userList() const
{
    // The room as it is now, a hundred users per 0004 packet.
    QList<QByteArray> packets;
    const QList<qsizetype> &present = m_users.presentUsers();
    for (qsizetype start = 0; start < present.size(); start += UsersPerListPacket) {
        QByteArray packet;
        PacketBuilder p(packet, Service::UserList);
        p.field("1");
        for (qsizetype i = start; i < std::min(present.size(), start + UsersPerListPacket); ++i) {
            const SimUser &user = m_users[present[i]];
            p.field(user.sentId).field(user.nickname).flags(user.flag1, user.flag2);
        }
        p.finish();
        packets.append(packet);
    }
    return packets;
}

// 0109 in the 2026 layout (SOOP-PROTOCOL.md "0109 OGQ sticker chat"): chatNo, text, group, sub id,
// version, sender, nickname, flag, colour, language, type, extension, months, colours,
// accumulated months, personal-con month, animation, cheer team.
void ScriptedSession::sticker(QByteArray &out, QList<qsizetype> &ends, qsizetype index)
{
    const SimUser &user = m_users[index];
    PacketBuilder p(out, Service::OgqSticker);
    const qint64 group = 1000 + (m_mediaCount / 3) % 4;
    p.number(m_events).empty().number(group).number(m_mediaCount % 5 + 1).field("1");
    p.field(user.sentId).field(user.nickname).flags(user.flag1, user.flag2);
    p.field("0").field("0").field("0").field("png").number(user.subscriptionMonths);
    p.field(user.colorLight).field(user.colorDark).number(user.accumulatedMonths).field("-1").field("0").empty();
    p.finish();
    done(ends, out);
}

void ScriptedSession::media(QByteArray &out, QList<qsizetype> &ends)
{
    static const char *const EmoticonLines[] = {"/샤방/ 오늘도 화이팅", "와 /헉/ 미쳤다", "/하이/ /하이/",
        "ㅋㅋㅋ /개이득/", "/개좋아/ 이거지", "아 /짜증/ 또 죽었네"};
    static const char *const LinkLines[] = {"클립 https://vod.sooplive.co.kr/player/123456 여기요",
        "공지 봐주세요: https://www.youtube.com/watch?v=dQw4w9WgXcQ", "이거 보셨어요? https://example.com/news/1234.",
        "굿즈 https://xn--80ak6aa92e.com/shop 여기서 팔아요"};
    const qsizetype user = m_users.pickPresent(m_random, true);
    const qint64 n = m_mediaCount++;
    switch (n % 3) {
    case 0:
        sticker(out, ends, user);
        break;
    case 1:
        chat(out, ends, user, EmoticonLines[(n / 3) % std::size(EmoticonLines)]);
        break;
    default:
        chat(out, ends, user, LinkLines[(n / 3) % std::size(LinkLines)]);
        break;
    }
}

} // namespace soopchat::sim
