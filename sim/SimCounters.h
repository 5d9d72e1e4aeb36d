#pragma once

#include <QtGlobal>

namespace soopchat::sim {

// What the simulator has done since start(), for tests and benchmarks.
struct SimCounters
{
    quint64 apiRequests = 0;
    quint64 connections = 0; // websocket connections accepted
    quint64 logins = 0; // valid LOGIN packets
    quint64 joins = 0; // valid JOIN packets
    quint64 keepalives = 0;
    quint64 rejected = 0; // handshakes answered with a return code and closed
    quint64 dropped = 0; // connections the simulator closed on purpose
    quint64 packetsGenerated = 0; // on all broadcast timelines, listened to or not
    quint64 packetsSent = 0; // to clients, counted per client
    quint64 framesSent = 0;
    quint64 bytesSent = 0; // websocket payload bytes
};

} // namespace soopchat::sim
