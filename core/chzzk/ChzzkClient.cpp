#include "core/chzzk/ChzzkClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QWebSocket>

#include <algorithm>

#include "core/chzzk/ChzzkInput.h"
#include "core/chzzk/ChzzkResolver.h"
#include "core/chzzk/Command.h"
#include "core/events/EventPool.h"
#include "core/util/Logging.h"

namespace soopchat::chzzk {

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {
// How many shown lines are remembered for de-duplicating recent chat: 40
// answers of 50 lines, far more than one reconnect repeats.
constexpr std::size_t SeenCapacity = 2000;

QString lineKey(const ChatEvent &event)
{
    return u"%1|%2|%3"_s.arg(int(event.type)).arg(event.userId.value_or(QString())).arg(*event.details().sentAtMs);
}
} // namespace

ChzzkClient::ChzzkClient(ClientConfig config, QObject *parent)
    : ChatSource(parent), m_config(std::move(config)), m_network(new QNetworkAccessManager(this)),
      m_resolver(new ChzzkResolver(m_network, m_config.endpoints, this)), m_attemptTimer(this), m_connectTimer(this),
      m_silenceTimer(this), m_pollTimer(this), m_stableTimer(this)
{
    qRegisterMetaType<EventBatch>();
    qRegisterMetaType<ChannelStatus>();
    qRegisterMetaType<BroadcastInfo>();
    m_resolver->setTimeout(m_config.lookupTimeout);
    connect(m_resolver, &ChzzkResolver::resolved, this, &ChzzkClient::onResolved);
    connect(m_resolver, &ChzzkResolver::liveChecked, this, &ChzzkClient::onPolled);
    connect(m_resolver, &ChzzkResolver::channelInfo, this, &ChzzkClient::onChannelInfo);

    m_attemptTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
        if (waitsForAttempt(m_state))
            resolve();
    });
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting)
            drop(DropReason::Timeout, tr("Timed out connecting to the chat server."));
        else if (m_state == State::Joining)
            drop(DropReason::Timeout, tr("The chat server did not answer the join."));
    });
    m_silenceTimer.setSingleShot(true);
    connect(&m_silenceTimer, &QTimer::timeout, this, &ChzzkClient::onSilenceCheck);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_state != State::Joined)
            return;
        m_polling = true;
        m_resolver->checkLive(m_channelId);
    });
    m_stableTimer.setSingleShot(true);
    connect(&m_stableTimer, &QTimer::timeout, this, [this] { m_status.attempt = 0; });
}

ChzzkClient::~ChzzkClient()
{
    m_resolver->abort();
    m_resolver->abortChannelInfo();
    closeSocket();
}

qint64 ChzzkClient::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

soopchat::ChannelTarget ChzzkClient::neutralTarget(const QString &channelId)
{
    soopchat::ChannelTarget target;
    target.platform = Platform::Chzzk;
    target.key = ChzzkInput::keyOf(channelId);
    target.channelId = channelId;
    target.displayName = channelId;
    return target;
}

void ChzzkClient::setChannel(const QString &channelId)
{
    if (channelId != m_channelId)
        m_channelName.clear();
    m_channelId = channelId;
    m_target = neutralTarget(channelId);
    m_status.channel = channelId;
}

void ChzzkClient::start(const QString &)
{
    m_status = {};
    m_status.channel = m_channelId;
    m_status.broadcast.platform = Platform::Chzzk;
    m_status.broadcast.channelId = m_channelId;
    m_status.broadcast.channelName = m_channelName;
    m_chatChannelId.clear();
    m_lastJoinedChat.reset();
    m_gapFromMs.reset();
    m_offlineSeenAtMs.reset();
    m_movedFromMs.reset();
    m_serverIndex = 0;
    resolve();
}

void ChzzkClient::stop()
{
    if (m_state == State::Stopped)
        return;
    if (QWebSocket *socket = m_socket) {
        socket->disconnect(this); // a close we asked for is not a drop
        socket->close();
    }
    closeSocket();
    flushEvents(); // what arrived goes out before the Stopped status
    transition(State::Stopped);
}

void ChzzkClient::setPassword(const QString &)
{
    if (m_state != State::Stopped && m_state != State::Joined)
        resolve();
}

void ChzzkClient::retryNow()
{
    if (waitsForAttempt(m_state))
        resolve();
}

// ---- the state machine ------------------------------------------------------

bool ChzzkClient::hasSocket(State state)
{
    return state == State::Connecting || state == State::Joining || state == State::Joined;
}

