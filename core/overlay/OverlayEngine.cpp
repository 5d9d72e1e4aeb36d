#include "core/overlay/OverlayEngine.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

#include <functional>

#include "core/overlay/AlertBoxHub.h"
#include "core/overlay/OverlayClient.h"
#include "core/overlay/OverlayGate.h"
#include "core/overlay/OverlayHttpServer.h"
#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Collects consecutive events into messages no bigger than the limit.
class MessageChunker
{
public:
    MessageChunker(qint64 maxMessageBytes, std::function<void(quint64, const QByteArray &, int)> emitChunk)
        : m_maxBody(maxMessageBytes - OverlayProtocol::EventsMessageOverhead), m_emit(std::move(emitChunk))
    { }

    void add(quint64 seq, const QByteArray &json)
    {
        if (m_count > 0 && m_body.size() + 1 + json.size() > m_maxBody)
            flush();
        if (m_count == 0)
            m_firstSeq = seq;
        else
            m_body += ',';
        m_body += json;
        ++m_count;
    }

    void flush()
    {
        if (m_count == 0)
            return;
        m_emit(m_firstSeq, m_body, m_count);
        m_body.clear();
        m_count = 0;
    }

private:
    qint64 m_maxBody;
    std::function<void(quint64, const QByteArray &, int)> m_emit;
    QByteArray m_body;
    quint64 m_firstSeq = 0;
    int m_count = 0;
};

} // namespace

OverlayEngine::OverlayEngine(const QString &token, const Limits &limits, QObject *parent)
    : QObject(parent), m_token(token), m_limits(limits)
{
    m_instance = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    m_alertBoxes = new AlertBoxHub(m_limits, m_vocabulary, m_instance, this);
    connect(m_alertBoxes, &AlertBoxHub::notice, this, &OverlayEngine::alertBoxNotice);
    m_pingTimer.setInterval(m_limits.pingInterval);
    connect(&m_pingTimer, &QTimer::timeout, this, &OverlayEngine::pingClients);
}

OverlayEngine::~OverlayEngine()
{
    close();
}

bool OverlayEngine::listen(quint16 port, Interfaces interfaces)
{
    close();
    auto gate = std::make_unique<OverlayGate>(m_limits, interfaces);
    // A scene with many browser sources connects all at once when OBS starts.
    gate->setListenBacklogSize(std::max(64, m_limits.maxClients));
    const QHostAddress address =
        interfaces == Interfaces::All ? QHostAddress(QHostAddress::Any) : QHostAddress(QHostAddress::LocalHost);
    if (!gate->open(address, port)) {
        // In OverlayServer's context, where the translations have it.
        m_errorString =
            QCoreApplication::translate("soopchat::OverlayServer", "Cannot serve the overlay on port %1: %2")
                .arg(port)
                .arg(gate->errorString());
        qCWarning(lcOverlay).noquote() << m_errorString;
        return false;
    }
    m_errorString.clear();
    m_port = gate->serverPort();
    m_interfaces = interfaces;
    m_http = std::make_unique<OverlayHttpServer>(
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { return handleRequest(request, socket); },
        [this](const QHttpServerRequest &request, QTcpSocket *socket) { refuseRequest(request, socket); });
    connect(m_http.get(), &QAbstractHttpServer::newWebSocketConnection, this, &OverlayEngine::acceptWebSockets);
    m_gate = gate.get();
    connect(m_gate, &OverlayGate::problemChanged, this, &OverlayEngine::problemChanged);
    m_http->bind(gate.release()); // the HTTP server takes ownership
    m_pingTimer.start();
    qCInfo(lcOverlay) << "overlay server listening on" << address.toString() << "port" << m_port << "- at most"
                      << m_gate->connectionCap() << "connections";
    return true;
}

int OverlayEngine::connectionCount() const
{
    return m_gate ? m_gate->connectionCount() : 0;
}

