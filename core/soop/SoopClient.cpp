#include "core/soop/SoopClient.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>

#include "core/events/EventPool.h"
#include "core/soop/LiveInfoResolver.h"
#include "core/soop/PacketWriter.h"
#include "core/soop/ReturnCode.h"
#include "core/util/Logging.h"

namespace soopchat::soop {

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {
AccessRestriction restrictionOf(LoginReason reason)
{
    switch (reason) {
    case LoginReason::None:
        return AccessRestriction::None;
    case LoginReason::AdultOrSubscribers:
        return AccessRestriction::AdultOrSubscribers;
    case LoginReason::AdultVerification:
        return AccessRestriction::AdultVerification;
    case LoginReason::PlusSubscribers:
        return AccessRestriction::Subscribers;
    }
    return AccessRestriction::None;
}

constexpr quint8 transportBit(Transport transport)
{
    return quint8(1u << quint8(transport));
}
constexpr quint8 BothTransports = transportBit(Transport::Tls) | transportBit(Transport::Plain);
} // namespace

ClientConfig ClientConfig::forApiBase(const QUrl &base)
{
    ClientConfig config;
    if (base.isValid() && !base.isEmpty())
        config.endpoints = ResolverEndpoints::forBase(base);
    return config;
}

SoopClient::SoopClient(ClientConfig config, QObject *parent)
    : ChatSource(parent), m_config(std::move(config)), m_network(new QNetworkAccessManager(this)),
      m_resolver(new LiveInfoResolver(m_network, m_config.endpoints, this)), m_attemptTimer(this), m_connectTimer(this),
      m_pingTimer(this), m_keepaliveTimer(this), m_stableTimer(this)
{
    qRegisterMetaType<EventBatch>();
    qRegisterMetaType<ChannelStatus>();
    qRegisterMetaType<BroadcastInfo>();
    qRegisterMetaType<LiveInfo>();
    if (m_config.uuid.isEmpty()) {
        const quint64 a = QRandomGenerator::system()->generate64();
        const quint64 b = QRandomGenerator::system()->generate64();
        m_config.uuid =
            QString::number(a, 16).rightJustified(16, u'0') + QString::number(b, 16).rightJustified(16, u'0');
    }
    m_resolver->setTimeout(m_config.lookupTimeout);
    connect(m_resolver, &LiveInfoResolver::finished, this, &SoopClient::onLookup);
    connect(m_resolver, &LiveInfoResolver::vodOwnerFound, this, &SoopClient::onVodOwner);

    m_attemptTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, &SoopClient::resolve);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Opening)
            drop(DropReason::ConnectTimeout, tr("Timed out connecting to the chat server."));
        else if (m_phase == Phase::AwaitLogin || m_phase == Phase::AwaitJoin)
            drop(DropReason::HandshakeTimeout, tr("The chat server did not answer the login."));
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &SoopClient::onPingTick);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, &SoopClient::onKeepaliveTick);
    m_stableTimer.setSingleShot(true);
    connect(&m_stableTimer, &QTimer::timeout, this, [this] { m_status.attempt = 0; });
}

SoopClient::~SoopClient()
{
    m_stopped = true;
    closeSocket();
}

BroadcastInfo SoopClient::broadcastInfo(const LiveInfo &live)
{
    BroadcastInfo info;
    info.platform = Platform::Soop;
    info.channelId = live.streamerId;
    info.channelName = live.streamerNick;
    info.title = live.title;
    info.broadcastId = live.broadcastNo > 0 ? QString::number(live.broadcastNo) : QString();
    info.passwordProtected = live.passwordProtected;
    return info;
}

void SoopClient::setLive(const LiveInfo &live)
{
    m_live = live;
    m_status.broadcast = broadcastInfo(live);
}

qint64 SoopClient::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

ClientCounters SoopClient::counters() const
{
    ClientCounters counters = m_counters;
    counters.bytes = m_decoder.counters().bytes;
    counters.packets = m_decoder.counters().packets;
    counters.malformed = m_decoder.counters().malformed;
    return counters;
}

