#include "core/events/EventType.h"

#include <array>

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<QLatin1StringView, EventTypeCount> Names = {
    "keepalive"_L1,
    "login_reply"_L1,
    "join_reply"_L1,
    "user_enter"_L1,
    "user_leave"_L1,
    "chat"_L1,
    "status"_L1,
    "mute"_L1,
    "whisper"_L1,
    "flag_change"_L1,
    "manager_change"_L1,
    "nickname_change"_L1,
    "balloon"_L1,
    "freeze"_L1,
    "slow_mode"_L1,
    "manager_chat"_L1,
    "poll"_L1,
    "admin_notice"_L1,
    "vod_balloon"_L1,
    "ad_balloon"_L1,
    "broadcast_end"_L1,
    "subscription"_L1,
    "subscription_renewal"_L1,
    "notice"_L1,
    "video_balloon"_L1,
    "station_ad_balloon"_L1,
    "subscription_gift"_L1,
    "ogq_sticker"_L1,
    "mission"_L1,
    "unknown"_L1,
    "malformed"_L1,
    "gap"_L1,
    "broadcast_start"_L1,
    "cheese"_L1,
    "video_cheese"_L1,
    "mission_cheese"_L1,
    "blind"_L1,
};
} // namespace

QLatin1StringView eventTypeName(EventType type)
{
    return Names[std::size_t(type)];
}

std::optional<EventType> eventTypeFromName(QStringView name)
{
    for (std::size_t i = 0; i < Names.size(); ++i) {
        if (name == Names[i])
            return EventType(i);
    }
    return std::nullopt;
}

bool isDonation(EventType type)
{
    const EventCategory category = eventCategory(type);
    return category == EventCategory::Donation || category == EventCategory::Subscription;
}

EventCategory eventCategory(EventType type)
{
    switch (type) {
    case EventType::Chat:
    case EventType::ManagerChat:
    case EventType::Whisper:
    case EventType::OgqSticker:
        return EventCategory::Chat;
    case EventType::Balloon:
    case EventType::AdBalloon:
    case EventType::VideoBalloon:
    case EventType::VodBalloon:
    case EventType::StationAdBalloon:
    case EventType::Cheese:
    case EventType::VideoCheese:
    case EventType::MissionCheese:
        return EventCategory::Donation;
    case EventType::Subscription:
    case EventType::SubscriptionRenewal:
    case EventType::SubscriptionGift:
        return EventCategory::Subscription;
    case EventType::FlagChange:
    case EventType::ManagerChange:
    case EventType::NicknameChange:
        return EventCategory::Membership;
    case EventType::Mute:
    case EventType::Freeze:
    case EventType::SlowMode:
    case EventType::Blind:
        return EventCategory::Moderation;
    case EventType::Status:
    case EventType::BroadcastEnd:
    case EventType::BroadcastStart:
    case EventType::Notice:
    case EventType::Poll:
    case EventType::Mission:
        return EventCategory::RoomState;
    case EventType::UserEnter:
    case EventType::UserLeave:
        return EventCategory::Presence;
    case EventType::AdminNotice:
    case EventType::Gap:
        return EventCategory::System;
    case EventType::Keepalive:
    case EventType::LoginReply:
    case EventType::JoinReply:
    case EventType::Unknown:
    case EventType::Malformed:
        return EventCategory::Protocol;
    }
    return EventCategory::Protocol;
}

QLatin1StringView eventCategoryName(EventCategory category)
{
    switch (category) {
    case EventCategory::Chat:
        return "chat"_L1;
    case EventCategory::Donation:
        return "donation"_L1;
    case EventCategory::Subscription:
        return "subscription"_L1;
    case EventCategory::Membership:
        return "membership"_L1;
    case EventCategory::Moderation:
        return "moderation"_L1;
    case EventCategory::RoomState:
        return "room_state"_L1;
    case EventCategory::Presence:
        return "presence"_L1;
    case EventCategory::System:
        return "system"_L1;
    case EventCategory::Protocol:
        return "protocol"_L1;
    }
    return "protocol"_L1;
}

} // namespace soopchat