void OverlayEngine::close()
{
    m_pingTimer.stop();
    closeAllClients(OverlayProtocol::CloseCode::GoingAway, u"server stopped"_s);
    // The pages' sockets came from the HTTP server's listener: delete them first.
    const auto clients = findChildren<OverlayClient *>(Qt::FindDirectChildrenOnly);
    for (OverlayClient *client : clients) {
        m_alertBoxes->remove(client);
        delete client;
    }
    m_clients.clear();
    for (Room &room : m_rooms)
        room.clients.clear();
    if (m_http) {
        m_gate = nullptr;
        m_http.reset();
        m_port = 0;
        emit clientCountChanged(0);
    }
}

bool OverlayEngine::isListening() const
{
    return m_http != nullptr;
}

void OverlayEngine::setToken(const QString &token)
{
    if (token == m_token)
        return;
    m_token = token;
    closeAllClients(OverlayProtocol::CloseCode::Forbidden, u"token changed"_s);
}

bool OverlayEngine::tokenMatches(QStringView candidate) const
{
    if (m_token.isEmpty())
        return false;
    // Compare digests so the time taken says nothing about how much matched.
    const QByteArray a = QCryptographicHash::hash(m_token.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(candidate.toUtf8(), QCryptographicHash::Sha256);
    char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= char(a[i] ^ b[i]);
    return diff == 0;
}

bool OverlayEngine::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The gate let one request through per connection; anything the HTTP
    // server finds after it on a closing connection is not answered.
    if (socket->state() != QAbstractSocket::ConnectedState)
        return true;
    if (headerValue(request, "upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
        const Answer check = checkFeedRequest(request);
        if (check.status == 200) {
            // Events are small and each should show at once: without this, Nagle's
            // algorithm meets the page's delayed ACKs and holds messages up to 40 ms.
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            OverlayGate::markUpgraded(socket);
            return true; // the HTTP server completes the handshake; admit() takes it from there
        }
        qCWarning(lcOverlay).noquote() << "refused overlay websocket" << request.url().path() << "from"
                                       << request.remoteAddress().toString() + u':' << check.body.trimmed();
        return false; // refuseRequest() answers
    }
    Answer reply = answer(request);
    if (reply.status == 200 && request.url().path().startsWith(OverlayProtocol::AlertFilePathPrefix)) {
        // Qt's responder copies a body into the socket's buffer: the user's
        // files (up to 8 MiB) in answers not yet taken are capped in total.
        const qint64 bytes = reply.body.size();
        if (m_alertFileBytesInFlight + bytes > m_limits.maxAlertFileBytesInFlight) {
            qCWarning(lcOverlay).noquote() << "alert box file not sent to" << request.remoteAddress().toString() << "-"
                                           << m_alertFileBytesInFlight / 1024 << "KiB of files still being sent";
            reply = {503, "text/plain; charset=utf-8", "busy sending other files, try again\n"};
        } else {
            m_alertFileBytesInFlight += bytes;
            connect(socket, &QObject::destroyed, this, [this, bytes] { m_alertFileBytesInFlight -= bytes; });
        }
    }
    {
        QHttpServerResponder responder = OverlayHttpServer::responder(request, socket);
        write(responder, reply, request);
    }
    socket->disconnectFromHost();
    return true;
}

void OverlayEngine::refuseRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = OverlayHttpServer::responder(request, socket);
    Answer refusal = checkFeedRequest(request);
    if (refusal.status == 200) // not an upgrade the server could take after all
        refusal = {404, "text/plain; charset=utf-8", "not found\n"};
    write(responder, refusal, request);
    socket->disconnectFromHost();
}

OverlayEngine::Answer OverlayEngine::checkFeedRequest(const QHttpServerRequest &request) const
{
    const QString path = request.url().path();
    const QString channel = OverlayProtocol::feedChannel(path).isEmpty() ? OverlayProtocol::alertFeedChannel(path)
                                                                         : OverlayProtocol::feedChannel(path);
    if (channel.isEmpty())
        return {404, "text/plain; charset=utf-8", "not a channel feed\n"};
    if (!tokenMatches(request.query().queryItemValue(u"token"_s, QUrl::FullyDecoded)))
        return {403, "text/plain; charset=utf-8", "wrong or missing token\n"};
    if (m_clients.size() >= m_limits.maxClients)
        return {
            503, "text/plain; charset=utf-8", "already " + QByteArray::number(m_clients.size()) + " pages connected\n"};
    return {200, {}, {}};
}

