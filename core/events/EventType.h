#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <optional>

namespace soopchat {

// The kinds of event every consumer understands; the JSON names are in
// docs/EVENTS.md. Gap is produced by the client, not decoded from a packet.
enum class EventType : quint8 {
    Keepalive,
    LoginReply,
    JoinReply,
    UserEnter,
    UserLeave,
    Chat,
    Status,
    Mute,
    Whisper,
    FlagChange,
    ManagerChange,
    NicknameChange,
    Balloon,
    Freeze,
    SlowMode,
    ManagerChat,
    Poll,
    AdminNotice,
    VodBalloon,
    AdBalloon,
    BroadcastEnd,
    Subscription,
    SubscriptionRenewal,
    Notice,
    VideoBalloon,
    StationAdBalloon,
    SubscriptionGift,
    OgqSticker,
    Mission,
    Unknown,
    Malformed,
    Gap,
};

inline constexpr int EventTypeCount = int(EventType::Gap) + 1;

QLatin1StringView eventTypeName(EventType type);
std::optional<EventType> eventTypeFromName(QStringView name);

// Donations: star, ad, video, VOD and station ad balloons, subscriptions,
// renewals and gifts.
bool isDonation(EventType type);

// Broad groups the viewer filters by.
enum class EventCategory : quint8 { Chat, Donation, Subscription, EnterLeave, System, Protocol };
EventCategory eventCategory(EventType type);

} // namespace soopchat
