#pragma once

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

#include "core/store/SessionWriter.h"
#include "core/store/SqliteStatement.h"

class QTimer;

namespace soopchat {

// The half of SessionWriter that lives on its thread and owns the
// connection. Its methods run there only (SessionWriter queues them).
class SessionWriterWorker : public QObject
{
    Q_OBJECT

public:
    SessionWriterWorker(const QString &path, const SessionWriter::Options &options, SessionWriter::Counters &counters);
    ~SessionWriterWorker() override;

    void start();
    void beginSession(const SessionInfo &info);
    void append(const EventBatch &events, qint64 handedAtMs);
    void endSession(qint64 endedAtMs);
    void flush();
    void setMaxBytes(qint64 maxBytes);
    // Commits what it can, closes the file and hands itself to `thread`.
    void shutdown(QThread *thread);

signals:
    void sessionStarted(qint64 sessionId);
    void sessionEnded(qint64 sessionId);
    void flushed();
    void error(const soopchat::StoreError &error);
    void switchedToFile(const QString &path);
    void recovered();
    void stopped(const soopchat::StoreError &cause);
    void eventsDropped(qint64 count, const QString &message);

private:
    // A session as this file knows it. After a switch to a new file the same
    // session gets a new row there (dbId = 0 until then) and totals restart,
    // so each file's totals always match the events it holds.
    struct Session
    {
        SessionInfo info;
        qint64 dbId = 0;
        qint64 nextSeq = 1;
        qint64 endedAtMs = 0; // set by endSession, written with the next commit
        bool endWritten = false;
        SessionTotals totals;
        SessionTotals::Users users; // those counted in `totals`
    };
    using SessionPtr = std::shared_ptr<Session>;

    struct Row
    {
        SessionPtr session;
        qint64 seq;
        EventPtr event; // receive time always set
        QByteArray json; // UTF-8, bound as it is
    };

    // A span of a session's events dropped while writing failed: written as
    // one `gap` event (EVENTS.md) in their place.
    struct DroppedSpan
    {
        SessionPtr session;
        qint64 seq; // the first dropped event's
        qint64 fromMs;
        qint64 toMs;
        qint64 count;
    };

    bool openFile(const QString &path);
    void releaseStatements();
    void adoptOpenedFile();
    void switchFile(const StoreError &cause);
    bool commit();
    StoreError writePending();
    void dropPending(qint64 count);
    int catchUpIndex();
    void scheduleCommit();
    void failed(const StoreError &cause);
    void reportDrops();
    void dropOverflow();
    QString fallbackPath() const;

    QString m_originalPath;
    SessionWriter::Options m_options;
    SessionWriter::Counters &m_counters;
    SessionDatabase m_db;
    // Prepared once per file on its raw handle (see SqliteStatement).
    sqlite3 *m_handle = nullptr;
    SqliteStatement m_insertEvent;
    SqliteStatement m_indexText;
    SqliteStatement m_indexedTo;
    SqliteStatement m_lastRow;
    SqliteStatement m_setIndexedTo;
    SqliteStatement m_insertSession;
    SqliteStatement m_updateSession;
    QTimer *m_timer = nullptr;

    QList<SessionPtr> m_sessions; // the current one last; ended ones until written
    SessionPtr m_current;
    QList<Row> m_pending;
    QList<DroppedSpan> m_gaps; // written before m_pending, in the same commit
    bool m_flushRequested = false;
    bool m_indexBehind = false; // rows past fts_progress.indexed_to wait for the index
    StoreError::Kind m_failing = StoreError::Kind::None;
    qint64 m_droppedUnreported = 0;
};

} // namespace soopchat
