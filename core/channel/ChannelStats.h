#pragma once

#include "core/channel/ChannelConsumer.h"
#include "core/stats/SessionStats.h"
#include "core/stats/UserDirectory.h"

namespace soopchat {

// A channel's statistics and the viewers it has seen, for the broadcast that
// is on: a new broadcast starts both over (the chat list keeps what was said).
class ChannelStats : public ChannelConsumer
{
public:
    ChannelStats() = default;

    const SessionStats &stats() const { return m_stats; }
    const UserDirectory &users() const { return m_users; }

    void broadcastStarted(const BroadcastInfo &info) override;
    void consume(const EventBatch &events) override;

private:
    SessionStats m_stats;
    UserDirectory m_users;
};

} // namespace soopchat
