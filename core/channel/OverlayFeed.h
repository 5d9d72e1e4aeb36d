#pragma once

#include <QPointer>

#include "core/channel/ChannelConsumer.h"

namespace soopchat {

class OverlayServer;

// Hands a channel's events to the browser-source overlay server, under the
// channel's id (the overlay URL's CHANNEL), which a VOD target learns only
// when it joins.
class OverlayFeed : public ChannelConsumer
{
public:
    OverlayFeed(OverlayServer *server, const QString &channelId);

    const QString &channelId() const { return m_channelId; }

    void broadcastStarted(const BroadcastInfo &info) override;
    void consume(const EventBatch &events) override;
    // A browser source shows what the chat list shows.
    Takes takes() const override { return Takes::Shown; }

private:
    QPointer<OverlayServer> m_server;
    QString m_channelId;
};

} // namespace soopchat
