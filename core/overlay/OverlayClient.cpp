#include "core/overlay/OverlayClient.h"

#include <QTimer>
#include <QWebSocket>

#include "core/util/Logging.h"

namespace soopchat {

namespace {
// How long a page may take to answer our close frame before we cut the connection.
constexpr std::chrono::milliseconds CloseGrace {2000};
} // namespace

OverlayClient::OverlayClient(
    std::unique_ptr<QWebSocket> socket, const QString &channel, const Budget &budget, QObject *parent)
    : QObject(parent), m_socket(std::move(socket)), m_channel(channel), m_budget(budget)
{
    m_lastSeen.start();
    // Pages only answer pings; anything bigger than a control message is abuse.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_budget.maxIncomingBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_budget.maxIncomingBytes));

    connect(m_socket.get(), &QWebSocket::bytesWritten, this, &OverlayClient::pump);
    connect(m_socket.get(), &QWebSocket::pong, this, [this] { m_lastSeen.restart(); });
    // The socket's own limits above keep each message small; what it means is the engine's business.
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        m_lastSeen.restart();
        emit messageReceived(this, text.toUtf8());
    });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &bytes) {
        m_lastSeen.restart();
        emit messageReceived(this, bytes);
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        if (m_disconnected)
            return;
        m_disconnected = true;
        m_closing = true;
        m_queue.clear();
        m_queuedBytes = 0;
        emit disconnected(this);
    });
}

OverlayClient::~OverlayClient()
{
    // Our own handlers must not run while the socket is torn down.
    if (m_socket)
        m_socket->disconnect(this);
}

QHostAddress OverlayClient::peerAddress() const
{
    return m_socket->peerAddress();
}

void OverlayClient::send(const QByteArray &message, int eventCount)
{
    if (m_closing)
        return;
    m_queue.push_back({message, eventCount});
    m_queuedBytes += message.size();
    // Drop from the front: on a stream the newest chat matters, the oldest is stale.
    while (m_queuedBytes > m_budget.maxQueuedBytes && m_queue.size() > 1) {
        m_queuedBytes -= m_queue.front().bytes.size();
        m_droppedEvents += quint64(m_queue.front().events);
        m_dropNoticePending = true;
        m_queue.pop_front();
    }
    pump();
}

void OverlayClient::pump()
{
    while (!m_closing && !m_queue.empty() && m_socket->bytesToWrite() < m_budget.socketHighWaterBytes) {
        if (m_dropNoticePending) {
            m_dropNoticePending = false;
            qCDebug(lcOverlay) << "overlay client" << m_socket->peerAddress() << "of" << m_channel << "dropped"
                               << m_droppedEvents << "events so far";
            m_socket->sendBinaryMessage(OverlayProtocol::droppedMessage(m_droppedEvents));
            continue;
        }
        Pending next = std::move(m_queue.front());
        m_queue.pop_front();
        m_queuedBytes -= next.bytes.size();
        m_sentEvents += quint64(next.events);
        m_socket->sendBinaryMessage(next.bytes);
    }
}

void OverlayClient::ping()
{
    if (!m_closing)
        m_socket->ping();
}

std::chrono::milliseconds OverlayClient::silence() const
{
    return std::chrono::milliseconds(m_lastSeen.elapsed());
}

void OverlayClient::closeWith(OverlayProtocol::CloseCode code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_queue.clear();
    m_queuedBytes = 0;
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
    QTimer::singleShot(CloseGrace, this, [this] {
        if (!m_disconnected)
            m_socket->abort();
    });
}

void OverlayClient::abort()
{
    m_closing = true;
    m_queue.clear();
    m_queuedBytes = 0;
    m_socket->abort();
}

qint64 OverlayClient::socketBytes() const
{
    return m_socket->bytesToWrite();
}

} // namespace soopchat
