#include "core/overlay/OverlayGate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>

#include <cerrno>

#include <sys/socket.h>
#include <unistd.h>

#include "core/util/FileLimits.h"
#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr const char *UpgradedProperty = "soopchat.overlay.upgraded";
// After an accept failed for want of descriptors, try again this soon.
constexpr std::chrono::milliseconds ResumeDelay {1000};
// Connections accepted in one go before the thread's other work has a turn.
constexpr int AcceptBatch = 64;

// A refused connection whose answer is on its way: what the client still
// sends is read and thrown away (so closing does not reset the connection
// before the answer arrives), for at most the linger time.
class Draining : public QObject
{
public:
    explicit Draining(QTcpSocket *socket) : QObject(socket) { }
    QTimer deadline;
};

QByteArray statusText(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

QByteArray plainAnswer(int status, const QByteArray &reason)
{
    const QByteArray body = reason + '\n';
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) +
        "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n" + body;
}

} // namespace

// A connection waiting for its whole request: lives as the socket's child, so
// its timer and its handlers go with the socket.
class OverlayGate::Waiting : public QObject
{
public:
    explicit Waiting(QTcpSocket *socket) : QObject(socket) { since.start(); }
    QElapsedTimer since;
    QTimer deadline;
};

OverlayGate::OverlayGate(const OverlayLimits &limits, OverlayInterfaces interfaces, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_interfaces(interfaces)
{
    // Never more than half the descriptors the process may open: the other
    // half is the chat's, the recording's and the app's own.
    m_cap = std::max(1, m_limits.maxConnections);
    if (const qint64 soft = FileLimits::current().soft; soft > 0)
        m_cap = int(std::min<qint64>(m_cap, std::max<qint64>(1, soft / 2)));
    m_resumeTimer.setSingleShot(true);
    m_resumeTimer.setInterval(ResumeDelay);
    connect(&m_resumeTimer, &QTimer::timeout, this, &OverlayGate::resume);
}

bool OverlayGate::open(const QHostAddress &address, quint16 port)
{
    if (!listen(address, port))
        return false;
    pauseAccepting(); // QTcpServer's own accepting stays off for good
    m_acceptor = new QSocketNotifier(socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_acceptor, &QSocketNotifier::activated, this, &OverlayGate::acceptWaiting);
    return true;
}

QTcpSocket *OverlayGate::nextPendingConnection()
{
    // QTcpServer turns its own accepting back on here; it is turned off again
    // before the event loop could notice (and the gate's notifier is off
    // meanwhile, so the socket never has two).
    const bool accepting = m_acceptor->isEnabled();
    m_acceptor->setEnabled(false);
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    pauseAccepting();
    m_acceptor->setEnabled(accepting);
    return socket;
}

void OverlayGate::acceptWaiting()
{
    for (int accepted = 0; accepted < AcceptBatch; ++accepted) {
        const int descriptor = ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_CLOEXEC);
        if (descriptor >= 0) {
            incomingConnection(descriptor);
            continue;
        }
        switch (errno) {
        case EINTR:
        case ECONNABORTED: // the client gave up before it was accepted
            continue;
        case EAGAIN:
#if EWOULDBLOCK != EAGAIN
        case EWOULDBLOCK:
#endif
            return;
        default:
            acceptFailed(errno);
            return;
        }
    }
}

void OverlayGate::markUpgraded(QTcpSocket *socket)
{
    socket->setProperty(UpgradedProperty, true);
}

