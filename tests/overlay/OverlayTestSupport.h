#pragma once

#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSemaphore>
#include <QThread>
#include <QUrl>
#include <QWebSocket>

#include "core/events/ChatEvent.h"

// Events and feed clients for the overlay tests. Events are built directly as
// ChatEvent objects: feeding the server from a live client is the same
// publish() call.
namespace overlaytest {

soopchat::EventPtr chat(const QString &nickname, const QString &text, soopchat::Roles roles = {});
soopchat::EventPtr eventOf(soopchat::EventType type, const QString &nickname = QStringLiteral("someone"));
soopchat::EventPtr balloon(const QString &nickname, qint64 count, soopchat::Roles roles = {});
soopchat::EventBatch batch(std::initializer_list<soopchat::EventPtr> events);

QUrl feedUrl(quint16 port, const QString &channel, const QString &token);

// What a page would see: the hello, every event (with its sequence number)
// and the "dropped" notices, parsed from the feed's binary JSON messages.
struct FeedLog
{
    QJsonObject hello;
    QList<QJsonObject> events; // each with an added "_seq" and "_backlog"
    quint64 droppedReported = 0;
    int droppedNotices = 0;
    int messages = 0;

    void take(const QByteArray &message);
    QStringList texts() const;
    QList<quint64> seqs() const;
};

// A real QWebSocket client on the test's thread.
class FeedClient : public QObject
{
    Q_OBJECT

public:
    explicit FeedClient(QObject *parent = nullptr);
    void open(const QUrl &url) { socket.open(url); }

    QWebSocket socket;
    FeedLog log;
    bool disconnected = false;
    int closeCode = -1;
    QString error; // e.g. a handshake refused with an HTTP status

signals:
    void changed();
};

// A QWebSocket client on its own thread whose event loop can be frozen, so it
// stops reading its socket (and answering pings) like a hung browser.
class StallableClient
{
public:
    StallableClient();
    ~StallableClient();

    void open(const QUrl &url);
    void stall(); // returns once the client's thread is blocked
    void resume();

    bool isConnected() const;
    bool isDisconnected() const;
    FeedLog log() const;

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    QWebSocket *m_socket = nullptr; // lives on m_thread
    QSemaphore m_stalled;
    QSemaphore m_gate;
    bool m_isStalled = false;
    mutable QMutex m_mutex;
    FeedLog m_log;
    bool m_connected = false;
    bool m_disconnected = false;
};

} // namespace overlaytest