bool ChzzkClient::waitsForAttempt(State state)
{
    return state == State::BackingOff || state == State::WaitingForLive || state == State::WaitingForLogin;
}

void ChzzkClient::transition(State to, const QString &detail)
{
    qCDebug(lcNet) << "chzzk state" << int(m_state) << "->" << int(to);
    m_state = to;
    if (!hasSocket(to))
        closeSocket();
    if (!waitsForAttempt(to))
        m_attemptTimer.stop();
    if (to != State::Joined) {
        m_pollTimer.stop();
        if (m_polling) {
            m_polling = false;
            m_resolver->abort();
        }
    }
    switch (to) {
    case State::Stopped:
        m_resolver->abort();
        break;
    case State::Connecting:
        m_connectTimer.start(m_config.connectTimeout);
        break;
    case State::Joining:
        m_connectTimer.start(m_config.joinTimeout);
        break;
    case State::Joined: {
        m_connectTimer.stop();
        const qint64 now = nowMs();
        m_joinedAtMs = now;
        m_lastRxMs = now;
        m_lastConfirmedMs = now;
        m_pingSentMs = 0;
        m_offlineSeenAtMs.reset();
        m_movedFromMs.reset();
        m_silenceTimer.start(m_config.pingAfterSilence);
        m_stableTimer.start(m_config.stableAfter);
        armPoll();
        break;
    }
    case State::BackingOff: {
        const milliseconds delay = nextBackoff();
        ++m_status.attempt;
        scheduleAttempt(delay);
        break;
    }
    case State::WaitingForLive:
    case State::WaitingForLogin:
        m_status.attempt = 0;
        scheduleAttempt(pollPeriod());
        break;
    case State::Resolving:
    case State::NotFound:
        break;
    }

    // No longer waiting for the broadcast a drop lost: no gap to mark.
    if (to == State::Stopped || to == State::Joined || to == State::WaitingForLive || to == State::WaitingForLogin ||
        to == State::NotFound)
        m_gapFromMs.reset();

    const bool recovering = m_status.state == ConnectionState::Reconnecting;
    switch (to) {
    case State::Stopped:
        return setShown(ConnectionState::Stopped, detail);
    case State::Resolving:
        if (m_status.state == ConnectionState::Reconnecting || m_status.state == ConnectionState::WaitingForLive ||
            m_status.state == ConnectionState::LoginRequired) {
            // The wait ends now: the user keeps seeing it, with no next attempt.
            m_status.nextAttemptAtMs = 0;
            return emitStatus();
        }
        return setShown(ConnectionState::Resolving, detail);
    case State::Connecting:
        return setShown(recovering ? ConnectionState::Reconnecting : ConnectionState::Connecting, detail);
    case State::Joining:
        if (!recovering)
            setShown(ConnectionState::Joining, detail);
        return;
    case State::Joined:
        return setShown(ConnectionState::Live, detail);
    case State::BackingOff:
        return setShown(ConnectionState::Reconnecting, detail);
    case State::WaitingForLive:
        return setShown(ConnectionState::WaitingForLive, detail);
    case State::WaitingForLogin:
        return setShown(ConnectionState::LoginRequired, detail);
    case State::NotFound:
        return setShown(ConnectionState::NotFound, detail);
    }
}

void ChzzkClient::setShown(ConnectionState state, const QString &detail)
{
    if (!waitsForAttempt(m_state))
        m_status.nextAttemptAtMs = 0;
    m_status.state = state;
    m_status.detail = detail;
    m_status.quietSinceMs = 0;
    emitStatus();
}

void ChzzkClient::emitStatus()
{
    emit statusChanged(m_status);
}

// ---- resolving --------------------------------------------------------------

void ChzzkClient::resolve()
{
    // The chat id changes with every broadcast, and the token may expire: every attempt asks again.
    transition(State::Resolving);
    m_resolver->resolve(m_channelId);
}