soopchat::ChannelTarget SoopClient::neutralTarget(const ChannelTarget &target)
{
    soopchat::ChannelTarget neutral;
    neutral.platform = Platform::Soop;
    neutral.channelId = target.streamerId;
    neutral.displayName = target.displayName();
    if (target.streamerId.isEmpty())
        neutral.key = u"vod.sooplive.co.kr/player/%1"_s.arg(target.vodNo);
    else if (target.broadcastNo > 0)
        neutral.key = u"play.sooplive.co.kr/%1/%2"_s.arg(target.streamerId).arg(target.broadcastNo);
    else
        neutral.key = target.streamerId;
    return neutral;
}

void SoopClient::setTarget(const ChannelTarget &target)
{
    m_target = target;
    m_neutralTarget = neutralTarget(target);
    m_status.channel = target.displayName();
}

void SoopClient::start(const ChannelTarget &target, const QString &password)
{
    setTarget(target);
    start(password);
}

void SoopClient::start(const QString &password)
{
    m_stopped = false;
    m_attemptTimer.stop();
    m_resolver->abort();
    closeSocket();
    m_password = password;
    m_status = {};
    m_live = {};
    m_status.channel = m_target.displayName();
    m_retrying = false;
    m_gapFromMs = 0;
    m_joinedOnce = false;
    if (m_target.streamerId.isEmpty()) {
        setState(ConnectionState::Resolving);
        m_resolver->lookupVodOwner(m_target.vodNo);
        return;
    }
    resolve();
}

void SoopClient::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_attemptTimer.stop();
    m_resolver->abort();
    if (m_socket)
        m_socket->close();
    closeSocket();
    flushEvents();
    setState(ConnectionState::Stopped);
}

void SoopClient::setPassword(const QString &password)
{
    m_password = password;
    if (m_stopped)
        return;
    m_retrying = false;
    closeSocket();
    resolve();
}

void SoopClient::retryNow()
{
    if (!m_stopped && m_attemptTimer.isActive()) {
        m_attemptTimer.stop();
        resolve();
    }
}

// ---- resolving -----------------------------------------------------------

void SoopClient::resolve()
{
    if (m_stopped)
        return;
    m_attemptTimer.stop();
    if (m_target.streamerId.isEmpty()) {
        m_resolver->lookupVodOwner(m_target.vodNo);
        return;
    }
    // While retrying or polling the user keeps seeing that state; the next
    // attempt is simply "now".
    switch (m_status.state) {
    case ConnectionState::Reconnecting:
    case ConnectionState::WaitingForLive:
    case ConnectionState::LoginRequired:
    case ConnectionState::Unavailable:
        m_status.nextAttemptAtMs = 0;
        emitStatus();
        break;
    default:
        setState(ConnectionState::Resolving);
    }
    m_resolver->lookup(m_target.streamerId, m_password);
}

void SoopClient::onVodOwner(const QString &streamerId)
{
    if (m_stopped)
        return;
    m_target.streamerId = streamerId;
    m_neutralTarget.channelId = streamerId;
    m_status.channel = streamerId;
    resolve();
}

void SoopClient::onLookup(const LiveLookup &result)
{
    if (m_stopped)
        return;
    if (!result.info.title.isEmpty()) {
        m_live.title = result.info.title;
        m_status.broadcast.title = result.info.title;
    }
    switch (result.status) {
    case LiveStatus::Live:
        setLive(result.info);
        m_status.restriction = AccessRestriction::None;
        if (result.info.passwordProtected && m_password.isEmpty()) {
            m_retrying = false;
            setState(ConnectionState::PasswordRequired, tr("This broadcast has a password."));
            return;
        }
        m_triedTransports = 0;
        openSocket();
        return;
    case LiveStatus::Offline:
        m_gapFromMs = 0;
        waitAndPoll(ConnectionState::WaitingForLive);
        return;
    case LiveStatus::LoginRequired:
        m_gapFromMs = 0;
        m_status.restriction = restrictionOf(result.loginReason);
        waitAndPoll(ConnectionState::LoginRequired);
        return;
    case LiveStatus::Maintenance:
        waitAndPoll(ConnectionState::Unavailable, result.message);
        return;
    case LiveStatus::NotFound:
        m_retrying = false;
        m_gapFromMs = 0;
        setState(ConnectionState::NotFound, result.message);
        return;
    case LiveStatus::NetworkError:
    case LiveStatus::BadResponse:
        retryAfterFailure(result.message);
        return;
    }
}

