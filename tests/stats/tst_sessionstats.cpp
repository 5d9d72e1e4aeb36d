// Session statistics from known events: the recorded donations, per-minute
// series, donor ranking, top words, unique chatters and replayed time.
#include <QTest>
#include <QThread>

#include "StatsEvents.h"
#include "core/stats/SessionStats.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace statsevents;

namespace soopchat {
// Readable failures for the minute series.
char *toString(const SessionStatsSnapshot::Minute &m)
{
    return QTest::toString(u"{+%1 min: %2 balloons, %3 chats, cumulative %4/%5}"_s.arg(
        QString::number((m.startMs - SessionStartMs) / MinuteMs), QString::number(m.balloons), QString::number(m.chats),
        QString::number(m.cumulativeBalloons), QString::number(m.cumulativeChats)));
}
} // namespace soopchat

namespace {
QStringList donorIds(const SessionStatsSnapshot &s)
{
    QStringList ids;
    for (const SessionStatsSnapshot::Donor &d : s.topDonors)
        ids.append(d.userId);
    return ids;
}

QStringList wordList(const SessionStatsSnapshot &s)
{
    QStringList words;
    for (const SessionStatsSnapshot::Word &w : s.topWords)
        words.append(w.word);
    return words;
}

SessionStatsSnapshot::Minute minute(
    qint64 index, qint64 stars, qint64 chat, qint64 cumulativeStars, qint64 cumulativeChat)
{
    return {SessionStartMs + index * MinuteMs, stars, chat, cumulativeStars, cumulativeChat};
}
} // namespace

class TestSessionStats : public QObject
{
    Q_OBJECT

private slots:
    void recordedDonationsGiveTheirTotals()
    {
        SessionStats stats;
        stats.add(fixture(u"donations-2026-10.frames.jsonl"_s));
        const SessionStatsSnapshot s = stats.snapshot();

        // 16 star balloon packets: eleven of 10, one of 19, one of 33, three of 100.
        QCOMPARE(s.totals.starBalloons, 462);
        QCOMPARE(s.totals.videoBalloons, 0);
        QCOMPARE(s.totals.balloons, 462);
        QCOMPARE(s.totals.gifts, 16);
        QCOMPARE(s.totals.adBalloons, 10);
        QCOMPARE(s.totals.newSubscriptions, 1);
        QCOMPARE(s.totals.subscriptionRenewals, 4);
        QCOMPARE(s.totals.subscriptionGifts, 0);
        QCOMPARE(s.totals.subscriptions(), 5);
        QCOMPARE(s.totals.donors, 13); // viewer001 gave an ad balloon only: not balloons
        QCOMPARE(s.totals.chats, 0);
        QCOMPARE(s.totals.events, 22);
        QCOMPARE(s.startMs, SessionStartMs);
        QCOMPARE(s.durationMs(), 1'096'029);
    }

    void recordedDonationsFillTheMinuteSeries()
    {
        SessionStats stats;
        stats.add(fixture(u"donations-2026-10.frames.jsonl"_s));
        const QList<SessionStatsSnapshot::Minute> expected {
            minute(0, 63, 0, 63, 0), // 10 + 10 + 10 + 33
            minute(1, 30, 0, 93, 0),
            minute(2, 100, 0, 193, 0),
            minute(12, 100, 0, 293, 0), // subscriptions in minutes 3-11 touch no series
            minute(13, 110, 0, 403, 0),
            minute(15, 19, 0, 422, 0),
            minute(16, 20, 0, 442, 0),
            minute(17, 10, 0, 452, 0),
            minute(18, 10, 0, 462, 0),
        };
        QCOMPARE(stats.snapshot().minutes, expected);
    }

    void recordedDonorsAreRankedWithStableTies()
    {
        SessionStats stats;
        stats.add(fixture(u"donations-2026-10.frames.jsonl"_s));
        const SessionStatsSnapshot s = stats.snapshot(20);
        // Three gave 100: viewer007 reached it first. viewer003 reached 20
        // before viewer017 did. The 10s keep the order they gave in.
        QCOMPARE(donorIds(s),
            (QStringList {u"viewer007"_s, u"viewer013"_s, u"viewer014"_s, u"viewer002"_s, u"viewer003"_s,
                u"viewer017"_s, u"viewer016"_s, u"viewer004"_s, u"viewer005"_s, u"viewer006"_s, u"viewer015"_s,
                u"viewer018"_s, u"viewer019"_s}));
        QCOMPARE(s.topDonors[3].balloons, 43);
        QCOMPARE(s.topDonors[3].starBalloons, 43);
        QCOMPARE(s.topDonors[3].nickname, u"시청자2"_s);
        QCOMPARE(stats.snapshot(3).topDonors.size(), 3);
        QCOMPARE(donorIds(stats.snapshot(20)), donorIds(s)); // the same again
    }

