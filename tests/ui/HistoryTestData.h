#pragma once

// A recording database for the history tests, made by SessionWriter exactly
// as the app records: a few realistic Korean sessions plus a dense one for
// replay. The expected totals are counted here, independently of the writer.
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>

#include "core/store/SessionWriter.h"

namespace historytest {

using namespace Qt::StringLiterals;
using namespace soopchat;

inline constexpr qint64 BaseTimeMs = 1'795'000'000'000; // 2026-11-18T11:06:40Z

struct SessionSpec
{
    SessionInfo info;
    qint64 durationMs = 0;
    EventBatch events; // recorded ones only
    SessionTotals expected;
};

inline const QStringList &phrases()
{
    static const QStringList list = {u"안녕하세요 오늘도 방송 재미있어요"_s, u"ㅋㅋㅋㅋㅋㅋ"_s,
        u"형님 이거 실화인가요"_s, u"와 대박"_s, u"노래 한 곡 불러주세요 제발"_s, u"오늘 몇 시까지 하세요?"_s,
        u"방금 그거 다시 보여주세요"_s, u"ㅎㅇㅎㅇ"_s, u"배고프다 치킨 먹고 싶다"_s, u"GG"_s,
        u"이 게임 이름이 뭐예요?"_s, u"목소리 너무 좋아요 👍"_s, u"첫 방송부터 봤어요"_s};
    return list;
}

inline const QStringList &nicknames()
{
    static const QStringList list = {u"별빛소나기"_s, u"감자도리"_s, u"치킨은살안쪄"_s, u"새벽감성"_s, u"귤까먹는곰"_s,
        u"밤하늘"_s, u"코딩하는고양이"_s, u"무지개빛"_s, u"달콤한잠"_s, u"초록바다"_s, u"라면한그릇"_s, u"행복한하루"_s,
        u"수박바"_s, u"민초단장"_s};
    return list;
}

inline UserFlags flagsFor(int user)
{
    switch (user % 7) {
    case 0:
        return {268'435'456 | 32, 0, Roles(Role::Subscriber) | Role::FanClub};
    case 1:
        return {32'768 | 32, 0, Roles(Role::TopFan) | Role::FanClub};
    case 2:
        return {256, 0, Role::Manager};
    case 3:
        return {32, 0, Role::FanClub};
    default:
        return {};
    }
}

// Counts what a session's totals must be, without SessionTotals' code: the
// definition in its comment, spelled out type by type.
struct Counter
{
    SessionTotals totals;
    QSet<QString> chatters;
    QSet<QString> donors;

    void count(const ChatEvent &e)
    {
        SessionTotals &t = totals;
        ++t.events;
        const qint64 n = std::max<qint64>(0, e.count.value_or(0));
        auto gift = [&] {
            t.balloons += n;
            ++t.gifts;
            if (e.userId && !donors.contains(*e.userId)) {
                donors.insert(*e.userId);
                ++t.donors;
            }
        };
        switch (e.type) {
        case EventType::Chat:
        case EventType::ManagerChat:
        case EventType::Whisper:
        case EventType::OgqSticker:
            ++t.chats;
            if (e.userId && !chatters.contains(*e.userId)) {
                chatters.insert(*e.userId);
                ++t.uniqueChatters;
            }
            break;
        case EventType::Balloon:
            t.starBalloons += n;
            gift();
            break;
        case EventType::VideoBalloon:
            t.videoBalloons += n;
            gift();
            break;
        case EventType::VodBalloon:
            t.replayBalloons += n;
            break;
        case EventType::AdBalloon:
        case EventType::StationAdBalloon:
            t.adBalloons += n;
            break;
        case EventType::Subscription:
            ++t.newSubscriptions;
            break;
        case EventType::SubscriptionRenewal:
            ++t.subscriptionRenewals;
            break;
        case EventType::SubscriptionGift:
            ++t.subscriptionGifts;
            break;
        default:
            break;
        }
    }
};

// A lively room: mostly chat, some enters, balloons of every size, ad
// balloons and subscriptions. Deterministic for a seed.
inline SessionSpec room(const QString &channel, const QString &nick, const QString &title, qint64 startMs,
    qint64 durationMs, int eventCount, quint32 seed)
{
    SessionSpec spec;
    spec.info = {u"soop"_s, channel, QString::number(280'000'000 + seed), title, nick, startMs};
    spec.durationMs = durationMs;
    QRandomGenerator random(seed);
    Counter counter;
    for (int i = 0; i < eventCount; ++i) {
        auto e = std::make_shared<ChatEvent>();
        e->receivedAtMs = startMs + qint64(i + 1) * durationMs / (eventCount + 1);
        const int user = int(random.bounded(quint32(nicknames().size() * 3)));
        e->userId = u"viewer%1"_s.arg(user);
        e->nickname =
            nicknames()[user % nicknames().size()] + (user >= nicknames().size() ? QString::number(user) : QString());
        e->flags = flagsFor(user);
        const quint32 roll = random.bounded(100u);
        if (roll < 4) {
            // Now and then a video balloon: they count toward the balloons too.
            e->type = roll == 0 ? EventType::VideoBalloon : EventType::Balloon;
            e->service = roll == 0 ? 105 : 18;
            e->editDetails().streamerId = channel;
            static const qint64 sizes[] = {1, 5, 10, 50, 100, 500, 1000};
            e->count = sizes[random.bounded(7u)];
            e->editDetails().fanClubOrdinal = 0;
        } else if (roll < 5) {
            e->type = EventType::AdBalloon;
            e->service = 87;
            e->editDetails().streamerId = channel;
            e->count = 100 * (1 + random.bounded(5u));
            e->editDetails().fanClubOrdinal = 0;
            e->text = u"애드벌룬 응원합니다!"_s;
        } else if (roll < 6) {
            e->type = EventType::Subscription;
            e->service = 91;
            e->editDetails().streamerId = channel;
            e->editDetails().itemType = 1;
        } else if (roll < 10) {
            e->type = EventType::UserEnter;
            e->service = 4;
            e->editDetails().users = {{*e->userId, *e->nickname, e->flags}};
        } else {
            e->type = EventType::Chat;
            e->service = 5;
            e->text = phrases()[random.bounded(qsizetype(phrases().size()))];
            e->subscriptionMonths = e->flags->roles.testFlag(Role::Subscriber) ? 3 : -1;
        }
        counter.count(*e);
        spec.events.append(e);
    }
    spec.expected = counter.totals;
    return spec;
}

// Numbered chat 2 ms apart, for replay: "메시지 1" .. "메시지 count".
inline SessionSpec dense(const QString &channel, qint64 startMs, int eventCount)
{
    SessionSpec spec;
    spec.info = {u"soop"_s, channel, u"290000001"_s, u"리플레이 시험 방송"_s, u"도배왕"_s, startMs};
    spec.durationMs = qint64(eventCount + 1) * 2;
    Counter counter;
    for (int i = 1; i <= eventCount; ++i) {
        auto e = std::make_shared<ChatEvent>();
        e->type = EventType::Chat;
        e->service = 5;
        e->receivedAtMs = startMs + qint64(i) * 2;
        e->userId = u"fan%1"_s.arg(i % 50);
        e->nickname = u"팬%1"_s.arg(i % 50);
        e->text = i == eventCount / 2 ? u"메시지 %1 특별한 치킨 이야기"_s.arg(i) : u"메시지 %1"_s.arg(i);
        e->subscriptionMonths = -1;
        counter.count(*e);
        spec.events.append(e);
    }
    spec.expected = counter.totals;
    return spec;
}

// Records the sessions into `path`, in order; returns their ids.
inline QList<qint64> record(const QString &path, const QList<SessionSpec> &sessions)
{
    QList<qint64> ids;
    SessionWriter writer(path);
    QSignalSpy started(&writer, &SessionWriter::sessionStarted);
    for (const SessionSpec &s : sessions) {
        writer.beginSession(s.info);
        for (qsizetype i = 0; i < s.events.size(); i += 500)
            writer.record(s.events.mid(i, 500));
        writer.endSession(s.info.startedAtMs + s.durationMs);
    }
    QSignalSpy flushed(&writer, &SessionWriter::flushed);
    writer.flush();
    if (!flushed.wait(60'000))
        return {};
    for (const QList<QVariant> &args : std::as_const(started))
        ids.append(args.first().toLongLong());
    return ids;
}

} // namespace historytest
