#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace soopchat::sim {

enum class Transport : quint8 { Plain, Tls };

enum class CloseReason : quint8 {
    Open, // still connected
    ClientClosed,
    Rejected, // handshake error: the return code was sent, then the close
    NoSubprotocol, // the client did not ask for the "chat" subprotocol
    BadPath, // the path was not /Websocket or /Websocket/<bid>
    Dropped, // drop-after, dropConnections()
    SlowConsumer, // the client read too slowly and the backlog grew too big
    Stopped, // the simulator stopped
};

// One chat connection as the simulator saw it; the exact LOGIN and JOIN
// bytes are kept so tests can check them against the protocol.
struct ConnectionInfo
{
    quint64 id = 0;
    Transport transport = Transport::Plain;
    QString path; // "/Websocket/<bid>"
    QString channelId; // after a valid JOIN
    QByteArray loginPacket;
    QByteArray joinPacket;
    quint16 rejectedWith = 0; // the return code of a rejected handshake
    quint64 keepalives = 0;
    quint64 packetsSent = 0;
    quint64 framesSent = 0;
    bool stalled = false;
    CloseReason closeReason = CloseReason::Open;
};

} // namespace soopchat::sim

Q_DECLARE_METATYPE(soopchat::sim::ConnectionInfo)
Q_DECLARE_METATYPE(soopchat::sim::CloseReason)
