#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

#include "sim/ConnectionInfo.h"
#include "sim/SimCounters.h"

class QWebSocketServer;

namespace soopchat::sim {

class ChannelRegistry;
class ChatSession;
class FaultRelay;

// The chat websocket service: plain ws on CHPT and TLS (the test
// certificate) on CHPT+1, both on 127.0.0.1 and both requiring the "chat"
// subprotocol. Clients reach the two QWebSocketServers through FaultRelays
// listening on the public ports, which is what makes stalls and refused TLS
// real at the TCP level.
class ChatServer : public QObject
{
    Q_OBJECT

public:
    ChatServer(ChannelRegistry *registry, SimCounters *counters, quint64 seed, QObject *parent = nullptr);
    ~ChatServer() override;

    // `port` 0 picks a free pair (port, port + 1).
    bool listen(quint16 port, QString *error);
    void close();
    quint16 port() const;
    quint16 tlsPort() const;

    bool setTlsRefused(bool refused);
    bool isTlsRefused() const;

    // Every connection silent at once: nothing sent, client bytes (pings,
    // keepalives) held at the relay. New connections hang in their upgrade.
    void setStalled(bool stalled);
    bool isStalled() const { return m_stalled; }
    void stallSession(ChatSession *session, bool stalled);

    void dropAll();
    QList<ConnectionInfo> connections() const; // open ones, oldest first
    QList<ConnectionInfo> closedConnections() const; // the last 1000
    std::optional<ConnectionInfo> connection(quint64 id) const;

signals:
    void connectionOpened(quint64 id, soopchat::sim::Transport transport);
    void loginReceived(quint64 id, const QByteArray &packet);
    void joinReceived(quint64 id, const QString &channelId, const QByteArray &packet);
    void handshakeRejected(quint64 id, quint16 returnCode);
    void keepaliveReceived(quint64 id);
    void connectionClosed(quint64 id, soopchat::sim::CloseReason reason);

private:
    void accept(QWebSocketServer *server, Transport transport);
    FaultRelay *relayFor(const ChatSession *session) const;

    ChannelRegistry *m_registry;
    SimCounters *m_counters;
    quint64 m_seed;
    QWebSocketServer *m_plain;
    QWebSocketServer *m_tls;
    FaultRelay *m_plainRelay;
    FaultRelay *m_tlsRelay;
    QList<ChatSession *> m_sessions;
    QSet<ChatSession *> m_stalledSessions; // stalled one by one (the stall scenario)
    QList<ConnectionInfo> m_closed;
    quint64 m_nextId = 1;
    bool m_stalled = false;
};

} // namespace soopchat::sim
