#include "core/chzzk/ChzzkResolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

#include "core/util/Logging.h"

namespace soopchat::chzzk {

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

// The site is a browser, and CHZZK's API answers browsers (notes §1.2: errors without a user agent).
const QByteArray UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "Chrome/131.0.0.0 Safari/537.36";

QUrl endpointUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

int httpStatus(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// The JSON `code` of an answer (200 on success), or 0.
qint64 answerCode(const QJsonObject &root)
{
    return root.value("code"_L1).toInteger();
}

} // namespace

Endpoints Endpoints::forBase(const QUrl &base)
{
    Endpoints endpoints;
    if (!base.isValid() || base.isEmpty())
        return endpoints;
    endpoints.api = base;
    endpoints.chatApi = base;
    endpoints.routing = base;
    endpoints.chatScheme = base.scheme() == "http"_L1 ? u"ws"_s : u"wss"_s;
    // A simulator's chat is on the port after its API's (sim/chzzk).
    const int port = base.port(base.scheme() == "http"_L1 ? 80 : 443);
    endpoints.fallbackServers = {u"%1:%2"_s.arg(base.host()).arg(port + 1)};
    return endpoints;
}

ClientConfig ClientConfig::forApiBase(const QUrl &base)
{
    ClientConfig config;
    config.endpoints = Endpoints::forBase(base);
    return config;
}

ChzzkResolver::ChzzkResolver(QNetworkAccessManager *network, Endpoints endpoints, QObject *parent)
    : QObject(parent), m_network(network), m_endpoints(std::move(endpoints))
{
    qRegisterMetaType<LiveStatusAnswer>();
    qRegisterMetaType<Resolution>();
    qRegisterMetaType<ChannelInfo>();
}

ChzzkResolver::~ChzzkResolver()
{
    abort();
    abortChannelInfo();
}

void ChzzkResolver::abortChannelInfo()
{
    if (QNetworkReply *reply = m_infoReply) {
        m_infoReply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ChzzkResolver::abort()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ChzzkResolver::checkLive(const QString &channelId)
{
    abort();
    m_mode = Mode::StatusOnly;
    m_channelId = channelId;
    m_result = {};
    send(Step::Status, endpointUrl(m_endpoints.api, u"/polling/v2/channels/%1/live-status"_s.arg(channelId)));
}

void ChzzkResolver::resolve(const QString &channelId)
{
    checkLive(channelId);
    m_mode = Mode::Full;
    if (m_infoAskedFor != channelId) {
        m_infoAskedFor = channelId;
        askChannelInfo(channelId);
    }
}

void ChzzkResolver::askChannelInfo(const QString &channelId)
{
    abortChannelInfo();
    m_infoFailure.clear();
    QNetworkReply *reply = get(endpointUrl(m_endpoints.api, u"/service/v1/channels/%1"_s.arg(channelId)),
        [this](QNetworkReply *refused, const QString &why) {
            if (refused == m_infoReply && m_infoFailure.isEmpty()) {
                m_infoFailure = why;
                refused->abort();
            }
        });
    m_infoReply = reply;
    reply->setProperty("channelId", channelId);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onChannelInfoFinished(reply); });
}

ChannelInfo ChzzkResolver::parseChannelInfo(int status, const QByteArray &body, const QString &channelId)
{
    ChannelInfo info;
    info.channelId = channelId;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonObject content = root.value("content"_L1).toObject();
    // An unknown channel answers code 200 with content null, or content without a
    // channelId [not recorded]; a name is only taken for the channel asked about.
    const QString name = content.value("channelName"_L1).toString().trimmed();
    if (status != 200) {
        info.failure = u"HTTP %1"_s.arg(status);
    } else if (content.isEmpty() || name.isEmpty()) {
        info.failure = u"no channel name in the answer (code %1)"_s.arg(answerCode(root));
    } else if (content.value("channelId"_L1).toString().compare(channelId, Qt::CaseInsensitive) != 0) {
        info.failure = u"the answer is about another channel"_s;
    } else {
        // A nickname, not a document: one line of bounded length.
        info.channelName = name.left(100).simplified();
        info.imageUrl = content.value("channelImageUrl"_L1).toString();
        info.verified = content.value("verifiedMark"_L1).toBool();
    }
    return info;
}

void ChzzkResolver::onChannelInfoFinished(QNetworkReply *reply)
{
    if (reply != m_infoReply)
        return;
    m_infoReply = nullptr;
    reply->deleteLater();
    const QString channelId = reply->property("channelId").toString();
    ChannelInfo info;
    const int status = httpStatus(reply);
    if (!m_infoFailure.isEmpty() || (status == 0 && reply->error() != QNetworkReply::NoError)) {
        info.channelId = channelId;
        info.failure = m_infoFailure.isEmpty() ? reply->errorString() : m_infoFailure;
    } else {
        info = parseChannelInfo(status, reply->readAll(), channelId);
    }
    if (info.channelName.isEmpty())
        qCInfo(lcNet) << "CHZZK channel" << channelId << "has no name for its tab:" << info.failure;
    emit channelInfo(info);
}

QNetworkReply *ChzzkResolver::get(const QUrl &url, const std::function<void(QNetworkReply *, const QString &)> &refuse)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader, UserAgent);
    request.setRawHeader("Accept", "application/json, text/plain, */*");
    request.setRawHeader("Origin", "https://chzzk.naver.com");
    request.setRawHeader("Referer", "https://chzzk.naver.com/");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    reply->setParent(this);
    // Never more than MaxAnswerBytes in memory, never longer than the timeout.
    reply->setReadBufferSize(MaxAnswerBytes + 1);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, refuse](qint64 received, qint64 total) {
        if (received > MaxAnswerBytes || total > MaxAnswerBytes)
            refuse(reply, tr("its answer was larger than %1 KiB").arg(MaxAnswerBytes / 1024));
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply, refuse] {
        refuse(reply, tr("no complete answer within %1 s").arg(double(m_timeout.count()) / 1000.0));
    });
    deadline->start(m_timeout);
    return reply;
}