OverlayEngine::Answer OverlayEngine::answer(const QHttpServerRequest &request) const
{
    static constexpr QByteArrayView Text = "text/plain; charset=utf-8";
    if (request.method() != QHttpServerRequest::Method::Get)
        return {405, Text.toByteArray(), "only GET\n"};
    const QString path = request.url().path();
    if (path.startsWith(OverlayProtocol::StaticPathPrefix)) {
        if (const OverlayAssets::File *file =
                m_assets.staticFile(path.sliced(OverlayProtocol::StaticPathPrefix.size())))
            return {200, file->contentType, file->bytes};
        return {404, Text.toByteArray(), "not found\n"};
    }
    if (path.startsWith(OverlayProtocol::BadgePathPrefix)) {
        // Like the static files, no token: icons hold no data. The versioned
        // URLs of the vocabulary may be kept for good; anything else is checked.
        const OverlayAssets::File *file =
            m_assets.badge(QStringView(path).sliced(OverlayProtocol::BadgePathPrefix.size()));
        if (!file)
            return {404, Text.toByteArray(), "not found\n"};
        const bool current = request.query().queryItemValue(u"v"_s).toLatin1() == file->version;
        return {200, file->contentType, file->bytes, current ? "public, max-age=31536000, immutable" : "no-cache"};
    }
    if (path.startsWith(OverlayProtocol::AlertPagePathPrefix))
        return alertAnswer(request);
    if (!path.startsWith(OverlayProtocol::PagePathPrefix))
        return {404, Text.toByteArray(), "not found\n"};

    const bool customCss = path == OverlayProtocol::CustomCssPath;
    if (!customCss && OverlayProtocol::normalizeChannel(path.sliced(OverlayProtocol::PagePathPrefix.size())).isEmpty())
        return {404, Text.toByteArray(), "not a channel id\n"};
    if (!tokenMatches(request.query().queryItemValue(u"token"_s, QUrl::FullyDecoded))) {
        qCWarning(lcOverlay).noquote() << "refused overlay page" << path << "from"
                                       << request.remoteAddress().toString() + u':' << "wrong or missing token";
        return {403, Text.toByteArray(),
            "403 Forbidden: this overlay URL has a wrong or missing token. Copy the URL again from SoopChat.\n"
            "403 Forbidden: 오버레이 주소의 토큰이 틀렸거나 없습니다. SoopChat에서 주소를 다시 복사하세요.\n"};
    }
    if (customCss)
        return {200, "text/css; charset=utf-8", m_customCss};
    const OverlayAssets::File &page = m_assets.page();
    return {200, page.contentType, page.bytes};
}

OverlayEngine::Answer OverlayEngine::alertAnswer(const QHttpServerRequest &request) const
{
    static constexpr QByteArrayView Text = "text/plain; charset=utf-8";
    const QString path = request.url().path();
    const bool isFile = path.startsWith(OverlayProtocol::AlertFilePathPrefix);
    // A file is named by its id alone: no path of the user's ever reaches the file system from a URL.
    if (!isFile &&
        OverlayProtocol::normalizeChannel(path.sliced(OverlayProtocol::AlertPagePathPrefix.size())).isEmpty())
        return {404, Text.toByteArray(), "not a channel id\n"};
    if (!tokenMatches(request.query().queryItemValue(u"token"_s, QUrl::FullyDecoded))) {
        qCWarning(lcOverlay).noquote() << "refused alert box" << (isFile ? "file" : "page") << "from"
                                       << request.remoteAddress().toString() + u':' << "wrong or missing token";
        return {403, Text.toByteArray(),
            "403 Forbidden: this alert box URL has a wrong or missing token. Copy the URL again from SoopChat.\n"
            "403 Forbidden: 알림창 주소의 토큰이 틀렸거나 없습니다. SoopChat에서 주소를 다시 복사하세요.\n"};
    }
    if (isFile) {
        const AlertBoxHub::File *file =
            m_alertBoxes->file(QStringView(path).sliced(OverlayProtocol::AlertFilePathPrefix.size()));
        if (!file)
            return {404, Text.toByteArray(), "not found\n"};
        return {200, file->contentType, file->bytes}; // with a sandbox (write())
    }
    const OverlayAssets::File &page = m_assets.alertPage();
    return {200, page.contentType, page.bytes};
}

