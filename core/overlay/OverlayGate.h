#pragma once

#include <QHash>
#include <QSocketNotifier>
#include <QString>
#include <QTcpServer>
#include <QTimer>

#include "core/overlay/OverlayLimits.h"
#include "core/overlay/OverlayRequestHead.h"

class QTcpSocket;

namespace soopchat {

// The overlay's listening socket, in front of Qt's HTTP server (which in Qt 6.4
// has no limit on a request's size or on how long it may take). Each new
// connection is counted against a total and a per-address cap (refused and
// closed at once above them, so a flood cannot take every file descriptor of
// the app), then held here, its bytes only peeked, until OverlayRequestHead
// says they are one whole acceptable request. Only then does it go to the HTTP
// server bound to this gate, which gets a complete, bounded request. A
// connection that stays silent or never completes its head is answered 408
// and closed; one that breaks a rule gets its 4xx and is closed.
//
// The gate accepts connections itself. Qt 6.4's QTcpServer reads the error of
// the previous accept when one fails: once it has accepted anything, running
// out of file descriptors looks like "try again", and its thread spins on the
// listening socket with no one told.
class OverlayGate : public QTcpServer
{
    Q_OBJECT

public:
    OverlayGate(const OverlayLimits &limits, OverlayInterfaces interfaces, QObject *parent = nullptr);

    // Listens (QTcpServer::listen) and starts accepting.
    bool open(const QHostAddress &address, quint16 port);

    // For the HTTP server bound to this gate.
    QTcpSocket *nextPendingConnection() override;

    // Open connections, from the accept until their socket is gone (waiting
    // here, at the HTTP server, or a page's websocket).
    int connectionCount() const { return m_total; }
    int connectionCap() const { return m_cap; }

    // Marks a handed-over connection as a page's websocket: it outlives the
    // response timeout (the page's pings keep it honest from then on).
    static void markUpgraded(QTcpSocket *socket);

signals:
    // Accepting failed for want of resources (file descriptors): the overlay
    // tries again shortly. Empty once it accepts again.
    void problemChanged(const QString &problem);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    class Waiting; // a connection's state until its request is whole

    void inspect(QTcpSocket *socket, Waiting *waiting);
    void handOver(QTcpSocket *socket, Waiting *waiting);
    void refuse(QTcpSocket *socket, Waiting *waiting, int status, const QByteArray &reason);
    void release(const QString &address);
    void acceptWaiting();
    void acceptFailed(int error);
    void resume();
    void clearProblem();
    QString addressKey(const QHostAddress &address) const;

    OverlayLimits m_limits;
    OverlayInterfaces m_interfaces;
    int m_cap = 0;
    int m_total = 0;
    QHash<QString, int> m_perAddress;
    quint64 m_refusedForCaps = 0;
    QSocketNotifier *m_acceptor = nullptr;
    QTimer m_resumeTimer;
    QString m_problem;
};

} // namespace soopchat
