#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <chrono>
#include <optional>

#include "core/events/ChatEvent.h"
#include "core/events/ChatSource.h"
#include "core/soop/ChannelInput.h"
#include "core/soop/EventStreamDecoder.h"
#include "core/soop/LiveInfo.h"

class QNetworkAccessManager;
class QWebSocket;

namespace soopchat::soop {

class LiveInfoResolver;

struct ClientConfig
{
    ResolverEndpoints endpoints;
    std::chrono::milliseconds keepaliveInterval {60'000}; // SOOP's 0000 packet, as the web player
    std::chrono::milliseconds pingInterval {10'000}; // websocket pings, to find dead sockets
    std::chrono::milliseconds quietAfter {15'000}; // nothing received for this long: the status says so
    std::chrono::milliseconds silenceTimeout {50'000}; // nothing at all received for this long: drop
    std::chrono::milliseconds connectTimeout {10'000};
    std::chrono::milliseconds handshakeTimeout {10'000};
    std::chrono::milliseconds lookupTimeout {10'000}; // the whole answer, however slowly it drips
    std::chrono::milliseconds firstRetryDelay {1'000}; // the first retry comes within this
    std::chrono::milliseconds maxRetryDelay {30'000};
    std::chrono::milliseconds stableAfter {10'000}; // joined this long: the next drop retries fast again
    // Waiting for a broadcast (offline, or after one ended): ask every
    // waitPollInterval for the first waitPollFastFor, then every
    // offlinePollInterval; each ± 20 % so that many tabs do not ask together.
    std::chrono::milliseconds waitPollInterval {5'000};
    std::chrono::milliseconds waitPollFastFor {600'000};
    std::chrono::milliseconds offlinePollInterval {30'000};
    qint64 maxMessageBytes = 4 * 1024 * 1024; // a websocket frame or message; a SOOP packet is at most ~1 MB
    QList<QSslCertificate> extraCaCertificates; // e.g. the simulator's test certificate
    QString uuid; // this install's random id, for the JOIN log element

    static ClientConfig forApiBase(const QUrl &base);
};

struct ClientCounters
{
    quint64 bytes = 0;
    quint64 packets = 0;
    quint64 malformed = 0;
    quint64 events = 0;
    quint64 connections = 0; // successful joins
    quint64 drops = 0; // joined connections lost
};

// A guest connection to one channel's chat, kept alive for hours: resolves
// the live info, connects (wss on CHPT+1, else ws on CHPT, remembering which
// worked), logs in and joins as the web player does, sends keepalives,
// detects silent sockets, reconnects with exponential backoff and jitter
// (re-resolving each time, since CHATNO changes per broadcast), and waits for
// the next live by polling when the channel is offline or the broadcast ends.
//
// Events come out in batches through eventsReceived(), at most one batch per
// pass of the event loop. After a dropped connection is rejoined, a Gap event
// marks what was missed. Nothing here blocks; the object may live on any
// thread (the GUI puts every client on one network thread).
class SoopClient : public ChatSource
{
    Q_OBJECT

public:
    explicit SoopClient(ClientConfig config, QObject *parent = nullptr);
    ~SoopClient() override;

    // The neutral form of a SOOP target, whose key ChannelInput::parse reads back.
    static soopchat::ChannelTarget neutralTarget(const ChannelTarget &target);

    // What start() without a target joins.
    void setTarget(const ChannelTarget &target);
    void start(const ChannelTarget &target, const QString &password = {});
    void start(const QString &password = {}) override;
    void stop() override;
    void setPassword(const QString &password) override;
    void retryNow() override;

    const soopchat::ChannelTarget &target() const override { return m_neutralTarget; }
    const ChannelStatus &status() const override { return m_status; }
    // The latest answer of SOOP's live API: what status().broadcast says, and
    // the SOOP specifics (broadcast number, chat server, ...).
    const LiveInfo &liveInfo() const { return m_live; }
    ClientCounters counters() const;
    const ClientConfig &config() const { return m_config; }

private:
    // The client's life, one state at a time. transition() is the only place
    // that changes it; it also starts and stops what each state runs and sets
    // what the user sees (status().state).
    //
    //   state                  runs                               user sees
    //   Stopped                nothing                            Stopped (Idle before the first start)
    //   FindingOwner           the VOD owner lookup               Resolving, or the wait it ends
    //   LookingUp              the live API lookup                Resolving, or the wait it ends
    //   Connecting             a socket; the connect deadline     Connecting (Reconnecting in a recovery)
    //   LoggingIn              LOGIN sent; the handshake deadline Joining (Reconnecting in a recovery)
    //   Joining                JOIN sent; the same deadline       (unchanged)
    //   Joined                 pings, keepalives, stable timer    Live
    //   BackingOff             the attempt timer (backoff)        Reconnecting
    //   WaitingForLive         the attempt timer (poll)           WaitingForLive
    //   WaitingForLogin        the attempt timer (poll)           LoginRequired
    //   WaitingOutMaintenance  the attempt timer (poll)           Unavailable
    //   NeedsPassword          nothing                            PasswordRequired
    //   NotFound               nothing                            NotFound
    //
    //   from                      trigger                                to
    //   any                       Start                                  FindingOwner (VOD owner unknown), else
    //   LookingUp any but Stopped           Stop                                   Stopped any but Stopped Password
    //   (setPassword)                 FindingOwner or LookingUp, shown as Resolving BackingOff, Waiting*      Retry
    //   (attempt timer or retryNow)      FindingOwner or LookingUp FindingOwner              OwnerFound LookingUp
    //   FindingOwner, LookingUp   Answer: live                           Connecting (the preferred transport)
    //                             Answer: live, password needed, none    NeedsPassword
    //                             Answer: offline / login / maintenance  WaitingForLive / WaitingForLogin /
    //                                                                    WaitingOutMaintenance
    //                             Answer: not found                      NotFound
    //                             Answer: network error, bad response    BackingOff
    //   Connecting                SocketConnected                        LoggingIn
    //   LoggingIn                 LoginAccepted                          Joining
    //   Joining                   JoinAccepted                           Joined
    //   Joining                   PasswordRefused                        NeedsPassword
    //   Connecting..Joining       Dropped (closed, error, timeout; not a Connecting on the other transport, once
    //                             refusal) with the other transport      per lookup
    //                             untried
    //   Connecting..Joined        Dropped otherwise                      BackingOff (from Joined: the gap starts)
    //   Connecting..Joined        BroadcastEnded (0088)                  WaitingForLive
    //
    // A recovery (an attempt after BackingOff) shows Reconnecting until it
    // joins or gives up, as the user sees one outage, not its steps. The gap
    // start is dropped when the client stops waiting for the same broadcast
    // (Joined, NotFound, WaitingForLive, WaitingForLogin, Stopped); a password
    // or maintenance wait keeps it, since the same broadcast may be rejoined.
    enum class State : quint8 {
        Stopped,
        FindingOwner,
        LookingUp,
        Connecting,
        LoggingIn,
        Joining,
        Joined,
        BackingOff,
        WaitingForLive,
        WaitingForLogin,
        WaitingOutMaintenance,
        NeedsPassword,
        NotFound,
    };
    enum class Trigger : quint8 {
        Start,
        Stop,
        Password,
        Retry,
        OwnerFound,
        Answer,
        SocketConnected,
        LoginAccepted,
        JoinAccepted,
        PasswordRefused,
        Dropped,
        BroadcastEnded,
    };
    enum class DropReason : quint8 {
        Closed,
        Unreachable, // refused, no route, timed out: the other port may work
        Certificate, // TLS refused the server: never retried without TLS
        TooLarge,
        Silent,
        HandshakeTimeout,
        ConnectTimeout,
        ServerError,
        BroadcastEnded,
    };

    void transition(State to, Trigger trigger, const QString &detail = {});
    static bool hasSocket(State state);
    static bool waitsForAttempt(State state);

    void lookUp(Trigger trigger);
    void onLookup(const LiveLookup &result);
    void onVodOwner(const QString &streamerId);
    void openSocket(Transport transport, Trigger trigger);
    void onConnected();
    void onDisconnected();
    void onFrame(const QByteArray &frame);
    void onPingTick();
    void onSilenceCheck();
    void noteReceived(qint64 now);
    void onKeepaliveTick();
    void handleLoginReply(const ChatEvent &event);
    struct Joined
    {
        std::optional<qint64> gapFromMs; // the same broadcast rejoined after a drop: missed since then
        bool announce = false; // the channel's next broadcast began: say so in the chat
        std::optional<qint64> missedFromMs; // a new broadcast: its start may have been missed since then
    };
    Joined handleJoinReply(const ChatEvent &event, quint64 oldSessionGapSequence);
    void closeOldSessionGap(quint64 sequence);
    void drop(DropReason reason, const QString &detail = {});
    void closeSocket();
    void scheduleAttempt(std::chrono::milliseconds delay);
    std::chrono::milliseconds nextBackoff();
    std::chrono::milliseconds nextPoll() const;
    static EventPtr makeGap(qint64 fromMs, qint64 toMs, quint64 sequence);
    void setShown(ConnectionState state, const QString &detail);
    void emitStatus();
    void queueEvents(EventBatch &&events);
    void flushEvents();
    static qint64 nowMs();

    void setLive(const LiveInfo &live);
    static BroadcastInfo broadcastInfo(const LiveInfo &live);

    ClientConfig m_config;
    ChannelStatus m_status;
    LiveInfo m_live;
    ChannelTarget m_target;
    soopchat::ChannelTarget m_neutralTarget;
    QString m_password;

    QNetworkAccessManager *m_network;
    LiveInfoResolver *m_resolver;
    QPointer<QWebSocket> m_socket;
    EventStreamDecoder m_decoder;
    ClientCounters m_counters;

    State m_state = State::Stopped;
    Transport m_preferredTransport = Transport::Unknown; // what last spoke SOOP; tried first next time
    Transport m_socketTransport = Transport::Unknown; // the open socket's
    Transport m_untriedTransport = Transport::Unknown; // the other port, while this lookup has not tried it
    QString m_tlsError; // the open socket's first certificate error
    std::optional<qint64> m_lastJoinedBroadcast; // since start()
    std::optional<qint64> m_gapFromMs; // while a joined connection is being recovered
    std::optional<qint64> m_offlineSeenAtMs; // the last time no broadcast was on (an answer, or 0088)
    qint64 m_waitStartedMs = 0; // when the current wait for a broadcast began
    qint64 m_joinedAtMs = 0;
    qint64 m_lastRxMs = 0;

    QTimer m_attemptTimer; // the next resolve (retry or poll)
    QTimer m_connectTimer; // connect and handshake deadlines
    QTimer m_pingTimer; // websocket pings
    QTimer m_silenceTimer; // the quiet notice and the silence drop
    QTimer m_keepaliveTimer; // SOOP keepalive packets
    QTimer m_stableTimer; // resets the backoff after a stable connection

    EventBatch m_pending;
    bool m_flushQueued = false;
};

} // namespace soopchat::soop
