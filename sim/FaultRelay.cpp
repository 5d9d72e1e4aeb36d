#include "sim/FaultRelay.h"

#include <QTcpSocket>

#include "core/util/Logging.h"

namespace soopchat::sim {

namespace {
// Stop reading one side while the other has this much unsent, so a slow
// client pushes back on the server instead of growing the relay's memory.
constexpr qint64 HighWater = 1024 * 1024;
} // namespace

struct FaultRelay::Link
{
    QTcpSocket *client = nullptr;
    QTcpSocket *backend = nullptr;
    quint16 backendPort = 0; // local port of the backend connection
    bool held = false;
    bool backendUp = false;
    bool closing = false;
};

FaultRelay::FaultRelay(QObject *parent) : QObject(parent), m_server(this)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultRelay::accept);
}

FaultRelay::~FaultRelay()
{
    close();
}

bool FaultRelay::listen(const QHostAddress &address, quint16 port, quint16 backendPort)
{
    m_address = address;
    m_backendPort = backendPort;
    if (!m_server.listen(address, port))
        return false;
    m_port = m_server.serverPort();
    m_refusing = false;
    return true;
}

void FaultRelay::close()
{
    m_server.close();
    const QSet<Link *> links = m_links;
    for (Link *link : links) {
        link->client->abort();
        link->backend->abort();
        finish(link);
    }
}

bool FaultRelay::setRefusing(bool refusing)
{
    if (refusing == m_refusing)
        return true;
    m_refusing = refusing;
    if (refusing) {
        m_server.close();
        return true;
    }
    if (!m_server.listen(m_address, m_port)) {
        qCWarning(lcSim) << "cannot listen on port" << m_port << "again:" << m_server.errorString();
        return false;
    }
    return true;
}

void FaultRelay::setHoldAll(bool hold)
{
    m_holdAll = hold;
    for (Link *link : std::as_const(m_links)) {
        link->held = hold || m_heldPorts.contains(link->backendPort);
        if (!link->held)
            pumpToBackend(link);
    }
}

void FaultRelay::setHeld(quint16 backendLocalPort, bool held)
{
    if (held)
        m_heldPorts.insert(backendLocalPort);
    else
        m_heldPorts.remove(backendLocalPort);
    if (Link *link = m_byBackendPort.value(backendLocalPort)) {
        link->held = held || m_holdAll;
        if (!link->held)
            pumpToBackend(link);
    }
}

void FaultRelay::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *link = new Link;
        link->client = client;
        link->backend = new QTcpSocket(this);
        link->held = m_holdAll;
        client->setParent(this);
        // Bounded reads make TCP itself push back on the sender.
        client->setReadBufferSize(HighWater);
        link->backend->setReadBufferSize(HighWater);
        m_links.insert(link);

        connect(link->backend, &QTcpSocket::connected, this, [this, link] {
            link->backendUp = true;
            link->backendPort = link->backend->localPort();
            m_byBackendPort.insert(link->backendPort, link);
            link->held = m_holdAll || m_heldPorts.contains(link->backendPort);
            pumpToBackend(link);
        });
        connect(client, &QTcpSocket::readyRead, this, [this, link] { pumpToBackend(link); });
        connect(link->backend, &QTcpSocket::readyRead, this, [this, link] { pumpToClient(link); });
        connect(client, &QTcpSocket::bytesWritten, this, [this, link] { pumpToClient(link); });
        connect(link->backend, &QTcpSocket::bytesWritten, this, [this, link] { pumpToBackend(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] {
            link->backend->disconnectFromHost();
            finish(link);
        });
        connect(link->backend, &QTcpSocket::disconnected, this, [link] {
            // The server closed: pass on what it sent last, then close the
            // client side; the client's disconnected() cleans up.
            if (link->client->state() == QAbstractSocket::ConnectedState)
                link->client->write(link->backend->readAll());
            link->client->disconnectFromHost();
        });
        connect(link->backend, &QTcpSocket::errorOccurred, this, [this, link](QAbstractSocket::SocketError error) {
            if (!link->backendUp && error != QAbstractSocket::RemoteHostClosedError) {
                qCWarning(lcSim) << "relay cannot reach the chat server:" << link->backend->errorString();
                link->client->abort();
                finish(link);
            }
        });
        link->backend->connectToHost(QHostAddress::LocalHost, m_backendPort);
    }
}

void FaultRelay::pumpToBackend(Link *link)
{
    if (link->closing || link->held || !link->backendUp)
        return;
    if (link->backend->bytesToWrite() >= HighWater)
        return;
    const QByteArray bytes = link->client->read(HighWater);
    if (!bytes.isEmpty() && link->backend->state() == QAbstractSocket::ConnectedState)
        link->backend->write(bytes);
}

void FaultRelay::pumpToClient(Link *link)
{
    if (link->closing)
        return;
    while (link->backend->bytesAvailable() > 0 && link->client->bytesToWrite() < HighWater) {
        if (link->client->state() != QAbstractSocket::ConnectedState)
            break;
        const QByteArray bytes = link->backend->read(HighWater);
        if (bytes.isEmpty())
            break;
        link->client->write(bytes);
    }
}

void FaultRelay::finish(Link *link)
{
    if (!m_links.contains(link) || link->closing)
        return;
    link->closing = true;
    m_links.remove(link);
    if (m_byBackendPort.value(link->backendPort) == link)
        m_byBackendPort.remove(link->backendPort);
    m_heldPorts.remove(link->backendPort);
    link->client->disconnect(this);
    link->backend->disconnect(this);
    link->client->deleteLater();
    link->backend->deleteLater();
    // No context object: this must run even while the relay itself is destroyed.
    QObject::connect(link->backend, &QObject::destroyed, [link] { delete link; });
}

} // namespace soopchat::sim
