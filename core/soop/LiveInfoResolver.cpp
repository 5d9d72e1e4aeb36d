#include "core/soop/LiveInfoResolver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include "core/util/Logging.h"

namespace soopchat::soop {

using namespace Qt::StringLiterals;

namespace {

// The web player is a browser; SOOP's API answers browsers.
const QByteArray UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "Chrome/131.0.0.0 Safari/537.36";

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

qint64 jsonInteger(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInteger();
    return value.toString().toLongLong();
}

QUrl endpointUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

QNetworkRequest browserRequest(const QUrl &url, const QString &streamerId, std::chrono::milliseconds timeout)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(timeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader, UserAgent);
    request.setRawHeader("Accept", "application/json, text/plain, */*");
    request.setRawHeader("Origin", "https://play.sooplive.com");
    request.setRawHeader("Referer", "https://play.sooplive.com/" + streamerId.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

// No answer at all, or the server failing: worth trying the other domain.
bool isTransportFailure(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return reply->error() != QNetworkReply::NoError;
    return status >= 500;
}

} // namespace

LiveInfoResolver::LiveInfoResolver(QNetworkAccessManager *network, ResolverEndpoints endpoints, QObject *parent)
    : QObject(parent), m_network(network), m_endpoints(std::move(endpoints))
{
    qRegisterMetaType<LiveLookup>();
}

LiveInfoResolver::~LiveInfoResolver()
{
    abort();
}

void LiveInfoResolver::abort()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void LiveInfoResolver::lookup(const QString &streamerId, const QString &password, StationCheck station)
{
    abort();
    m_streamerId = streamerId;
    m_password = password;
    m_stationCheck = station;
    sendLive(0);
}

void LiveInfoResolver::lookupVodOwner(qint64 vodNo)
{
    abort();
    m_vodNo = vodNo;
    m_streamerId.clear();
    sendVod(0);
}

void LiveInfoResolver::sendLive(int endpoint)
{
    QUrl url = endpointUrl(m_endpoints.liveApi.at(endpoint), u"/afreeca/player_live_api.php"_s);
    QUrlQuery query;
    query.addQueryItem(u"bjid"_s, m_streamerId);
    url.setQuery(query);

    QUrlQuery form;
    const std::pair<QString, QString> fields[] = {
        {u"bid"_s, m_streamerId},
        {u"type"_s, u"live"_s},
        {u"pwd"_s, m_password},
        {u"player_type"_s, u"html5"_s},
        {u"stream_type"_s, u"common"_s},
        {u"quality"_s, u"HD"_s},
        {u"mode"_s, u"landing"_s},
        {u"from_api"_s, u"0"_s},
        {u"is_revive"_s, u"false"_s},
    };
    for (const auto &[key, value] : fields)
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));

    QNetworkRequest request = browserRequest(url, m_streamerId, m_timeout);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    start(m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8()), Step::Live, endpoint);
}

void LiveInfoResolver::sendStation(int endpoint)
{
    QUrl url = endpointUrl(m_endpoints.stationApi.at(endpoint), u"/api/get_station_status.php"_s);
    QUrlQuery query;
    query.addQueryItem(u"szBjid"_s, m_streamerId);
    url.setQuery(query);
    start(m_network->get(browserRequest(url, m_streamerId, m_timeout)), Step::Station, endpoint);
}

void LiveInfoResolver::sendVod(int endpoint)
{
    const QUrl url = endpointUrl(m_endpoints.vodApi.at(endpoint), u"/station/video/a/view"_s);
    QNetworkRequest request = browserRequest(url, {}, m_timeout);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray form = "nTitleNo=" + QByteArray::number(m_vodNo) + "&nApiLevel=10&nPlaylistIdx=0";
    start(m_network->post(request, form), Step::Vod, endpoint);
}

