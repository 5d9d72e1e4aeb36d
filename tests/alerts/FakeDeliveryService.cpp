#include "FakeDeliveryService.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

FakeDeliveryService::FakeDeliveryService(Flavour flavour, QObject *parent)
    : QAbstractHttpServer(parent), m_flavour(flavour)
{ }

FakeDeliveryService::~FakeDeliveryService()
{
    stop();
}

quint16 FakeDeliveryService::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

void FakeDeliveryService::stop()
{
    for (QTcpServer *server : servers())
        server->close();
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_hung)) {
        if (socket)
            socket->abort();
    }
    m_hung.clear();
}

void FakeDeliveryService::setWebhook(const QString &id, const QString &token)
{
    m_webhookId = id;
    m_webhookToken = token;
}

QString FakeDeliveryService::webhookUrl() const
{
    return u"%1://127.0.0.1:%2/api/webhooks/%3/%4"_s.arg(scheme()).arg(m_port).arg(m_webhookId, m_webhookToken);
}

void FakeDeliveryService::setBot(const QString &token, const QStringList &chatIds)
{
    m_botToken = token;
    m_chatIds = chatIds;
}

QString FakeDeliveryService::apiBase() const
{
    return u"%1://127.0.0.1:%2"_s.arg(scheme()).arg(m_port);
}

QString FakeDeliveryService::scheme() const
{
    return m_tls ? u"https"_s : u"http"_s;
}

void FakeDeliveryService::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    answer(request, socket, 404, {});
}

void FakeDeliveryService::answer(const QHttpServerRequest &request, QTcpSocket *socket, int status,
    const QJsonObject &body, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(bytes.size()));
    for (const auto &[name, value] : headers)
        responder.writeHeader(name, value);
    responder.writeBody(bytes);
}

void FakeDeliveryService::checkDiscord(const Request &request, QStringList &problems) const
{
    if (request.method != "POST")
        problems << u"method %1, not POST"_s.arg(QString::fromLatin1(request.method));
    if (QUrlQuery(request.query).queryItemValue(u"wait"_s) != "true"_L1)
        problems << u"no ?wait=true: "_s + request.query;
    if (request.contentType != "application/json")
        problems << u"Content-Type "_s + QString::fromLatin1(request.contentType);
    if (!request.userAgent.startsWith("SoopChat"))
        problems << u"User-Agent "_s + QString::fromLatin1(request.userAgent);
    const QJsonArray embeds = request.json.value(u"embeds"_s).toArray();
    if (embeds.isEmpty() || embeds.size() > 10)
        problems << u"embeds: %1"_s.arg(embeds.size());
    qsizetype total = 0;
    for (const QJsonValue &value : embeds) {
        const QJsonObject embed = value.toObject();
        const QString title = embed.value(u"title"_s).toString();
        const QString description = embed.value(u"description"_s).toString();
        if (title.size() > 256 || description.size() > 4096)
            problems << u"title or description too long"_s;
        const int colour = embed.value(u"color"_s).toInt(-1);
        if (colour < 0 || colour > 0xFFFFFF)
            problems << u"colour %1"_s.arg(colour);
        total += title.size() + description.size();
        for (const QJsonValue &field : embed.value(u"fields"_s).toArray()) {
            const QString name = field.toObject().value(u"name"_s).toString();
            const QString text = field.toObject().value(u"value"_s).toString();
            if (name.isEmpty() || name.size() > 256 || text.isEmpty() || text.size() > 1024)
                problems << u"field %1: %2 characters"_s.arg(name).arg(text.size());
            total += name.size() + text.size();
        }
        total += embed.value(u"footer"_s).toObject().value(u"text"_s).toString().size();
    }
    if (total > 6000)
        problems << u"embed of %1 characters"_s.arg(total);
    if (request.json.value(u"allowed_mentions"_s).toObject() != QJsonObject {{u"parse"_s, QJsonArray {}}})
        problems << u"allowed_mentions lets mentions ping: "_s +
                QString::fromUtf8(QJsonDocument(request.json.value(u"allowed_mentions"_s).toObject()).toJson());
}

void FakeDeliveryService::checkTelegram(const Request &request, QStringList &problems) const
{
    if (request.method != "POST")
        problems << u"method %1, not POST"_s.arg(QString::fromLatin1(request.method));
    if (request.contentType != "application/json")
        problems << u"Content-Type "_s + QString::fromLatin1(request.contentType);
    if (!request.userAgent.startsWith("SoopChat"))
        problems << u"User-Agent "_s + QString::fromLatin1(request.userAgent);
    if (request.json.contains(u"parse_mode"_s))
        problems << u"parse_mode "_s + request.json.value(u"parse_mode"_s).toString();
    if (request.json.value(u"disable_web_page_preview"_s) != QJsonValue(true))
        problems << u"link previews not disabled"_s;
    const QJsonValue chat = request.json.value(u"chat_id"_s);
    if (!chat.isDouble() && !chat.isString())
        problems << u"chat_id is neither a number nor a string"_s;
    for (const QString &key : request.json.keys()) {
        if (key != "chat_id"_L1 && key != "text"_L1 && key != "disable_web_page_preview"_L1)
            problems << u"unexpected field "_s + key;
    }
}

QString FakeDeliveryService::postedText(const Request &request) const
{
    if (m_flavour == Flavour::Discord)
        return request.json.value(u"embeds"_s).toArray().first().toObject().value(u"description"_s).toString();
    return request.json.value(u"text"_s).toString();
}

