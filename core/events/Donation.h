#pragma once

#include <QLatin1StringView>

#include <optional>

#include "core/events/EventType.h"

namespace soopchat {

struct ChatEvent;

// What a gift is counted in. Star and video balloons are bought with the same
// money and are worth the same to the streamer; ad balloons are a different,
// much cheaper currency; CHZZK counts cheese, one won each.
enum class DonationUnit : quint8 { StarBalloon, AdBalloon, VideoBalloon, Cheese };
inline constexpr DonationUnit AllDonationUnits[] = {
    DonationUnit::StarBalloon, DonationUnit::AdBalloon, DonationUnit::VideoBalloon, DonationUnit::Cheese};

QLatin1StringView donationUnitName(DonationUnit unit); // "star_balloon"

// Where a gift went. SOOP's VOD balloons are given to a replay while its
// live chat runs; they show in the chat but are not this broadcast's income.
enum class DonationScope : quint8 { Live, Replay };

// A gift of value, as every consumer counts it. The platform's own item kind
// stays in `item` (balloon, station_ad_balloon, ...), so nothing is lost, but
// totals, rankings, tiers and alerts read the unit and the amount.
struct Donation
{
    EventType item = EventType::Balloon;
    DonationUnit unit = DonationUnit::StarBalloon;
    DonationScope scope = DonationScope::Live;
    qint64 amount = 0; // in `unit`; never negative

    // The one rule for the "balloons" totals (the statistics tile, the donor
    // ranking, the History list, exports): star and video balloons given to
    // the live broadcast. Ad balloons and replay gifts have totals of their own.
    bool countsTowardBalloons() const
    {
        return scope == DonationScope::Live &&
            (unit == DonationUnit::StarBalloon || unit == DonationUnit::VideoBalloon);
    }

    // Income: what the gifts, donors, the donor ranking and the won figure
    // count: the balloons above and cheese given to the live broadcast
    // (bought with money, one won a cheese). Ad balloons and replay gifts are not.
    bool countsAsIncome() const
    {
        return countsTowardBalloons() || (scope == DonationScope::Live && unit == DonationUnit::Cheese);
    }

    friend bool operator==(const Donation &, const Donation &) = default;
};

// The donation an event carries; nullopt for everything that is not a gift of
// value (chat, subscriptions, ...). A negative or missing count is zero.
std::optional<Donation> donationOf(const ChatEvent &event);
// The same from an event's type and count alone (a stored row).
std::optional<Donation> donationOf(EventType type, std::optional<qint64> count);

// How loudly a donation or subscription is celebrated, the same in the chat
// list, the overlay window, the browser overlay and alerts.
enum class DonationTier : quint8 { None, Small, Medium, Large, Huge };

QLatin1StringView donationTierName(DonationTier tier); // "none", "small", ...

// The amounts at which a gift in `unit` becomes Medium, Large and Huge.
struct TierThresholds
{
    qint64 medium = 0;
    qint64 large = 0;
    qint64 huge = 0;
};
TierThresholds tierThresholds(DonationUnit unit);

DonationTier donationTier(const Donation &donation);
// Donations by amount; a subscription is Medium, a renewal of a year or more
// Large; everything else None.
DonationTier donationTier(const ChatEvent &event);

// Subscriptions, renewals and gifted subscriptions, counted one each.
bool isSubscription(EventType type);

} // namespace soopchat