void LiveInfoResolver::start(QNetworkReply *reply, Step step, int endpoint)
{
    m_reply = reply;
    m_step = step;
    m_endpoint = endpoint;
    m_failure.clear();
    reply->setParent(this);
    // Never more than MaxAnswerBytes in memory, and never longer than the
    // timeout in all, however slowly an answer drips (the transfer timeout
    // only catches a silent one).
    reply->setReadBufferSize(MaxAnswerBytes + 1);
    connect(reply, &QNetworkReply::finished, this, &LiveInfoResolver::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (reply == m_reply && (received > MaxAnswerBytes || total > MaxAnswerBytes))
            fail(reply, tr("its answer was larger than %1 KiB").arg(MaxAnswerBytes / 1024));
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply] {
        if (reply == m_reply)
            fail(reply, tr("no complete answer within %1 s").arg(m_timeout.count() / 1000.0));
    });
    deadline->start(m_timeout);
}

void LiveInfoResolver::fail(QNetworkReply *reply, const QString &why)
{
    if (!m_failure.isEmpty())
        return; // aborting can report progress once more
    qCInfo(lcNet) << "live info from" << reply->url().host() << "refused:" << why;
    m_failure = why;
    reply->abort(); // finished() follows, as a failed transfer
}

QString LiveInfoResolver::failureText(QNetworkReply *reply) const
{
    return m_failure.isEmpty() ? reply->errorString() : m_failure;
}

void LiveInfoResolver::onReplyFinished()
{
    QNetworkReply *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    switch (m_step) {
    case Step::Live:
        return handleLive(reply, m_endpoint);
    case Step::Station:
        return handleStation(reply, m_endpoint);
    case Step::Vod:
        return handleVod(reply, m_endpoint);
    }
}

void LiveInfoResolver::handleLive(QNetworkReply *reply, int endpoint)
{
    if (!m_failure.isEmpty() || isTransportFailure(reply)) {
        qCInfo(lcNet) << "live info from" << reply->url().host() << "failed:" << failureText(reply);
        if (endpoint + 1 < m_endpoints.liveApi.size())
            return sendLive(endpoint + 1);
        return finish({LiveStatus::NetworkError, {}, 0, LoginReason::None,
            tr("Cannot reach SOOP (%1).").arg(failureText(reply))});
    }
    LiveLookup result = parseLiveAnswer(reply->readAll(), m_streamerId);
    if (result.status == LiveStatus::Offline && m_stationCheck == StationCheck::Ask) {
        // RESULT 0 is also what an unknown id gets: ask the station API.
        m_pending = result;
        return sendStation(0);
    }
    finish(std::move(result));
}

void LiveInfoResolver::handleStation(QNetworkReply *reply, int endpoint)
{
    // Only an explicit "no such station" makes a streamer unknown; anything we
    // cannot read leaves it offline, which keeps polling.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    if (reply->error() != QNetworkReply::NoError || status != 200 || !doc.isObject()) {
        if (endpoint + 1 < m_endpoints.stationApi.size())
            return sendStation(endpoint + 1);
        return finish(m_pending);
    }
    const QJsonObject root = doc.object();
    if (jsonInteger(root.value("RESULT"_L1)) == 1 && root.value("DATA"_L1).isObject())
        return finish(m_pending);
    finish({LiveStatus::NotFound, {}, m_pending.result, LoginReason::None,
        tr("There is no SOOP streamer with the id “%1”.").arg(m_streamerId)});
}

void LiveInfoResolver::handleVod(QNetworkReply *reply, int endpoint)
{
    if (!m_failure.isEmpty() || isTransportFailure(reply)) {
        if (endpoint + 1 < m_endpoints.vodApi.size())
            return sendVod(endpoint + 1);
        return finish({LiveStatus::NetworkError, {}, 0, LoginReason::None,
            tr("Cannot reach SOOP (%1).").arg(failureText(reply))});
    }
    const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
    const QString owner = root.value("data"_L1).toObject().value("bj_id"_L1).toString();
    if (jsonInteger(root.value("result"_L1)) != 1 || owner.isEmpty()) {
        return finish({LiveStatus::NotFound, {}, int(jsonInteger(root.value("result"_L1))), LoginReason::None,
            tr("SOOP does not know the VOD %1.").arg(m_vodNo)});
    }
    emit vodOwnerFound(owner.toLower());
}

