#include "core/overlay/OverlayServer.h"

#include <QRandomGenerator>
#include <QUrlQuery>

#include <array>

#include "core/overlay/OverlayEngine.h"
#include "core/overlay/OverlayProtocol.h"
#include "core/util/DisplayText.h"
#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

OverlayServer::OverlayServer(const QString &token, QObject *parent) : OverlayServer(token, Limits {}, parent)
{ }

OverlayServer::OverlayServer(const QString &token, const Limits &limits, QObject *parent)
    : QObject(parent), m_token(token), m_limits(limits)
{
    // A message must always fit the queue, or a stalled page could hold more.
    m_limits.maxQueuedBytes = std::max(m_limits.maxQueuedBytes, m_limits.maxMessageBytes);
    m_thread.start();
    m_engine = new OverlayEngine(token, m_limits);
    m_engine->moveToThread(m_thread.thread());
    connect(m_engine, &OverlayEngine::clientCountChanged, this, [this](int count) {
        m_clientCount = count;
        emit clientCountChanged(count);
    });
    connect(m_engine, &OverlayEngine::alertBoxNotice, this, &OverlayServer::alertBoxNotice);
    connect(m_engine, &OverlayEngine::problemChanged, this, [this](const QString &problem) {
        m_problem = problem;
        emit problemChanged(problem);
    });
}

OverlayServer::~OverlayServer()
{
    // The engine, its sockets and timers go on their own thread.
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine] { delete engine; }, Qt::BlockingQueuedConnection);
    m_thread.stop();
}

QString OverlayServer::generateToken()
{
    std::array<quint32, 8> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool OverlayServer::listen(quint16 port, Interfaces interfaces)
{
    bool ok = false;
    QString error;
    quint16 bound = 0;
    QMetaObject::invokeMethod(
        m_engine,
        [&] {
            ok = m_engine->listen(port, interfaces);
            error = m_engine->errorString();
            bound = m_engine->port();
        },
        Qt::BlockingQueuedConnection);
    m_errorString = error;
    m_port = ok ? bound : 0;
    if (ok)
        m_interfaces = interfaces;
    m_clientCount = 0;
    return ok;
}

void OverlayServer::close()
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine] { engine->close(); }, Qt::BlockingQueuedConnection);
    m_port = 0;
}

void OverlayServer::setToken(const QString &token)
{
    if (token == m_token)
        return;
    m_token = token;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, token] { engine->setToken(token); });
}

void OverlayServer::setCustomCss(const QByteArray &css)
{
    m_customCss = css;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, css] { engine->setCustomCss(css); });
}

QUrl OverlayServer::alertBoxUrl(const QString &channel) const
{
    QUrl url = overlayUrl(channel);
    if (!url.isEmpty())
        url.setPath(OverlayProtocol::AlertPagePathPrefix + OverlayProtocol::normalizeChannel(channel));
    return url;
}

void OverlayServer::setAlertBoxSetup(const AlertBoxSetup &setup)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, setup] { engine->setAlertBoxSetup(setup); });
}

void OverlayServer::enqueueAlert(const QString &channel, const AlertBoxItem &item)
{
    const QString id = OverlayProtocol::normalizeChannel(channel);
    if (id.isEmpty())
        return;
    AlertBoxItem shown = item;
    shown.text = DisplayText::shown(item.text, DisplayText::Field::Message);
    if (shown.eventJson.size() > m_limits.maxMessageBytes / 2) {
        qCWarning(lcOverlay).noquote() << "alert box of" << id << ": the event of alert" << item.alertId
                                       << "is over the message size limit; shown without it";
        shown.eventJson.clear();
    }
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, id, shown = std::move(shown)] { engine->enqueueAlert(id, shown); });
}

void OverlayServer::alertBoxCommand(const QString &channel, AlertBoxCommand command)
{
    const QString id = channel.isEmpty() ? QString() : OverlayProtocol::normalizeChannel(channel);
    if (!channel.isEmpty() && id.isEmpty())
        return;
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, id, command] { engine->alertBoxCommand(id, command); });
}

int OverlayServer::alertPageCount(const QString &channel) const
{
    const QString id = OverlayProtocol::normalizeChannel(channel);
    int count = 0;
    QMetaObject::invokeMethod(
        m_engine, [&count, engine = m_engine, id] { count = engine->alertPageCount(id); },
        Qt::BlockingQueuedConnection);
    return count;
}

QUrl OverlayServer::overlayUrl(const QString &channel) const
{
    const QString id = OverlayProtocol::normalizeChannel(channel);
    if (!isListening() || id.isEmpty())
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(OverlayProtocol::PagePathPrefix + id);
    QUrlQuery query;
    query.addQueryItem(u"token"_s, m_token);
    url.setQuery(query);
    return url;
}

void OverlayServer::publish(const QString &channel, const EventBatch &events)
{
    const QString id = OverlayProtocol::normalizeChannel(channel);
    if (id.isEmpty())
        return;
    // Serialised here, once; the overlay's thread gets bytes it shares among pages.
    QList<QByteArray> jsons;
    for (const EventPtr &event : events) {
        if (!event || !OverlayProtocol::isOverlayEvent(event->type))
            continue;
        QByteArray json = OverlayProtocol::eventJson(*event);
        if (json.size() > m_limits.maxMessageBytes - OverlayProtocol::EventsMessageOverhead) {
            qCWarning(lcOverlay).noquote() << "not sending a" << eventTypeName(event->type) << "event of" << json.size()
                                           << "bytes to overlays of" << id << "- over the message size limit";
            continue;
        }
        jsons.append(std::move(json));
    }
    if (jsons.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, id, jsons = std::move(jsons)] { engine->publish(id, jsons); });
}

QList<OverlayServer::ClientInfo> OverlayServer::clients() const
{
    QList<ClientInfo> infos;
    QMetaObject::invokeMethod(
        m_engine, [&infos, engine = m_engine] { infos = engine->clients(); }, Qt::BlockingQueuedConnection);
    return infos;
}

int OverlayServer::connectionCount() const
{
    int count = 0;
    QMetaObject::invokeMethod(
        m_engine, [&count, engine = m_engine] { count = engine->connectionCount(); }, Qt::BlockingQueuedConnection);
    return count;
}

} // namespace soopchat
