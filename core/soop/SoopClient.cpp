#include "core/soop/SoopClient.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>
#include <utility>

#include "core/events/EventPool.h"
#include "core/soop/LiveInfoResolver.h"
#include "core/soop/PacketWriter.h"
#include "core/soop/ReturnCode.h"
#include "core/util/Logging.h"
#include "core/util/RandomId.h"

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

Transport otherTransport(Transport transport)
{
    return transport == Transport::Tls ? Transport::Plain : Transport::Tls;
}
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
      m_pingTimer(this), m_silenceTimer(this), m_keepaliveTimer(this), m_stableTimer(this)
{
    qRegisterMetaType<EventBatch>();
    qRegisterMetaType<ChannelStatus>();
    qRegisterMetaType<BroadcastInfo>();
    qRegisterMetaType<LiveInfo>();
    if (m_config.uuid.isEmpty())
        m_config.uuid = randomHexId();
    m_resolver->setTimeout(m_config.lookupTimeout);
    connect(m_resolver, &LiveInfoResolver::finished, this, &SoopClient::onLookup);
    connect(m_resolver, &LiveInfoResolver::vodOwnerFound, this, &SoopClient::onVodOwner);

    m_attemptTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
        if (waitsForAttempt(m_state))
            lookUp(Trigger::Retry);
    });
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting)
            drop(DropReason::ConnectTimeout, tr("Timed out connecting to the chat server."));
        else if (m_state == State::LoggingIn || m_state == State::Joining)
            drop(DropReason::HandshakeTimeout, tr("The chat server did not answer the login."));
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &SoopClient::onPingTick);
    m_silenceTimer.setSingleShot(true);
    connect(&m_silenceTimer, &QTimer::timeout, this, &SoopClient::onSilenceCheck);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, &SoopClient::onKeepaliveTick);
    m_stableTimer.setSingleShot(true);
    connect(&m_stableTimer, &QTimer::timeout, this, [this] { m_status.attempt = 0; });
}

SoopClient::~SoopClient()
{
    m_resolver->abort();
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
    m_password = password;
    m_status = {};
    m_live = {};
    m_status.channel = m_target.displayName();
    m_gapFromMs.reset();
    m_lastJoinedBroadcast.reset();
    lookUp(Trigger::Start);
}

void SoopClient::stop()
{
    if (m_state == State::Stopped)
        return;
    if (QWebSocket *socket = m_socket) {
        socket->disconnect(this); // a close we asked for is not a drop
        socket->close();
    }
    closeSocket();
    flushEvents(); // what arrived goes out before the Stopped status
    transition(State::Stopped, Trigger::Stop);
}

void SoopClient::setPassword(const QString &password)
{
    m_password = password;
    if (m_state != State::Stopped)
        lookUp(Trigger::Password);
}

void SoopClient::retryNow()
{
    if (waitsForAttempt(m_state))
        lookUp(Trigger::Retry);
}

// ---- the state machine ------------------------------------------------------

bool SoopClient::hasSocket(State state)
{
    return state == State::Connecting || state == State::LoggingIn || state == State::Joining || state == State::Joined;
}

bool SoopClient::waitsForAttempt(State state)
{
    return state == State::BackingOff || state == State::WaitingForLive || state == State::WaitingForLogin ||
        state == State::WaitingOutMaintenance;
}