void OverlayEngine::setAlertBoxSetup(const AlertBoxSetup &setup)
{
    m_alertBoxes->setSetup(setup);
}

void OverlayEngine::enqueueAlert(const QString &channel, const AlertBoxItem &item)
{
    m_alertBoxes->enqueue(channel, item);
}

void OverlayEngine::alertBoxCommand(const QString &channel, AlertBoxCommand command)
{
    m_alertBoxes->command(channel, command);
}

int OverlayEngine::alertPageCount(const QString &channel) const
{
    return m_alertBoxes->pageCount(channel);
}

void OverlayEngine::write(
    QHttpServerResponder &responder, const Answer &answer, const QHttpServerRequest &request) const
{
    // A browser source must pick up a new version of the page, and the page
    // URL carries the token: keep both out of caches (only versioned badge
    // icons may stay) and out of referrers.
    responder.write(answer.body,
        {{"Content-Type", answer.contentType}, {"Cache-Control", answer.cacheControl},
            {"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}, {"Connection", "close"},
            {"Content-Security-Policy",
                // Opened on its own, a user's SVG is a document: sandboxed, it runs nothing.
                request.url().path().startsWith(OverlayProtocol::AlertFilePathPrefix)
                    ? QByteArray("default-src 'none'; style-src 'unsafe-inline'; sandbox")
                    : OverlayAssets::contentSecurityPolicy(headerValue(request, "host"))}},
        QHttpServerResponder::StatusCode(answer.status));
}

void OverlayEngine::acceptWebSockets()
{
    // Take every pending page at once: the HTTP server's websocket queue is short.
    while (m_http && m_http->hasPendingWebSocketConnections()) {
        if (std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection())
            admit(std::move(socket));
    }
}

void OverlayEngine::admit(std::unique_ptr<QWebSocket> socket)
{
    const QUrl url = socket->requestUrl();
    const QString path = url.path();
    const QString peer = socket->peerAddress().toString();
    const QString alertChannel = OverlayProtocol::alertFeedChannel(path);
    const QString channel = alertChannel.isEmpty() ? OverlayProtocol::feedChannel(path) : alertChannel;
    const OverlayClient::Budget budget {
        m_limits.maxQueuedBytes, m_limits.socketHighWaterBytes, m_limits.maxIncomingBytes};
    auto *client = new OverlayClient(std::move(socket), channel, budget, this);
    connect(client, &OverlayClient::disconnected, this, &OverlayEngine::removeClient);

    // handleRequest() checked path, token and count before the handshake; the
    // token may have changed and other pages may have got in since.
    if (channel.isEmpty() || !tokenMatches(QUrlQuery(url).queryItemValue(u"token"_s, QUrl::FullyDecoded))) {
        qCWarning(lcOverlay).noquote() << "refused overlay websocket" << path << "from" << peer + u':'
                                       << "the token changed during the handshake";
        client->closeWith(OverlayProtocol::CloseCode::Forbidden, u"forbidden"_s);
        return;
    }
    if (m_clients.size() >= m_limits.maxClients) {
        qCWarning(lcOverlay).noquote() << "refused overlay websocket" << path << "from" << peer + u':' << "already"
                                       << m_clients.size() << "pages connected";
        client->closeWith(OverlayProtocol::CloseCode::TryAgainLater, u"too many overlay pages"_s);
        return;
    }

    const QLatin1StringView language = OverlayProtocol::pageLanguage(QUrlQuery(url).queryItemValue(u"lang"_s));
    if (!alertChannel.isEmpty()) {
        m_clients.append(client);
        qCInfo(lcOverlay).noquote() << "alert box page connected for channel" << channel << "from" << peer << "-"
                                    << m_clients.size() << "pages connected";
        m_alertBoxes->admit(client, channel, language);
        emit clientCountChanged(int(m_clients.size()));
        return;
    }
    Room &room = m_rooms[channel];
    room.clients.append(client);
    m_clients.append(client);
    qCInfo(lcOverlay).noquote() << "overlay page connected for channel" << channel << "from" << peer << "-"
                                << m_clients.size() << "connected";
    client->send(
        OverlayProtocol::helloMessage(channel, m_instance, qsizetype(room.backlog.size()), m_vocabulary.json(language)),
        0);
    sendBacklog(room, client);
    emit clientCountChanged(int(m_clients.size()));
}

void OverlayEngine::sendBacklog(const Room &room, OverlayClient *client) const
{
    MessageChunker chunker(m_limits.maxMessageBytes, [client](quint64 seq, const QByteArray &body, int count) {
        client->send(OverlayProtocol::eventsMessage(seq, true, body), count);
    });
    for (const BacklogEntry &entry : room.backlog)
        chunker.add(entry.seq, entry.json);
    chunker.flush();
}

void OverlayEngine::removeClient(OverlayClient *client)
{
    const bool admitted = m_clients.removeOne(client);
    m_alertBoxes->remove(client);
    if (auto it = m_rooms.find(client->channel()); it != m_rooms.end())
        it->clients.removeOne(client);
    if (admitted) {
        qCInfo(lcOverlay).noquote() << "overlay page disconnected from channel" << client->channel() << "-"
                                    << m_clients.size() << "connected";
        emit clientCountChanged(int(m_clients.size()));
    }
    client->deleteLater();
}

void OverlayEngine::closeAllClients(OverlayProtocol::CloseCode code, const QString &reason)
{
    // closeWith() may disconnect at once, which edits m_clients: walk a copy.
    const QList<OverlayClient *> clients = m_clients;
    for (OverlayClient *client : clients)
        client->closeWith(code, reason);
}

void OverlayEngine::pingClients()
{
    const QList<OverlayClient *> clients = m_clients;
    for (OverlayClient *client : clients) {
        if (client->isClosing())
            continue;
        if (client->silence() > m_limits.pongTimeout) {
            qCInfo(lcOverlay).noquote() << "closing overlay page of channel" << client->channel() << "at"
                                        << client->peerAddress().toString() << "- no answer for"
                                        << client->silence().count() << "ms";
            client->abort();
            continue;
        }
        client->ping();
    }
}

void OverlayEngine::publish(const QString &channel, const QList<QByteArray> &eventsJson)
{
    if (eventsJson.isEmpty())
        return;
    Room &room = m_rooms[channel];
    MessageChunker chunker(m_limits.maxMessageBytes,
        [this, &room](quint64 seq, const QByteArray &body, int count) { broadcast(room, seq, body, count); });
    for (const QByteArray &json : eventsJson) {
        const quint64 seq = room.nextSeq++;
        room.backlog.push_back({seq, json});
        while (room.backlog.size() > std::size_t(std::max(0, m_limits.backlogEvents)))
            room.backlog.pop_front();
        chunker.add(seq, json);
    }
    chunker.flush();
}

void OverlayEngine::broadcast(Room &room, quint64 firstSeq, const QByteArray &eventsJson, int eventCount)
{
    if (room.clients.isEmpty())
        return;
    // Built once, shared by every page's queue.
    const QByteArray message = OverlayProtocol::eventsMessage(firstSeq, false, eventsJson);
    const QList<OverlayClient *> clients = room.clients;
    for (OverlayClient *client : clients)
        client->send(message, eventCount);
}

QList<OverlayEngine::ClientInfo> OverlayEngine::clients() const
{
    QList<ClientInfo> infos;
    infos.reserve(m_clients.size());
    for (const OverlayClient *client : m_clients) {
        infos.append({client->channel(), client->peerAddress(), client->queuedMessages(), client->queuedBytes(),
            client->socketBytes(), client->sentEvents(), client->droppedEvents()});
    }
    return infos;
}

} // namespace soopchat