    void tiesGoToWhoReachedTheTotalFirstAndAdBalloonsCountApart()
    {
        SessionStats stats;
        const qint64 t = SessionStartMs;
        stats.add({donation(EventType::Balloon, u"b"_s, 50, t), donation(EventType::Balloon, u"a"_s, 30, t + 1),
            donation(EventType::Balloon, u"a"_s, 13, t + 2), donation(EventType::AdBalloon, u"c"_s, 500, t + 3),
            donation(EventType::VideoBalloon, u"a"_s, 7, t + 4),
            donation(EventType::StationAdBalloon, u"b"_s, 3, t + 5)});
        SessionStatsSnapshot s = stats.snapshot();
        QCOMPARE(donorIds(s), (QStringList {u"b"_s, u"a"_s})); // c gave ad balloons only; a reached 50 later
        QCOMPARE(s.topDonors[0].adBalloons, 3);
        QCOMPARE(s.topDonors[1].balloons, 50);
        QCOMPARE(s.topDonors[1].starBalloons, 43);
        QCOMPARE(s.topDonors[1].videoBalloons, 7);
        QCOMPARE(s.totals.adBalloons, 503);
        QCOMPARE(s.totals.videoBalloons, 7);
        QCOMPARE(s.totals.starBalloons, 93);
        QCOMPARE(s.totals.balloons, 100);
        QCOMPARE(s.totals.gifts, 4);
        QCOMPARE(s.totals.donors, 2);

        // a overtakes, then b draws level again: a got there first.
        stats.add({donation(EventType::Balloon, u"a"_s, 10, t + 6), donation(EventType::Balloon, u"b"_s, 10, t + 7)});
        s = stats.snapshot();
        QCOMPARE(donorIds(s), (QStringList {u"a"_s, u"b"_s}));
    }

    void aVideoBalloonDonorLeadsTheRankingAndTheSeries()
    {
        SessionStats stats;
        stats.add(fixture(u"donations-2026-10.frames.jsonl"_s));
        stats.add({donation(EventType::VideoBalloon, u"video1"_s, 1000, SessionStartMs + 20 * MinuteMs)});
        const SessionStatsSnapshot s = stats.snapshot(3);
        QCOMPARE(donorIds(s), (QStringList {u"video1"_s, u"viewer007"_s, u"viewer013"_s}));
        QCOMPARE(s.topDonors[0].balloons, 1000);
        QCOMPARE(s.topDonors[0].videoBalloons, 1000);
        QCOMPARE(s.topDonors[0].starBalloons, 0);
        QCOMPARE(s.totals.balloons, 1462);
        QCOMPARE(s.totals.gifts, 17);
        QCOMPARE(s.totals.donors, 14);
        QCOMPARE(s.minutes.last(), minute(20, 1000, 0, 1462, 0));
    }

    void vodBalloonsStayOutOfTheSessionBalloons()
    {
        SessionStats stats;
        stats.add({donation(EventType::VodBalloon, u"v"_s, 1000, SessionStartMs),
            donation(EventType::Balloon, u"s"_s, 5, SessionStartMs)});
        const SessionStatsSnapshot s = stats.snapshot();
        QCOMPARE(s.totals.replayBalloons, 1000);
        QCOMPARE(s.totals.starBalloons, 5);
        QCOMPARE(s.totals.balloons, 5);
        QCOMPARE(s.totals.gifts, 1);
        QCOMPARE(s.totals.donors, 1);
        QCOMPARE(s.minutes.last().cumulativeBalloons, 5);
        QCOMPARE(donorIds(s), QStringList {u"s"_s});
    }

    void giftsAreNeverFewerThanDonors()
    {
        // One donor giving many gifts, gifts without a giver, and a giver
        // known only by the nickname: gifts >= donors whatever comes.
        SessionStats stats;
        const qint64 t = SessionStartMs;
        auto anonymous = std::make_shared<ChatEvent>(*donation(EventType::Balloon, {}, 10, t));
        anonymous->userId.reset();
        anonymous->nickname.reset();
        auto byNickname = std::make_shared<ChatEvent>(*donation(EventType::VideoBalloon, {}, 5, t));
        byNickname->userId.reset();
        byNickname->nickname = u"닉네임만"_s;
        stats.add({donation(EventType::Balloon, u"a"_s, 1, t), donation(EventType::Balloon, u"a"_s, 1, t),
            donation(EventType::VideoBalloon, u"a"_s, 1, t), anonymous, byNickname, byNickname});
        const SessionTotals totals = stats.snapshot().totals;
        QCOMPARE(totals.gifts, 6);
        QCOMPARE(totals.donors, 2); // a and 닉네임만
        QCOMPARE(totals.balloons, 23);
        QCOMPARE(stats.snapshot().topDonors.size(), 2);
    }

