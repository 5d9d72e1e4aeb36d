#pragma once

#include <QPointer>
#include <QString>

#include "core/channel/ChannelConsumer.h"

namespace soopchat {

class AlertEngine;

// Hands a channel's events to the app's AlertEngine (the rules of
// docs/ALERTS.md), one per channel pipeline (addStandardConsumers when
// ChannelServices::alerts is set), in the GUI and `soopchat-cli record` alike.
class AlertConsumer : public ChannelConsumer
{
public:
    AlertConsumer(AlertEngine *engine, const QString &channelId);

    const QString &channelId() const { return m_channelId; }

    void broadcastStarted(const BroadcastInfo &info) override;
    void consume(const EventBatch &events) override;
    // What is shown, not everything: a user the streamer ignores (or a line
    // an ignore rule hides) should not make the desktop ping, be read aloud
    // or reach Discord, any more than it reaches the chat list or the
    // browser overlay. Totals and the recording still count everything.
    Takes takes() const override { return Takes::Shown; }

private:
    QPointer<AlertEngine> m_engine;
    QString m_channelId;
    QString m_channelName; // the streamer's nickname once a broadcast is known
};

} // namespace soopchat
