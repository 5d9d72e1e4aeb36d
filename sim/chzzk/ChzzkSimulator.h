#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <deque>
#include <memory>
#include <vector>

#include "sim/chzzk/ChzzkScenario.h"

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace soopchat::sim {

class ChzzkReplay;
class ChzzkRoom;

struct ChzzkSimOptions
{
    quint16 apiPort = 0; // 0: a free pair (the chat is on apiPort + 1)
    ChzzkScenario scenario = ChzzkScenario::Normal;
    double rate = 10; // frames a second per channel (the scripted room)
    QString replayFile; // set: every channel replays it instead
    double replaySpeed = 1;
    quint64 seed = 1;
    std::chrono::milliseconds pollPeriod {10'000}; // what live-status asks clients for (callPeriodMilliSecond)
    std::chrono::milliseconds serverPingInterval {60'000}; // the server's own pings
    std::chrono::milliseconds dropAfter {10'000}; // drop-after, stall
    std::chrono::milliseconds stallFor {60'000}; // stall
    std::chrono::milliseconds newBroadcastAfter {30'000}; // new-broadcast
};

// CHZZK on loopback, speaking the real protocol (docs/CHZZK-PROTOCOL.md):
// live status (polling/v2 and v3.1), the chat access token and the routing
// answer on http://127.0.0.1:apiPort(), and the chat websocket on
// ws://127.0.0.1:apiPort()+1/chat (ChzzkConfig's Endpoints::forBase). Every
// 32-hex id is a live channel with a scripted room (or a replay), until a
// fault says otherwise. Runs on its thread's event loop and never blocks it.
class ChzzkSimulator : public QObject
{
    Q_OBJECT

public:
    enum class ChannelState : quint8 { Live, Offline, AdultOnly, NotFound, ServerError };
    // How the channel's own answer (service/v1/channels/{id}: its name) fails.
    enum class ChannelInfoFault : quint8 {
        None,
        ServerError, // HTTP 500
        NoName, // code 200 with content null, as for an unknown channel
        Hang, // never answered (until the simulator stops)
    };

    struct Counters
    {
        quint64 statusRequests = 0;
        quint64 tokenRequests = 0;
        quint64 routingRequests = 0;
        quint64 channelInfoRequests = 0;
        quint64 connections = 0;
        quint64 joins = 0;
        quint64 rejectedJoins = 0;
        quint64 recentRequests = 0;
        quint64 clientPings = 0;
        quint64 serverPings = 0;
        quint64 pongsReceived = 0;
        quint64 framesSent = 0;
        quint64 linesSent = 0;
    };

    explicit ChzzkSimulator(const ChzzkSimOptions &options = {}, QObject *parent = nullptr);
    ~ChzzkSimulator() override;

    bool start(QString *error = nullptr);
    void stop();

    QUrl apiBase() const; // http://127.0.0.1:PORT
    quint16 apiPort() const { return m_apiPort; }
    quint16 chatPort() const;
    const ChzzkSimOptions &options() const { return m_options; }
    Counters counters() const { return m_counters; }

    // The faults.
    void setState(const QString &channelId, ChannelState state);
    ChannelState state(const QString &channelId);
    QString chatChannelId(const QString &channelId); // the current broadcast's
    QString newBroadcast(const QString &channelId); // a new chat id; the old one stays open but silent
    void dropConnections(); // every chat connection cut, without a close frame
    // Nothing sent (held until the stall ends, as a stalled network holds it), nothing read or answered.
    void setStalled(bool stalled);
    bool isStalled() const { return m_stalled; }
    void setRoutingFails(bool fails); // the routing answer is HTTP 500
    void setChannelInfoFault(ChannelInfoFault fault) { m_infoFault = fault; }
    // The streamer's name its channel answer gives (a Korean one, picked by id, by default).
    QString channelName(const QString &channelId);
    void setChannelName(const QString &channelId, const QString &name);
    void setRate(const QString &channelId, double framesPerSecond); // 0: quiet
    void setPollPeriod(std::chrono::milliseconds period) { m_options.pollPeriod = period; }
    void setServerPingInterval(std::chrono::milliseconds interval);
    bool setReplay(const QString &channelId, const QString &path, QString *error);
    // One chat line now (tests); its time (what a blind names).
    qint64 say(const QString &channelId, const QString &text);
    // One frame now (tests: donations, subscriptions, gifts, notices, blinds built with ChzzkLines for
    // chatChannelId()), and the lines it carries (pushed spelling) for recent chat.
    void push(const QString &channelId, const QByteArray &frame, const QJsonArray &lines = {});
    // The recent chat a join gets: the last lines said (pushed spelling).
    QJsonArray history(const QString &channelId);
    int openConnections() const { return int(m_sessions.size()); }

signals:
    void joined(const QString &chatChannelId);
    void recentRequested(const QString &chatChannelId);
    void clientPinged();
    void pongReceived();
    void connectionClosed();

private:
    struct Channel;
    struct Session;

    Channel &channel(const QString &channelId);
    Channel *channelByChat(const QString &chatChannelId);
    void applyScenario(Channel &channel);
    void onTick(Channel &channel);
    void deliver(Channel &channel, const QByteArray &frame, const QJsonArray &lines);
    void accept();
    void onMessage(Session *session, const QString &text);
    void send(Session *session, const QByteArray &frame);
    void onServerPing();
    void onScenarioTick();

    QJsonObject liveStatus(const QString &channelId, int *httpStatus);
    QJsonObject token(const QString &chatChannelId, int *httpStatus);
    QJsonObject routing(int *httpStatus);
    void channelInfo(const QString &channelId, QHttpServerResponder &&responder);

    ChzzkSimOptions m_options;
    Counters m_counters;
    QHttpServer *m_http = nullptr;
    QWebSocketServer *m_chat = nullptr;
    quint16 m_apiPort = 0;
    QHash<QString, std::shared_ptr<Channel>> m_channels; // by channel id
    QHash<QWebSocket *, std::shared_ptr<Session>> m_sessions;
    QTimer *m_pingTimer;
    QTimer *m_scenarioTimer;
    bool m_stalled = false;
    bool m_routingFails = false;
    ChannelInfoFault m_infoFault = ChannelInfoFault::None;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_held; // the Hang fault's unanswered requests
    quint64 m_nextChatId = 1;
    quint64 m_seed;
};

} // namespace soopchat::sim
