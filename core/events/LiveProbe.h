#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

#include "core/events/ChannelStatus.h"

namespace soopchat {

// What one look at a channel's live state found, in user terms: live (with
// the broadcast's title, and its viewer count when the platform's answer
// gives one), offline, or unknown with the reason why.
struct LiveCheck
{
    enum class State : quint8 { Unknown, Live, Offline };
    // Why a check could not tell, or what restricts a live broadcast.
    enum class Reason : quint8 {
        None,
        NetworkError, // no usable answer: asked again later, less often
        BadResponse, // an answer that could not be read: likewise
        Maintenance, // the service says it is under maintenance: likewise
        NotFound, // no such channel
        LoginRequired, // live, but guests may not watch (adult or subscribers only)
        NotSupported, // the platform cannot be checked
    };

    State state = State::Unknown;
    Reason reason = Reason::None;
    QString channelName; // the streamer's nickname, when the answer gives it
    QString title; // the broadcast's title, when live
    qint64 viewers = -1; // -1: the answer does not say
    QString detail; // for the user, translated: what went wrong, or a notice

    // Worth asking less often until it clears (the service or the network is in trouble).
    bool isTrouble() const
    {
        return reason == Reason::NetworkError || reason == Reason::BadResponse || reason == Reason::Maintenance;
    }
};

// Asks a platform whether a channel is live, without joining it: what a
// platform's factory makes for the favourites (ChatSourceFactory::createProbe).
// One check at a time; a new one (or abort()) drops the one under way. The
// answer it reads is bounded like a source's own lookup.
class LiveProbe : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void check(const ChannelTarget &target) = 0;
    virtual void abort() = 0;

signals:
    void finished(const soopchat::ChannelTarget &target, const soopchat::LiveCheck &result);
};

} // namespace soopchat

Q_DECLARE_METATYPE(soopchat::LiveCheck)
Q_DECLARE_METATYPE(soopchat::ChannelTarget)
