#include "core/channel/ChannelStats.h"

namespace soopchat {

void ChannelStats::broadcastStarted(const BroadcastInfo &)
{
    m_stats.clear();
    m_users.clear();
}

void ChannelStats::consume(const EventBatch &events)
{
    m_stats.add(events);
    m_users.add(events);
}

} // namespace soopchat