void ChzzkClient::onResolved(const Resolution &resolution)
{
    if (m_state != State::Resolving)
        return;
    if (!resolution.live.title.isEmpty())
        m_status.broadcast.title = resolution.live.title;
    if (resolution.live.pollPeriod.count() > 0)
        m_resolution.live.pollPeriod = resolution.live.pollPeriod;
    switch (resolution.live.state) {
    case LiveState::Live: {
        const milliseconds period = m_resolution.live.pollPeriod;
        m_resolution = resolution;
        if (resolution.live.pollPeriod.count() <= 0)
            m_resolution.live.pollPeriod = period;
        if (resolution.live.chatChannelId != m_chatChannelId) {
            m_chatChannelId = resolution.live.chatChannelId;
            m_serverIndex = 0;
        }
        m_status.restriction = AccessRestriction::None;
        m_status.broadcast.broadcastId = m_chatChannelId;
        openSocket();
        return;
    }
    case LiveState::Offline:
        closeOldSessionGap(); // a broadcast lost in a drop has ended meanwhile
        m_offlineSeenAtMs = nowMs();
        transition(State::WaitingForLive);
        return;
    case LiveState::AdultOnly:
        m_status.restriction = AccessRestriction::AdultVerification;
        transition(State::WaitingForLogin, resolution.live.message);
        return;
    case LiveState::NotFound:
        transition(State::NotFound, resolution.live.message);
        return;
    case LiveState::NetworkError:
    case LiveState::BadResponse:
        transition(State::BackingOff, resolution.live.message);
        return;
    }
}

// The streamer's name for the tab (asked once per channel beside the live
// status): without it the tab keeps the channel id, and nothing waits for it.
void ChzzkClient::onChannelInfo(const ChannelInfo &info)
{
    if (info.channelId != m_channelId || info.channelName.isEmpty() || info.channelName == m_channelName)
        return;
    m_channelName = info.channelName;
    m_status.broadcast.channelName = info.channelName;
    if (m_state != State::Stopped)
        emitStatus();
}

void ChzzkClient::armPoll()
{
    const qint64 base = pollPeriod().count();
    const qint64 spread = std::max<qint64>(base / 10, 1);
    m_pollTimer.start(milliseconds(base - spread + QRandomGenerator::global()->bounded(2 * spread + 1)));
}

milliseconds ChzzkClient::pollPeriod() const
{
    const milliseconds asked =
        m_resolution.live.pollPeriod.count() > 0 ? m_resolution.live.pollPeriod : m_config.defaultPollInterval;
    return std::clamp(asked, m_config.minPollInterval, m_config.maxPollInterval);
}

// The live status while joined: the same broadcast (nothing to do), the next
// one (a new chat id: move to it), or the end.
void ChzzkClient::onPolled(const LiveStatusAnswer &answer)
{
    if (m_state != State::Joined || !m_polling)
        return;
    m_polling = false;
    if (answer.pollPeriod.count() > 0)
        m_resolution.live.pollPeriod = answer.pollPeriod;
    if (!answer.title.isEmpty() && answer.title != m_status.broadcast.title) {
        m_status.broadcast.title = answer.title;
        emitStatus();
    }
    switch (answer.state) {
    case LiveState::Live:
        if (answer.chatChannelId == m_chatChannelId) {
            m_lastConfirmedMs = nowMs();
            armPoll();
            return;
        }
        // A new broadcast: the old chat id stays open but silent (notes §1.2).
        qCInfo(lcNet) << "CHZZK chat id changed from" << m_chatChannelId << "to" << answer.chatChannelId;
        m_movedFromMs = m_lastConfirmedMs;
        flushEvents();
        if (QWebSocket *socket = m_socket) {
            socket->disconnect(this);
            socket->close();
        }
        closeSocket();
        resolve();
        return;
    case LiveState::Offline:
        m_offlineSeenAtMs = nowMs();
        flushEvents(); // the broadcast's last events go before the status that ends it
        transition(State::WaitingForLive, tr("The broadcast ended."));
        return;
    case LiveState::AdultOnly:
        m_status.restriction = AccessRestriction::AdultVerification;
        flushEvents();
        transition(State::WaitingForLogin, answer.message);
        return;
    case LiveState::NotFound:
        flushEvents();
        transition(State::NotFound, answer.message);
        return;
    case LiveState::NetworkError:
    case LiveState::BadResponse:
        armPoll(); // the chat itself still works: ask again later
        return;
    }
}

// ---- the socket -------------------------------------------------------------

