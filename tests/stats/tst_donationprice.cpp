// Donations in won: the price table (only published prices; none guessed),
// won totals that never overflow, and units without a price left out of the
// won figure and counted as unpriced.
#include <QTest>

#include <limits>

#include "StatsEvents.h"
#include "core/events/DonationPrice.h"
#include "core/stats/SessionTotals.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace statsevents;

namespace {

constexpr qint64 MaxQint64 = std::numeric_limits<qint64>::max();

} // namespace

class TestDonationPrice : public QObject
{
    Q_OBJECT

private slots:
    void everyUnitHasItsPublishedPriceOrNone()
    {
        // What a viewer pays for one, VAT included (docs/EVENTS.md).
        QCOMPARE(viewerPriceWon(DonationUnit::StarBalloon), std::optional<qint64>(110));
        QVERIFY(!viewerPriceWon(DonationUnit::VideoBalloon).has_value());
        QVERIFY(!viewerPriceWon(DonationUnit::AdBalloon).has_value());
        QCOMPARE(viewerPriceWon(DonationUnit::Cheese), std::optional<qint64>(1)); // CHZZK's unit of account
        int priced = 0;
        for (DonationUnit unit : AllDonationUnits)
            priced += viewerPriceWon(unit).has_value();
        QCOMPARE(priced, 2);
    }

    void wonForEachUnit()
    {
        QCOMPARE(wonFor(DonationUnit::StarBalloon, 0), std::optional<qint64>(0));
        QCOMPARE(wonFor(DonationUnit::StarBalloon, 1), std::optional<qint64>(110));
        QCOMPARE(wonFor(DonationUnit::StarBalloon, 11'223), std::optional<qint64>(1'234'530));
        QCOMPARE(wonFor(DonationUnit::StarBalloon, -5), std::optional<qint64>(0)); // a broken count is nothing
        QCOMPARE(wonFor(DonationUnit::Cheese, 1000), std::optional<qint64>(1000));
        for (DonationUnit unit : {DonationUnit::VideoBalloon, DonationUnit::AdBalloon})
            QVERIFY(!wonFor(unit, 1000).has_value());
    }

    void hugeCountsSaturateInsteadOfOverflowing()
    {
        QCOMPARE(wonFor(DonationUnit::StarBalloon, MaxQint64), std::optional<qint64>(MaxQint64));
        const qint64 largestExact = MaxQint64 / 110;
        QCOMPARE(wonFor(DonationUnit::StarBalloon, largestExact), std::optional<qint64>(largestExact * 110));
        QCOMPARE(wonFor(DonationUnit::StarBalloon, largestExact + 1), std::optional<qint64>(MaxQint64));

        WonValue value;
        value.add(DonationUnit::StarBalloon, MaxQint64 / 200);
        value.add(DonationUnit::StarBalloon, MaxQint64 / 200);
        QCOMPARE(value.won, MaxQint64);
        value.add(DonationUnit::VideoBalloon, MaxQint64);
        value.add(DonationUnit::VideoBalloon, 1);
        QCOMPARE(value.unpriced, MaxQint64);
        QCOMPARE(saturatingAdd(MaxQint64, MaxQint64), MaxQint64);
    }

    void unknownUnitsShowNoWon()
    {
        WonValue value;
        value.add(DonationUnit::VideoBalloon, 28);
        QCOMPARE(value.won, 0);
        QVERIFY(!value.hasWon());
        QCOMPARE(value.unpriced, 28);
        value.add(DonationUnit::StarBalloon, 10);
        QCOMPARE(value.won, 1100);
        value.add(DonationUnit::Cheese, 1000);
        QCOMPARE(value.won, 2100);
        QCOMPARE(value.unpriced, 28);
        QVERIFY(value.hasWon());
    }

    void sessionTotalsInWonComeFromTheCounts()
    {
        // The one definition: events into SessionTotals, then donationsWon().
        SessionTotals totals;
        SessionTotals::Users users;
        const qint64 t = SessionStartMs;
        for (const EventPtr &e : {donation(EventType::Balloon, u"a"_s, 100, t),
                 donation(EventType::Balloon, u"b"_s, 23, t + 1), donation(EventType::VideoBalloon, u"c"_s, 28, t + 2),
                 donation(EventType::AdBalloon, u"d"_s, 500, t + 3), donation(EventType::VodBalloon, u"e"_s, 7, t + 4),
                 donation(EventType::Cheese, u"f"_s, 1000, t + 5)})
            totals.add(*e, users);
        QCOMPARE(totals.balloons, 151);
        const WonValue won = totals.donationsWon();
        QCOMPARE(totals.cheese, 1000);
        QCOMPARE(won.won, 123 * 110 + 1000); // star balloons (13,530 won) and cheese (1,000 won)
        QCOMPARE(won.unpriced, 28); // the video balloons, left out
        QCOMPARE(SessionTotals::donationsWon(100, 0), (WonValue {11'000, 0}));
    }

    void aDayAddsSessionsUp()
    {
        SessionTotals a;
        a.events = 10;
        a.balloons = 100;
        a.starBalloons = 100;
        a.gifts = 2;
        a.donors = 2;
        a.uniqueChatters = 5;
        SessionTotals b;
        b.events = 4;
        b.balloons = 30;
        b.starBalloons = 2;
        b.videoBalloons = 28;
        b.gifts = 3;
        b.donors = 3;
        b.uniqueChatters = 1;
        a.addSession(b);
        QCOMPARE(a.events, 14);
        QCOMPARE(a.balloons, 130);
        QCOMPARE(a.starBalloons, 102);
        QCOMPARE(a.videoBalloons, 28);
        QCOMPARE(a.gifts, 5);
        QCOMPARE(a.donors, 3); // a lower bound: the same donor may be in both
        QCOMPARE(a.uniqueChatters, 5);
        QCOMPARE(a.donationsWon(), (WonValue {102 * 110, 28}));
        SessionTotals huge;
        huge.starBalloons = MaxQint64;
        a.addSession(huge);
        QCOMPARE(a.starBalloons, MaxQint64);
        QCOMPARE(a.donationsWon().won, MaxQint64);
    }
};

QTEST_GUILESS_MAIN(TestDonationPrice)
#include "tst_donationprice.moc"
