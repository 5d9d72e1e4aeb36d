#include "core/channel/OverlayFeed.h"

#include "core/overlay/OverlayServer.h"

namespace soopchat {

OverlayFeed::OverlayFeed(OverlayServer *server, const QString &channelId) : m_server(server), m_channelId(channelId)
{ }

void OverlayFeed::broadcastStarted(const BroadcastInfo &info)
{
    if (!info.channelId.isEmpty())
        m_channelId = info.channelId;
}

void OverlayFeed::consume(const EventBatch &events)
{
    if (m_server && !m_channelId.isEmpty())
        m_server->publish(m_channelId, events);
}

} // namespace soopchat