void ChzzkClient::openSocket()
{
    closeSocket();
    const QStringList &servers = m_resolution.servers;
    const QString server = servers.isEmpty() ? ChzzkResolver::fallbackServers(m_chatChannelId).first()
                                             : servers.at(m_serverIndex % servers.size());
    const QUrl url(m_config.endpoints.chatScheme + u"://"_s + server + u"/chat"_s);
    m_status.transport = m_config.endpoints.chatScheme == "wss"_L1 ? Transport::Tls : Transport::Plain;

    m_socket = new QWebSocket(u"https://chzzk.naver.com"_s, QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    socket->setMaxAllowedIncomingFrameSize(quint64(m_config.maxMessageBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(m_config.maxMessageBytes));
    if (!m_config.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_config.extraCaCertificates);
        socket->setSslConfiguration(ssl);
    }
    connect(socket, &QWebSocket::connected, this, &ChzzkClient::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &ChzzkClient::onDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &ChzzkClient::onText);
    // The notes say the server takes binary frames too; they are read the same way.
    connect(socket, &QWebSocket::binaryMessageReceived, this,
        [this](const QByteArray &bytes) { onText(QString::fromUtf8(bytes)); });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this, socket](QAbstractSocket::SocketError error) {
            if (socket != m_socket)
                return;
            qCInfo(lcNet) << "CHZZK chat socket error:" << error << socket->errorString();
            switch (error) {
            case QAbstractSocket::SslHandshakeFailedError:
            case QAbstractSocket::SslInternalError:
            case QAbstractSocket::SslInvalidUserDataError:
                drop(DropReason::Unreachable,
                    tr("The chat server's certificate was refused (%1); SoopChat tries again later.")
                        .arg(socket->errorString()));
                return;
            case QAbstractSocket::ConnectionRefusedError:
            case QAbstractSocket::HostNotFoundError:
            case QAbstractSocket::NetworkError:
            case QAbstractSocket::SocketTimeoutError:
                drop(DropReason::Unreachable, tr("The chat server could not be reached."));
                return;
            default:
                drop(DropReason::Closed, tr("The connection to the chat server was lost."));
                return;
            }
        });
    qCInfo(lcNet) << "connecting to" << url.toString();
    transition(State::Connecting);
    socket->open(QNetworkRequest(url));
}

void ChzzkClient::send(const QByteArray &json)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(json));
}

void ChzzkClient::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_lastRxMs = nowMs();
    transition(State::Joining);
    // The site's READ join (§1), anonymous: no user id.
    const QJsonObject connect {
        {u"ver"_s, u"3"_s},
        {u"cmd"_s, int(Command::Connect)},
        {u"svcid"_s, u"game"_s},
        {u"cid"_s, m_chatChannelId},
        {u"bdy"_s,
            QJsonObject {{u"uid"_s, QJsonValue::Null}, {u"devType"_s, 2001}, {u"accTkn"_s, m_resolution.accessToken},
                {u"auth"_s, u"READ"_s}}},
        {u"tid"_s, 1},
    };
    send(QJsonDocument(connect).toJson(QJsonDocument::Compact));
}

void ChzzkClient::onDisconnected()
{
    if (sender() != m_socket)
        return;
    if (m_socket->closeCode() == QWebSocketProtocol::CloseCodeTooMuchData) {
        drop(DropReason::TooLarge,
            tr("The chat server sent a message larger than %1 MiB; it was refused.")
                .arg(m_config.maxMessageBytes / (1024 * 1024)));
        return;
    }
    const QString reason = m_socket->closeReason();
    drop(DropReason::Closed,
        reason.isEmpty() ? tr("The chat server closed the connection.")
                         : tr("The chat server closed the connection: %1").arg(reason));
}

void ChzzkClient::onText(const QString &text)
{
    if (!hasSocket(m_state))
        return;
    const qint64 now = nowMs();
    m_lastRxMs = now;
    m_pingSentMs = 0; // anything at all answers a ping
    if (m_status.quietSinceMs) {
        m_status.quietSinceMs = 0;
        emitStatus();
    }
    ++m_counters.frames;
    const QByteArray frame = text.toUtf8();
    // Numbers for what the join reply may add, before the frame's own events:
    // a gap closing the previous broadcast, the line that says a new one
    // began, and the gap at its start.
    const quint64 reserved = m_state == State::Joining ? m_decoder.takeSequences(3) : 0;
    EventBatch events;
    m_decoder.decode(frame, events, now);
    bool recent = false;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const ChatEvent &event = *events[i];
        if (event.type == EventType::Keepalive) {
            if (event.service == quint32(Command::Ping)) {
                // The server's own ping wants its pong (notes §1.5).
                ++m_counters.serverPings;
                send(R"({"ver":"3","cmd":10000})");
            }
            events.removeAt(i--);
            continue;
        }
        if (m_state == State::Joining && event.type == EventType::JoinReply) {
            if (event.returnCode != 0) {
                drop(DropReason::ServerError,
                    tr("CHZZK refused to join the chat: %1 (%2)")
                        .arg(event.details().message.value_or(QString()))
                        .arg(event.returnCode));
                return;
            }
            handleJoined(frame, reserved, events, i, now);
            // handleJoined put its events before the reply; walk on after them.
            while (i < events.size() && events[i]->type != EventType::JoinReply)
                ++i;
            continue;
        }
        if (event.service == quint32(Command::RecentChat))
            recent = true;
    }
    if (!hasSocket(m_state))
        return;
    keepUnseen(events, recent);
    queueEvents(std::move(events));
}

