#pragma once

#include <QFlags>
#include <QString>

#include <chrono>

namespace soopchat::sim {

// What the live API says about a channel (§1.3).
enum class ChannelState : quint8 {
    Live, // RESULT 1 with chat info
    Offline, // RESULT 0; the station API knows the streamer
    LoginRequired, // RESULT -6 (adult or subscribers only)
    Maintenance, // RESULT -1 with MSG
    NotFound, // RESULT 0; the station API does not know the id either
};

// Where a live channel's packets come from.
enum class SourceKind : quint8 {
    Scripted, // a realistic, seeded Korean chat session
    Replay, // a recorded frames.jsonl file, looped
    Flood, // chat numbered "#000123 ..." per channel, for gap and duplicate checks
};

// How a connection's packets are cut into websocket frames. None: one
// packet per frame, as every capture shows (§15).
enum class FrameShape : quint8 {
    Split = 1, // a packet over two or three frames
    Pack = 2, // two to five packets in one frame
    Garbage = 4, // noise bytes and broken packets between good ones
};
Q_DECLARE_FLAGS(FrameShapes, FrameShape)
Q_DECLARE_OPERATORS_FOR_FLAGS(FrameShapes)

enum class StallMode : quint8 {
    Never,
    AfterJoin, // silent after the JOIN reply: no packets, no pongs, TCP open
};

// The rate spikes to rate * factor for `length` once every `every`.
struct BurstConfig
{
    double factor = 1.0;
    std::chrono::milliseconds every {0}; // 0: no bursts
    std::chrono::milliseconds length {1000};
};

// One channel (streamer id) of the simulator. SimulatorOptions gives every
// new channel the scenario's config; SimChannel::setConfig() changes one.
struct ChannelConfig
{
    ChannelState state = ChannelState::Live;
    QString password; // non-empty: BPWD "Y" and JOIN must carry it
    QString nickname; // empty: made from the id
    QString title; // empty: a generated Korean title
    int grade = 0; // GRADE; 19 = adult

    SourceKind source = SourceKind::Scripted;
    QString replayFile; // SourceKind::Replay
    int rate = 0; // packets/s; 0: scripted 20, flood 1000, replay the recorded timing
    double replaySpeed = 1.0; // recorded timing scaled by this (2 = twice as fast)
    BurstConfig burst;
    // Scripted: now and then an OGQ sticker (0109), a line with SOOP emoticons and a line with a
    // link, besides the usual mix. Off by default, so every seeded session stays as it was; the
    // demo and the media tests turn it on.
    bool media = false;

    FrameShapes shapes;
    std::chrono::milliseconds dropAfter {0}; // close each connection this long after its JOIN; 0 never
    StallMode stall = StallMode::Never;
    std::chrono::milliseconds endAfter {0}; // send 0088 this long after going live; 0 never
    std::chrono::milliseconds offlineFor {0}; // then live again after this; 0 stays offline
};

} // namespace soopchat::sim