void ChzzkResolver::send(Step step, const QUrl &url)
{
    QNetworkReply *reply = get(url, [this](QNetworkReply *refused, const QString &why) {
        if (refused == m_reply)
            fail(refused, why);
    });
    m_reply = reply;
    m_step = step;
    m_failure.clear();
    connect(reply, &QNetworkReply::finished, this, &ChzzkResolver::onReplyFinished);
}

void ChzzkResolver::fail(QNetworkReply *reply, const QString &why)
{
    if (!m_failure.isEmpty())
        return;
    qCInfo(lcNet) << "CHZZK answer from" << reply->url().host() << "refused:" << why;
    m_failure = why;
    reply->abort();
}

QString ChzzkResolver::failureText(QNetworkReply *reply) const
{
    return m_failure.isEmpty() ? reply->errorString() : m_failure;
}

void ChzzkResolver::onReplyFinished()
{
    QNetworkReply *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    switch (m_step) {
    case Step::Status:
        return handleStatus(reply);
    case Step::Token:
        return handleToken(reply);
    case Step::Routing:
        return handleRouting(reply);
    }
}

LiveStatusAnswer ChzzkResolver::parseLiveStatus(int status, const QByteArray &body, const QString &channelId)
{
    LiveStatusAnswer answer;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject root = doc.object();
    const QJsonValue content = root.value("content"_L1);
    // An unknown channel: HTTP 404, or an answer without content [not recorded].
    if (status == 404 || (status == 200 && doc.isObject() && answerCode(root) == 200 && content.isNull())) {
        answer.state = LiveState::NotFound;
        answer.message = tr("There is no CHZZK channel with the id “%1”.").arg(channelId);
        return answer;
    }
    if (status >= 500 || status == 0) {
        answer.state = LiveState::NetworkError;
        answer.message = tr("CHZZK's server failed (HTTP %1).").arg(status);
        return answer;
    }
    if (status != 200 || !doc.isObject() || !content.isObject()) {
        answer.state = LiveState::BadResponse;
        answer.message = tr("CHZZK sent an answer SoopChat does not understand.");
        return answer;
    }
    const QJsonObject live = content.toObject();
    answer.title = live.value("liveTitle"_L1).toString();
    answer.adult = live.value("adult"_L1).toBool();
    answer.chatChannelId = live.value("chatChannelId"_L1).toString();
    // JSON inside a string (§1): {"status": ..., "callPeriodMilliSecond": 10000}
    const QJsonObject polling =
        QJsonDocument::fromJson(live.value("livePollingStatusJson"_L1).toString().toUtf8()).object();
    if (const qint64 period = polling.value("callPeriodMilliSecond"_L1).toInteger(); period > 0)
        answer.pollPeriod = milliseconds(period);
    const QString state = live.value("status"_L1).toString();
    if (state == "CLOSE"_L1) {
        answer.state = LiveState::Offline;
        answer.chatChannelId.clear();
    } else if (answer.chatChannelId.isEmpty() && answer.adult) {
        answer.state = LiveState::AdultOnly;
        answer.message = tr("This broadcast is for adults only: CHZZK gives its chat only to viewers who have "
                            "logged in and verified their age.");
    } else if (state == "OPEN"_L1 && !answer.chatChannelId.isEmpty()) {
        answer.state = LiveState::Live;
    } else if (state == "OPEN"_L1) {
        answer.state = LiveState::BadResponse;
        answer.message = tr("CHZZK says the broadcast is live but gave no chat id.");
    } else {
        answer.state = LiveState::BadResponse;
        answer.message = tr("CHZZK sent an answer SoopChat does not understand.");
    }
    return answer;
}

