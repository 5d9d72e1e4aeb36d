#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>

#include "core/events/ChatEvent.h"
#include "core/store/SessionDatabase.h"
#include "core/store/SessionInfo.h"
#include "core/store/StoreError.h"

class QThread;

namespace soopchat {

class SessionWriterWorker;

// Records sessions into a recording database on a worker thread it owns.
// beginSession, record, endSession, flush and setMaxBytes are cheap, never
// touch the disk and may be called from any thread (they only queue work, in
// call order per calling thread); so a client on the network thread can feed
// record() directly. Signals arrive on the thread the writer lives in. Events reach the disk in batched transactions at
// most `flushInterval` (plus one commit) after record(), so a killed process loses well under a second.
//
// When the file is damaged, locked by another program or read-only, the
// writer says so (error) and goes on in a new file beside it
// (switchedToFile); the old file is never modified. When the disk is full it
// says so, keeps events in memory up to `maxBufferedEvents`, retries, and
// reports whatever it had to drop (eventsDropped); the recording gets a `gap`
// event over the dropped span, so the history and the export show it.
//
// Before anything is written the file's pages are checked
// (SessionDatabase::Options::check). A damaged file is marked as such
// (RecordingFiles) and never written again; recording goes on in the one
// fallback file beside it that every writer of the app shares
// (RecordingFiles::fallbackPath).
class SessionWriter : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds flushInterval {250};
        // Commit at once when this many events wait. In a storm the interval
        // still bounds a transaction to 250 ms of events; bigger transactions
        // write fewer, larger full-text segments (7 % less CPU than 2,000).
        int flushThreshold = 8000;
        // The full-text index waits while more than this many events are
        // queued behind those being committed: recording comes first, and the
        // index catches up when the chat calms down (a search meanwhile scans
        // the rows not indexed yet). Negative: never index (for tests).
        int indexBacklogLimit = 8000;
        // Rows indexed per transaction while catching up, so commits stay short.
        int indexCatchUpRows = 20'000;
        std::chrono::milliseconds retryInterval {2000}; // after a full disk or I/O error
        int maxBufferedEvents = 200'000; // kept in memory while writing fails; the oldest go first
        SessionDatabase::Options database;
    };

    // Thread-safe counters, readable from any thread.
    struct Counters
    {
        std::atomic<qint64> written {0}; // events committed since the writer started
        std::atomic<qint64> pending {0}; // handed to record() and not yet committed
        std::atomic<qint64> dropped {0}; // lost, for any of the reasons below (their sum)
        std::atomic<qint64> droppedNoSession {0}; // arrived outside a session
        std::atomic<qint64> droppedBufferFull {0}; // writing failed and the memory buffer overflowed
        std::atomic<qint64> droppedAtClose {0}; // still unsaved when the writer closed
        std::atomic<qint64> gapMarkers {0}; // gap rows committed for dropped spans (not in `written`)
    };

    explicit SessionWriter(const QString &path, QObject *parent = nullptr);
    SessionWriter(const QString &path, const Options &options, QObject *parent = nullptr);
    // Commits what is pending and stops the thread (this waits for the disk).
    ~SessionWriter() override;

    // Starts a session; sessionStarted(id) follows once its row exists. An
    // open session is ended first.
    void beginSession(const SessionInfo &info);
    // Queues the events for the current session. Keepalive, login and join
    // replies are not recorded; gaps are.
    void record(const EventBatch &events);
    // Ends the current session at `endedAtMs` (0 = now); sessionEnded(id) follows.
    void endSession(qint64 endedAtMs = 0);
    // Commits what is pending now; flushed() follows once everything handed
    // over so far is on disk.
    void flush();
    // Limits how large the file may grow (SessionDatabase::Options::maxBytes).
    void setMaxBytes(qint64 maxBytes);

    // On the writer's own thread: the file being written (changes with
    // switchedToFile) and the current session's id.
    QString path() const { return m_path; }
    qint64 sessionId() const { return m_sessionId; }
    qint64 eventsWritten() const { return m_counters.written.load(); }
    qint64 pendingEvents() const { return m_counters.pending.load(); }
    qint64 droppedEvents() const { return m_counters.dropped.load(); }
    const Counters &counters() const { return m_counters; }

    // Ends the session, commits what it can and closes the file now, waiting
    // for the disk; the counters are final afterwards (what the destructor
    // does, for a caller that reports them). Nothing is recorded after it.
    void close();

    // What a session holds: every event that SessionTotals counts.
    static bool isRecorded(EventType type);

signals:
    void sessionStarted(qint64 sessionId);
    void sessionEnded(qint64 sessionId);
    void flushed();
    void error(const soopchat::StoreError &error);
    void switchedToFile(const QString &path);
    // Writing works again after a full disk or an I/O error.
    void recovered();
    // Writing failed for a reason that may pass (a full disk, an I/O error):
    // events now wait in memory; recovered() follows when they are saved.
    void stopped(const soopchat::StoreError &cause);
    void eventsDropped(qint64 count, const QString &message);

private:
    void stopWorker();

    Options m_options;
    Counters m_counters;
    QString m_path;
    qint64 m_sessionId = 0;
    QThread *m_thread = nullptr;
    SessionWriterWorker *m_worker = nullptr;
};

} // namespace soopchat