void SoopClient::transition(State to, Trigger trigger, const QString &detail)
{
    // Numbers, as in the enums of SoopClient.h: a private enum cannot be a Q_ENUM.
    qCDebug(lcNet) << "state" << int(m_state) << "->" << int(to) << "on trigger" << int(trigger);
    const bool wasWaiting = m_status.state == ConnectionState::WaitingForLive ||
        m_status.state == ConnectionState::LoginRequired || m_status.state == ConnectionState::Unavailable;
    const bool waits =
        to == State::WaitingForLive || to == State::WaitingForLogin || to == State::WaitingOutMaintenance;
    if (waits && !wasWaiting)
        m_waitStartedMs = nowMs();
    m_state = to;

    // Each state runs only its own timers, socket and lookup.
    if (!hasSocket(to))
        closeSocket();
    if (!waitsForAttempt(to))
        m_attemptTimer.stop();
    switch (to) {
    case State::Stopped:
        m_resolver->abort();
        break;
    case State::Connecting:
        m_connectTimer.start(m_config.connectTimeout);
        break;
    case State::LoggingIn:
        m_connectTimer.start(m_config.handshakeTimeout);
        break;
    case State::Joined:
        m_connectTimer.stop();
        m_joinedAtMs = nowMs();
        m_offlineSeenAtMs.reset();
        m_pingTimer.start(m_config.pingInterval);
        m_silenceTimer.start(m_config.quietAfter);
        m_keepaliveTimer.start(m_config.keepaliveInterval);
        m_stableTimer.start(m_config.stableAfter);
        break;
    case State::BackingOff: {
        const milliseconds delay = nextBackoff();
        ++m_status.attempt;
        scheduleAttempt(delay);
        break;
    }
    case State::WaitingForLive:
    case State::WaitingForLogin:
    case State::WaitingOutMaintenance:
        m_status.attempt = 0;
        scheduleAttempt(nextPoll());
        break;
    case State::FindingOwner:
    case State::LookingUp:
    case State::Joining:
    case State::NeedsPassword:
    case State::NotFound:
        break;
    }

    // The client no longer waits for the broadcast it lost: no gap to mark.
    switch (to) {
    case State::Stopped:
    case State::Joined:
    case State::WaitingForLive:
    case State::WaitingForLogin:
    case State::NotFound:
        m_gapFromMs.reset();
        break;
    default:
        break;
    }

    const bool recovering = m_status.state == ConnectionState::Reconnecting;
    switch (to) {
    case State::Stopped:
        return setShown(ConnectionState::Stopped, detail);
    case State::FindingOwner:
    case State::LookingUp:
        switch (m_status.state) {
        case ConnectionState::Reconnecting:
        case ConnectionState::WaitingForLive:
        case ConnectionState::LoginRequired:
        case ConnectionState::Unavailable:
            // The wait ends now: the user keeps seeing it, with no next
            // attempt, unless they just gave a password.
            if (trigger != Trigger::Password) {
                m_status.nextAttemptAtMs = 0;
                return emitStatus();
            }
            break;
        default:
            break;
        }
        return setShown(ConnectionState::Resolving, detail);
    case State::Connecting:
        return setShown(recovering ? ConnectionState::Reconnecting : ConnectionState::Connecting, detail);
    case State::LoggingIn:
        if (!recovering)
            setShown(ConnectionState::Joining, detail);
        return;
    case State::Joining:
        return;
    case State::Joined:
        return setShown(ConnectionState::Live, detail);
    case State::BackingOff:
        return setShown(ConnectionState::Reconnecting, detail);
    case State::WaitingForLive:
        return setShown(ConnectionState::WaitingForLive, detail);
    case State::WaitingForLogin:
        return setShown(ConnectionState::LoginRequired, detail);
    case State::WaitingOutMaintenance:
        return setShown(ConnectionState::Unavailable, detail);
    case State::NeedsPassword:
        return setShown(ConnectionState::PasswordRequired, detail);
    case State::NotFound:
        return setShown(ConnectionState::NotFound, detail);
    }
}

void SoopClient::setShown(ConnectionState state, const QString &detail)
{
    if (!waitsForAttempt(m_state))
        m_status.nextAttemptAtMs = 0;
    m_status.state = state;
    m_status.detail = detail;
    m_status.quietSinceMs = 0;
    emitStatus();
}

// Data came in: a connection that had gone quiet is heard again.
void SoopClient::noteReceived(qint64 now)
{
    m_lastRxMs = now;
    if (m_status.quietSinceMs) {
        m_status.quietSinceMs = 0;
        emitStatus();
    }
}

// ---- resolving -----------------------------------------------------------

void SoopClient::lookUp(Trigger trigger)
{
    // CHATNO changes with every broadcast: every attempt asks again.
    if (m_target.streamerId.isEmpty()) {
        transition(State::FindingOwner, trigger);
        m_resolver->lookupVodOwner(m_target.vodNo);
        return;
    }
    transition(State::LookingUp, trigger);
    m_resolver->lookup(m_target.streamerId, m_password);
}

void SoopClient::onVodOwner(const QString &streamerId)
{
    if (m_state != State::FindingOwner)
        return;
    m_target.streamerId = streamerId;
    m_neutralTarget.channelId = streamerId;
    m_status.channel = streamerId;
    lookUp(Trigger::OwnerFound);
}

