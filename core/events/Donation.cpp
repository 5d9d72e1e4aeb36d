#include "core/events/Donation.h"

#include <algorithm>

#include "core/events/ChatEvent.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

// Renewals from a year on are celebrated like a large gift.
constexpr qint64 LargeRenewalMonths = 12;

} // namespace

QLatin1StringView donationUnitName(DonationUnit unit)
{
    switch (unit) {
    case DonationUnit::StarBalloon:
        return "star_balloon"_L1;
    case DonationUnit::AdBalloon:
        return "ad_balloon"_L1;
    case DonationUnit::VideoBalloon:
        return "video_balloon"_L1;
    case DonationUnit::Cheese:
        return "cheese"_L1;
    }
    return "star_balloon"_L1;
}

std::optional<Donation> donationOf(const ChatEvent &event)
{
    return donationOf(event.type, event.count);
}

std::optional<Donation> donationOf(EventType type, std::optional<qint64> count)
{
    Donation donation;
    donation.item = type;
    switch (type) {
    case EventType::Balloon:
        donation.unit = DonationUnit::StarBalloon;
        break;
    case EventType::VodBalloon:
        donation.unit = DonationUnit::StarBalloon;
        donation.scope = DonationScope::Replay;
        break;
    case EventType::AdBalloon:
    case EventType::StationAdBalloon:
        donation.unit = DonationUnit::AdBalloon;
        break;
    case EventType::VideoBalloon:
        donation.unit = DonationUnit::VideoBalloon;
        break;
    case EventType::Cheese:
    case EventType::VideoCheese:
    case EventType::MissionCheese:
        donation.unit = DonationUnit::Cheese;
        break;
    default:
        return std::nullopt;
    }
    donation.amount = std::max<qint64>(0, count.value_or(0));
    return donation;
}

QLatin1StringView donationTierName(DonationTier tier)
{
    switch (tier) {
    case DonationTier::None:
        return "none"_L1;
    case DonationTier::Small:
        return "small"_L1;
    case DonationTier::Medium:
        return "medium"_L1;
    case DonationTier::Large:
        return "large"_L1;
    case DonationTier::Huge:
        return "huge"_L1;
    }
    return "none"_L1;
}

TierThresholds tierThresholds(DonationUnit unit)
{
    switch (unit) {
    case DonationUnit::StarBalloon:
    case DonationUnit::AdBalloon:
    case DonationUnit::VideoBalloon:
        return {100, 1'000, 10'000};
    case DonationUnit::Cheese:
        // One star balloon costs about 100 won: the same money, the same tier.
        return {10'000, 100'000, 1'000'000};
    }
    return {100, 1'000, 10'000};
}

DonationTier donationTier(const Donation &donation)
{
    const TierThresholds thresholds = tierThresholds(donation.unit);
    if (donation.amount >= thresholds.huge)
        return DonationTier::Huge;
    if (donation.amount >= thresholds.large)
        return DonationTier::Large;
    if (donation.amount >= thresholds.medium)
        return DonationTier::Medium;
    return DonationTier::Small;
}

DonationTier donationTier(const ChatEvent &event)
{
    if (const std::optional<Donation> donation = donationOf(event))
        return donationTier(*donation);
    if (event.type == EventType::SubscriptionRenewal)
        return event.details().months.value_or(0) >= LargeRenewalMonths ? DonationTier::Large : DonationTier::Medium;
    if (isSubscription(event.type))
        return DonationTier::Medium;
    return DonationTier::None;
}

bool isSubscription(EventType type)
{
    return type == EventType::Subscription || type == EventType::SubscriptionRenewal ||
        type == EventType::SubscriptionGift;
}

} // namespace soopchat
