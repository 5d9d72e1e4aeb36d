#pragma once

#include <QObject>

#include <memory>
#include <optional>

#include "core/events/ChannelStatus.h"
#include "core/events/ChatEvent.h"
#include "core/events/LiveProbe.h"

namespace soopchat {

// One channel's chat as a platform delivers it: what every platform's client
// implements (core/soop's SoopClient; CHZZK's next) and all the pipeline
// knows of it. A source resolves the broadcast, joins, keeps the connection
// alive and reconnects by itself; it emits neutral events in batches and its
// status in user terms. It never blocks and may live on any thread.
class ChatSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual const ChannelTarget &target() const = 0;
    virtual const ChannelStatus &status() const = 0;

    virtual void start(const QString &password = {}) = 0;
    virtual void stop() = 0;
    virtual void setPassword(const QString &password) = 0; // tries again at once
    virtual void retryNow() = 0; // skips the current wait

signals:
    void statusChanged(const soopchat::ChannelStatus &status);
    // At most one batch per pass of the event loop; a Gap event marks what a
    // dropped connection missed.
    void eventsReceived(const soopchat::EventBatch &events);
    // Joined a broadcast different from the last one joined (a new session).
    void broadcastStarted(const soopchat::BroadcastInfo &info);
};

// Makes a platform's sources: reads what a user typed and builds a source for
// it. The app hands the factories it wants (the real services, or the
// simulators) to whoever opens channels; nothing else picks a platform.
class ChatSourceFactory
{
public:
    struct Parsed
    {
        std::optional<ChannelTarget> target;
        QString error; // for the user, translated; empty when the input is not this platform's at all
    };

    virtual ~ChatSourceFactory() = default;

    virtual Platform platform() const = 0;
    // The platform's name for people, translated ("SOOP"; "CHZZK", 치지직 in
    // Korean): what the UI says where it must name the service.
    virtual QString displayName() const { return platformName(platform()).toString().toUpper(); }
    // What a user types to open one of its channels, with an example,
    // translated; empty when there is nothing to say.
    virtual QString inputHint() const { return {}; }
    // The platform's own words for a status that only it can explain (why a
    // guest may not join its chat); empty: the UI's neutral words.
    virtual QString explain(const ChannelStatus &status) const
    {
        Q_UNUSED(status);
        return {};
    }
    virtual Parsed parse(QStringView input) const = 0;
    // A new, stopped source for a target this factory parsed; owned by the caller.
    virtual std::unique_ptr<ChatSource> create(const ChannelTarget &target) const = 0;
    // Something that asks whether this platform's channels are live without
    // joining them (the favourites); nullptr when the platform cannot tell.
    virtual std::unique_ptr<LiveProbe> createProbe() const { return nullptr; }
};

} // namespace soopchat