// ---- the socket ----------------------------------------------------------

void SoopClient::openSocket()
{
    closeSocket();
    // Prefer what worked last; otherwise TLS first, then plain (§15).
    const Transport preferred = m_workingTransport == Transport::Plain ? Transport::Plain : Transport::Tls;
    const Transport other = preferred == Transport::Tls ? Transport::Plain : Transport::Tls;
    const Transport transport = (m_triedTransports & transportBit(preferred)) ? other : preferred;
    m_attemptTransport = transport;
    m_triedTransports |= transportBit(transport);

    const LiveInfo &live = m_live;
    QUrl url;
    url.setScheme(transport == Transport::Tls ? u"wss"_s : u"ws"_s);
    url.setHost(live.chatDomain);
    url.setPort(transport == Transport::Tls ? live.chatPort + 1 : live.chatPort);
    url.setPath(u"/Websocket/"_s + (live.streamerId.isEmpty() ? m_target.streamerId : live.streamerId));

    m_socket = new QWebSocket(u"https://play.sooplive.com"_s, QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    if (!m_config.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_config.extraCaCertificates);
        socket->setSslConfiguration(ssl);
    }
    connect(socket, &QWebSocket::connected, this, &SoopClient::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &SoopClient::onDisconnected);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &SoopClient::onFrame);
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { onFrame(text.toUtf8()); });
    connect(socket, &QWebSocket::pong, this, [this] { m_lastRxMs = nowMs(); });
    connect(socket, &QWebSocket::sslErrors, this, [url](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            qCWarning(lcNet) << "TLS error from" << url.host() << error.errorString();
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this, socket] {
        if (socket == m_socket)
            drop(DropReason::Closed, socket->errorString());
    });

    qCInfo(lcNet) << "connecting to" << url.toString();
    QNetworkRequest request(url);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({u"chat"_s});
    m_phase = Phase::Opening;
    m_connectTimer.start(m_config.connectTimeout);
    setState(m_retrying ? ConnectionState::Reconnecting : ConnectionState::Connecting);
    socket->open(request, options);
}

void SoopClient::onConnected()
{
    m_phase = Phase::AwaitLogin;
    m_lastRxMs = nowMs();
    m_decoder.reset();
    m_connectTimer.start(m_config.handshakeTimeout);
    m_status.transport = m_attemptTransport;
    if (!m_retrying)
        setState(ConnectionState::Joining);
    m_socket->sendBinaryMessage(PacketWriter::guestLogin());
}

void SoopClient::onDisconnected()
{
    if (sender() != m_socket)
        return;
    const QString reason = m_socket->closeReason();
    drop(DropReason::Closed,
        reason.isEmpty() ? tr("The chat server closed the connection.")
                         : tr("The chat server closed the connection: %1").arg(reason));
}

