#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <optional>

#include "core/chzzk/ChzzkConfig.h"
#include "core/chzzk/FrameDecoder.h"
#include "core/chzzk/LiveStatusAnswer.h"
#include "core/events/ChatSource.h"

class QNetworkAccessManager;
class QWebSocket;

namespace soopchat::chzzk {

class ChzzkResolver;

struct ClientCounters
{
    quint64 frames = 0;
    quint64 events = 0;
    quint64 connections = 0; // successful joins
    quint64 drops = 0; // joined connections lost
    quint64 duplicates = 0; // recent-chat lines already shown, not shown again
    quint64 serverPings = 0; // the server's pings, each answered
};

// A read-only connection to one CHZZK channel's chat (docs/CHZZK-PROTOCOL.md
// §1), kept for hours: resolves the live status, the access token and the
// chat servers, joins (cmd 100 → 10100), asks for recent chat (5101 → 15101),
// answers the server's pings, pings after silence as the site does and drops
// a connection that does not answer, reconnects with backoff (the next
// server each time), polls the live status at the period CHZZK asks for and
// moves to the next broadcast when the chat id changes.
//
// After a dropped connection is rejoined, a Gap event marks the time down,
// and the recent chat the server sends again is de-duplicated against what
// was already shown (a line is its author and its time, as 94008 names it).
// Nothing here blocks; the object may live on any thread.
class ChzzkClient : public ChatSource
{
    Q_OBJECT

public:
    explicit ChzzkClient(ClientConfig config, QObject *parent = nullptr);
    ~ChzzkClient() override;

    static soopchat::ChannelTarget neutralTarget(const QString &channelId);

    void setChannel(const QString &channelId);
    void start(const QString &password = {}) override;
    void stop() override;
    void setPassword(const QString &password) override; // CHZZK has no room passwords: tries again
    void retryNow() override;

    const soopchat::ChannelTarget &target() const override { return m_target; }
    const ChannelStatus &status() const override { return m_status; }
    const QString &chatChannelId() const { return m_chatChannelId; }
    ClientCounters counters() const { return m_counters; }
    const FrameDecoder::Counters &decoderCounters() const { return m_decoder.counters(); }

private:
    //   state            runs                                      user sees
    //   Stopped          nothing                                   Stopped
    //   Resolving        status, token, routing                    Resolving (or the wait it ends)
    //   Connecting       a socket; the connect deadline            Connecting (Reconnecting in a recovery)
    //   Joining          cmd 100 sent; the join deadline           Joining (likewise)
    //   Joined           silence check, live-status poll           Live
    //   BackingOff       the attempt timer (backoff)               Reconnecting
    //   WaitingForLive   the attempt timer (poll)                  WaitingForLive
    //   WaitingForLogin  the attempt timer (poll)                  LoginRequired
    //   NotFound         nothing                                   NotFound
    enum class State : quint8 {
        Stopped,
        Resolving,
        Connecting,
        Joining,
        Joined,
        BackingOff,
        WaitingForLive,
        WaitingForLogin,
        NotFound
    };
    enum class DropReason : quint8 { Closed, Unreachable, Silent, Timeout, ServerError, TooLarge, NextBroadcast };

    void transition(State to, const QString &detail = {});
    static bool hasSocket(State state);
    static bool waitsForAttempt(State state);
    void resolve();
    void onResolved(const Resolution &resolution);
    void onPolled(const LiveStatusAnswer &answer);
    void onChannelInfo(const ChannelInfo &info);
    void openSocket();
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void handleJoined(const QByteArray &frame, quint64 reserved, EventBatch &events, qsizetype at, qint64 now);
    void keepUnseen(EventBatch &events, bool recent);
    void onSilenceCheck();
    void armPoll();
    void send(const QByteArray &json);
    void drop(DropReason reason, const QString &detail = {});
    void closeSocket();
    void closeOldSessionGap();
    std::chrono::milliseconds nextBackoff();
    std::chrono::milliseconds pollPeriod() const;
    void scheduleAttempt(std::chrono::milliseconds delay);
    void setShown(ConnectionState state, const QString &detail);
    void emitStatus();
    void queueEvents(EventBatch &&events);
    void flushEvents();
    static EventPtr makeGap(qint64 fromMs, qint64 toMs, quint64 sequence);
    static qint64 nowMs();

    ClientConfig m_config;
    soopchat::ChannelTarget m_target;
    ChannelStatus m_status;
    QString m_channelId;
    QString m_channelName; // from the channel's own answer; empty until it comes

    QNetworkAccessManager *m_network;
    ChzzkResolver *m_resolver;
    QPointer<QWebSocket> m_socket;
    FrameDecoder m_decoder;
    ClientCounters m_counters;

    State m_state = State::Stopped;
    Resolution m_resolution;
    QString m_chatChannelId; // the one joined or being joined
    QString m_sid;
    int m_serverIndex = 0;
    std::optional<QString> m_lastJoinedChat; // since start()
    std::optional<qint64> m_gapFromMs; // while a joined connection is being recovered
    std::optional<qint64> m_offlineSeenAtMs;
    std::optional<qint64> m_movedFromMs; // left a broadcast for the next one: may have missed its start
    qint64 m_lastConfirmedMs = 0; // the last poll that still named the joined chat id
    qint64 m_joinedAtMs = 0;
    qint64 m_lastRxMs = 0;
    qint64 m_pingSentMs = 0;
    bool m_polling = false;

    // What was shown, by author and time (and kind), bounded: recent chat after a reconnect repeats it.
    std::deque<QString> m_seenOrder;
    QHash<QString, char> m_seen;

    QTimer m_attemptTimer;
    QTimer m_connectTimer;
    QTimer m_silenceTimer;
    QTimer m_pollTimer;
    QTimer m_stableTimer;

    EventBatch m_pending;
    bool m_flushQueued = false;
};

} // namespace soopchat::chzzk
