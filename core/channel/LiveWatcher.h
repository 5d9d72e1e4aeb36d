#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <map>
#include <memory>
#include <random>
#include <set>

#include "core/events/LiveProbe.h"

namespace soopchat {

class ChatSources;

// Keeps an eye on a list of channels (the favourites) all evening, politely:
// one check at a time through the platform's LiveProbe, each channel about
// every `interval` (± jitter, so checks do not fall into step), never two
// checks closer than `minimumGap` whoever they are for, and less often while
// the service or the network is in trouble (that channel's interval doubles
// with each failure up to `maxBackoff`; the gap doubles with each failure in
// a row, up to 16×). Channels open in a tab are not checked: their tab knows.
class LiveWatcher : public QObject
{
    Q_OBJECT

public:
    struct Pace
    {
        std::chrono::milliseconds interval {180'000};
        double jitter = 0.2; // ± this share of the interval
        std::chrono::milliseconds minimumGap {5'000};
        std::chrono::milliseconds maxBackoff {1'800'000};
    };
    static constexpr int MaxGapFactor = 16;

    LiveWatcher(const ChatSources &sources, Pace pace, QObject *parent = nullptr);
    ~LiveWatcher() override;

    void setPace(const Pace &pace);
    const Pace &pace() const { return m_pace; }

    // The channels to watch, by their platform and key; what is known of the
    // ones kept stays, new ones are checked first.
    void setChannels(const QList<ChannelTarget> &channels);
    QList<ChannelTarget> channels() const;
    // Channels open in a tab (by key): not checked while open.
    void setOpenChannels(const QSet<QString> &keys);
    // What a tab saw (live or offline): a broadcast the user watched there
    // is not announced as new when its tab closes.
    void noteSeen(const QString &key, LiveCheck::State state);

    void start();
    void stop();
    bool isRunning() const { return m_running; }

    LiveCheck state(const QString &key) const;
    bool isChecking() const { return m_current != nullptr; }
    int failures(const QString &key) const; // trouble answers in a row
    // When its next check is due after the last answer, before the gap: the
    // interval, or its backoff after trouble (without jitter).
    std::chrono::milliseconds plannedInterval(const QString &key) const;
    std::chrono::milliseconds currentGap() const;
    int checksMade() const { return m_checksMade; }

signals:
    void checkStarted(const soopchat::ChannelTarget &target);
    void checked(const soopchat::ChannelTarget &target, const soopchat::LiveCheck &result);
    // Seen offline, now live: once per broadcast found.
    void wentLive(const soopchat::ChannelTarget &target, const soopchat::LiveCheck &result);

private:
    struct Watched
    {
        ChannelTarget target;
        LiveCheck check;
        LiveCheck::State lastKnown = LiveCheck::State::Unknown; // Live or Offline, never Unknown
        qint64 dueAtMs = 0;
        int failures = 0;
        bool open = false;
    };

    void schedule();
    void checkNext();
    void onFinished(const ChannelTarget &target, const LiveCheck &result);
    LiveProbe *probeFor(Platform platform);
    Watched *find(const QString &key);
    const Watched *find(const QString &key) const;
    std::chrono::milliseconds intervalFor(const Watched &watched) const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    const ChatSources &m_sources;
    Pace m_pace;
    QList<Watched> m_watched;
    std::map<Platform, std::unique_ptr<LiveProbe>> m_probes;
    std::set<Platform> m_noProbe;
    LiveProbe *m_current = nullptr;
    QString m_currentKey;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastStartMs = -1;
    int m_troubleInARow = 0;
    int m_checksMade = 0;
    bool m_running = false;
    std::minstd_rand m_random;
};

} // namespace soopchat
