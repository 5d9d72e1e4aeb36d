#include "sim/LiveApi.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QTcpServer>
#include <QUrlQuery>

#include "core/util/Logging.h"
#include "sim/ChannelRegistry.h"
#include "sim/SimChannel.h"

namespace soopchat::sim {

namespace {

using namespace Qt::StringLiterals;

// The notice is in Korean like every other text the service sends (§1.3: -1 + MSG).
constexpr auto MaintenanceNotice = "서비스 점검 안내\n보다 안정적인 서비스 제공을 위해 시스템 점검을 진행하고 "
                                   "있습니다. 점검 시간 동안 방송 시청 및 채팅 이용이 제한됩니다. 이용에 불편을 "
                                   "드려 죄송합니다.";

// The fields every player_live_api answer starts with.
QJsonObject channelBase(int result)
{
    return QJsonObject {
        {u"geo_cc"_s, u"KR"_s},
        {u"geo_rc"_s, u"11"_s},
        {u"acpt_lang"_s, u"ko_KR"_s},
        {u"svc_lang"_s, u"ko_KR"_s},
        {u"ISSP"_s, 0},
        {u"RESULT"_s, result},
    };
}

QJsonObject wrap(const QJsonObject &channel)
{
    return QJsonObject {{u"CHANNEL"_s, channel}};
}

} // namespace

LiveApi::LiveApi(ChannelRegistry *registry, SimCounters *counters, QObject *parent)
    : QObject(parent), m_registry(registry), m_counters(counters)
{ }

LiveApi::~LiveApi() = default;

void LiveApi::setChatEndpoint(const QString &domain, quint16 port)
{
    m_chatDomain = domain;
    m_chatPort = port;
}

QString LiveApi::formValue(const QHttpServerRequest &request, const QString &key)
{
    // application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
    QByteArray body = request.body();
    body.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(body));
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

bool LiveApi::listen(quint16 port, QString *error)
{
    delete m_server;
    m_server = new QHttpServer(this);
    m_server->route(
        u"/afreeca/player_live_api.php"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            QString id = request.query().queryItemValue(u"bjid"_s);
            if (id.isEmpty())
                id = request.query().queryItemValue(u"bj_id"_s); // S1's spelling
            if (id.isEmpty())
                id = formValue(request, u"bid"_s); // yt-dlp posts only the form
            return QHttpServerResponse(liveAnswer(id));
        });
    m_server->route(
        u"/api/get_station_status.php"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &request) {
            return QHttpServerResponse(stationAnswer(request.query().queryItemValue(u"szBjid"_s)));
        });
    m_server->route(
        u"/station/video/a/view"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            QString number = formValue(request, u"nTitleNo"_s);
            if (number.isEmpty())
                number = request.query().queryItemValue(u"nTitleNo"_s);
            bool ok = false;
            const qint64 titleNo = number.toLongLong(&ok);
            return QHttpServerResponse(vodAnswer(ok ? titleNo : -1));
        });
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        *error = port == 0 ? u"cannot open the live-info API on 127.0.0.1"_s
                           : u"cannot open the live-info API on 127.0.0.1:%1 (in use?)"_s.arg(port);
        delete m_server;
        m_server = nullptr;
        return false;
    }
    qCDebug(lcSim).nospace() << "live-info API on http://127.0.0.1:" << m_port;
    return true;
}

void LiveApi::close()
{
    delete m_server;
    m_server = nullptr;
    m_port = 0;
}

