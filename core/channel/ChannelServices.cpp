#include "core/channel/ChannelServices.h"

#include "core/alerts/AlertConsumer.h"
#include "core/channel/ChannelPipeline.h"
#include "core/channel/ChannelRecorder.h"
#include "core/channel/ChannelStats.h"
#include "core/channel/OverlayFeed.h"
#include "core/store/SessionWriter.h"

namespace soopchat {

void addStandardConsumers(ChannelPipeline &pipeline, const ChannelServices &services)
{
    pipeline.add(std::make_unique<ChannelStats>());
    if (!services.recordingPath.isEmpty())
        pipeline.add(
            std::make_unique<ChannelRecorder>(std::make_unique<SessionWriter>(services.recordingPath, services.store)));
    if (services.overlay)
        pipeline.add(std::make_unique<OverlayFeed>(services.overlay, pipeline.channelId()));
    if (services.alerts)
        pipeline.add(std::make_unique<AlertConsumer>(services.alerts, pipeline.channelId()));
}

} // namespace soopchat
