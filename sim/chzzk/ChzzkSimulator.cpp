#include "sim/chzzk/ChzzkSimulator.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

#include <array>

#include "core/util/Logging.h"
#include "sim/chzzk/ChzzkLines.h"
#include "sim/chzzk/ChzzkReplay.h"
#include "sim/chzzk/ChzzkRoom.h"

namespace soopchat::sim {

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype HistoryLines = 50;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QHttpServerResponse json(const QJsonObject &body, int status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
        QJsonDocument(body).toJson(QJsonDocument::Compact), QHttpServerResponse::StatusCode(status));
}

// Chat ids look like the service's: six characters of [A-Za-z0-9_-].
QString chatIdFor(quint64 n)
{
    static const char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    QString id = u"N"_s;
    quint64 value = n * 2654435761u + 12345;
    for (int i = 0; i < 5; ++i) {
        id += QLatin1Char(Alphabet[value % 64]);
        value /= 64;
    }
    return id;
}
} // namespace

struct ChzzkSimulator::Channel
{
    QString id;
    ChannelState state = ChannelState::Live;
    QString chatId;
    QString title;
    QString name; // the streamer's
    std::deque<QJsonObject> history; // pushed spelling
    std::unique_ptr<ChzzkRoom> room;
    std::unique_ptr<ChzzkReplay> replay;
    double replaySpeed = 1;
    QTimer *timer = nullptr;
    double rate = 10;
};

struct ChzzkSimulator::Session
{
    QWebSocket *socket = nullptr;
    QString chatId; // joined to
    bool joined = false;
    QList<QByteArray> held; // what a stall holds back (as a stalled network does), sent when it ends
};

ChzzkSimulator::ChzzkSimulator(const ChzzkSimOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_pingTimer(new QTimer(this)), m_scenarioTimer(new QTimer(this)),
      m_seed(options.seed)
{
    connect(m_pingTimer, &QTimer::timeout, this, &ChzzkSimulator::onServerPing);
    connect(m_scenarioTimer, &QTimer::timeout, this, &ChzzkSimulator::onScenarioTick);
}

ChzzkSimulator::~ChzzkSimulator()
{
    stop();
}

QUrl ChzzkSimulator::apiBase() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_apiPort));
}

quint16 ChzzkSimulator::chatPort() const
{
    return m_chat ? m_chat->serverPort() : 0;
}

bool ChzzkSimulator::start(QString *error)
{
    stop();
    // The API on a port, the chat on the next (Endpoints::forBase): try pairs until one is free.
    for (int attempt = 0; attempt < 50; ++attempt) {
        auto *http = new QHttpServer(this);
        const quint16 port = http->listen(QHostAddress::LocalHost, attempt == 0 ? m_options.apiPort : 0);
        if (port == 0 || port == 65535) {
            delete http;
            if (m_options.apiPort != 0)
                break;
            continue;
        }
        auto *chat = new QWebSocketServer(u"SoopChat CHZZK simulator"_s, QWebSocketServer::NonSecureMode, this);
        if (!chat->listen(QHostAddress::LocalHost, quint16(port + 1))) {
            delete chat;
            delete http;
            if (m_options.apiPort != 0)
                break;
            continue;
        }
        m_http = http;
        m_chat = chat;
        m_apiPort = port;
        break;
    }
    if (!m_http) {
        if (error)
            *error = m_options.apiPort
                ? u"cannot open the CHZZK simulator on 127.0.0.1:%1 and %2 (in use?)"_s.arg(m_options.apiPort)
                      .arg(m_options.apiPort + 1)
                : u"cannot open the CHZZK simulator on 127.0.0.1"_s;
        return false;
    }
    if (!m_options.replayFile.isEmpty()) {
        ChzzkReplay probe;
        QString why;
        if (!probe.load(m_options.replayFile, &why)) {
            if (error)
                *error = why;
            stop();
            return false;
        }
    }

    auto statusRoute = [this](const QString &id) {
        int status = 200;
        const QJsonObject body = liveStatus(id, &status);
        return json(body, status);
    };
    m_http->route(u"/polling/v2/channels/<arg>/live-status"_s, statusRoute);
    m_http->route(u"/polling/v3.1/channels/<arg>/live-status"_s, statusRoute);
    m_http->route(u"/nng_main/v1/chats/access-token"_s, [this](const QHttpServerRequest &request) {
        int status = 200;
        const QJsonObject body = token(request.query().queryItemValue(u"channelId"_s), &status);
        return json(body, status);
    });
    m_http->route(u"/service/v1/channels/<arg>"_s,
        [this](const QString &id, QHttpServerResponder &&responder) { channelInfo(id, std::move(responder)); });
    m_http->route(u"/routing/getRouting"_s, [this] {
        int status = 200;
        const QJsonObject body = routing(&status);
        return json(body, status);
    });
    connect(m_chat, &QWebSocketServer::newConnection, this, &ChzzkSimulator::accept);
    m_pingTimer->start(m_options.serverPingInterval);
    switch (m_options.scenario) {
    case ChzzkScenario::DropAfter:
    case ChzzkScenario::Stall:
        m_scenarioTimer->start(m_options.dropAfter);
        break;
    case ChzzkScenario::NewBroadcast:
        m_scenarioTimer->start(m_options.newBroadcastAfter);
        break;
    default:
        break;
    }
    qCDebug(lcSim).nospace() << "CHZZK simulator on http://127.0.0.1:" << m_apiPort;
    return true;
}