    void subscriptionsCountByKind()
    {
        SessionStats stats;
        stats.add({ofType(EventType::Subscription, u"a"_s, SessionStartMs),
            ofType(EventType::SubscriptionRenewal, u"b"_s, SessionStartMs),
            ofType(EventType::SubscriptionRenewal, u"c"_s, SessionStartMs),
            ofType(EventType::SubscriptionGift, u"d"_s, SessionStartMs)});
        const SessionTotals totals = stats.snapshot().totals;
        QCOMPARE(totals.newSubscriptions, 1);
        QCOMPARE(totals.subscriptionRenewals, 2);
        QCOMPARE(totals.subscriptionGifts, 1);
        QCOMPARE(totals.subscriptions(), 4);
    }

    void chatsAndUniqueChattersCountEveryKindOfMessage()
    {
        SessionStats stats;
        stats.add(fixture(u"chat-2026-09.frames.jsonl"_s));
        SessionStatsSnapshot s = stats.snapshot();
        QCOMPARE(s.totals.chats, 5);
        QCOMPARE(s.totals.uniqueChatters, 5);

        const qint64 t = SessionStartMs;
        stats.add({chat(u"onubqa3484"_s, u"again"_s, t), chat(u"m1"_s, u"공지"_s, t, EventType::ManagerChat),
            chat(u"s1"_s, {}, t, EventType::OgqSticker), ofType(EventType::UserEnter, u"x"_s, t),
            ofType(EventType::Whisper, u"y"_s, t)});
        s = stats.snapshot();
        QCOMPARE(s.totals.chats, 9);
        QCOMPARE(s.totals.uniqueChatters, 8); // onubqa3484 again; a whisper is a chat, an enter is not
        QCOMPARE(s.minutes.last().cumulativeChats, s.totals.chats);
    }

    void chatPerMinuteBucketsAndCumulative()
    {
        SessionStats stats;
        EventBatch batch;
        for (int i = 0; i < 90; ++i) // 1.5 messages a second for a minute and a half
            batch.append(chat(u"u%1"_s.arg(i % 7), u"hello"_s, SessionStartMs + i * 1000));
        stats.add(batch);
        const SessionStatsSnapshot s = stats.snapshot();
        QCOMPARE(s.minutes.size(), 2);
        QCOMPARE(s.minutes[0].chats, 60);
        QCOMPARE(s.minutes[1].chats, 30);
        QCOMPARE(s.minutes[1].cumulativeChats, 90);
        QCOMPARE(s.totals.uniqueChatters, 7);
    }

    void topWordsIgnoreLaughterAndCountKoreanWords()
    {
        SessionStats stats;
        const qint64 t = SessionStartMs;
        stats.add({chat(u"a"_s, u"ㅋㅋㅋㅋ 진짜 대박!!"_s, t), chat(u"b"_s, u"진짜ㅋㅋ"_s, t),
            chat(u"c"_s, u"ㅎㅎㅎ 진짜? 대박."_s, t), chat(u"d"_s, u"GG, gg"_s, t), chat(u"e"_s, u"ㅠㅠ 1 2 3"_s, t),
            chat(u"f"_s, u"Gg"_s, t)});
        const SessionStatsSnapshot s = stats.snapshot();
        // gg: once per message, case-insensitive; equal counts go by the word.
        QCOMPARE(wordList(s), (QStringList {u"진짜"_s, u"gg"_s, u"대박"_s}));
        QCOMPARE(s.topWords[0].count, 3);
        QCOMPARE(s.topWords[1].count, 2);
        QCOMPARE(s.topWords[2].count, 2);
        QCOMPARE(s.topWords[0].error, 0);
        QCOMPARE(stats.snapshot(10, 1).topWords.size(), 1);
    }

    void topWordsStayBoundedInALongSession()
    {
        SessionStats stats(128);
        EventBatch batch;
        for (int i = 0; i < 20'000; ++i) {
            const QString text = i % 4 == 0 ? u"반가워요 word%1"_s.arg(i) : u"word%1"_s.arg(i);
            batch.append(chat(u"u%1"_s.arg(i % 50), text, SessionStartMs + i * 100));
        }
        stats.add(batch);
        const SessionStatsSnapshot s = stats.snapshot(10, 1000);
        QCOMPARE(s.topWords.size(), 128);
        QCOMPARE(s.topWords[0].word, u"반가워요"_s);
        QVERIFY(s.topWords[0].count >= 5000);
        QVERIFY(s.topWords[0].count - s.topWords[0].error <= 5000);
    }