void SoopClient::onLookup(const LiveLookup &result)
{
    if (m_state != State::FindingOwner && m_state != State::LookingUp)
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
            transition(State::NeedsPassword, Trigger::Answer, tr("This broadcast has a password."));
            return;
        }
        {
            // Prefer what worked last; otherwise TLS first, then plain (§15).
            const Transport first = m_preferredTransport == Transport::Plain ? Transport::Plain : Transport::Tls;
            m_untriedTransport = otherTransport(first);
            openSocket(first, Trigger::Answer);
        }
        return;
    case LiveStatus::Offline:
        closeOldSessionGap(0); // a broadcast lost in a drop has ended meanwhile
        // Nothing of a broadcast can have been missed before this answer.
        m_offlineSeenAtMs = nowMs();
        transition(State::WaitingForLive, Trigger::Answer);
        return;
    case LiveStatus::LoginRequired:
        m_status.restriction = restrictionOf(result.loginReason);
        transition(State::WaitingForLogin, Trigger::Answer);
        return;
    case LiveStatus::Maintenance:
        transition(State::WaitingOutMaintenance, Trigger::Answer, result.message);
        return;
    case LiveStatus::NotFound:
        transition(State::NotFound, Trigger::Answer, result.message);
        return;
    case LiveStatus::NetworkError:
    case LiveStatus::BadResponse:
        transition(State::BackingOff, Trigger::Answer, result.message);
        return;
    }
}

// ---- the socket ----------------------------------------------------------

