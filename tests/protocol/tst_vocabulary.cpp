// The one event vocabulary of core/events: categories, donation values and
// the balloons rule, tiers, and the badge table with its SVGs.
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "core/events/Badges.h"
#include "core/events/ChatEvent.h"
#include "core/events/Donation.h"
#include "core/events/Platform.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

ChatEvent gift(EventType type, std::optional<qint64> count)
{
    ChatEvent event;
    event.type = type;
    event.count = count;
    return event;
}

} // namespace

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void everyTypeHasACategoryWithAName()
    {
        for (int t = 0; t < EventTypeCount; ++t) {
            const EventCategory category = eventCategory(EventType(t));
            QVERIFY(int(category) < EventCategoryCount);
            QVERIFY(!eventCategoryName(category).isEmpty());
        }
        QCOMPARE(eventCategory(EventType::UserEnter), EventCategory::Presence);
        QCOMPARE(eventCategory(EventType::Freeze), EventCategory::Moderation);
        QCOMPARE(eventCategory(EventType::ManagerChange), EventCategory::Membership);
        QCOMPARE(eventCategory(EventType::BroadcastEnd), EventCategory::RoomState);
        QCOMPARE(eventCategory(EventType::Gap), EventCategory::System);
    }

    void donationsCarryAUnitAndKeepTheItem()
    {
        const struct
        {
            EventType type;
            DonationUnit unit;
            DonationScope scope;
            bool balloons;
        } cases[] = {
            {EventType::Balloon, DonationUnit::StarBalloon, DonationScope::Live, true},
            {EventType::VideoBalloon, DonationUnit::VideoBalloon, DonationScope::Live, true},
            {EventType::AdBalloon, DonationUnit::AdBalloon, DonationScope::Live, false},
            {EventType::StationAdBalloon, DonationUnit::AdBalloon, DonationScope::Live, false},
            {EventType::VodBalloon, DonationUnit::StarBalloon, DonationScope::Replay, false},
        };
        for (const auto &c : cases) {
            const std::optional<Donation> donation = donationOf(gift(c.type, 50));
            QVERIFY(donation);
            QCOMPARE(donation->item, c.type);
            QCOMPARE(donation->unit, c.unit);
            QCOMPARE(donation->scope, c.scope);
            QCOMPARE(donation->amount, 50);
            QCOMPARE(donation->countsTowardBalloons(), c.balloons);
        }
        QVERIFY(!donationOf(gift(EventType::Chat, 5)));
        QVERIFY(!donationOf(gift(EventType::Subscription, 1)));
    }

    void aNegativeOrMissingCountIsZero()
    {
        QCOMPARE(donationOf(gift(EventType::Balloon, -500))->amount, 0);
        QCOMPARE(donationOf(gift(EventType::Balloon, std::nullopt))->amount, 0);
    }

    void tiersAreDefinedOnce()
    {
        QCOMPARE(donationTier(gift(EventType::Balloon, 99)), DonationTier::Small);
        QCOMPARE(donationTier(gift(EventType::Balloon, 100)), DonationTier::Medium);
        QCOMPARE(donationTier(gift(EventType::VideoBalloon, 1'000)), DonationTier::Large);
        QCOMPARE(donationTier(gift(EventType::AdBalloon, 10'000)), DonationTier::Huge);
        QCOMPARE(donationTier(gift(EventType::Chat, 10'000)), DonationTier::None);
        QCOMPARE(donationTier(gift(EventType::Subscription, std::nullopt)), DonationTier::Medium);
        QCOMPARE(donationTier(gift(EventType::SubscriptionGift, std::nullopt)), DonationTier::Medium);
        ChatEvent renewal = gift(EventType::SubscriptionRenewal, std::nullopt);
        renewal.editDetails().months = 11;
        QCOMPARE(donationTier(renewal), DonationTier::Medium);
        renewal.editDetails().months = 12;
        QCOMPARE(donationTier(renewal), DonationTier::Large);
        // Cheese is one won; a star balloon about a hundred.
        QCOMPARE(donationTier(Donation {EventType::Balloon, DonationUnit::Cheese, DonationScope::Live, 10'000}),
            DonationTier::Medium);
    }

    void theBadgeTableCoversEveryRoleOnceInOrder()
    {
        QCOMPARE(qsizetype(roleBadges().size()), qsizetype(std::size(AllRoles)));
        for (Role role : AllRoles) {
            QCOMPARE(roleBadge(role).role, role);
            QCOMPARE(roleBadge(role).key, roleName(role));
            QVERIFY(!roleLabel(role).isEmpty());
        }
        QCOMPARE(mainRole(Roles(Role::FanClub) | Role::Host), Role::Host);
        QCOMPARE(mainRole(Roles(Role::Subscriber) | Role::TopFan), Role::TopFan);
        QCOMPARE(mainRole(Roles()), std::nullopt);
    }

    // The app draws these files and the overlay page is served the same ones:
    // the table's colour must be the one in the SVG.
    void badgeColoursAreTheSvgsOwn()
    {
        for (const RoleBadge &badge : roleBadges()) {
            QFile file(badgeResourcePath(badge.key));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QString svg = QString::fromUtf8(file.readAll());
            const QRegularExpressionMatch match =
                QRegularExpression(u"<rect[^>]*fill=\"#([0-9A-Fa-f]{6})\""_s).match(svg);
            QVERIFY2(match.hasMatch(), qPrintable(file.fileName()));
            QCOMPARE(match.captured(1).toUInt(nullptr, 16), badge.badgeRgb);
        }
        for (QLatin1StringView icon : eventIcons())
            QVERIFY2(QFile::exists(badgeResourcePath(icon)), qPrintable(badgeResourcePath(icon)));
    }

    void platformsHaveNames()
    {
        QCOMPARE(platformName(Platform::Soop), "soop"_L1);
        QCOMPARE(platformFromName(u"chzzk"), Platform::Chzzk);
        QCOMPARE(platformFromName(u"twitch"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