void ChzzkSimulator::stop()
{
    m_pingTimer->stop();
    m_scenarioTimer->stop();
    for (const std::shared_ptr<Session> &session : std::as_const(m_sessions)) {
        session->socket->disconnect(this);
        session->socket->abort();
        session->socket->deleteLater();
    }
    m_sessions.clear();
    m_held.clear();
    for (const std::shared_ptr<Channel> &channel : std::as_const(m_channels))
        channel->timer->stop();
    delete m_chat;
    m_chat = nullptr;
    delete m_http;
    m_http = nullptr;
    m_apiPort = 0;
}

// ---- channels ---------------------------------------------------------------

ChzzkSimulator::Channel &ChzzkSimulator::channel(const QString &channelId)
{
    const QString id = channelId.toLower();
    if (std::shared_ptr<Channel> known = m_channels.value(id))
        return *known;
    auto created = std::make_shared<Channel>();
    created->id = id;
    created->chatId = chatIdFor(m_nextChatId++);
    created->title = u"치지직 시뮬레이터 방송"_s;
    // Names like the service's: Korean nicknames, one per channel, the same every run.
    static const std::array Names {u"치즈냥"_s, u"새벽감성라디오"_s, u"도토리게임즈"_s, u"별빛마을"_s, u"고양이주먹"_s};
    created->name = Names[qHash(id, 0) % Names.size()];
    created->room = std::make_unique<ChzzkRoom>(m_seed + quint64(m_channels.size()));
    created->rate = m_options.rate;
    created->timer = new QTimer(this);
    created->timer->setSingleShot(true);
    Channel *raw = created.get();
    connect(created->timer, &QTimer::timeout, this, [this, raw] { onTick(*raw); });
    m_channels.insert(id, created);
    applyScenario(*created);
    if (!m_options.replayFile.isEmpty()) {
        QString error;
        setReplay(id, m_options.replayFile, &error);
        created->replaySpeed = m_options.replaySpeed;
    }
    if (created->rate > 0 || created->replay)
        created->timer->start(0);
    return *created;
}

ChzzkSimulator::Channel *ChzzkSimulator::channelByChat(const QString &chatChannelId)
{
    for (const std::shared_ptr<Channel> &channel : std::as_const(m_channels)) {
        if (channel->chatId == chatChannelId)
            return channel.get();
    }
    return nullptr;
}

void ChzzkSimulator::applyScenario(Channel &channel)
{
    switch (m_options.scenario) {
    case ChzzkScenario::AdultOnly:
        channel.state = ChannelState::AdultOnly;
        break;
    case ChzzkScenario::Offline:
        channel.state = ChannelState::Offline;
        break;
    case ChzzkScenario::NotFound:
        channel.state = ChannelState::NotFound;
        break;
    case ChzzkScenario::ServerError:
        channel.state = ChannelState::ServerError;
        break;
    default:
        break;
    }
}

void ChzzkSimulator::setState(const QString &channelId, ChannelState state)
{
    channel(channelId).state = state;
}

ChzzkSimulator::ChannelState ChzzkSimulator::state(const QString &channelId)
{
    return channel(channelId).state;
}

QString ChzzkSimulator::chatChannelId(const QString &channelId)
{
    return channel(channelId).chatId;
}

QString ChzzkSimulator::newBroadcast(const QString &channelId)
{
    Channel &c = channel(channelId);
    c.chatId = chatIdFor(m_nextChatId++);
    c.history.clear();
    c.state = ChannelState::Live;
    return c.chatId;
}

void ChzzkSimulator::setRate(const QString &channelId, double framesPerSecond)
{
    Channel &c = channel(channelId);
    c.rate = framesPerSecond;
    if (framesPerSecond <= 0 && !c.replay)
        c.timer->stop();
    else if (!c.timer->isActive())
        c.timer->start(0);
}