void LiveInfoResolver::finish(LiveLookup result)
{
    emit finished(result);
}

LiveLookup LiveInfoResolver::parseLiveAnswer(const QByteArray &body, const QString &streamerId)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QJsonObject channel = doc.object().value("CHANNEL"_L1).toObject();
    if (channel.isEmpty() && doc.object().contains("RESULT"_L1))
        channel = doc.object(); // some answers carry RESULT at the top level
    if (!doc.isObject() || !channel.contains("RESULT"_L1)) {
        return {
            LiveStatus::BadResponse, {}, 0, LoginReason::None, tr("SOOP sent an answer SoopChat does not understand.")};
    }

    LiveLookup result;
    result.result = int(jsonInteger(channel.value("RESULT"_L1)));
    result.info.title = jsonText(channel.value("TITLE"_L1));
    switch (result.result) {
    case 1:
        break;
    case 0:
        result.status = LiveStatus::Offline;
        return result;
    case -6:
        result.status = LiveStatus::LoginRequired;
        result.loginReason = LoginReason::AdultOrSubscribers;
        return result;
    case -8:
        result.status = LiveStatus::LoginRequired;
        result.loginReason = LoginReason::AdultVerification;
        return result;
    case -14:
        result.status = LiveStatus::LoginRequired;
        result.loginReason = LoginReason::PlusSubscribers;
        return result;
    case -1:
        result.status = LiveStatus::Maintenance;
        result.message = jsonText(channel.value("MSG"_L1));
        return result;
    default:
        result.status = LiveStatus::BadResponse;
        result.message = tr("SOOP refused the broadcast (code %1).").arg(result.result);
        return result;
    }

    LiveInfo &info = result.info;
    info.streamerId = jsonText(channel.value("BJID"_L1)).toLower();
    if (info.streamerId.isEmpty())
        info.streamerId = streamerId;
    info.streamerNick = jsonText(channel.value("BJNICK"_L1));
    info.broadcastNo = jsonInteger(channel.value("BNO"_L1));
    info.chatDomain = jsonText(channel.value("CHDOMAIN"_L1)).toLower();
    info.chatIp = jsonText(channel.value("CHIP"_L1));
    info.chatNo = jsonText(channel.value("CHATNO"_L1));
    info.fanTicket = jsonText(channel.value("FTK"_L1));
    info.passwordProtected = jsonText(channel.value("BPWD"_L1)) == "Y"_L1;
    info.grade = int(jsonInteger(channel.value("GRADE"_L1)));
    info.bps = jsonText(channel.value("BPS"_L1));
    info.geoCc = jsonText(channel.value("geo_cc"_L1));
    info.geoRc = jsonText(channel.value("geo_rc"_L1));
    info.acceptLanguage = jsonText(channel.value("acpt_lang"_L1));
    info.serviceLanguage = jsonText(channel.value("svc_lang"_L1));
    info.nationLanguage = jsonText(channel.value("STRM_LANG_TYPE"_L1));
    info.tier1Name = jsonText(channel.value("TIER1_NICK"_L1));
    info.tier2Name = jsonText(channel.value("TIER2_NICK"_L1));
    const qint64 port = jsonInteger(channel.value("CHPT"_L1));

    if (info.chatDomain.isEmpty() && !info.chatIp.isEmpty())
        info.chatDomain = info.chatIp;
    if (info.chatDomain.isEmpty() || info.chatNo.isEmpty() || port <= 0 || port >= 65535) {
        result.status = LiveStatus::BadResponse;
        result.message = tr("SOOP says the broadcast is live but gave no chat server.");
        return result;
    }
    info.chatPort = quint16(port);
    result.status = LiveStatus::Live;
    return result;
}

} // namespace soopchat::soop
