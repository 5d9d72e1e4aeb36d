#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>

class QTcpSocket;

namespace soopchat::sim {

// A TCP relay in front of a chat port, so faults below the websocket layer
// are real: it can hold a connection's client-to-server bytes (the server
// then never sees the client's pings and never pongs, while TCP stays open),
// and it can refuse connections outright. Otherwise it passes bytes through
// unchanged, TLS included, with backpressure both ways.
class FaultRelay : public QObject
{
    Q_OBJECT

public:
    explicit FaultRelay(QObject *parent = nullptr);
    ~FaultRelay() override;

    bool listen(const QHostAddress &address, quint16 port, quint16 backendPort);
    void close();
    quint16 port() const { return m_port; }
    bool isListening() const { return m_server.isListening(); }
    QString errorString() const { return m_server.errorString(); }

    // Stop accepting (clients get "connection refused") and accept again.
    bool setRefusing(bool refusing);
    bool isRefusing() const { return m_refusing; }

    // Hold what clients send: every connection, or the one whose backend
    // connection leaves from `backendLocalPort` (QWebSocket::peerPort() on
    // the server side). Held bytes are delivered on release.
    void setHoldAll(bool hold);
    void setHeld(quint16 backendLocalPort, bool held);
    int linkCount() const { return int(m_links.size()); }

private:
    struct Link;

    void accept();
    void pumpToBackend(Link *link);
    void pumpToClient(Link *link);
    void finish(Link *link);

    QTcpServer m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    quint16 m_backendPort = 0;
    bool m_refusing = false;
    bool m_holdAll = false;
    QSet<Link *> m_links;
    QHash<quint16, Link *> m_byBackendPort;
    QSet<quint16> m_heldPorts; // held before their link was found
};

} // namespace soopchat::sim