bool ChzzkSimulator::setReplay(const QString &channelId, const QString &path, QString *error)
{
    Channel &c = channel(channelId);
    auto replay = std::make_unique<ChzzkReplay>();
    if (!replay->load(path, error))
        return false;
    c.replay = std::move(replay);
    if (!c.timer->isActive())
        c.timer->start(0);
    return true;
}

void ChzzkSimulator::setServerPingInterval(std::chrono::milliseconds interval)
{
    m_options.serverPingInterval = interval;
    if (m_http)
        m_pingTimer->start(interval);
}

QJsonArray ChzzkSimulator::history(const QString &channelId)
{
    QJsonArray lines;
    for (const QJsonObject &line : channel(channelId).history)
        lines.append(line);
    return lines;
}

qint64 ChzzkSimulator::say(const QString &channelId, const QString &text)
{
    Channel &c = channel(channelId);
    const ChzzkRoom::Output out = c.room->chat(c.chatId, text, nowMs());
    deliver(c, out.frame, out.lines);
    return out.lines.first().toObject().value("msgTime"_L1).toInteger();
}

void ChzzkSimulator::push(const QString &channelId, const QByteArray &frame, const QJsonArray &lines)
{
    deliver(channel(channelId), frame, lines);
}

void ChzzkSimulator::onTick(Channel &c)
{
    if (!m_http)
        return;
    if (c.replay) {
        QJsonArray lines;
        const QByteArray frame = c.replay->take(c.chatId, nowMs(), &lines);
        if (c.state == ChannelState::Live)
            deliver(c, frame, lines);
        c.timer->start(int(double(c.replay->delayToNext()) / std::max(c.replaySpeed, 0.001)));
        return;
    }
    if (c.rate <= 0)
        return;
    if (c.state == ChannelState::Live) {
        const ChzzkRoom::Output out = c.room->next(c.chatId, nowMs());
        deliver(c, out.frame, out.lines);
    }
    c.timer->start(int(1000.0 / c.rate));
}

void ChzzkSimulator::deliver(Channel &c, const QByteArray &frame, const QJsonArray &lines)
{
    for (const QJsonValue &line : lines) {
        c.history.push_back(line.toObject());
        if (qsizetype(c.history.size()) > HistoryLines)
            c.history.pop_front();
    }
    for (const std::shared_ptr<Session> &session : std::as_const(m_sessions)) {
        if (session->joined && session->chatId == c.chatId) {
            send(session.get(), frame);
            m_counters.linesSent += quint64(lines.size());
        }
    }
}

void ChzzkSimulator::dropConnections()
{
    const auto sessions = m_sessions;
    m_sessions.clear();
    for (const std::shared_ptr<Session> &session : sessions) {
        session->socket->disconnect(this);
        session->socket->abort(); // no close frame: as a network that fails
        session->socket->deleteLater();
        emit connectionClosed();
    }
}

void ChzzkSimulator::setStalled(bool stalled)
{
    m_stalled = stalled;
    if (stalled)
        return;
    for (const std::shared_ptr<Session> &session : std::as_const(m_sessions)) {
        for (const QByteArray &frame : std::exchange(session->held, {})) {
            ++m_counters.framesSent;
            session->socket->sendTextMessage(QString::fromUtf8(frame));
        }
    }
}

void ChzzkSimulator::setRoutingFails(bool fails)
{
    m_routingFails = fails;
}

void ChzzkSimulator::onScenarioTick()
{
    switch (m_options.scenario) {
    case ChzzkScenario::DropAfter:
        dropConnections();
        break;
    case ChzzkScenario::Stall:
        // Stalled for stallFor, then normal for dropAfter again.
        setStalled(true);
        m_scenarioTimer->stop();
        QTimer::singleShot(m_options.stallFor, this, [this] {
            setStalled(false);
            if (m_http)
                m_scenarioTimer->start(m_options.dropAfter);
        });
        break;
    case ChzzkScenario::NewBroadcast:
        for (const std::shared_ptr<Channel> &c : std::as_const(m_channels))
            newBroadcast(c->id);
        break;
    default:
        break;
    }
}

// ---- HTTP ---------------------------------------------------------------------