void SoopClient::onFrame(const QByteArray &frame)
{
    const qint64 now = nowMs();
    m_lastRxMs = now;
    // Reserve a number for a gap marker so that it sorts before the events
    // of the rejoined connection.
    const quint64 gapSequence = m_phase == Phase::AwaitJoin && m_gapFromMs ? m_decoder.takeSequence() : 0;

    EventBatch events;
    m_decoder.feed(frame, events, now);
    bool ended = false;
    for (qsizetype i = 0; i < events.size() && m_phase != Phase::Closed; ++i) {
        const ChatEvent &event = *events[i];
        if (m_phase == Phase::AwaitLogin && event.type == EventType::LoginReply) {
            handleLoginReply(event);
        } else if (m_phase == Phase::AwaitJoin && event.type == EventType::JoinReply) {
            const qint64 gapFrom = m_gapFromMs;
            if (handleJoinReply(event) && gapSequence) {
                auto gap = makeEvent();
                gap->type = EventType::Gap;
                gap->editDetails().gapFromMs = gapFrom;
                gap->editDetails().gapToMs = now;
                gap->receivedAtMs = now;
                gap->sequence = gapSequence;
                events.insert(i, std::move(gap));
                ++i;
            }
        } else if (event.type == EventType::BroadcastEnd) {
            ended = true;
        }
    }
    queueEvents(std::move(events));
    if (ended)
        drop(DropReason::BroadcastEnded);
}

void SoopClient::handleLoginReply(const ChatEvent &event)
{
    if (event.returnCode != 0) {
        drop(DropReason::ServerError,
            tr("SOOP refused the login: %1 (%2 %3)")
                .arg(event.details().message.value_or(QString()))
                .arg(event.returnCode)
                .arg(returnCodeName(event.returnCode)));
        return;
    }
    // The server speaks SOOP on this port: remember it for the next time.
    m_workingTransport = m_attemptTransport;
    const LiveInfo &live = m_live;
    JoinRequest join;
    join.chatNo = live.chatNo;
    join.fanTicket = live.fanTicket;
    join.password = m_password;
    join.log.bps = live.bps;
    join.log.uuid = m_config.uuid;
    join.log.geoCc = live.geoCc;
    join.log.geoRc = live.geoRc;
    join.log.acceptLanguage = live.acceptLanguage;
    join.log.serviceLanguage = live.serviceLanguage;
    join.nationLanguage = live.nationLanguage;
    m_phase = Phase::AwaitJoin;
    m_socket->sendBinaryMessage(PacketWriter::join(join));
}

bool SoopClient::handleJoinReply(const ChatEvent &event)
{
    const bool wrongPassword =
        event.returnCode == quint16(ReturnCode::PasswordError) || (event.details().message && m_live.passwordProtected);
    if (wrongPassword) {
        closeSocket();
        m_retrying = false;
        m_gapFromMs = 0;
        m_status.passwordRejected = true;
        setState(ConnectionState::PasswordRequired,
            event.details().message.value_or(tr("The password for this broadcast is wrong.")));
        return false;
    }
    if (event.returnCode != 0 || event.details().message) {
        drop(DropReason::ServerError,
            tr("SOOP refused to join the chat: %1 (%2 %3)")
                .arg(event.details().message.value_or(QString()))
                .arg(event.returnCode)
                .arg(returnCodeName(event.returnCode)));
        return false;
    }

    m_phase = Phase::Joined;
    m_connectTimer.stop();
    ++m_counters.connections;
    m_status.passwordRejected = false;
    m_pingTimer.start(m_config.pingInterval);
    m_keepaliveTimer.start(m_config.keepaliveInterval);
    m_stableTimer.start(m_config.stableAfter);

    const LiveInfo &live = m_live;
    const bool newBroadcast = !m_joinedOnce || live.broadcastNo != m_lastJoinedBroadcast;
    // A different broadcast is a new session, not a gap in the old one.
    const bool recovered = m_gapFromMs && !newBroadcast;
    m_gapFromMs = 0;
    m_joinedOnce = true;
    m_lastJoinedBroadcast = live.broadcastNo;
    m_retrying = false;
    qCInfo(lcNet) << "joined" << live.streamerId << "broadcast" << live.broadcastNo << "via"
                  << (m_attemptTransport == Transport::Tls ? "wss" : "ws");
    setState(ConnectionState::Live);
    if (newBroadcast) {
        flushEvents(); // whatever belongs to the previous broadcast goes first
        emit broadcastStarted(m_status.broadcast);
    }
    return recovered;
}

