// The one definition of a session's totals: what each kind of event adds,
// users counted once across a writer's transactions, and gifts >= donors.
#include <QTest>

#include "StatsEvents.h"
#include "core/events/Donation.h"
#include "core/stats/SessionTotals.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace statsevents;

namespace soopchat {
char *toString(const SessionTotals &t)
{
    return QTest::toString(u"{events %1, chats %2 from %3, balloons %4 (star %5, video %6) in %7 gifts from %8, "
                           "ad %9, replay %10, subscriptions %11/%12/%13}"_s.arg(t.events)
                               .arg(t.chats)
                               .arg(t.uniqueChatters)
                               .arg(t.balloons)
                               .arg(t.starBalloons)
                               .arg(t.videoBalloons)
                               .arg(t.gifts)
                               .arg(t.donors)
                               .arg(t.adBalloons)
                               .arg(t.replayBalloons)
                               .arg(t.newSubscriptions)
                               .arg(t.subscriptionRenewals)
                               .arg(t.subscriptionGifts));
}
} // namespace soopchat

namespace {

SessionTotals totalsOf(const EventBatch &events)
{
    SessionTotals totals;
    SessionTotals::Users users;
    for (const EventPtr &event : events)
        totals.add(*event, users);
    return totals;
}

} // namespace

class TestSessionTotals : public QObject
{
    Q_OBJECT

private slots:
    void everyKindOfEventAddsWhatTheVocabularySays()
    {
        // One event of every type, 10 of something each, all from one user.
        for (int t = 0; t < EventTypeCount; ++t) {
            const EventType type = EventType(t);
            const SessionTotals totals = totalsOf({donation(type, u"u"_s, 10, SessionStartMs)});
            SessionTotals expected;
            if (SessionTotals::isSessionEvent(type))
                expected.events = 1;
            if (eventCategory(type) == EventCategory::Chat) {
                expected.chats = 1;
                expected.uniqueChatters = 1;
            }
            if (type == EventType::Subscription)
                expected.newSubscriptions = 1;
            if (type == EventType::SubscriptionRenewal)
                expected.subscriptionRenewals = 1;
            if (type == EventType::SubscriptionGift)
                expected.subscriptionGifts = 1;
            if (const std::optional<Donation> d = donationOf(*donation(type, u"u"_s, 10, 0))) {
                if (d->scope == DonationScope::Replay)
                    expected.replayBalloons = 10;
                else if (d->unit == DonationUnit::StarBalloon)
                    expected.starBalloons = 10;
                else if (d->unit == DonationUnit::VideoBalloon)
                    expected.videoBalloons = 10;
                else if (d->unit == DonationUnit::AdBalloon)
                    expected.adBalloons = 10;
                else if (d->unit == DonationUnit::Cheese)
                    expected.cheese = 10;
                if (d->countsTowardBalloons())
                    expected.balloons = 10;
                if (d->countsAsIncome()) {
                    expected.gifts = 1;
                    expected.donors = 1;
                }
            }
            QVERIFY2(totals == expected, qPrintable(eventTypeName(type)));
        }
    }

    void balloonsAreStarAndVideoBalloonsGivenLive()
    {
        const qint64 t = SessionStartMs;
        const SessionTotals totals = totalsOf({donation(EventType::Balloon, u"a"_s, 800, t),
            donation(EventType::VideoBalloon, u"b"_s, 28, t), donation(EventType::VodBalloon, u"c"_s, 1000, t),
            donation(EventType::AdBalloon, u"d"_s, 500, t), donation(EventType::StationAdBalloon, u"d"_s, 20, t)});
        QCOMPARE(totals.balloons, 828);
        QCOMPARE(totals.starBalloons, 800);
        QCOMPARE(totals.videoBalloons, 28);
        QCOMPARE(totals.replayBalloons, 1000);
        QCOMPARE(totals.adBalloons, 520);
        QCOMPARE(totals.gifts, 2);
        QCOMPARE(totals.donors, 2);
        QCOMPARE(totals.events, 5);
    }

    void connectionChatterIsNoPartOfTheSession()
    {
        SessionTotals totals;
        SessionTotals::Users users;
        for (const EventType type : {EventType::Keepalive, EventType::LoginReply, EventType::JoinReply})
            QVERIFY(!totals.add(*ofType(type, {}, SessionStartMs), users));
        QCOMPARE(totals, SessionTotals());
        // Everything else, unreadable packets and gaps included, is recorded and counted.
        QVERIFY(totals.add(*ofType(EventType::Malformed, {}, SessionStartMs), users));
        QVERIFY(totals.add(*ofType(EventType::Gap, {}, SessionStartMs), users));
        QCOMPARE(totals.events, 2);
    }

    void aUserCountsOnceAcrossTransactions()
    {
        // As the writer counts: each transaction on a copy of the committed
        // totals, its new users apart until it commits.
        SessionTotals committed;
        SessionTotals::Users known;
        const qint64 t = SessionStartMs;

        SessionTotals first = committed;
        SessionTotals::Users added;
        for (const EventPtr &e : {chat(u"a"_s, u"hi"_s, t), chat(u"b"_s, u"hi"_s, t), chat(u"a"_s, u"again"_s, t),
                 donation(EventType::Balloon, u"a"_s, 10, t)})
            first.add(*e, known, added);
        QCOMPARE(first.uniqueChatters, 2);
        QCOMPARE(first.donors, 1);
        QVERIFY(known.chatters.isEmpty()); // nothing shared is touched before the commit
        committed = first;
        known.unite(added);

        // A transaction that fails is dropped whole: its users were never known.
        SessionTotals failed = committed;
        SessionTotals::Users failedUsers;
        failed.add(*chat(u"c"_s, u"lost"_s, t), known, failedUsers);
        QCOMPARE(failed.uniqueChatters, 3);

        SessionTotals second = committed;
        added.clear();
        for (const EventPtr &e : {chat(u"a"_s, u"hi"_s, t), chat(u"c"_s, u"retried"_s, t),
                 donation(EventType::VideoBalloon, u"a"_s, 5, t), donation(EventType::Balloon, u"b"_s, 1, t)})
            second.add(*e, known, added);
        QCOMPARE(second.uniqueChatters, 3);
        QCOMPARE(second.donors, 2);
        QCOMPARE(second.gifts, 3);
        QCOMPARE(second.chats, 5);
        QCOMPARE(added.chatters.size(), 1);

        // The same events counted in one go give the same totals.
        QCOMPARE(second,
            totalsOf({chat(u"a"_s, u"hi"_s, t), chat(u"b"_s, u"hi"_s, t), chat(u"a"_s, u"again"_s, t),
                donation(EventType::Balloon, u"a"_s, 10, t), chat(u"a"_s, u"hi"_s, t), chat(u"c"_s, u"retried"_s, t),
                donation(EventType::VideoBalloon, u"a"_s, 5, t), donation(EventType::Balloon, u"b"_s, 1, t)}));
    }

    void anIdAndANicknameOfTheSameTextAreDifferentUsers()
    {
        auto byNickname = std::make_shared<ChatEvent>(*chat(u"x"_s, u"hi"_s, SessionStartMs));
        byNickname->userId.reset();
        byNickname->nickname = u"samename"_s;
        QCOMPARE(totalsOf({chat(u"samename"_s, u"hi"_s, SessionStartMs), byNickname}).uniqueChatters, 2);
    }
};

QTEST_GUILESS_MAIN(TestSessionTotals)
#include "tst_sessiontotals.moc"