void ChzzkClient::handleJoined(const QByteArray &frame, quint64 reserved, EventBatch &events, qsizetype at, qint64 now)
{
    m_sid = QJsonDocument::fromJson(frame).object().value("bdy"_L1).toObject().value("sid"_L1).toString();
    ++m_counters.connections;
    const bool newBroadcast = m_lastJoinedChat != m_chatChannelId;
    const bool joinedBefore = m_lastJoinedChat.has_value();
    std::optional<qint64> gapFromMs;
    std::optional<qint64> missedFromMs;
    if (!newBroadcast)
        gapFromMs = m_gapFromMs;
    else if (m_gapFromMs)
        missedFromMs = m_gapFromMs; // lost in the old broadcast, back in a new one
    else if (m_movedFromMs)
        missedFromMs = m_movedFromMs; // the poll saw the change only now
    else if (m_offlineSeenAtMs)
        missedFromMs = m_offlineSeenAtMs; // waited for it: it may have begun since the last "offline"
    m_lastJoinedChat = m_chatChannelId;
    qCInfo(lcNet) << "joined CHZZK chat" << m_chatChannelId << "of" << m_channelId;
    if (newBroadcast && m_gapFromMs) {
        EventBatch old {makeGap(*m_gapFromMs, now, reserved)};
        queueEvents(std::move(old));
    }
    if (newBroadcast)
        flushEvents(); // whatever belongs to the previous broadcast goes first
    transition(State::Joined);
    if (newBroadcast)
        emit broadcastStarted(m_status.broadcast);

    qsizetype i = at;
    if (gapFromMs)
        events.insert(i++, makeGap(*gapFromMs, now, reserved));
    if (newBroadcast && joinedBefore) {
        auto start = makeEvent();
        start->type = EventType::BroadcastStart;
        start->platform = Platform::Chzzk;
        start->editDetails().streamerId = m_channelId;
        start->text = m_status.broadcast.title;
        start->receivedAtMs = now;
        start->sequence = reserved + 1;
        events.insert(i++, std::move(start));
    }
    if (missedFromMs)
        events.insert(i++, makeGap(*missedFromMs, now, reserved + 2));

    const QJsonObject recent {
        {u"ver"_s, u"3"_s},
        {u"cmd"_s, int(Command::RequestRecentChat)},
        {u"svcid"_s, u"game"_s},
        {u"cid"_s, m_chatChannelId},
        {u"sid"_s, m_sid},
        {u"bdy"_s, QJsonObject {{u"recentMessageCount"_s, m_config.recentMessageCount}}},
        {u"tid"_s, 2},
    };
    send(QJsonDocument(recent).toJson(QJsonDocument::Compact));
}

// Recent chat repeats what was shown before a reconnect: those lines are
// left out. Every line shown is remembered (bounded).
void ChzzkClient::keepUnseen(EventBatch &events, bool recent)
{
    qsizetype out = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const ChatEvent &event = *events[i];
        if (event.details().sentAtMs && event.type != EventType::Gap) {
            const QString key = lineKey(event);
            if (m_seen.contains(key)) {
                if (recent && event.service == quint32(Command::RecentChat)) {
                    ++m_counters.duplicates;
                    continue;
                }
            } else {
                m_seen.insert(key, 0);
                m_seenOrder.push_back(key);
                if (m_seenOrder.size() > SeenCapacity) {
                    m_seen.remove(m_seenOrder.front());
                    m_seenOrder.pop_front();
                }
            }
        }
        if (out != i)
            events[out] = std::move(events[i]);
        ++out;
    }
    events.resize(out);
}