bool FakeDeliveryService::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request seen;
    seen.method = request.method() == QHttpServerRequest::Method::Post ? QByteArray("POST")
        : request.method() == QHttpServerRequest::Method::Get          ? QByteArray("GET")
                                                                       : QByteArray("OTHER");
    seen.path = request.url().path();
    seen.query = request.url().query();
    seen.contentType = request.value("Content-Type");
    seen.userAgent = request.value("User-Agent");
    seen.body = request.body();
    seen.json = QJsonDocument::fromJson(seen.body).object();
    m_requests.append(seen);
    const int index = int(m_requests.size()) - 1;

    QStringList problems;
    if (m_flavour == Flavour::Discord)
        checkDiscord(seen, problems);
    else
        checkTelegram(seen, problems);
    const Answer next = m_script.isEmpty() ? Answer {} : m_script.dequeue();
    emit requestReceived(index);

    if (m_flavour == Flavour::Discord) {
        if (seen.path != u"/api/webhooks/%1/%2"_s.arg(m_webhookId, m_webhookToken)) {
            answer(request, socket, 404, {{u"message"_s, u"Unknown Webhook"_s}, {u"code"_s, 10015}});
            return true;
        }
        if (!problems.isEmpty()) {
            m_problems << problems;
            answer(request, socket, 400, {{u"message"_s, u"Invalid Form Body"_s}, {u"code"_s, 50035}});
            return true;
        }
    } else {
        if (seen.path != u"/bot%1/sendMessage"_s.arg(m_botToken)) {
            const bool wrongToken = !seen.path.startsWith(u"/bot%1/"_s.arg(m_botToken));
            answer(request, socket, wrongToken ? 401 : 404,
                {{u"ok"_s, false}, {u"error_code"_s, wrongToken ? 401 : 404},
                    {u"description"_s, wrongToken ? u"Unauthorized"_s : u"Not Found"_s}});
            return true;
        }
        if (!problems.isEmpty()) {
            m_problems << problems;
            answer(request, socket, 400,
                {{u"ok"_s, false}, {u"error_code"_s, 400},
                    {u"description"_s, QString(u"Bad Request: "_s + problems.first())}});
            return true;
        }
        const QJsonValue chat = seen.json.value(u"chat_id"_s);
        const QString chatId = chat.isDouble() ? QString::number(chat.toInteger()) : chat.toString();
        if (!m_chatIds.contains(chatId)) {
            answer(request, socket, 400,
                {{u"ok"_s, false}, {u"error_code"_s, 400}, {u"description"_s, u"Bad Request: chat not found"_s}});
            return true;
        }
        if (seen.json.value(u"text"_s).toString().isEmpty()) {
            answer(request, socket, 400,
                {{u"ok"_s, false}, {u"error_code"_s, 400},
                    {u"description"_s, u"Bad Request: message text is empty"_s}});
            return true;
        }
    }

    switch (next.kind) {
    case Answer::Kind::Hang:
        m_hung.append(socket);
        return true;
    case Answer::Kind::Drop:
        m_posted << postedText(seen); // it was posted; only the answer is lost
        socket->abort();
        return true;
    case Answer::Kind::ServerError:
        if (m_flavour == Flavour::Discord)
            answer(request, socket, next.status, {{u"message"_s, u"Internal Server Error"_s}, {u"code"_s, 0}});
        else
            answer(request, socket, next.status,
                {{u"ok"_s, false}, {u"error_code"_s, next.status}, {u"description"_s, u"Internal Server Error"_s}});
        return true;
    case Answer::Kind::RateLimited:
        if (m_flavour == Flavour::Discord) {
            const QByteArray seconds = QByteArray::number(next.retryAfterSeconds, 'f', 3);
            answer(request, socket, 429,
                {{u"message"_s, u"You are being rate limited."_s}, {u"retry_after"_s, next.retryAfterSeconds},
                    {u"global"_s, false}},
                {{"Retry-After", QByteArray::number(qint64(std::ceil(next.retryAfterSeconds)))},
                    {"X-RateLimit-Limit", "5"}, {"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset-After", seconds},
                    {"X-RateLimit-Bucket", "fake-bucket"}, {"X-RateLimit-Scope", "user"}});
        } else {
            const int seconds = int(std::ceil(next.retryAfterSeconds));
            answer(request, socket, 429,
                {{u"ok"_s, false}, {u"error_code"_s, 429},
                    {u"description"_s, u"Too Many Requests: retry after %1"_s.arg(seconds)},
                    {u"parameters"_s, QJsonObject {{u"retry_after"_s, seconds}}}});
        }
        return true;
    case Answer::Kind::Success:
        break;
    }

    m_posted << postedText(seen);
    const int id = m_nextMessageId++;
    if (m_flavour == Flavour::Discord) {
        answer(request, socket, 200,
            {{u"id"_s, QString::number(id)}, {u"type"_s, 0}, {u"channel_id"_s, u"42"_s}, {u"content"_s, u""_s},
                {u"embeds"_s, seen.json.value(u"embeds"_s)}, {u"webhook_id"_s, m_webhookId}},
            {{"X-RateLimit-Limit", "5"}, {"X-RateLimit-Remaining", "4"}, {"X-RateLimit-Reset-After", "0.001"}});
    } else {
        answer(request, socket, 200,
            {{u"ok"_s, true},
                {u"result"_s,
                    QJsonObject {{u"message_id"_s, id}, {u"date"_s, 1'790'000'000},
                        {u"chat"_s, QJsonObject {{u"id"_s, seen.json.value(u"chat_id"_s)}}},
                        {u"text"_s, seen.json.value(u"text"_s)}}}});
    }
    return true;
}
