#include "core/channel/LiveWatcher.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

#include "core/channel/ChatSources.h"
#include "core/util/Logging.h"

namespace soopchat {

LiveWatcher::LiveWatcher(const ChatSources &sources, Pace pace, QObject *parent)
    : QObject(parent), m_sources(sources), m_pace(pace), m_random(std::random_device {}())
{
    qRegisterMetaType<LiveCheck>();
    qRegisterMetaType<ChannelTarget>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LiveWatcher::checkNext);
    m_clock.start();
}

LiveWatcher::~LiveWatcher()
{
    stop();
}

void LiveWatcher::setPace(const Pace &pace)
{
    m_pace = pace;
    // Checks already planned keep their time unless the new pace is sooner.
    const qint64 now = nowMs();
    for (Watched &watched : m_watched)
        watched.dueAtMs = std::min(watched.dueAtMs, now + qint64(intervalFor(watched).count()));
    schedule();
}

void LiveWatcher::setChannels(const QList<ChannelTarget> &channels)
{
    QList<Watched> next;
    for (const ChannelTarget &target : channels) {
        if (const Watched *known = find(target.key)) {
            next.append(*known);
            next.last().target = target;
        } else {
            Watched watched;
            watched.target = target;
            watched.dueAtMs = nowMs(); // new: first in line (still after the gap)
            next.append(watched);
        }
    }
    m_watched = std::move(next);
    if (m_current && !find(m_currentKey)) {
        m_current->abort();
        m_current = nullptr;
        m_currentKey.clear();
    }
    schedule();
}

QList<ChannelTarget> LiveWatcher::channels() const
{
    QList<ChannelTarget> result;
    for (const Watched &watched : m_watched)
        result.append(watched.target);
    return result;
}

void LiveWatcher::setOpenChannels(const QSet<QString> &keys)
{
    const qint64 now = nowMs();
    for (Watched &watched : m_watched) {
        const bool open = keys.contains(watched.target.key);
        // Closed again: what its tab knew is not known here; look soon.
        if (watched.open && !open)
            watched.dueAtMs = std::min(watched.dueAtMs, now);
        watched.open = open;
    }
    schedule();
}

void LiveWatcher::noteSeen(const QString &key, LiveCheck::State state)
{
    if (Watched *watched = find(key); watched && state != LiveCheck::State::Unknown)
        watched->lastKnown = state;
}

void LiveWatcher::start()
{
    m_running = true;
    schedule();
}

void LiveWatcher::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_current) {
        m_current->abort();
        m_current = nullptr;
        m_currentKey.clear();
    }
}

LiveCheck LiveWatcher::state(const QString &key) const
{
    const Watched *watched = find(key);
    return watched ? watched->check : LiveCheck {};
}

int LiveWatcher::failures(const QString &key) const
{
    const Watched *watched = find(key);
    return watched ? watched->failures : 0;
}

std::chrono::milliseconds LiveWatcher::plannedInterval(const QString &key) const
{
    const Watched *watched = find(key);
    return watched ? intervalFor(*watched) : m_pace.interval;
}

std::chrono::milliseconds LiveWatcher::currentGap() const
{
    const int factor = 1 << std::min(m_troubleInARow, 4); // 16× at most
    return m_pace.minimumGap * factor;
}

std::chrono::milliseconds LiveWatcher::intervalFor(const Watched &watched) const
{
    if (watched.failures == 0)
        return m_pace.interval;
    const int doublings = std::min(watched.failures, 16);
    const std::chrono::milliseconds backedOff = m_pace.interval * (qint64(1) << doublings);
    return std::min(backedOff, std::max(m_pace.maxBackoff, m_pace.interval));
}

LiveWatcher::Watched *LiveWatcher::find(const QString &key)
{
    for (Watched &watched : m_watched) {
        if (watched.target.key == key)
            return &watched;
    }
    return nullptr;
}

const LiveWatcher::Watched *LiveWatcher::find(const QString &key) const
{
    return const_cast<LiveWatcher *>(this)->find(key);
}

