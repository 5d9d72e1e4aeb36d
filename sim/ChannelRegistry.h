#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

#include "sim/ChannelConfig.h"
#include "sim/RecordedSession.h"
#include "sim/SimCounters.h"
#include "sim/SimRandom.h"

namespace soopchat::sim {

class SimChannel;

// A VOD the station API knows (POST /station/video/a/view).
struct SimVod
{
    qint64 titleNo = 0;
    QString owner;
    QString title;
};

// Every channel the simulator has heard of, created on first mention with
// the default config, plus the broadcast and chat numbers handed out, the
// VODs, the loaded recordings, and the ticker that drives every timeline.
class ChannelRegistry : public QObject
{
    Q_OBJECT

public:
    ChannelRegistry(const ChannelConfig &defaults, quint64 seed, std::chrono::milliseconds tick, SimCounters *counters,
        QObject *parent = nullptr);
    ~ChannelRegistry() override;

    SimChannel *channel(const QString &id); // found or created
    SimChannel *find(const QString &id) const;
    SimChannel *findLiveByChatNo(QByteArrayView chatNo) const;
    QList<SimChannel *> channels() const;

    const ChannelConfig &defaults() const { return m_defaults; }
    void setDefaults(const ChannelConfig &defaults) { m_defaults = defaults; }

    void addVod(const SimVod &vod) { m_vods.insert(vod.titleNo, vod); }
    std::optional<SimVod> vod(qint64 titleNo) const;

    void start();
    void stop();

    // For the channels.
    quint64 seed() const { return m_seed; }
    SimCounters *counters() const { return m_counters; }
    std::chrono::milliseconds now() const { return std::chrono::milliseconds(m_clock.elapsed()); }
    QString allocateBroadcastNo();
    QString allocateChatNo();
    std::shared_ptr<const RecordedSession::Recording> recording(const QString &path, QString *error);

signals:
    void channelCreated(soopchat::sim::SimChannel *channel);

private:
    void tick();

    ChannelConfig m_defaults;
    quint64 m_seed;
    SimCounters *m_counters;
    SimRandom m_numbers;
    QHash<QString, SimChannel *> m_channels;
    QList<SimChannel *> m_order; // creation order, for a stable tick order
    QHash<qint64, SimVod> m_vods;
    QHash<QString, std::shared_ptr<const RecordedSession::Recording>> m_recordings;
    qint64 m_nextBroadcastNo;
    qint64 m_nextChatNo;
    QElapsedTimer m_clock;
    QTimer m_ticker;
};

} // namespace soopchat::sim