void SoopClient::onPingTick()
{
    if (m_phase != Phase::Joined || !m_socket)
        return;
    if (nowMs() - m_lastRxMs > m_config.silenceTimeout.count()) {
        drop(DropReason::Silent, tr("The chat server stopped answering."));
        return;
    }
    m_socket->ping();
}

void SoopClient::onKeepaliveTick()
{
    if (m_phase == Phase::Joined && m_socket)
        m_socket->sendBinaryMessage(PacketWriter::keepalive());
}

// ---- failures and retries -------------------------------------------------

void SoopClient::closeSocket()
{
    m_connectTimer.stop();
    m_pingTimer.stop();
    m_keepaliveTimer.stop();
    m_stableTimer.stop();
    m_phase = Phase::Closed;
    if (QWebSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater(); // we may be inside one of its signals
    }
}

void SoopClient::drop(DropReason reason, const QString &detail)
{
    const Phase phase = m_phase;
    if (phase == Phase::Closed)
        return;
    closeSocket();
    if (m_stopped)
        return;
    qCInfo(lcNet) << "connection lost:" << detail;

    if (reason == DropReason::BroadcastEnded) {
        m_gapFromMs = 0;
        flushEvents();
        waitAndPoll(ConnectionState::WaitingForLive, tr("The broadcast ended."));
        return;
    }
    if (phase == Phase::Joined) {
        ++m_counters.drops;
        if (!m_gapFromMs)
            m_gapFromMs = reason == DropReason::Silent ? m_lastRxMs : nowMs();
    } else if (reason != DropReason::ServerError && m_triedTransports != BothTransports) {
        // One port refused or failed before the handshake: the other at once
        // (in 2026 the TLS port refused and every socket was plain, §15).
        qCInfo(lcNet) << "chat port failed before the handshake; trying the other one";
        openSocket();
        return;
    }
    retryAfterFailure(detail);
}

std::chrono::milliseconds SoopClient::nextBackoff()
{
    // attempt 0 -> up to firstRetryDelay, then doubling up to the cap, with
    // "equal jitter": a random point in the upper half of the window.
    const int exponent = std::min(m_status.attempt, 16);
    const qint64 window =
        std::min<qint64>(m_config.firstRetryDelay.count() << exponent, m_config.maxRetryDelay.count());
    const qint64 half = std::max<qint64>(window / 2, 1);
    return milliseconds(half + QRandomGenerator::global()->bounded(half + 1));
}

void SoopClient::retryAfterFailure(const QString &detail)
{
    m_retrying = true;
    const milliseconds delay = nextBackoff();
    ++m_status.attempt;
    scheduleAttempt(delay);
    setState(ConnectionState::Reconnecting, detail);
}

void SoopClient::waitAndPoll(ConnectionState state, const QString &detail)
{
    m_retrying = false;
    m_status.attempt = 0;
    scheduleAttempt(m_config.offlinePollInterval);
    setState(state, detail);
}

void SoopClient::scheduleAttempt(milliseconds delay)
{
    m_status.nextAttemptAtMs = nowMs() + delay.count();
    m_attemptTimer.start(delay);
}

void SoopClient::setState(ConnectionState state, const QString &detail)
{
    const bool waits = state == ConnectionState::Reconnecting || state == ConnectionState::WaitingForLive ||
        state == ConnectionState::LoginRequired || state == ConnectionState::Unavailable;
    if (!waits || !m_attemptTimer.isActive())
        m_status.nextAttemptAtMs = 0;
    m_status.state = state;
    m_status.detail = detail;
    emitStatus();
}

void SoopClient::emitStatus()
{
    emit statusChanged(m_status);
}

// ---- delivering events ------------------------------------------------------

void SoopClient::queueEvents(EventBatch &&events)
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
        QMetaObject::invokeMethod(this, &SoopClient::flushEvents, Qt::QueuedConnection);
    }
}

void SoopClient::flushEvents()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    EventBatch batch;
    batch.swap(m_pending);
    emit eventsReceived(batch);
}

} // namespace soopchat::soop
