#include "sim/ChannelRegistry.h"

#include "sim/SimChannel.h"

namespace soopchat::sim {

ChannelRegistry::ChannelRegistry(
    const ChannelConfig &defaults, quint64 seed, std::chrono::milliseconds tick, SimCounters *counters, QObject *parent)
    : QObject(parent), m_defaults(defaults), m_seed(seed), m_counters(counters), m_numbers(seed), m_ticker(this)
{
    // Numbers in the ranges the real service uses (BNO 281257200, CHATNO 2620).
    m_nextBroadcastNo = 281000000 + m_numbers.between(0, 999999);
    m_nextChatNo = 1000 + m_numbers.between(0, 7999);
    m_clock.start();
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(std::max(tick, std::chrono::milliseconds(1)));
    connect(&m_ticker, &QTimer::timeout, this, &ChannelRegistry::tick);
}

ChannelRegistry::~ChannelRegistry()
{
    m_ticker.stop();
    qDeleteAll(m_order);
}

SimChannel *ChannelRegistry::channel(const QString &id)
{
    const QString key = id.toLower();
    if (SimChannel *existing = m_channels.value(key))
        return existing;
    auto *created = new SimChannel(key, m_defaults, this);
    m_channels.insert(key, created);
    m_order.append(created);
    emit channelCreated(created);
    return created;
}

SimChannel *ChannelRegistry::find(const QString &id) const
{
    return m_channels.value(id.toLower());
}

SimChannel *ChannelRegistry::findLiveByChatNo(QByteArrayView chatNo) const
{
    const QString wanted = QString::fromLatin1(chatNo);
    for (SimChannel *channel : m_order) {
        if (channel->isLive() && channel->chatNo() == wanted)
            return channel;
    }
    return nullptr;
}

QList<SimChannel *> ChannelRegistry::channels() const
{
    return m_order;
}

std::optional<SimVod> ChannelRegistry::vod(qint64 titleNo) const
{
    const auto it = m_vods.constFind(titleNo);
    if (it == m_vods.constEnd())
        return std::nullopt;
    return *it;
}

void ChannelRegistry::start()
{
    m_ticker.start();
}

void ChannelRegistry::stop()
{
    m_ticker.stop();
}

QString ChannelRegistry::allocateBroadcastNo()
{
    m_nextBroadcastNo += m_numbers.between(1, 40);
    return QString::number(m_nextBroadcastNo);
}

QString ChannelRegistry::allocateChatNo()
{
    m_nextChatNo += m_numbers.between(1, 9);
    return QString::number(m_nextChatNo);
}

std::shared_ptr<const RecordedSession::Recording> ChannelRegistry::recording(const QString &path, QString *error)
{
    if (auto cached = m_recordings.value(path))
        return cached;
    auto loaded = RecordedSession::Recording::load(path, error);
    if (loaded)
        m_recordings.insert(path, loaded);
    return loaded;
}

void ChannelRegistry::tick()
{
    const auto now = this->now();
    // A copy: a channel created while delivering (it cannot happen today) waits for the next tick.
    const QList<SimChannel *> channels = m_order;
    for (SimChannel *channel : channels)
        channel->tick(now);
}

} // namespace soopchat::sim
