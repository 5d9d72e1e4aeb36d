#pragma once

#include "core/events/ChannelStatus.h"
#include "core/events/ChatEvent.h"

namespace soopchat {

// Something that takes every event of a channel: statistics, the recorder,
// the overlay feed, alerts. A pipeline owns its consumers and feeds them in
// the order they were added, on the pipeline's thread.
class ChannelConsumer
{
public:
    virtual ~ChannelConsumer() = default;

    // The source joined a broadcast different from the last one (a new
    // session): called before that broadcast's first events.
    virtual void broadcastStarted(const BroadcastInfo &info) { Q_UNUSED(info) }
    virtual void consume(const EventBatch &events) = 0;

    // Whether the consumer takes every event (statistics, the recorder: totals
    // and recordings keep everything) or what the user's ignore rules leave to
    // be shown (the overlay feed, like the views).
    enum class Takes : quint8 { Everything, Shown };
    virtual Takes takes() const { return Takes::Everything; }
};

} // namespace soopchat
