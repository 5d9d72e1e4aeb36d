#pragma once

#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <functional>
#include <limits>
#include <optional>

#include "core/store/SessionDatabase.h"
#include "core/store/SessionInfo.h"
#include "core/store/StoredEvent.h"

namespace soopchat {

// Reads a recording database: the session list, a session's events in order
// (streamed, so a million rows never sit in memory), and full-text search
// across all sessions. It has its own connection and belongs to the thread
// that opened it; it never changes the file, so it can read while a
// SessionWriter records into the same file.
class SessionReader
{
public:
    SessionReader() = default;

    StoreError open(const QString &path);
    const QString &path() const { return m_db.path(); }

    // The sessions with their totals. A file older than schema 5 has not all
    // of them in its rows: they are counted from its events (SessionRecount).
    QList<SessionSummary> sessions(StoreError *error = nullptr);
    std::optional<SessionSummary> session(qint64 id, StoreError *error = nullptr);

    // How many events of the types the filter can show the query's session
    // and time range hold (the filter's words are not applied): an upper
    // bound for progress.
    qint64 countEvents(const EventQuery &query, StoreError *error = nullptr);

    // Calls `visit` for each event in session order; `visit` returns false to
    // stop early. With a filter, only the events it shows are visited.
    // `scanned`, when given, is called every 1024 rows read (matching or not)
    // with the count so far, and returns false to stop: progress and cancel
    // for a filter that matches little.
    using Visitor = std::function<bool(const StoredEvent &)>;
    using ScanProgress = std::function<bool(qint64 scanned)>;
    // On a damaged file it reads on past the damaged pages (by row id) and
    // fails only for other reasons; damage() says what could not be read.
    StoreError readEvents(const EventQuery &query, const Visitor &visit, const ScanProgress &scanned = {});

    // What the last readEvents met: damaged pages, and the row ids that could not be read.
    struct Damage
    {
        bool damaged = false;
        qint64 rowsRead = 0; // rows of the query's range read (before the filter's words)
        QList<std::pair<qint64, qint64>> skippedIds; // first..last; last -1: to the end
    };
    const Damage &damage() const { return m_damage; }

    // The events themselves (replay, history view); meant for moderate ranges.
    QList<EventPtr> loadEvents(const EventQuery &query, StoreError *error = nullptr);

    // Up to `limit` events of a session that follow `afterSeq`, in order, with
    // their seq: how replay reads a long session a piece at a time.
    struct Chunk
    {
        QList<EventPtr> events;
        QList<qint64> seqs; // events[i] has seqs[i]
    };
    Chunk loadChunk(qint64 sessionId, qint64 afterSeq, int limit, StoreError *error = nullptr);
    // The seq of the first event received at or after `timeMs`; 0 when none is.
    qint64 seqAt(qint64 sessionId, qint64 timeMs, StoreError *error = nullptr);

    // Newest matches first. Three characters or more use the trigram index;
    // shorter text falls back to a scan (LIKE), as a trigram index cannot
    // answer it. Rows the writer has not indexed yet (after a storm; schema 4)
    // are scanned, so a search always covers everything recorded. Matching
    // ignores ASCII case.
    QList<SearchHit> search(const SearchQuery &query, StoreError *error = nullptr);

private:
    struct RowReader
    {
        const EventQuery &query;
        const Visitor &visit;
        const ScanProgress &scanned;
        StoredEvent row;
        qint64 rows = 0;
        qint64 lastSeq = std::numeric_limits<qint64>::min();
    };
    bool readRow(QSqlQuery &query, RowReader &reader);
    StoreError salvage(QSqlQuery &query, RowReader &reader);

    QList<SessionSummary> querySessions(const QString &where, qint64 id, StoreError *error);
    StoreError countOlderTotals(QList<SessionSummary> &sessions, const QList<qint64> &storedEvents, qint64 id);
    EventType typeFromName(const QString &name);

    SessionDatabase m_db;
    // Schema < 5: the totals counted from the events, with the `events` value
    // of the row when they were counted.
    struct Counted
    {
        qint64 storedEvents = 0;
        SessionTotals totals;
    };
    QHash<qint64, Counted> m_counted;
    // The same few dozen type names come back a million times in an export.
    QHash<QString, EventType> m_types;
    Damage m_damage;
};

} // namespace soopchat
