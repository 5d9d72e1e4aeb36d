#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <chrono>

namespace soopchat::chzzk {

// What the resolver found (docs/CHZZK-PROTOCOL.md §1).
enum class LiveState : quint8 {
    Live, // open, with a chat id
    Offline, // status CLOSE
    AdultOnly, // open, but an anonymous caller gets no chat id (adult flag)
    NotFound, // no such channel
    NetworkError, // no usable answer (or a server error): retried with backoff
    BadResponse, // an answer that could not be read
};

struct LiveStatusAnswer
{
    LiveState state = LiveState::NetworkError;
    QString chatChannelId; // changes with every broadcast
    QString title;
    bool adult = false;
    std::chrono::milliseconds pollPeriod {0}; // 0: the answer did not say
    QString message; // what went wrong, for the user (translated)
};

// Everything a client needs to join: the live status, the chat access token
// and the chat servers to try, in order.
struct Resolution
{
    LiveStatusAnswer live;
    QString accessToken;
    QStringList servers; // host or host:port
};

// The channel itself (service/v1/channels/{id}, docs/CHZZK-PROTOCOL.md §1):
// the streamer's name for people, which the live status does not carry.
// Asked once per channel, as a best effort beside the live status.
struct ChannelInfo
{
    QString channelId; // the one asked about
    QString channelName; // empty: no usable answer (see failure)
    QString imageUrl;
    bool verified = false; // CHZZK's verified mark
    QString failure; // why there is no name, for the log
};

} // namespace soopchat::chzzk

Q_DECLARE_METATYPE(soopchat::chzzk::ChannelInfo)
Q_DECLARE_METATYPE(soopchat::chzzk::LiveStatusAnswer)
Q_DECLARE_METATYPE(soopchat::chzzk::Resolution)