void LiveWatcher::schedule()
{
    if (!m_running || m_current)
        return;
    const Watched *next = nullptr;
    for (const Watched &watched : m_watched) {
        if (!watched.open && (!next || watched.dueAtMs < next->dueAtMs))
            next = &watched;
    }
    if (!next) {
        m_timer.stop();
        return;
    }
    qint64 at = next->dueAtMs;
    if (m_lastStartMs >= 0)
        at = std::max(at, m_lastStartMs + qint64(currentGap().count()));
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, at - nowMs())));
}

LiveProbe *LiveWatcher::probeFor(Platform platform)
{
    auto found = m_probes.find(platform);
    if (found != m_probes.end())
        return found->second.get();
    if (m_noProbe.count(platform) > 0)
        return nullptr;
    std::unique_ptr<LiveProbe> probe = m_sources.createProbe(platform);
    if (!probe) {
        m_noProbe.insert(platform);
        return nullptr;
    }
    probe->setParent(this);
    connect(probe.get(), &LiveProbe::finished, this, &LiveWatcher::onFinished);
    LiveProbe *raw = probe.get();
    m_probes.emplace(platform, std::move(probe));
    return raw;
}

void LiveWatcher::checkNext()
{
    if (!m_running || m_current)
        return;
    Watched *next = nullptr;
    for (Watched &watched : m_watched) {
        if (!watched.open && (!next || watched.dueAtMs < next->dueAtMs))
            next = &watched;
    }
    if (!next)
        return;
    if (next->dueAtMs > nowMs() || (m_lastStartMs >= 0 && m_lastStartMs + currentGap().count() > nowMs()))
        return schedule(); // the timer fired early, or the list changed meanwhile
    LiveProbe *probe = probeFor(next->target.platform);
    if (!probe) {
        LiveCheck check;
        check.reason = LiveCheck::Reason::NotSupported;
        check.detail =
            QCoreApplication::translate("soopchat::LiveWatcher", "SoopChat cannot check this platform's channels.");
        next->check = check;
        next->dueAtMs = std::numeric_limits<qint64>::max() / 2; // nothing to ask
        const ChannelTarget target = next->target;
        emit checked(target, check);
        return schedule();
    }
    m_current = probe;
    m_currentKey = next->target.key;
    m_lastStartMs = nowMs();
    ++m_checksMade;
    const ChannelTarget target = next->target;
    emit checkStarted(target);
    probe->check(target);
}

void LiveWatcher::onFinished(const ChannelTarget &target, const LiveCheck &result)
{
    if (sender() != m_current || target.key != m_currentKey)
        return;
    m_current = nullptr;
    m_currentKey.clear();
    Watched *watched = find(target.key);
    if (!watched)
        return schedule();

    if (result.isTrouble()) {
        ++watched->failures;
        ++m_troubleInARow;
        qCInfo(lcNet) << "live check of" << target.key << "failed" << watched->failures << "time(s):" << result.detail;
    } else {
        watched->failures = 0;
        m_troubleInARow = 0;
    }
    // The last good answer stays shown through passing trouble, with the reason.
    const LiveCheck previous = watched->check;
    watched->check = result;
    if (result.state == LiveCheck::State::Unknown && result.isTrouble() &&
        previous.state != LiveCheck::State::Unknown) {
        watched->check.state = previous.state;
        watched->check.title = previous.title;
        watched->check.channelName = previous.channelName;
    }
    if (watched->check.channelName.isEmpty())
        watched->check.channelName = previous.channelName;

    const LiveCheck::State before = watched->lastKnown;
    if (result.state != LiveCheck::State::Unknown)
        watched->lastKnown = result.state;
    const qint64 interval = intervalFor(*watched).count();
    std::uniform_real_distribution<double> spread(-m_pace.jitter, m_pace.jitter);
    watched->dueAtMs = nowMs() + qint64(double(interval) * (1.0 + spread(m_random)));

    const ChannelTarget kept = watched->target;
    const LiveCheck shown = watched->check;
    emit checked(kept, shown);
    if (before == LiveCheck::State::Offline && result.state == LiveCheck::State::Live)
        emit wentLive(kept, shown);
    schedule();
}

} // namespace soopchat
