#pragma once

#include <QtGlobal>

namespace soopchat::chzzk {

// The `cmd` numbers of CHZZK's chat websocket (docs/CHZZK-PROTOCOL.md §3).
enum class Command : quint32 {
    Ping = 0,
    Pong = 10000,
    Connect = 100, // client
    Connected = 10100,
    RequestRecentChat = 5101, // client
    RecentChat = 15101,
    SendChat = 3101, // client
    Chat = 93101,
    SpecialChat = 93102, // donations, subscriptions, gifts, system lines
    Event = 93006, // chat mode, restrictions, gift and mission announcements
    Kick = 94005,
    Block = 94006,
    Blind = 94008,
    Notice = 94010,
    Penalty = 94015,
};

// The `msgTypeCode` / `messageTypeCode` of a chat line (§5).
enum class MessageType : qint64 {
    Text = 1,
    Donation = 10,
    Subscription = 11,
    SubscriptionGift = 12,
    System = 30,
};

} // namespace soopchat::chzzk