QString OverlayGate::addressKey(const QHostAddress &address) const
{
    // A dual-stack listener sees IPv4 clients as ::ffff:a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

void OverlayGate::incomingConnection(qintptr descriptor)
{
    clearProblem();
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(int(descriptor));
        delete socket;
        return;
    }
    const QString address = addressKey(socket->peerAddress());
    if (m_total >= m_cap || m_perAddress.value(address) >= m_limits.maxConnectionsPerAddress) {
        // Refused at once, so the descriptor is free again now. A flood is
        // logged at its start and then every hundred refusals.
        if (m_refusedForCaps++ % 100 == 0) {
            qCWarning(lcOverlay).noquote()
                << "refusing overlay connections from" << address << "-" << m_total << "open,"
                << m_perAddress.value(address) << "from there (caps" << m_cap << "and"
                << m_limits.maxConnectionsPerAddress << "); refused so far:" << m_refusedForCaps;
        }
        socket->write(plainAnswer(503, "too many connections"));
        socket->flush();
        socket->abort();
        delete socket;
        return;
    }
    ++m_total;
    ++m_perAddress[address];
    connect(socket, &QObject::destroyed, this, [this, address] { release(address); });

    // The socket may buffer one request and one byte more: a longer head is
    // refused, and a client streaming headers fills the kernel's buffers,
    // never ours.
    socket->setReadBufferSize(m_limits.maxHeadBytes + m_limits.maxBodyBytes + 1);
    auto *waiting = new Waiting(socket);
    waiting->deadline.setSingleShot(true);
    connect(&waiting->deadline, &QTimer::timeout, waiting, [this, socket, waiting] {
        qCInfo(lcOverlay).noquote() << "closing an overlay connection from" << addressKey(socket->peerAddress())
                                    << "- no whole request in time";
        refuse(socket, waiting, 408, "no whole request in time");
    });
    connect(socket, &QTcpSocket::readyRead, waiting, [this, socket, waiting] { inspect(socket, waiting); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    waiting->deadline.start(std::min(m_limits.idleTimeout, m_limits.requestTimeout));
    if (socket->bytesAvailable() > 0)
        inspect(socket, waiting);
}

void OverlayGate::inspect(QTcpSocket *socket, Waiting *waiting)
{
    const QByteArray buffered = socket->peek(m_limits.maxHeadBytes + m_limits.maxBodyBytes + 1);
    const OverlayRequestHead::Verdict verdict =
        OverlayRequestHead::inspect(buffered, OverlayRequestHead::rulesFor(m_limits, serverPort(), m_interfaces));
    switch (verdict.outcome) {
    case OverlayRequestHead::Outcome::NeedMore: {
        // Something arrived: the idle time starts again, the request time does not.
        const auto left = m_limits.requestTimeout - std::chrono::milliseconds(waiting->since.elapsed());
        waiting->deadline.start(std::max(std::chrono::milliseconds(0), std::min(m_limits.idleTimeout, left)));
        return;
    }
    case OverlayRequestHead::Outcome::Refuse:
        qCWarning(lcOverlay).noquote() << "refused an overlay request from" << addressKey(socket->peerAddress()) + u':'
                                       << verdict.status << verdict.reason;
        refuse(socket, waiting, verdict.status, verdict.reason);
        return;
    case OverlayRequestHead::Outcome::Accept:
        handOver(socket, waiting);
        return;
    }
}

void OverlayGate::handOver(QTcpSocket *socket, Waiting *waiting)
{
    socket->disconnect(waiting);
    waiting->deadline.stop();
    waiting->deleteLater();
    // What follows the request is for the websocket, whose own limits apply
    // once the page is admitted (OverlayClient).
    socket->setReadBufferSize(0);
    // A plain request is answered and closed by the overlay (one request per
    // connection); a client that does not take its answer is cut off.
    QTimer::singleShot(m_limits.responseTimeout, socket, [socket] {
        if (!socket->property(UpgradedProperty).toBool())
            socket->abort();
    });
    addPendingConnection(socket); // the HTTP server bound to this gate takes it now
    // The request is already buffered: no readyRead would tell the HTTP server.
    QMetaObject::invokeMethod(
        socket, [socket] { emit socket->readyRead(); }, Qt::QueuedConnection);
}

void OverlayGate::refuse(QTcpSocket *socket, Waiting *waiting, int status, const QByteArray &reason)
{
    // Deleted later: this may run in its own timer's or readyRead handler.
    waiting->disconnect();
    socket->disconnect(waiting);
    waiting->deadline.stop();
    waiting->deleteLater();
    socket->write(plainAnswer(status, reason));
    socket->flush();
    // Close our side once the answer is out, and read and drop what the
    // client still sends, so it sees the answer rather than a reset.
    auto *draining = new Draining(socket);
    const auto shutDownWhenSent = [socket] {
        if (socket->bytesToWrite() == 0 && socket->socketDescriptor() >= 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    connect(socket, &QTcpSocket::bytesWritten, draining, shutDownWhenSent);
    shutDownWhenSent();
    socket->setReadBufferSize(64 * 1024);
    connect(socket, &QTcpSocket::readyRead, draining, [socket] { socket->skip(socket->bytesAvailable()); });
    socket->skip(socket->bytesAvailable());
    draining->deadline.setSingleShot(true);
    connect(&draining->deadline, &QTimer::timeout, socket, &QTcpSocket::abort);
    draining->deadline.start(m_limits.idleTimeout);
}

void OverlayGate::release(const QString &address)
{
    --m_total;
    if (auto it = m_perAddress.find(address); it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
}

void OverlayGate::clearProblem()
{
    if (m_problem.isEmpty())
        return;
    m_problem.clear();
    qCInfo(lcOverlay) << "the overlay accepts connections again";
    emit problemChanged(m_problem);
}

void OverlayGate::resume()
{
    // Accepting again: unless that fails at once (which turns the acceptor
    // off again), the problem is over; a client may not be waiting to prove
    // it by connecting.
    m_acceptor->setEnabled(true);
    acceptWaiting();
    if (m_acceptor->isEnabled())
        clearProblem();
}

void OverlayGate::acceptFailed(int error)
{
    const QString problem =
        QCoreApplication::translate("soopchat::OverlayServer", "The overlay cannot accept connections: %1 (%2 open)")
            .arg(qt_error_string(error))
            .arg(m_total);
    if (problem != m_problem) {
        m_problem = problem;
        qCWarning(lcOverlay).noquote() << m_problem;
        emit problemChanged(m_problem);
    }
    // Left on, the notifier would fire again at once for the connection still
    // waiting: try again later.
    m_acceptor->setEnabled(false);
    m_resumeTimer.start();
}

} // namespace soopchat
