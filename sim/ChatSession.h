#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "sim/ClientPacketValidator.h"
#include "sim/ConnectionInfo.h"
#include "sim/FrameShaper.h"
#include "sim/SimChannel.h"
#include "sim/SimCounters.h"

class QWebSocket;

namespace soopchat::sim {

class ChannelRegistry;
class ChatServer;

// One chat websocket connection, server side: checks the handshake bytes
// (LOGIN, then JOIN) against the protocol, answers them like the real server,
// rejects anything else with the documented return code and a close, then
// passes on its channel's broadcast, cut into frames by its FrameShaper.
class ChatSession : public QObject
{
    Q_OBJECT

public:
    ChatSession(quint64 id, QWebSocket *socket, Transport transport, ChatServer *server, ChannelRegistry *registry,
        SimCounters *counters, quint64 seed);
    ~ChatSession() override;

    // Checks what the upgrade request asked for; call once the signals are connected.
    void start();

    quint64 id() const { return m_info.id; }
    const ConnectionInfo &info() const { return m_info; }
    quint16 relayPort() const { return m_relayPort; } // the relay's end of the backend connection
    bool isJoined() const { return m_state == State::Joined; }
    SimChannel *channel() const { return m_channel; }

    // Stalled: nothing is sent (what the broadcast sends meanwhile is missed).
    void setStalled(bool stalled) { m_info.stalled = stalled; }
    bool isStalled() const { return m_info.stalled; }
    void setShapes(FrameShapes shapes) { m_shaper.setShapes(shapes); }

    // Packets back to back in `data`, packet i ending at ends[i].
    void deliver(QByteArrayView data, const QList<qsizetype> &ends, qsizetype first, qsizetype last);
    // The broadcast ended: stay connected, receive nothing more.
    void detach();
    // Closes the connection abruptly, as a network drop would.
    void drop(CloseReason reason = CloseReason::Dropped);

signals:
    void loginReceived(quint64 id, const QByteArray &packet);
    void joinReceived(quint64 id, const QString &channelId, const QByteArray &packet);
    void rejected(quint64 id, quint16 returnCode);
    void keepaliveReceived(quint64 id);
    void closed(quint64 id, soopchat::sim::CloseReason reason);

private:
    enum class State : quint8 { AwaitLogin, LoggedIn, Joined, Closing };

    void onFrame(const QByteArray &frame);
    void handle(const ClientPacket &packet);
    void handleLogin(const ClientPacket &packet);
    void handleJoin(const ClientPacket &packet);
    void reject(quint16 service, quint16 returnCode, QByteArrayView message);
    void sendPacket(const QByteArray &packet);
    void sendFrame(QByteArrayView frame);
    void onDisconnected();

    QWebSocket *m_socket;
    ChatServer *m_server;
    ChannelRegistry *m_registry;
    SimCounters *m_counters;
    ConnectionInfo m_info;
    quint16 m_relayPort = 0;
    State m_state = State::AwaitLogin;
    QPointer<SimChannel> m_channel;
    FrameShaper m_shaper;
    QTimer m_dropTimer;
    bool m_closedEmitted = false;
};

} // namespace soopchat::sim
