#include "OverlayTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace overlaytest {

EventPtr chat(const QString &nickname, const QString &text, Roles roles)
{
    auto e = std::make_shared<ChatEvent>();
    e->type = EventType::Chat;
    e->service = 5;
    e->userId = u"id_"_s + nickname;
    e->nickname = nickname;
    e->text = text;
    e->flags = UserFlags {0, 0, roles};
    e->subscriptionMonths = roles.testFlag(Role::Subscriber) ? 3 : -1;
    return e;
}

EventPtr eventOf(EventType type, const QString &nickname)
{
    auto e = std::make_shared<ChatEvent>();
    e->type = type;
    e->userId = u"id_"_s + nickname;
    e->nickname = nickname;
    e->text = u"text of "_s + eventTypeName(type);
    return e;
}

EventPtr balloon(const QString &nickname, qint64 count, Roles roles)
{
    auto e = std::make_shared<ChatEvent>();
    e->type = EventType::Balloon;
    e->service = 18;
    e->editDetails().streamerId = u"streamer"_s;
    e->userId = u"id_"_s + nickname;
    e->nickname = nickname;
    e->count = count;
    e->editDetails().fanClubOrdinal = 0;
    if (roles)
        e->flags = UserFlags {0, 0, roles};
    return e;
}

EventBatch batch(std::initializer_list<EventPtr> events)
{
    return EventBatch(events);
}

QUrl feedUrl(quint16 port, const QString &channel, const QString &token)
{
    QUrl url(u"ws://127.0.0.1/overlay/ws/"_s + channel);
    url.setPort(port);
    if (!token.isNull()) {
        QUrlQuery query;
        query.addQueryItem(u"token"_s, token);
        url.setQuery(query);
    }
    return url;
}

void FeedLog::take(const QByteArray &message)
{
    ++messages;
    const QJsonObject object = QJsonDocument::fromJson(message).object();
    const QString kind = object.value("kind"_L1).toString();
    if (kind == "hello"_L1) {
        hello = object;
    } else if (kind == "dropped"_L1) {
        droppedReported = quint64(object.value("events"_L1).toInteger());
        ++droppedNotices;
    } else if (kind == "events"_L1) {
        const qint64 first = object.value("seq"_L1).toInteger();
        const QJsonArray list = object.value("events"_L1).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject e = list.at(i).toObject();
            e.insert("_seq"_L1, first + i);
            e.insert("_backlog"_L1, object.value("backlog"_L1).toBool());
            events.append(e);
        }
    }
}

QStringList FeedLog::texts() const
{
    QStringList out;
    for (const QJsonObject &e : events)
        out.append(e.value("text"_L1).toString());
    return out;
}

QList<quint64> FeedLog::seqs() const
{
    QList<quint64> out;
    for (const QJsonObject &e : events)
        out.append(quint64(e.value("_seq"_L1).toInteger()));
    return out;
}

FeedClient::FeedClient(QObject *parent) : QObject(parent)
{
    connect(&socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &message) {
        log.take(message);
        emit changed();
    });
    // Qt 6.4 names the signal error(); errorOccurred() came in 6.5.
    connect(&socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        error = socket.errorString();
        emit changed();
    });
    connect(&socket, &QWebSocket::disconnected, this, [this] {
        disconnected = true;
        closeCode = socket.closeCode();
        emit changed();
    });
}

StallableClient::StallableClient()
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_socket = new QWebSocket;
            QObject::connect(
                m_socket, &QWebSocket::binaryMessageReceived, m_context, [this](const QByteArray &message) {
                    QMutexLocker lock(&m_mutex);
                    m_log.take(message);
                });
            QObject::connect(m_socket, &QWebSocket::connected, m_context, [this] {
                QMutexLocker lock(&m_mutex);
                m_connected = true;
            });
            QObject::connect(m_socket, &QWebSocket::disconnected, m_context, [this] {
                QMutexLocker lock(&m_mutex);
                m_disconnected = true;
            });
        },
        Qt::BlockingQueuedConnection);
}

StallableClient::~StallableClient()
{
    resume();
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_socket;
            m_socket = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context; // its thread has finished, so it may go from here
}

void StallableClient::open(const QUrl &url)
{
    QMetaObject::invokeMethod(m_context, [this, url] { m_socket->open(url); });
}

void StallableClient::stall()
{
    if (m_isStalled)
        return;
    m_isStalled = true;
    QMetaObject::invokeMethod(m_context, [this] {
        m_stalled.release();
        m_gate.acquire();
    });
    m_stalled.acquire();
}

void StallableClient::resume()
{
    if (!m_isStalled)
        return;
    m_isStalled = false;
    m_gate.release();
}

bool StallableClient::isConnected() const
{
    QMutexLocker lock(&m_mutex);
    return m_connected && !m_disconnected;
}

bool StallableClient::isDisconnected() const
{
    QMutexLocker lock(&m_mutex);
    return m_disconnected;
}

FeedLog StallableClient::log() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

} // namespace overlaytest