QJsonObject LiveApi::liveAnswer(const QString &streamerId)
{
    ++m_counters->apiRequests;
    const QString id = streamerId.trimmed().toLower();
    if (id.isEmpty())
        return wrap(channelBase(0));
    SimChannel *channel = m_registry->channel(id);
    switch (channel->state()) {
    case ChannelState::Offline:
    case ChannelState::NotFound: // this API cannot tell the two apart
        return wrap(channelBase(0));
    case ChannelState::Maintenance: {
        QJsonObject answer = channelBase(-1);
        answer[u"MSG"_s] = QString::fromUtf8(MaintenanceNotice);
        return wrap(answer);
    }
    case ChannelState::LoginRequired: {
        // No chat fields: a guest cannot join (§1.3).
        QJsonObject answer = channelBase(-6);
        answer[u"TITLE"_s] = channel->title();
        answer[u"CATE"_s] = u"00130000"_s;
        answer[u"BTIME"_s] = channel->broadcastStart().secsTo(QDateTime::currentDateTime());
        return wrap(answer);
    }
    case ChannelState::Live:
        break;
    }

    const ChannelConfig &config = channel->config();
    QJsonObject answer = channelBase(1);
    answer[u"LOWLAYTENCYBJ"_s] = 0;
    answer[u"PBNO"_s] = u"0"_s;
    answer[u"BNO"_s] = channel->broadcastNo();
    answer[u"BJID"_s] = channel->id();
    answer[u"BJNICK"_s] = channel->nickname();
    answer[u"BJGRADE"_s] = 1;
    answer[u"GRADE"_s] = QString::number(config.grade);
    answer[u"BTYPE"_s] = u"30"_s;
    answer[u"CHATNO"_s] = channel->chatNo();
    answer[u"BPWD"_s] = config.password.isEmpty() ? u"N"_s : u"Y"_s;
    answer[u"TITLE"_s] = channel->title();
    answer[u"BPS"_s] = u"8000"_s;
    answer[u"RESOLUTION"_s] = u"1920x1080"_s;
    answer[u"CATEGORY_TAGS"_s] = QJsonArray {u"토크/캠방"_s, u"VRChat"_s};
    answer[u"CHIP"_s] = u"127.0.0.1"_s;
    answer[u"CHPT"_s] = QString::number(m_chatPort); // a string, as in the real answer
    answer[u"CHDOMAIN"_s] = m_chatDomain;
    answer[u"BTIME"_s] = channel->broadcastStart().secsTo(QDateTime::currentDateTime());
    answer[u"PCON_OBJECT"_s] = QJsonObject {{u"tier1"_s, QJsonArray()}, {u"tier2"_s, QJsonArray()}};
    answer[u"FTK"_s] = channel->fanTicket();
    answer[u"TIER1_NICK"_s] = u"tier1"_s;
    answer[u"TIER2_NICK"_s] = u"tier2"_s;
    answer[u"VIEWPRESET"_s] = QJsonArray {QJsonObject {{u"label"_s, u"원본"_s}, {u"name"_s, u"original"_s}}};
    return wrap(answer);
}

QJsonObject LiveApi::stationAnswer(const QString &streamerId)
{
    ++m_counters->apiRequests;
    const QString id = streamerId.trimmed().toLower();
    SimChannel *channel = id.isEmpty() ? nullptr : m_registry->channel(id);
    if (!channel || channel->state() == ChannelState::NotFound)
        return QJsonObject {{u"RESULT"_s, 0}, {u"DATA"_s, QJsonValue::Null}};
    const QJsonObject data {
        {u"station_no"_s, QString::number(SimRandom::hash(id.toUtf8(), 7) % 90000000 + 10000000)},
        {u"user_id"_s, channel->id()},
        {u"user_nick"_s, channel->nickname()},
        {u"station_name"_s, QString(channel->nickname() + u"의 방송국"_s)},
        {u"broad_start"_s, channel->broadcastStart().toString(u"yyyy-MM-dd HH:mm:ss"_s)},
    };
    return QJsonObject {{u"RESULT"_s, 1}, {u"DATA"_s, data}};
}

QJsonObject LiveApi::vodAnswer(qint64 titleNo) const
{
    ++m_counters->apiRequests;
    const std::optional<SimVod> vod = m_registry->vod(titleNo);
    if (!vod)
        return QJsonObject {{u"result"_s, -1}, {u"data"_s, QJsonValue::Null}};
    const QJsonObject data {
        {u"bj_id"_s, vod->owner},
        {u"title_no"_s, QJsonValue(vod->titleNo)},
        {u"full_title"_s, vod->title},
    };
    return QJsonObject {{u"result"_s, 1}, {u"data"_s, data}};
}

} // namespace soopchat::sim
