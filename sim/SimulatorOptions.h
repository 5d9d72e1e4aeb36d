#pragma once

#include <QString>

#include <chrono>

#include "sim/ChannelConfig.h"
#include "sim/Scenario.h"

namespace soopchat::sim {

// Everything SoopSimulator needs to start. The defaults give a realistic,
// live, well-behaved service on free loopback ports.
struct SimulatorOptions
{
    quint16 apiPort = 0; // 0: any free port
    quint16 chatPort = 0; // CHPT (plain websocket); TLS on chatPort + 1. 0: any free adjacent pair
    QString chatDomain = QStringLiteral("localhost"); // CHDOMAIN; the certificate is for localhost/127.0.0.1

    Scenario scenario = Scenario::Normal;
    SourceKind source = SourceKind::Scripted;
    QString replayFile;
    int rate = 0; // packets/s per channel; 0: the source's default (see ChannelConfig::rate)
    double replaySpeed = 1.0;
    BurstConfig burst;
    quint64 seed = 1; // same seed, same channel id: the same packets

    std::chrono::milliseconds tick {5}; // how often the timelines produce packets
    std::chrono::milliseconds dropAfter {10'000}; // drop-after
    std::chrono::milliseconds endAfter {30'000}; // end-and-return
    std::chrono::milliseconds offlineFor {10'000}; // end-and-return
    QString password = QStringLiteral("0000"); // wrong-password: the rooms' password

    // The config a new channel gets: the source options with the scenario applied.
    ChannelConfig channelDefaults() const;
};

} // namespace soopchat::sim