QJsonObject ChzzkSimulator::liveStatus(const QString &channelId, int *httpStatus)
{
    ++m_counters.statusRequests;
    Channel &c = channel(channelId);
    switch (c.state) {
    case ChannelState::NotFound:
        // [not recorded]: what the service says for an unknown channel; docs/CHZZK-PROTOCOL.md §1.
        return QJsonObject {{u"code"_s, 200}, {u"message"_s, QJsonValue::Null}, {u"content"_s, QJsonValue::Null}};
    case ChannelState::ServerError:
        *httpStatus = 500;
        return QJsonObject {{u"code"_s, 500}, {u"message"_s, u"Internal Server Error"_s}};
    default:
        break;
    }
    const bool live = c.state == ChannelState::Live || c.state == ChannelState::AdultOnly;
    const QJsonObject polling {
        {u"status"_s, live ? u"STARTED"_s : u"ENDED"_s},
        {u"isPublishing"_s, live},
        {u"playableStatus"_s, u"PLAYABLE"_s},
        {u"trafficThrottling"_s, -1},
        {u"callPeriodMilliSecond"_s, qint64(m_options.pollPeriod.count())},
    };
    const QJsonObject content {
        {u"liveTitle"_s, c.title},
        {u"status"_s, live ? u"OPEN"_s : u"CLOSE"_s},
        {u"concurrentUserCount"_s, 1234},
        {u"adult"_s, c.state == ChannelState::AdultOnly},
        {u"chatChannelId"_s, c.state == ChannelState::Live ? QJsonValue(c.chatId) : QJsonValue(QJsonValue::Null)},
        {u"livePollingStatusJson"_s, QString::fromUtf8(QJsonDocument(polling).toJson(QJsonDocument::Compact))},
        {u"userAdultStatus"_s, u"NOT_LOGIN_USER"_s},
        {u"chatActive"_s, true},
        {u"channelId"_s, c.id},
    };
    return QJsonObject {{u"code"_s, 200}, {u"message"_s, QJsonValue::Null}, {u"content"_s, content}};
}

QString ChzzkSimulator::channelName(const QString &channelId)
{
    return channel(channelId).name;
}

void ChzzkSimulator::setChannelName(const QString &channelId, const QString &name)
{
    channel(channelId).name = name;
}

// The channel's own answer, in the shape kimcore's and chzzkpy's channel
// models read (docs/CHZZK-PROTOCOL.md §1): content.channelName and friends.
void ChzzkSimulator::channelInfo(const QString &channelId, QHttpServerResponder &&responder)
{
    ++m_counters.channelInfoRequests;
    Channel &c = channel(channelId);
    const QJsonObject unknown {{u"code"_s, 200}, {u"message"_s, QJsonValue::Null}, {u"content"_s, QJsonValue::Null}};
    switch (m_infoFault) {
    case ChannelInfoFault::ServerError:
        return responder.write(
            QJsonDocument(QJsonObject {{u"code"_s, 500}, {u"message"_s, u"Internal Server Error"_s}}),
            QHttpServerResponder::StatusCode::InternalServerError);
    case ChannelInfoFault::NoName:
        return responder.write(QJsonDocument(unknown));
    case ChannelInfoFault::Hang:
        m_held.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return;
    case ChannelInfoFault::None:
        break;
    }
    if (c.state == ChannelState::NotFound)
        return responder.write(QJsonDocument(unknown));
    const QJsonObject content {
        {u"channelId"_s, c.id},
        {u"channelName"_s, c.name},
        {u"channelImageUrl"_s, u"https://nng-phinf.pstatic.net/sim/%1.png"_s.arg(c.id)},
        {u"verifiedMark"_s, false},
        {u"channelType"_s, u"STREAMING"_s},
        {u"channelDescription"_s, u"시뮬레이터 채널입니다."_s},
        {u"followerCount"_s, 12345},
        {u"openLive"_s, c.state == ChannelState::Live || c.state == ChannelState::AdultOnly},
    };
    responder.write(
        QJsonDocument(QJsonObject {{u"code"_s, 200}, {u"message"_s, QJsonValue::Null}, {u"content"_s, content}}));
}

QJsonObject ChzzkSimulator::token(const QString &chatChannelId, int *httpStatus)
{
    ++m_counters.tokenRequests;
    Channel *c = channelByChat(chatChannelId);
    if (!c) {
        // As recorded for a chat id that does not exist (notes §1.2).
        *httpStatus = 500;
        return QJsonObject {{u"code"_s, 50001}, {u"message"_s, u"Internal Server Error"_s}};
    }
    if (c->state == ChannelState::AdultOnly) {
        *httpStatus = 403;
        return QJsonObject {{u"code"_s, 42601}, {u"message"_s, u"adult"_s}};
    }
    const QJsonObject content {
        {u"accessToken"_s, QUuid::createUuid().toString(QUuid::Id128)},
        {u"temporaryRestrict"_s,
            QJsonObject {{u"temporaryRestrict"_s, false}, {u"times"_s, 0}, {u"duration"_s, QJsonValue::Null},
                {u"createdTime"_s, QJsonValue::Null}}},
        {u"realNameAuth"_s, false},
        {u"extraToken"_s, QUuid::createUuid().toString(QUuid::Id128)},
    };
    return QJsonObject {{u"code"_s, 200}, {u"message"_s, QJsonValue::Null}, {u"content"_s, content}};
}

