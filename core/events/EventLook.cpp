#include "core/events/EventLook.h"

#include <array>

namespace soopchat {

std::optional<EventAccent> eventAccent(EventType type)
{
    switch (type) {
    case EventType::Balloon:
        return EventAccent {0xFFF0A500, 0xFFFFC21A};
    case EventType::AdBalloon:
    case EventType::StationAdBalloon:
        return EventAccent {0xFF3E8BF5, 0xFF3E8BF5};
    case EventType::VideoBalloon:
        return EventAccent {0xFFF0508F, 0xFFF0508F};
    case EventType::VodBalloon:
        return EventAccent {0xFF9B6BF2, 0xFF9B6BF2};
    case EventType::Cheese:
    case EventType::MissionCheese:
        return EventAccent {0xFFD99A00, 0xFFFFCC33}; // cheese yellow, a shade apart from the star balloon
    case EventType::VideoCheese:
        return EventAccent {0xFFF0508F, 0xFFF0508F}; // as the video balloon
    case EventType::Subscription:
    case EventType::SubscriptionRenewal:
    case EventType::SubscriptionGift:
        return EventAccent {0xFF7A5AF0, 0xFFA57CFF};
    default:
        return std::nullopt;
    }
}

const TierLook &tierLook(DonationTier tier)
{
    // None (not a donation), Small, Medium, Large, Huge.
    static constexpr std::array<TierLook, 5> Tiers = {{
        {1.0, 4, 0.34f, 0.06f, 0, 0, 0, 0, 0},
        {1.0, 4, 0.34f, 0.06f, 0, 0, 0, 0, 0},
        {1.12, 4, 0.34f, 0.06f, 0, 0, 0, 0, 0},
        {1.3, 4, 0.52f, 0.12f, 0, 0, 0x8CFFBE28, 2, 0xFFFFC83C},
        {1.5, 6, 0.34f, 0.06f, 0xB9FF8C00, 0x5FFF3C78, 0xD2FFA000, 3, 0xFFFFAA1E},
    }};
    return Tiers[std::min(std::size_t(tier), Tiers.size() - 1)];
}

} // namespace soopchat
