#include "ui/history/SessionReplay.h"

#include <QElapsedTimer>

#include "core/store/SessionReader.h"
#include "core/util/Logging.h"
#include "ui/history/StoreThread.h"

namespace soopchat {

SessionReplay::SessionReplay(StoreThread *store, const SessionSummary &session, QObject *parent)
    : QObject(parent), m_store(store), m_session(session),
      m_durationMs(std::max<qint64>(0, session.effectiveEndMs() - session.info.startedAtMs))
{
    QElapsedTimer elapsed;
    elapsed.start();
    m_clock = [elapsed] { return elapsed.elapsed(); };
    m_timer.setInterval(TickInterval);
    connect(&m_timer, &QTimer::timeout, this, &SessionReplay::tick);
}

void SessionReplay::setClock(Clock clock)
{
    m_clock = std::move(clock);
    anchor(m_position);
}

qint64 SessionReplay::now() const
{
    return m_clock();
}

qint64 SessionReplay::positionMs() const
{
    return m_position;
}

void SessionReplay::anchor(qint64 positionMs)
{
    m_anchorClock = now();
    m_anchorPosition = positionMs;
}

void SessionReplay::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SessionReplay::play()
{
    if (m_state == State::Playing)
        return;
    if (m_state == State::Stopped || m_state == State::Finished)
        restartFrom(m_state == State::Finished ? 0 : m_position);
    else
        anchor(m_position);
    setState(State::Playing);
    m_timer.start();
}

void SessionReplay::pause()
{
    if (m_state != State::Playing)
        return;
    tick();
    m_timer.stop();
    setState(State::Paused);
}

void SessionReplay::togglePlay()
{
    if (m_state == State::Playing)
        pause();
    else
        play();
}

void SessionReplay::setSpeed(int speed)
{
    speed = std::max(1, speed);
    if (speed == m_speed)
        return;
    if (m_state == State::Playing)
        tick(); // what was due at the old speed goes first
    m_speed = speed;
    anchor(m_position);
    emit speedChanged(speed);
}

void SessionReplay::seek(qint64 positionMs)
{
    positionMs = std::clamp<qint64>(positionMs, 0, m_durationMs);
    switch (m_state) {
    case State::Playing:
    case State::Paused:
        restartFrom(positionMs);
        break;
    case State::Finished:
        setState(State::Stopped);
        [[fallthrough]];
    case State::Stopped:
        m_position = positionMs;
        emit positionChanged(m_position);
        break;
    }
}

void SessionReplay::stop()
{
    ++m_generation;
    m_timer.stop();
    m_queue.clear();
    m_loading = false;
    m_position = 0;
    setState(State::Stopped);
    emit positionChanged(0);
}

void SessionReplay::restartFrom(qint64 positionMs)
{
    const int generation = ++m_generation;
    m_queue.clear();
    m_exhausted = false;
    m_started = false;
    m_loading = true;
    m_lastSeq = 0;
    m_delivered = 0;
    m_position = std::clamp<qint64>(positionMs, 0, m_durationMs);
    anchor(m_position);
    emit reset();
    emit positionChanged(m_position);
    if (m_position == 0) {
        onStartSeq(generation, 1);
        return;
    }
    const qint64 sessionId = m_session.id;
    const qint64 at = m_session.info.startedAtMs + m_position;
    m_store->post([this, generation, sessionId, at](SessionReader &reader, const StoreError &openError) {
        const qint64 seq = openError.isError() ? 0 : reader.seqAt(sessionId, at);
        QMetaObject::invokeMethod(this, [this, generation, seq] { onStartSeq(generation, seq); });
    });
}

void SessionReplay::onStartSeq(int generation, qint64 seq)
{
    if (generation != m_generation)
        return;
    m_started = true;
    m_loading = false;
    if (seq <= 0) {
        m_exhausted = true; // nothing was said after that moment
        return;
    }
    m_lastSeq = seq - 1;
    requestChunk();
}

void SessionReplay::requestChunk()
{
    m_loading = true;
    const int generation = m_generation;
    const qint64 sessionId = m_session.id;
    const qint64 afterSeq = m_lastSeq;
    m_store->post([this, generation, sessionId, afterSeq](SessionReader &reader, const StoreError &openError) {
        StoreError error = openError;
        SessionReader::Chunk chunk;
        if (!openError.isError())
            chunk = reader.loadChunk(sessionId, afterSeq, ChunkSize, &error);
        if (error.isError())
            qCWarning(lcUi) << "replay cannot read session" << sessionId << ':' << error.message << error.detail;
        const bool exhausted = error.isError() || chunk.events.size() < ChunkSize;
        QMetaObject::invokeMethod(
            this, [this, generation, chunk, exhausted] { onChunk(generation, chunk.events, chunk.seqs, exhausted); });
    });
}

void SessionReplay::onChunk(int generation, const QList<EventPtr> &events, const QList<qint64> &seqs, bool exhausted)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_exhausted = exhausted;
    const qint64 start = m_session.info.startedAtMs;
    for (qsizetype i = 0; i < events.size(); ++i)
        m_queue.push_back({seqs[i], std::max<qint64>(0, events[i]->receivedAtMs - start), events[i]});
    if (!seqs.isEmpty())
        m_lastSeq = seqs.last();
}

void SessionReplay::tick()
{
    if (m_state != State::Playing)
        return;
    const qint64 target = m_anchorPosition + (now() - m_anchorClock) * m_speed;
    EventBatch due;
    while (!m_queue.empty() && m_queue.front().offsetMs <= target) {
        due.append(std::move(m_queue.front().event));
        m_queue.pop_front();
    }
    if (m_queue.empty() && !m_exhausted) {
        // Still reading: the clock waits for the events rather than run past them.
        if (!due.isEmpty())
            m_position = std::min(target, m_durationMs);
        anchor(m_position);
    } else {
        m_position = std::min(target, m_durationMs);
    }
    if (!due.isEmpty()) {
        m_delivered += due.size();
        emit eventsDue(due);
    }
    if (m_started && !m_loading && !m_exhausted && m_queue.size() < std::size_t(ChunkSize / 2))
        requestChunk();
    if (m_queue.empty() && m_exhausted && m_started) {
        m_timer.stop();
        m_position = m_durationMs;
        emit positionChanged(m_position);
        setState(State::Finished);
        emit finished();
        return;
    }
    emit positionChanged(m_position);
}

} // namespace soopchat
