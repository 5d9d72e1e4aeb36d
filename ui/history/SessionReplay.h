#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>

#include "core/events/ChatEvent.h"
#include "core/store/SessionInfo.h"

namespace soopchat {

class StoreThread;

// Plays a recorded session back into a viewer: events come out (eventsDue)
// with their original spacing divided by the speed, as if they arrived live,
// from a position the user can move. A timer drives it; events are read from
// the database a chunk at a time ahead of the clock on the store's thread,
// so a long session never sits in memory and nothing blocks.
//
// Starting from a stopped or finished replay, or moving the position while
// playing, says reset() first: the consumers start over from that moment,
// like a viewer who joined then.
class SessionReplay : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8 { Stopped, Playing, Paused, Finished };
    Q_ENUM(State)

    static constexpr int ChunkSize = 5000;
    static constexpr std::chrono::milliseconds TickInterval {30};

    // A monotonic clock in ms; tests give their own to advance time by hand.
    using Clock = std::function<qint64()>;

    SessionReplay(StoreThread *store, const SessionSummary &session, QObject *parent = nullptr);

    State state() const { return m_state; }
    int speed() const { return m_speed; }
    qint64 positionMs() const; // from the session's start
    qint64 durationMs() const { return m_durationMs; }
    qint64 deliveredCount() const { return m_delivered; } // since the last reset()
    qsizetype queuedEvents() const { return qsizetype(m_queue.size()); } // read, not yet due
    void setClock(Clock clock);

public slots:
    void play();
    void pause();
    void togglePlay();
    void setSpeed(int speed); // 1, 4 or 16 (any positive factor works)
    void seek(qint64 positionMs);
    void stop(); // back to the recorded view's state: Stopped at the start
    // Emits what is due by now; the timer calls it.
    void tick();

signals:
    void reset();
    void eventsDue(const soopchat::EventBatch &events);
    void positionChanged(qint64 positionMs);
    void stateChanged(soopchat::SessionReplay::State state);
    void speedChanged(int speed);
    void finished();

private:
    struct Queued
    {
        qint64 seq;
        qint64 offsetMs; // from the session's start
        EventPtr event;
    };

    void setState(State state);
    void restartFrom(qint64 positionMs);
    void requestChunk();
    void onChunk(int generation, const QList<EventPtr> &events, const QList<qint64> &seqs, bool exhausted);
    void onStartSeq(int generation, qint64 seq);
    void anchor(qint64 positionMs);
    qint64 now() const;

    StoreThread *m_store;
    SessionSummary m_session;
    qint64 m_durationMs = 0;
    State m_state = State::Stopped;
    int m_speed = 1;
    Clock m_clock;
    QTimer m_timer;

    // position = m_anchorPosition + (now - m_anchorClock) * speed while playing
    qint64 m_anchorClock = 0;
    qint64 m_anchorPosition = 0;
    qint64 m_position = 0; // when not playing, and the last one emitted

    std::deque<Queued> m_queue;
    qint64 m_lastSeq = 0; // the last seq queued (chunks continue after it)
    bool m_loading = false;
    bool m_exhausted = false;
    bool m_started = false; // the start seq is known
    int m_generation = 0; // a seek makes chunks still on their way stale
    qint64 m_delivered = 0;
};

} // namespace soopchat