// Runs when the connection may have gone silent, and re-arms itself: a ping
// after pingAfterSilence without a frame, "quiet" when it goes unanswered,
// and a drop deadAfterPing after it.
void ChzzkClient::onSilenceCheck()
{
    if (m_state != State::Joined || !m_socket)
        return;
    const qint64 now = nowMs();
    if (m_pingSentMs > 0) {
        const qint64 since = now - m_pingSentMs;
        if (since >= m_config.deadAfterPing.count()) {
            drop(DropReason::Silent, tr("The chat server stopped answering."));
            return;
        }
        if (since >= m_config.quietAfterPing.count() && !m_status.quietSinceMs) {
            m_status.quietSinceMs = m_lastRxMs;
            emitStatus();
        }
        const qint64 next = since < m_config.quietAfterPing.count() ? m_config.quietAfterPing.count() - since
                                                                    : m_config.deadAfterPing.count() - since;
        m_silenceTimer.start(milliseconds(std::max<qint64>(next, 1)));
        return;
    }
    const qint64 silent = now - m_lastRxMs;
    if (silent >= m_config.pingAfterSilence.count()) {
        send(R"({"ver":"3","cmd":0})");
        m_pingSentMs = now;
        m_silenceTimer.start(std::min(m_config.quietAfterPing, m_config.deadAfterPing));
        return;
    }
    m_silenceTimer.start(milliseconds(m_config.pingAfterSilence.count() - silent));
}

// ---- failures and retries ---------------------------------------------------

void ChzzkClient::closeSocket()
{
    m_connectTimer.stop();
    m_silenceTimer.stop();
    m_stableTimer.stop();
    if (QWebSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater(); // we may be inside one of its signals
    }
}

void ChzzkClient::drop(DropReason reason, const QString &detail)
{
    const State from = m_state;
    if (!hasSocket(from))
        return;
    closeSocket();
    qCInfo(lcNet) << "CHZZK connection lost:" << detail;
    if (from == State::Joined) {
        ++m_counters.drops;
        if (!m_gapFromMs)
            m_gapFromMs = reason == DropReason::Silent ? m_lastRxMs : nowMs();
        // A connection that lasted earns a retry within as long as it lasted.
        const qint64 lastedMs = nowMs() - m_joinedAtMs;
        int earned = 0;
        while (earned < 16 && (m_config.firstRetryDelay.count() << (earned + 1)) <= lastedMs)
            ++earned;
        m_status.attempt = std::min(m_status.attempt, earned);
    } else {
        ++m_serverIndex; // this server failed us: the next one the next time (as the site rotates)
    }
    transition(State::BackingOff, detail);
}

// The broadcast a dropped connection belonged to is over: its session says
// what it missed before it closes.
void ChzzkClient::closeOldSessionGap()
{
    if (!m_gapFromMs)
        return;
    EventBatch gap {makeGap(*m_gapFromMs, nowMs(), m_decoder.takeSequences())};
    m_gapFromMs.reset();
    queueEvents(std::move(gap));
    flushEvents();
}

milliseconds ChzzkClient::nextBackoff()
{
    const int exponent = std::min(m_status.attempt, 16);
    const qint64 window =
        std::min<qint64>(m_config.firstRetryDelay.count() << exponent, m_config.maxRetryDelay.count());
    const qint64 half = std::max<qint64>(window / 2, 1);
    return milliseconds(half + QRandomGenerator::global()->bounded(half + 1));
}

void ChzzkClient::scheduleAttempt(milliseconds delay)
{
    m_status.nextAttemptAtMs = nowMs() + delay.count();
    m_attemptTimer.start(delay);
}

EventPtr ChzzkClient::makeGap(qint64 fromMs, qint64 toMs, quint64 sequence)
{
    auto gap = makeEvent();
    gap->type = EventType::Gap;
    gap->platform = Platform::Chzzk;
    gap->editDetails().gapFromMs = fromMs;
    gap->editDetails().gapToMs = std::max(fromMs, toMs);
    gap->receivedAtMs = toMs;
    gap->sequence = sequence;
    return gap;
}

// ---- delivering events ------------------------------------------------------

void ChzzkClient::queueEvents(EventBatch &&events)
{
    if (events.isEmpty())
        return;
    m_counters.events += quint64(events.size());
    if (m_pending.isEmpty())
        m_pending = std::move(events);
    else
        m_pending.append(events);
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &ChzzkClient::flushEvents, Qt::QueuedConnection);
    }
}

void ChzzkClient::flushEvents()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    EventBatch batch;
    batch.swap(m_pending);
    emit eventsReceived(batch);
}

} // namespace soopchat::chzzk
