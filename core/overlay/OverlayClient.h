#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <chrono>
#include <deque>
#include <memory>

#include "core/overlay/OverlayProtocol.h"

class QWebSocket;

namespace soopchat {

// One overlay page connected to a channel's feed. Owns its websocket and a
// bounded queue in front of it: messages go to the socket only while the
// socket holds less than `socketHighWaterBytes`, the rest wait here, and when
// the queue passes `maxQueuedBytes` the oldest messages are dropped (counted
// and reported to the page). A page that stops reading therefore costs a fixed
// amount of memory and never slows the publisher.
class OverlayClient : public QObject
{
    Q_OBJECT

public:
    struct Budget
    {
        qint64 maxQueuedBytes = 0;
        qint64 socketHighWaterBytes = 0;
        qint64 maxIncomingBytes = 0;
    };

    OverlayClient(
        std::unique_ptr<QWebSocket> socket, const QString &channel, const Budget &budget, QObject *parent = nullptr);
    ~OverlayClient() override;

    const QString &channel() const { return m_channel; }
    QHostAddress peerAddress() const;

    // `message` is shared with every other client of the room: queuing it
    // copies no bytes.
    void send(const QByteArray &message, int eventCount);

    void ping();
    // Time since the page last showed it is alive (a pong or any message).
    std::chrono::milliseconds silence() const;

    // Closes with a code the page understands; aborts if the page does not
    // finish the closing handshake in time.
    void closeWith(OverlayProtocol::CloseCode code, const QString &reason);
    void abort();
    bool isClosing() const { return m_closing; }

    qsizetype queuedMessages() const { return qsizetype(m_queue.size()); }
    qint64 queuedBytes() const { return m_queuedBytes; }
    qint64 socketBytes() const;
    quint64 sentEvents() const { return m_sentEvents; }
    quint64 droppedEvents() const { return m_droppedEvents; }

signals:
    void disconnected(soopchat::OverlayClient *client);
    // A message from the page (at most Budget::maxIncomingBytes): chat pages
    // send none; alert box pages acknowledge the alerts they show.
    void messageReceived(soopchat::OverlayClient *client, const QByteArray &message);

private:
    struct Pending
    {
        QByteArray bytes;
        int events = 0;
    };

    void pump();

    std::unique_ptr<QWebSocket> m_socket;
    QString m_channel;
    Budget m_budget;
    std::deque<Pending> m_queue;
    qint64 m_queuedBytes = 0;
    quint64 m_sentEvents = 0;
    quint64 m_droppedEvents = 0;
    bool m_dropNoticePending = false;
    bool m_closing = false;
    bool m_disconnected = false;
    QElapsedTimer m_lastSeen;
};

} // namespace soopchat
