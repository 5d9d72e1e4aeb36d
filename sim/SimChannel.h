#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

#include "sim/ChannelConfig.h"
#include "sim/PacketSource.h"
#include "sim/RateSchedule.h"

namespace soopchat::sim {

class ChannelRegistry;
class ChatSession;

// One streamer of the simulator and its broadcast timeline. A live channel
// produces packets on every tick whether or not anyone listens; each joined
// connection gets the same packets from the moment it joins, and a
// connection that drops misses what is sent meanwhile (the gap a client must
// report). Ending and restarting a broadcast gives it a new BNO and CHATNO.
class SimChannel : public QObject
{
    Q_OBJECT

public:
    // Muted, the timeline runs on as if nobody listened and its packets reach
    // no one, while the channel stays live and joined: a quiet room in which
    // a test knows every line, because only sendPacket() still delivers.
    enum class Timeline : quint8 { Delivered, Muted };

    SimChannel(const QString &id, const ChannelConfig &config, ChannelRegistry *registry);
    ~SimChannel() override;

    const QString &id() const { return m_id; }
    const ChannelConfig &config() const { return m_config; }

    // Applies a whole config: a state change ends or starts the broadcast, a
    // source change starts the timeline's source over. False (and *error)
    // when a replay file cannot be read; the old config then stays.
    bool setConfig(const ChannelConfig &config, QString *error = nullptr);
    void setState(ChannelState state);
    void setPassword(const QString &password);
    void setRate(int packetsPerSecond);
    bool setSource(SourceKind source, const QString &replayFile = {}, QString *error = nullptr);
    void setShapes(FrameShapes shapes);
    void setDropAfter(std::chrono::milliseconds after);
    void setStall(StallMode stall);

    ChannelState state() const { return m_config.state; }
    bool isLive() const { return m_config.state == ChannelState::Live; }
    QString nickname() const { return m_nickname; }
    QString title() const { return m_title; }
    QString broadcastNo() const { return m_broadcastNo; }
    QString chatNo() const { return m_chatNo; }
    QString fanTicket() const { return m_fanTicket; }
    QDateTime broadcastStart() const { return m_broadcastStart; }
    int listenerCount() const { return int(m_listeners.size()); }
    quint64 packetsGenerated() const { return m_generated; }
    PacketSource *source() const { return m_source.get(); }

    // Sends 0088 to everyone joined, then answers offline (and comes back
    // after config().offlineFor when that is set). Joined connections stay
    // open but get nothing more: they belong to the ended broadcast.
    void endBroadcast();
    // Live again with a new BNO, CHATNO and FTK.
    void goLive();
    // An offline channel goes live by itself after this long (a streamer who
    // starts while the app watches: the favourites' notification, the demo).
    void goLiveAfter(std::chrono::milliseconds after);
    // Closes every connection joined to this channel, as a network drop would.
    void dropConnections();
    // Sends one whole packet (PacketBuilder::make) to every connection joined
    // now, between the timeline's own packets: a test's exact chat line.
    void sendPacket(const QByteArray &packet);
    void setTimeline(Timeline timeline) { m_timeline = timeline; }
    Timeline timeline() const { return m_timeline; }

    // The registry's ticker and the chat sessions call these.
    void tick(std::chrono::milliseconds now);
    void addListener(ChatSession *session);
    void removeListener(ChatSession *session);
    QList<QByteArray> userList() const;

signals:
    void broadcastEnded(const QString &id);
    void broadcastStarted(const QString &id, const QString &chatNo);

private:
    std::unique_ptr<PacketSource> makeSource(const ChannelConfig &config, QString *error) const;
    void newBroadcastNumbers();
    void stopBroadcast(ChannelState newState);

    QString m_id;
    ChannelConfig m_config;
    ChannelRegistry *m_registry;
    QString m_nickname;
    QString m_title;
    QString m_broadcastNo;
    QString m_chatNo;
    QString m_fanTicket;
    QDateTime m_broadcastStart;

    std::unique_ptr<PacketSource> m_source;
    RateSchedule m_schedule;
    std::chrono::milliseconds m_liveSince {0};
    qint64 m_overshoot = 0;
    qint64 m_timedProduced = 0;
    quint64 m_generated = 0;
    Timeline m_timeline = Timeline::Delivered;

    QList<ChatSession *> m_listeners;
    QByteArray m_tickBuffer;
    QList<qsizetype> m_ends;
    // Members parented to this, so moveToThread() takes them along.
    QTimer m_endTimer;
    QTimer m_returnTimer;
};

} // namespace soopchat::sim
