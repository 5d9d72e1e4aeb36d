#include "sim/SimulatorOptions.h"

namespace soopchat::sim {

ChannelConfig SimulatorOptions::channelDefaults() const
{
    ChannelConfig config;
    config.source = source;
    config.replayFile = replayFile;
    config.rate = rate;
    config.replaySpeed = replaySpeed;
    config.burst = burst;
    switch (scenario) {
    case Scenario::Normal:
    case Scenario::RefuseTls: // a property of the server, not of channels
        break;
    case Scenario::DropAfter:
        config.dropAfter = dropAfter;
        break;
    case Scenario::Stall:
        config.stall = StallMode::AfterJoin;
        break;
    case Scenario::Garbage:
        config.shapes = FrameShape::Garbage;
        break;
    case Scenario::Split:
        config.shapes = FrameShape::Split;
        break;
    case Scenario::Pack:
        config.shapes = FrameShape::Pack;
        break;
    case Scenario::EndAndReturn:
        config.endAfter = endAfter;
        config.offlineFor = offlineFor;
        break;
    case Scenario::Offline:
        config.state = ChannelState::Offline;
        break;
    case Scenario::WrongPassword:
        config.password = password;
        break;
    case Scenario::LoginRequired:
        config.state = ChannelState::LoginRequired;
        config.grade = 19;
        break;
    case Scenario::Maintenance:
        config.state = ChannelState::Maintenance;
        break;
    case Scenario::NotFound:
        config.state = ChannelState::NotFound;
        break;
    }
    return config;
}

} // namespace soopchat::sim