void ChzzkResolver::handleStatus(QNetworkReply *reply)
{
    const int status = httpStatus(reply);
    LiveStatusAnswer answer;
    if (!m_failure.isEmpty() || (status == 0 && reply->error() != QNetworkReply::NoError)) {
        answer.state = LiveState::NetworkError;
        answer.message = tr("Cannot reach CHZZK (%1).").arg(failureText(reply));
    } else {
        answer = parseLiveStatus(status, reply->readAll(), m_channelId);
    }
    m_result.live = answer;
    if (m_mode == Mode::StatusOnly || answer.state != LiveState::Live) {
        if (m_mode == Mode::StatusOnly)
            emit liveChecked(answer);
        else
            emit resolved(m_result);
        return;
    }
    QUrl url = endpointUrl(m_endpoints.chatApi, u"/nng_main/v1/chats/access-token"_s);
    QUrlQuery query;
    query.addQueryItem(u"channelId"_s, answer.chatChannelId);
    query.addQueryItem(u"chatType"_s, u"STREAMING"_s);
    url.setQuery(query);
    send(Step::Token, url);
}

void ChzzkResolver::handleToken(QNetworkReply *reply)
{
    const int status = httpStatus(reply);
    if (!m_failure.isEmpty() || status == 0) {
        m_result.live.state = LiveState::NetworkError;
        m_result.live.message = tr("Cannot reach CHZZK's chat (%1).").arg(failureText(reply));
        emit resolved(m_result);
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
    const qint64 code = answerCode(root);
    if (code == 42601) {
        // Age-restricted: the token needs a logged-in, verified viewer (notes §1.2).
        m_result.live.state = LiveState::AdultOnly;
        m_result.live.message = tr("This broadcast is for adults only: CHZZK gives its chat only to viewers who have "
                                   "logged in and verified their age.");
        emit resolved(m_result);
        return;
    }
    const QString token = root.value("content"_L1).toObject().value("accessToken"_L1).toString();
    if (status != 200 || token.isEmpty()) {
        // 500 with code 50001: the chat id is gone (a broadcast that just ended); asked again later.
        m_result.live.state = status >= 500 ? LiveState::NetworkError : LiveState::BadResponse;
        m_result.live.message = tr("CHZZK gave no chat access (HTTP %1, code %2).").arg(status).arg(code);
        emit resolved(m_result);
        return;
    }
    m_result.accessToken = token;
    askRouting();
}

void ChzzkResolver::askRouting()
{
    if (!m_routedServers.isEmpty() && m_routedAt.isValid() && m_routedAt.elapsed() < m_routingExpireMs) {
        m_result.servers = m_routedServers;
        return finishResolved();
    }
    QUrl url = endpointUrl(m_endpoints.routing, u"/routing/getRouting"_s);
    url.setQuery(u"serviceId=game"_s);
    send(Step::Routing, url);
}

QStringList ChzzkResolver::parseRouting(const QByteArray &body, qint64 *expireSeconds)
{
    const QJsonObject result = QJsonDocument::fromJson(body).object().value("result"_L1).toObject();
    QStringList servers;
    const QJsonArray list = result.value("sessionServerList"_L1).toArray();
    for (const QJsonValue &value : list) {
        const QString host = value.toString().trimmed().toLower();
        // A host name or host:port, nothing that could change the URL's path.
        const bool plain = !host.isEmpty() && host.size() < 256 && std::all_of(host.begin(), host.end(), [](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-' || c == u':';
        });
        if (plain && !servers.contains(host))
            servers.append(host);
    }
    if (expireSeconds)
        *expireSeconds = std::clamp<qint64>(result.value("expireTime"_L1).toInteger(), 0, 86400);
    return servers;
}

QStringList ChzzkResolver::fallbackServers(const QString &chatChannelId)
{
    int sum = 0;
    for (QChar c : chatChannelId)
        sum += c.unicode();
    const int first = sum % 9 + 1;
    QStringList servers {u"kr-ss%1.chat.naver.com"_s.arg(first)};
    for (int n = 1; n <= 10; ++n) {
        if (n != first)
            servers.append(u"kr-ss%1.chat.naver.com"_s.arg(n));
    }
    return servers;
}

void ChzzkResolver::handleRouting(QNetworkReply *reply)
{
    qint64 expire = 0;
    QStringList servers;
    if (m_failure.isEmpty() && httpStatus(reply) == 200)
        servers = parseRouting(reply->readAll(), &expire);
    if (!servers.isEmpty()) {
        m_routedServers = servers;
        m_routingExpireMs = expire * 1000;
        m_routedAt.start();
        // The site picks one at random (notes §1.3): so do we, keeping the rest to rotate through.
        std::rotate(
            servers.begin(), servers.begin() + (qHash(m_result.live.chatChannelId) % servers.size()), servers.end());
        m_result.servers = servers;
    } else {
        qCInfo(lcNet) << "CHZZK routing gave no servers; using the fallback";
    }
    finishResolved();
}

void ChzzkResolver::finishResolved()
{
    if (m_result.servers.isEmpty()) {
        m_result.servers = m_endpoints.fallbackServers.isEmpty() ? fallbackServers(m_result.live.chatChannelId)
                                                                 : m_endpoints.fallbackServers;
    }
    emit resolved(m_result);
}

} // namespace soopchat::chzzk