QJsonObject ChzzkSimulator::routing(int *httpStatus)
{
    ++m_counters.routingRequests;
    if (m_routingFails) {
        *httpStatus = 500;
        return QJsonObject {{u"code"_s, 500}, {u"message"_s, u"FAIL"_s}};
    }
    const QJsonArray servers {u"127.0.0.1:%1"_s.arg(chatPort())};
    return QJsonObject {
        {u"result"_s,
            QJsonObject {{u"sessionServerList"_s, servers}, {u"proxyServerList"_s, servers}, {u"expireTime"_s, 86400}}},
        {u"code"_s, 200},
        {u"message"_s, u"SUCCESS"_s},
    };
}

// ---- the chat websocket -------------------------------------------------------------

void ChzzkSimulator::accept()
{
    while (QWebSocket *socket = m_chat->nextPendingConnection()) {
        ++m_counters.connections;
        auto session = std::make_shared<Session>();
        session->socket = socket;
        socket->setParent(this);
        m_sessions.insert(socket, session);
        Session *raw = session.get();
        connect(
            socket, &QWebSocket::textMessageReceived, this, [this, raw](const QString &text) { onMessage(raw, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            if (m_sessions.remove(socket)) {
                socket->deleteLater();
                emit connectionClosed();
            }
        });
    }
}

void ChzzkSimulator::send(Session *session, const QByteArray &frame)
{
    if (m_stalled) {
        // Held, as a stalled network holds it, up to a bound (a long stall ends in a drop anyway).
        if (session->held.size() < 100'000)
            session->held.append(frame);
        return;
    }
    ++m_counters.framesSent;
    session->socket->sendTextMessage(QString::fromUtf8(frame));
}

void ChzzkSimulator::onMessage(Session *session, const QString &text)
{
    if (m_stalled)
        return; // a stalled server reads nothing and answers nothing
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const qint64 cmd = frame.value("cmd"_L1).toInteger(-1);
    const QString cid = frame.value("cid"_L1).toString();
    switch (cmd) {
    case 0:
        ++m_counters.clientPings;
        send(session, R"({"ver":"2","cmd":10000})");
        emit clientPinged();
        return;
    case 10000:
        ++m_counters.pongsReceived;
        emit pongReceived();
        return;
    case 100: {
        const QJsonObject body = frame.value("bdy"_L1).toObject();
        Channel *c = channelByChat(cid);
        if (!c || body.value("accTkn"_L1).toString().isEmpty() || body.value("auth"_L1).toString() != "READ"_L1) {
            // As the service answers a bad join: 105, then it closes (notes §1.5).
            ++m_counters.rejectedJoins;
            send(session, ChzzkLines::connected(cid, {}, 105));
            session->socket->close(QWebSocketProtocol::CloseCodeNormal, u"Bye"_s);
            return;
        }
        session->chatId = cid;
        session->joined = true;
        ++m_counters.joins;
        send(session, ChzzkLines::connected(cid, QUuid::createUuid().toString(QUuid::Id128), 0));
        emit joined(cid);
        return;
    }
    case 5101: {
        ++m_counters.recentRequests;
        Channel *c = channelByChat(session->chatId);
        QJsonArray lines;
        if (c && session->joined) {
            const qsizetype wanted = std::clamp<qsizetype>(
                frame.value("bdy"_L1).toObject().value("recentMessageCount"_L1).toInteger(50), 0, HistoryLines);
            const qsizetype from = qsizetype(c->history.size()) > wanted ? qsizetype(c->history.size()) - wanted : 0;
            for (qsizetype i = from; i < qsizetype(c->history.size()); ++i)
                lines.append(ChzzkLines::recentSpelling(c->history[std::size_t(i)]));
        }
        send(session, ChzzkLines::recentChat(session->chatId, lines, QJsonValue::Null, openConnections()));
        emit recentRequested(session->chatId);
        return;
    }
    default:
        return; // the service ignores what it does not know
    }
}

void ChzzkSimulator::onServerPing()
{
    for (const std::shared_ptr<Session> &session : std::as_const(m_sessions)) {
        if (session->joined && !m_stalled) {
            ++m_counters.serverPings;
            send(session.get(), R"({"ver":"2","cmd":0})");
        }
    }
}

} // namespace soopchat::sim
