#pragma once

#include <QString>

#include "core/store/SessionWriter.h"

namespace soopchat {

class AlertEngine;
class ChannelPipeline;
class OverlayServer;

// What a channel's standard consumers need from the application.
struct ChannelServices
{
    QString recordingPath; // the recording database; empty: not recorded
    OverlayServer *overlay = nullptr; // the browser-source server; null: none
    SessionWriter::Options store = {}; // how the recorder's writer works
    AlertEngine *alerts = nullptr; // the app's alert rules (docs/ALERTS.md); null: none
};

// Registers the consumers every open channel has, in the GUI and in
// `soopchat-cli record` alike, in this order: statistics and viewers
// (ChannelStats), the recorder (ChannelRecorder), the overlay feed
// (OverlayFeed), the alerts (AlertConsumer). A new kind of consumer is one
// more line here.
void addStandardConsumers(ChannelPipeline &pipeline, const ChannelServices &services);

} // namespace soopchat