    void replayedEventsKeepTheirOriginalTime()
    {
        // A recording from 2023 replayed now: its own times, not the wall clock.
        const qint64 old = 1'684'000'800'000; // 2023-05-13 18:00:00 UTC
        SessionStats stats;
        stats.add(fixture(u"donations-2026-10.frames.jsonl"_s, old));
        SessionStatsSnapshot s = stats.snapshot();
        QCOMPARE(s.startMs, old);
        QCOMPARE(s.lastEventMs, old + 1'096'029);
        QCOMPARE(s.minutes.first().startMs, old);
        QCOMPARE(s.minutes.last().cumulativeBalloons, 462);

        // History loaded after live events: earlier minutes slot in before.
        SessionStats mixed;
        mixed.add({donation(EventType::Balloon, u"late"_s, 5, SessionStartMs + 10 * MinuteMs)});
        mixed.add({donation(EventType::Balloon, u"early"_s, 7, SessionStartMs),
            donation(EventType::Balloon, u"middle"_s, 1, SessionStartMs + 5 * MinuteMs + 1)});
        s = mixed.snapshot();
        QCOMPARE(s.startMs, SessionStartMs);
        QCOMPARE(s.minutes,
            (QList<SessionStatsSnapshot::Minute> {
                minute(0, 7, 0, 7, 0), minute(5, 1, 0, 8, 0), minute(10, 5, 0, 13, 0)}));
    }

    void eventsWithoutTimeCountAtTheLatestTime()
    {
        SessionStats stats;
        stats.add({donation(EventType::Balloon, u"a"_s, 10, 0)}); // nothing dated yet
        QCOMPARE(stats.snapshot().totals.starBalloons, 10);
        QVERIFY(stats.snapshot().minutes.isEmpty());

        stats.add({donation(EventType::Balloon, u"b"_s, 1, SessionStartMs + 3 * MinuteMs + 5),
            donation(EventType::Balloon, u"c"_s, 2, 0)});
        const SessionStatsSnapshot s = stats.snapshot();
        QCOMPARE(s.minutes, (QList<SessionStatsSnapshot::Minute> {minute(3, 13, 0, 13, 0)}));
        QCOMPARE(s.startMs, SessionStartMs + 3 * MinuteMs + 5);
    }

    void revisionChangesOnlyWhenSomethingCounted()
    {
        SessionStats stats;
        QCOMPARE(stats.revision(), 0u);
        QVERIFY(stats.snapshot().isEmpty());
        stats.add({ofType(EventType::Keepalive, {}, 0)});
        QCOMPARE(stats.revision(), 0u);
        stats.add({chat(u"a"_s, u"hi"_s, SessionStartMs)});
        const quint64 afterChat = stats.revision();
        QVERIFY(afterChat > 0);
        QCOMPARE(stats.snapshot().revision, afterChat);
        stats.add({ofType(EventType::Keepalive, {}, 0)});
        QCOMPARE(stats.revision(), afterChat);

        stats.clear();
        QVERIFY(stats.revision() > afterChat);
        QCOMPARE(stats.snapshot().totals, SessionTotals());
        QVERIFY(stats.snapshot().minutes.isEmpty());
    }

    void snapshotsWhileAnotherThreadFeeds()
    {
        SessionStats stats;
        QThread *feeder = QThread::create([&stats] {
            for (int batch = 0; batch < 200; ++batch) {
                EventBatch events;
                for (int i = 0; i < 50; ++i) {
                    const qint64 t = SessionStartMs + (batch * 50 + i) * 10;
                    events.append(chat(u"u%1"_s.arg(i), u"같이 봐요"_s, t));
                    if (i == 0)
                        events.append(donation(EventType::Balloon, u"d%1"_s.arg(batch % 9), 1, t));
                }
                stats.add(events);
            }
        });
        feeder->start();
        qint64 lastSeen = 0;
        while (!feeder->isFinished()) {
            const SessionStatsSnapshot s = stats.snapshot();
            QVERIFY(s.totals.chats >= lastSeen); // never goes back, never torn
            QCOMPARE(s.minutes.isEmpty() ? 0 : s.minutes.last().cumulativeChats, s.totals.chats);
            lastSeen = s.totals.chats;
        }
        feeder->wait();
        delete feeder;
        const SessionStatsSnapshot s = stats.snapshot();
        QCOMPARE(s.totals.chats, 10'000);
        QCOMPARE(s.totals.starBalloons, 200);
        QCOMPARE(s.totals.uniqueChatters, 50);
    }
};

QTEST_GUILESS_MAIN(TestSessionStats)
#include "tst_sessionstats.moc"
