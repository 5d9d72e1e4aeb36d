#include "sim/ChatServer.h"

#include <QSslConfiguration>
#include <QWebSocket>
#include <QWebSocketServer>

#include "core/util/Logging.h"
#include "sim/ChatSession.h"
#include "sim/FaultRelay.h"
#include "sim/TestCertificate.h"

namespace soopchat::sim {

namespace {
using namespace Qt::StringLiterals;
constexpr int PortAttempts = 64;
constexpr qsizetype ClosedHistory = 1000;
} // namespace

ChatServer::ChatServer(ChannelRegistry *registry, SimCounters *counters, quint64 seed, QObject *parent)
    : QObject(parent), m_registry(registry), m_counters(counters), m_seed(seed),
      m_plain(new QWebSocketServer(u"SoopChat simulator"_s, QWebSocketServer::NonSecureMode, this)),
      m_tls(new QWebSocketServer(u"SoopChat simulator"_s, QWebSocketServer::SecureMode, this)),
      m_plainRelay(new FaultRelay(this)), m_tlsRelay(new FaultRelay(this))
{
    for (QWebSocketServer *server : {m_plain, m_tls}) {
        server->setSupportedSubprotocols({u"chat"_s});
        // Nothing may be held back from the relay, which is always local.
        server->setMaxPendingConnections(1000);
    }
    m_tls->setSslConfiguration(TestCertificate::serverConfiguration());
    connect(m_plain, &QWebSocketServer::newConnection, this, [this] { accept(m_plain, Transport::Plain); });
    connect(m_tls, &QWebSocketServer::newConnection, this, [this] { accept(m_tls, Transport::Tls); });
    connect(m_tls, &QWebSocketServer::sslErrors, this,
        [](const QList<QSslError> &errors) { qCDebug(lcSim) << "TLS errors on the chat port:" << errors; });
    connect(m_tls, &QWebSocketServer::peerVerifyError, this,
        [](const QSslError &error) { qCDebug(lcSim) << "TLS peer verify error:" << error; });
}

ChatServer::~ChatServer()
{
    close();
}

bool ChatServer::listen(quint16 port, QString *error)
{
    // The backends take any free port; only the relays need the adjacent pair.
    if (!m_plain->listen(QHostAddress::LocalHost, 0) || !m_tls->listen(QHostAddress::LocalHost, 0)) {
        *error = u"cannot open the chat websocket servers: %1 %2"_s.arg(m_plain->errorString(), m_tls->errorString());
        close();
        return false;
    }
    for (int attempt = 0; attempt < PortAttempts; ++attempt) {
        if (!m_plainRelay->listen(QHostAddress::LocalHost, port, m_plain->serverPort())) {
            *error = u"cannot listen on chat port %1: %2"_s.arg(port).arg(m_plainRelay->errorString());
            if (port != 0)
                break;
            continue;
        }
        const quint16 chosen = m_plainRelay->port();
        if (chosen < 65535 && m_tlsRelay->listen(QHostAddress::LocalHost, chosen + 1, m_tls->serverPort())) {
            qCDebug(lcSim).nospace() << "chat on ws://127.0.0.1:" << chosen << " and wss://localhost:" << chosen + 1;
            return true;
        }
        *error = u"cannot listen on TLS chat port %1: %2"_s.arg(chosen + 1).arg(m_tlsRelay->errorString());
        m_plainRelay->close();
        if (port != 0)
            break;
    }
    close();
    return false;
}

void ChatServer::close()
{
    dropAll();
    m_plainRelay->close();
    m_tlsRelay->close();
    m_plain->close();
    m_tls->close();
}

quint16 ChatServer::port() const
{
    return m_plainRelay->port();
}

quint16 ChatServer::tlsPort() const
{
    return m_tlsRelay->port();
}

bool ChatServer::setTlsRefused(bool refused)
{
    return m_tlsRelay->setRefusing(refused);
}

bool ChatServer::isTlsRefused() const
{
    return m_tlsRelay->isRefusing();
}

void ChatServer::accept(QWebSocketServer *server, Transport transport)
{
    while (QWebSocket *socket = server->nextPendingConnection()) {
        const quint64 id = m_nextId++;
        auto *session = new ChatSession(id, socket, transport, this, m_registry, m_counters, m_seed + id);
        m_sessions.append(session);
        ++m_counters->connections;
        connect(session, &ChatSession::loginReceived, this, &ChatServer::loginReceived);
        connect(session, &ChatSession::joinReceived, this, &ChatServer::joinReceived);
        connect(session, &ChatSession::rejected, this, &ChatServer::handshakeRejected);
        connect(session, &ChatSession::keepaliveReceived, this, &ChatServer::keepaliveReceived);
        connect(session, &ChatSession::closed, this, [this, session](quint64 closedId, CloseReason reason) {
            m_sessions.removeOne(session);
            m_closed.append(session->info());
            if (m_closed.size() > ClosedHistory)
                m_closed.removeFirst();
            if (m_stalledSessions.remove(session))
                relayFor(session)->setHeld(session->relayPort(), false);
            session->deleteLater();
            emit connectionClosed(closedId, reason);
        });
        if (m_stalled)
            session->setStalled(true);
        emit connectionOpened(id, transport);
        session->start();
    }
}

FaultRelay *ChatServer::relayFor(const ChatSession *session) const
{
    return session->info().transport == Transport::Tls ? m_tlsRelay : m_plainRelay;
}

void ChatServer::setStalled(bool stalled)
{
    m_stalled = stalled;
    m_plainRelay->setHoldAll(stalled);
    m_tlsRelay->setHoldAll(stalled);
    for (ChatSession *session : std::as_const(m_sessions))
        session->setStalled(stalled || m_stalledSessions.contains(session));
}

void ChatServer::stallSession(ChatSession *session, bool stalled)
{
    if (stalled)
        m_stalledSessions.insert(session);
    else
        m_stalledSessions.remove(session);
    session->setStalled(stalled || m_stalled);
    relayFor(session)->setHeld(session->relayPort(), stalled);
}

void ChatServer::dropAll()
{
    const QList<ChatSession *> sessions = m_sessions;
    for (ChatSession *session : sessions)
        session->drop(CloseReason::Dropped);
}

QList<ConnectionInfo> ChatServer::connections() const
{
    QList<ConnectionInfo> infos;
    for (const ChatSession *session : m_sessions)
        infos.append(session->info());
    return infos;
}

QList<ConnectionInfo> ChatServer::closedConnections() const
{
    return m_closed;
}

std::optional<ConnectionInfo> ChatServer::connection(quint64 id) const
{
    for (const ChatSession *session : m_sessions) {
        if (session->id() == id)
            return session->info();
    }
    for (const ConnectionInfo &info : m_closed) {
        if (info.id == id)
            return info;
    }
    return std::nullopt;
}

} // namespace soopchat::sim
