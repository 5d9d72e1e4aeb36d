#pragma once

#include <QLatin1StringView>
#include <QMetaType>
#include <QString>

#include "core/events/Platform.h"

namespace soopchat {

// Where a channel's connection stands, in terms a user understands. Every
// platform's source reports these; only the source knows how it got there.
enum class ConnectionState : quint8 {
    Idle,
    Resolving, // asking the service whether the channel is live
    Connecting, // opening the chat connection
    Joining, // the service's login and join handshake
    Live, // joined: events flow
    Reconnecting, // lost the connection; retrying (at nextAttemptAtMs, or now)
    WaitingForLive, // offline or the broadcast ended: polling until it is live
    PasswordRequired, // the room has a password, or the one given was wrong
    LoginRequired, // adult or subscribers-only: guests cannot join (still polling)
    Unavailable, // the service is under maintenance (still polling)
    NotFound, // no such channel or VOD: stopped
    Stopped,
};
QLatin1StringView connectionStateName(ConnectionState state); // "waiting-for-live"

enum class Transport : quint8 { Unknown, Tls, Plain };

// Why a guest may not join (ConnectionState::LoginRequired).
enum class AccessRestriction : quint8 { None, AdultOrSubscribers, AdultVerification, Subscribers };

// What a source knows about the broadcast it joined or waits for.
struct BroadcastInfo
{
    Platform platform = Platform::Soop;
    QString channelId; // the streamer's id on the platform
    QString channelName; // the streamer's nickname
    QString title;
    QString broadcastId; // changes with every broadcast; empty when unknown
    bool passwordProtected = false;
};

struct ChannelStatus
{
    ConnectionState state = ConnectionState::Idle;
    QString channel; // the channel id (or "VOD n" until its owner is known)
    BroadcastInfo broadcast; // the latest broadcast info
    QString detail; // maintenance notice, or what went wrong, for the user
    qint64 nextAttemptAtMs = 0;
    int attempt = 0; // retries since the last stable connection
    AccessRestriction restriction = AccessRestriction::None;
    bool passwordRejected = false;
    Transport transport = Transport::Unknown;
    // Live, but nothing at all has come since then (no chat, not even the
    // answer to a ping): the connection may have stalled. 0 while data flows.
    qint64 quietSinceMs = 0;
};

// What the user asked to watch, as the platform that understood it wrote it
// down: `key` is the platform's own canonical form (its source factory reads
// it back), the rest is for people.
struct ChannelTarget
{
    Platform platform = Platform::Soop;
    QString key; // "gosegu2", "gosegu2/281234567", "vod/12345678"
    QString channelId; // the streamer's id; empty when not known yet (a VOD)
    QString displayName; // what a tab or a log line calls it

    friend bool operator==(const ChannelTarget &, const ChannelTarget &) = default;
};

} // namespace soopchat

Q_DECLARE_METATYPE(soopchat::ChannelStatus)
Q_DECLARE_METATYPE(soopchat::BroadcastInfo)