void SoopClient::openSocket(Transport transport, Trigger trigger)
{
    closeSocket();
    m_socketTransport = transport;

    const LiveInfo &live = m_live;
    QUrl url;
    url.setScheme(transport == Transport::Tls ? u"wss"_s : u"ws"_s);
    url.setHost(live.chatDomain);
    url.setPort(transport == Transport::Tls ? live.chatPort + 1 : live.chatPort);
    url.setPath(u"/Websocket/"_s + (live.streamerId.isEmpty() ? m_target.streamerId : live.streamerId));

    m_socket = new QWebSocket(u"https://play.sooplive.com"_s, QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    // A hostile or broken server cannot make the client hold more than this.
    socket->setMaxAllowedIncomingFrameSize(quint64(m_config.maxMessageBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(m_config.maxMessageBytes));
    if (!m_config.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_config.extraCaCertificates);
        socket->setSslConfiguration(ssl);
    }
    m_tlsError.clear();
    connect(socket, &QWebSocket::connected, this, &SoopClient::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &SoopClient::onDisconnected);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &SoopClient::onFrame);
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { onFrame(text.toUtf8()); });
    connect(socket, &QWebSocket::pong, this, [this] { noteReceived(nowMs()); });
    connect(socket, &QWebSocket::sslErrors, this, [this, url](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            qCWarning(lcNet) << "TLS error from" << url.host() << error.errorString();
        if (!errors.isEmpty() && m_tlsError.isEmpty())
            m_tlsError = errors.first().errorString();
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [this, socket](QAbstractSocket::SocketError error) {
            // The socket's own words ("Remote host closed the connection") go
            // to the log; the banner says it in ours.
            if (socket != m_socket)
                return;
            qCInfo(lcNet) << "chat socket error:" << error << socket->errorString();
            switch (error) {
            case QAbstractSocket::SslHandshakeFailedError:
            case QAbstractSocket::SslInternalError:
            case QAbstractSocket::SslInvalidUserDataError:
                drop(DropReason::Certificate,
                    tr("The chat server's certificate was refused (%1). SoopChat does not fall back to an unencrypted "
                       "connection; it tries again later.")
                        .arg(m_tlsError.isEmpty() ? socket->errorString() : m_tlsError));
                return;
            case QAbstractSocket::SocketResourceError:
                drop(DropReason::Closed,
                    tr("The system has no network connections left for the chat (too many open files). Close other "
                       "programs or overlay pages; SoopChat tries again."));
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
    QNetworkRequest request(url);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({u"chat"_s});
    transition(State::Connecting, trigger);
    socket->open(request, options);
}

void SoopClient::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_lastRxMs = nowMs();
    m_decoder.reset();
    m_status.transport = m_socketTransport;
    transition(State::LoggingIn, Trigger::SocketConnected);
    m_socket->sendBinaryMessage(PacketWriter::guestLogin());
}

void SoopClient::onDisconnected()
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

void SoopClient::onFrame(const QByteArray &frame)
{
    const qint64 now = nowMs();
    noteReceived(now);
    // Numbers for what the join reply may add, reserved before the frame's own
    // events so that they sort first: a gap closing the previous broadcast, the
    // line that says a new broadcast began, and the gap at its start.
    const quint64 reserved = m_state == State::Joining ? m_decoder.takeSequences(3) : 0;

    EventBatch events;
    m_decoder.feed(frame, events, now);
    bool ended = false;
    for (qsizetype i = 0; i < events.size() && hasSocket(m_state); ++i) {
        const ChatEvent &event = *events[i];
        if (m_state == State::LoggingIn && event.type == EventType::LoginReply) {
            handleLoginReply(event);
        } else if (m_state == State::Joining && event.type == EventType::JoinReply) {
            const Joined joined = handleJoinReply(event, reserved);
            if (joined.gapFromMs) {
                events.insert(i, makeGap(*joined.gapFromMs, now, reserved));
                ++i;
            }
            if (joined.announce) {
                // The chat says that the channel's next broadcast began (and
                // the tab's statistics with it), as the gap says a drop.
                auto start = makeEvent();
                start->type = EventType::BroadcastStart;
                start->editDetails().streamerId = m_live.streamerId;
                start->text = m_live.title;
                start->receivedAtMs = now;
                start->sequence = reserved + 1;
                events.insert(++i, std::move(start));
            }
            if (joined.missedFromMs)
                events.insert(++i, makeGap(*joined.missedFromMs, now, reserved + 2));
        } else if (event.type == EventType::BroadcastEnd) {
            ended = true;
        }
    }
    queueEvents(std::move(events));
    if (ended)
        drop(DropReason::BroadcastEnded);
}

EventPtr SoopClient::makeGap(qint64 fromMs, qint64 toMs, quint64 sequence)
{
    auto gap = makeEvent();
    gap->type = EventType::Gap;
    gap->editDetails().gapFromMs = fromMs;
    gap->editDetails().gapToMs = std::max(fromMs, toMs);
    gap->receivedAtMs = toMs;
    gap->sequence = sequence;
    return gap;
}

// The broadcast a dropped connection belonged to is over: what it said after
// the drop is lost, and its session says so before it closes.
void SoopClient::closeOldSessionGap(quint64 sequence)
{
    if (!m_gapFromMs)
        return;
    const qint64 now = nowMs();
    EventBatch gap {makeGap(*m_gapFromMs, now, sequence ? sequence : m_decoder.takeSequences())};
    queueEvents(std::move(gap));
    flushEvents();
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
    m_preferredTransport = m_socketTransport;
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
    transition(State::Joining, Trigger::LoginAccepted);
    m_socket->sendBinaryMessage(PacketWriter::join(join));
}

SoopClient::Joined SoopClient::handleJoinReply(const ChatEvent &event, quint64 oldSessionGapSequence)
{
    const bool wrongPassword =
        event.returnCode == quint16(ReturnCode::PasswordError) || (event.details().message && m_live.passwordProtected);
    if (wrongPassword) {
        m_status.passwordRejected = true;
        transition(State::NeedsPassword, Trigger::PasswordRefused,
            event.details().message.value_or(tr("The password for this broadcast is wrong.")));
        return {};
    }
    if (event.returnCode != 0 || event.details().message) {
        drop(DropReason::ServerError,
            tr("SOOP refused to join the chat: %1 (%2 %3)")
                .arg(event.details().message.value_or(QString()))
                .arg(event.returnCode)
                .arg(returnCodeName(event.returnCode)));
        return {};
    }

    ++m_counters.connections;
    m_status.passwordRejected = false;
    const LiveInfo &live = m_live;
    // A different broadcast is a new session, not a gap in the old one.
    const bool newBroadcast = m_lastJoinedBroadcast != live.broadcastNo;
    const bool joinedBefore = m_lastJoinedBroadcast.has_value();
    Joined joined;
    if (!newBroadcast) {
        joined.gapFromMs = m_gapFromMs;
    } else if (m_gapFromMs) {
        // Lost while the old broadcast ran, and back in a new one: both may
        // have said something meanwhile.
        joined.missedFromMs = m_gapFromMs;
    } else if (m_offlineSeenAtMs) {
        // Waited for it: it may have begun any time after the last "offline".
        joined.missedFromMs = m_offlineSeenAtMs;
    }
    m_lastJoinedBroadcast = live.broadcastNo;
    qCInfo(lcNet) << "joined" << live.streamerId << "broadcast" << live.broadcastNo << "via"
                  << (m_socketTransport == Transport::Tls ? "wss" : "ws");
    if (newBroadcast) {
        closeOldSessionGap(oldSessionGapSequence);
        flushEvents(); // whatever belongs to the previous broadcast goes first
    }
    transition(State::Joined, Trigger::JoinAccepted);
    if (newBroadcast) {
        emit broadcastStarted(m_status.broadcast);
        // Not for the first broadcast this client joins: that one was on already.
        joined.announce = joinedBefore;
    }
    return joined;
}

void SoopClient::onPingTick()
{
    if (m_state == State::Joined && m_socket)
        m_socket->ping();
}

// Runs when the connection may have gone quiet or silent, and re-arms itself
// for the next of those moments: a drop comes silenceTimeout after the last
// byte, not at the next tick after it.
void SoopClient::onSilenceCheck()
{
    if (m_state != State::Joined || !m_socket)
        return;
    const qint64 silentMs = nowMs() - m_lastRxMs;
    if (silentMs >= m_config.silenceTimeout.count()) {
        drop(DropReason::Silent, tr("The chat server stopped answering."));
        return;
    }
    if (silentMs < m_config.quietAfter.count()) {
        m_silenceTimer.start(milliseconds(m_config.quietAfter.count() - silentMs));
        return;
    }
    // Said long before the drop: the live chat has gone quiet.
    if (!m_status.quietSinceMs) {
        m_status.quietSinceMs = m_lastRxMs;
        emitStatus();
        m_socket->ping();
    }
    m_silenceTimer.start(milliseconds(m_config.silenceTimeout.count() - silentMs));
}

void SoopClient::onKeepaliveTick()
{
    if (m_state == State::Joined && m_socket)
        m_socket->sendBinaryMessage(PacketWriter::keepalive());
}

// ---- failures and retries -------------------------------------------------

void SoopClient::closeSocket()
{
    m_connectTimer.stop();
    m_pingTimer.stop();
    m_silenceTimer.stop();
    m_keepaliveTimer.stop();
    m_stableTimer.stop();
    if (QWebSocket *socket = m_socket) {
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater(); // we may be inside one of its signals
    }
}

void SoopClient::drop(DropReason reason, const QString &detail)
{
    const State from = m_state;
    if (!hasSocket(from))
        return;
    closeSocket();
    qCInfo(lcNet) << "connection lost:" << detail;

    if (reason == DropReason::BroadcastEnded) {
        m_offlineSeenAtMs = nowMs(); // nothing of the next broadcast can come before this
        flushEvents(); // the broadcast's last events go before the status that ends it
        if (m_state == from)
            transition(State::WaitingForLive, Trigger::BroadcastEnded, tr("The broadcast ended."));
        return;
    }
    if (from == State::Joined) {
        ++m_counters.drops;
        if (!m_gapFromMs)
            m_gapFromMs = reason == DropReason::Silent ? m_lastRxMs : nowMs();
        // A connection that lasted earns a retry within as long as it lasted,
        // so one that always drops just before it counts as stable does not
        // double its wait for ever.
        const qint64 lastedMs = nowMs() - m_joinedAtMs;
        int earned = 0;
        while (earned < 16 && (m_config.firstRetryDelay.count() << (earned + 1)) <= lastedMs)
            ++earned;
        m_status.attempt = std::min(m_status.attempt, earned);
    } else if (m_untriedTransport != Transport::Unknown &&
        (reason == DropReason::Unreachable || reason == DropReason::ConnectTimeout ||
            reason == DropReason::HandshakeTimeout || (reason == DropReason::Closed && from == State::Connecting))) {
        // One port could not be reached: the other at once (in 2026 the TLS
        // port refused and every socket was plain, §15). Never after a
        // certificate error: that would let a man in the middle force plain text.
        qCInfo(lcNet) << "chat port unreachable; trying the other one";
        openSocket(std::exchange(m_untriedTransport, Transport::Unknown), Trigger::Dropped);
        return;
    }
    m_untriedTransport = Transport::Unknown;
    transition(State::BackingOff, Trigger::Dropped, detail);
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

// Waiting for a broadcast: soon at first (a streamer who ended often comes
// back within minutes), then politely; never in step with other tabs.
milliseconds SoopClient::nextPoll() const
{
    const bool early = nowMs() - m_waitStartedMs < m_config.waitPollFastFor.count();
    const qint64 base = (early ? m_config.waitPollInterval : m_config.offlinePollInterval).count();
    const qint64 spread = std::max<qint64>(base / 5, 1);
    return milliseconds(base - spread + QRandomGenerator::global()->bounded(2 * spread + 1));
}

void SoopClient::scheduleAttempt(milliseconds delay)
{
    m_status.nextAttemptAtMs = nowMs() + delay.count();
    m_attemptTimer.start(delay);
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
