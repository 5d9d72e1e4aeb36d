#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <optional>

namespace soopchat {

// The kinds of event every consumer understands; the JSON names are in
// docs/EVENTS.md. Gap and BroadcastStart are produced by the client, not
// decoded from a packet. New kinds go at the end: recordings store the number.
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
    BroadcastStart, // the channel's next broadcast began while the tab watched
    Cheese, // a donation in cheese with a chat line (CHZZK)
    VideoCheese, // ... with a video
    MissionCheese, // ... pledged to a mission, or joining one
    Blind, // a line said earlier is hidden (by a moderator, a filter, a restriction)
};

inline constexpr int EventTypeCount = int(EventType::Blind) + 1;

QLatin1StringView eventTypeName(EventType type);
std::optional<EventType> eventTypeFromName(QStringView name);

// Donations: star, ad, video, VOD and station ad balloons, cheese,
// subscriptions, renewals and gifts.
bool isDonation(EventType type);

// What an event is about, the same for every platform and every consumer
// (chat list chips, search, statistics, store, alerts):
//  - Chat: something a viewer said (chat, manager chat, whisper, sticker);
//  - Donation: a gift of value (see Donation.h); Subscription: a
//    subscription, renewal or gifted subscription;
//  - Membership: a user's standing changed (fan club, top fan, manager,
//    nickname); Moderation: mutes, freezes, slow mode, hidden lines;
//  - RoomState: the broadcast itself (status, end, notices, polls, missions);
//  - Presence: viewers entering and leaving;
//  - System: said by the service or by SoopChat (admin notices, gaps);
//  - Protocol: connection chatter and packets that could not be read.
enum class EventCategory : quint8 {
    Chat,
    Donation,
    Subscription,
    Membership,
    Moderation,
    RoomState,
    Presence,
    System,
    Protocol,
};
inline constexpr int EventCategoryCount = int(EventCategory::Protocol) + 1;

EventCategory eventCategory(EventType type);
QLatin1StringView eventCategoryName(EventCategory category); // "room_state"

} // namespace soopchat
