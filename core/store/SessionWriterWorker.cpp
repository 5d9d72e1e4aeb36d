#include "core/store/SessionWriterWorker.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>

#include "core/events/EventJson.h"
#include "core/events/Platform.h"
#include "core/store/RecordingFiles.h"
#include "core/store/SessionSchema.h"
#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

// Problems that belong to the file rather than to the disk: writing on into a
// fresh file beside it is the way to keep recording.
bool belongsToFile(StoreError::Kind kind)
{
    return kind == StoreError::Kind::Corrupt || kind == StoreError::Kind::Locked ||
        kind == StoreError::Kind::ReadOnly || kind == StoreError::Kind::Unsupported;
}

// The ASCII type names as UTF-8, made once: bound a million times.
const QByteArray &typeNameUtf8(EventType type)
{
    static const QList<QByteArray> names = [] {
        QList<QByteArray> list;
        for (int t = 0; t < EventTypeCount; ++t)
            list.append(QByteArray(eventTypeName(EventType(t)).latin1()));
        return list;
    }();
    return names[int(type)];
}

} // namespace

SessionWriterWorker::SessionWriterWorker(
    const QString &path, const SessionWriter::Options &options, SessionWriter::Counters &counters)
    : m_originalPath(path), m_options(options), m_counters(counters)
{ }

SessionWriterWorker::~SessionWriterWorker() = default;

void SessionWriterWorker::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { commit(); });
    openFile(m_originalPath);
}

void SessionWriterWorker::releaseStatements()
{
    // Before the connection closes: SQLite cannot close with statements open.
    m_insertEvent.finalize();
    m_indexText.finalize();
    m_indexedTo.finalize();
    m_lastRow.finalize();
    m_setIndexedTo.finalize();
    m_insertSession.finalize();
    m_updateSession.finalize();
    m_handle = nullptr;
}

bool SessionWriterWorker::openFile(const QString &path)
{
    releaseStatements();
    const StoreError openError = m_db.open(path, SessionDatabase::Access::ReadWrite, m_options.database);
    if (openError.isError()) {
        if (belongsToFile(openError.kind))
            switchFile(openError);
        else
            failed(openError);
        return m_db.isOpen();
    }
    adoptOpenedFile();
    return true;
}

void SessionWriterWorker::adoptOpenedFile()
{
    m_handle = SqliteStatement::handleOf(m_db.db());
    m_insertEvent.prepare(m_handle,
        "INSERT INTO events (session_id, received_at, seq, type, user_id, nickname, roles, text, count, json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // The full-text index takes rows in one statement per transaction (see
    // SessionSchema versions 3 and 4): one FTS5 segment per commit, not per row.
    m_indexText.prepare(m_handle,
        "INSERT INTO events_fts (rowid, text) SELECT id, text FROM events "
        "WHERE id BETWEEN ? AND ? AND text IS NOT NULL");
    m_indexedTo.prepare(m_handle, "SELECT indexed_to FROM fts_progress");
    m_lastRow.prepare(m_handle, "SELECT IFNULL(MAX(id), 0) FROM events");
    m_setIndexedTo.prepare(m_handle, "UPDATE fts_progress SET indexed_to = ?");
    m_indexBehind = true; // whatever the file holds, the next commit checks
    m_insertSession.prepare(m_handle,
        "INSERT INTO sessions (platform, channel, broadcast_no, title, streamer_nickname, started_at) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    m_updateSession.prepare(m_handle, SessionSchema::updateTotalsSql(", ended_at = ?").constData());
    // Each file holds its own rows and totals of a session.
    for (const SessionPtr &session : std::as_const(m_sessions)) {
        session->dbId = 0;
        session->totals = {};
        session->users.clear();
        session->endWritten = false;
    }
    qCInfo(lcStore) << "recording into" << m_db.path();
}

QString SessionWriterWorker::fallbackPath() const
{
    // One for the whole app: every tab's writer and the CLI's go on in the same file.
    return RecordingFiles::fallbackPath(m_originalPath);
}

void SessionWriterWorker::switchFile(const StoreError &cause)
{
    releaseStatements();
    m_db.close();
    // Damaged pages: the file is never written again. It stays as it is
    // (what can be read is still exported) and the mark beside it says so.
    if (cause.kind == StoreError::Kind::Corrupt && QFileInfo::exists(cause.path) &&
        !RecordingFiles::isMarkedDamaged(cause.path)) {
        if (RecordingFiles::markDamaged(cause.path, cause.detail))
            qCWarning(lcStore) << "marked" << cause.path << "damaged:" << cause.detail;
    }
    QString next = fallbackPath();
    if (QFileInfo(next).absoluteFilePath() == QFileInfo(cause.path).absoluteFilePath()) {
        // The fallback itself is what failed (locked or read-only): the next one.
        next = QFileInfo(next).absolutePath() + u'/' + QFileInfo(next).completeBaseName() + u"-2.db"_s;
    }
    qCWarning(lcStore) << "cannot record into" << cause.path << '(' << StoreError::kindName(cause.kind) << cause.detail
                       << "), switching to" << next;
    const StoreError openError = m_db.open(next, SessionDatabase::Access::ReadWrite, m_options.database);
    if (openError.isError()) {
        // The folder itself is the problem: keep the events and try again later.
        failed(cause);
        return;
    }
    adoptOpenedFile();
    StoreError report = cause;
    report.message += u' ' + tr("Recording continues in %1.").arg(QDir::toNativeSeparators(next));
    const bool wasStopped = m_failing != StoreError::Kind::None;
    m_failing = StoreError::Kind::None;
    emit error(report);
    emit switchedToFile(next);
    if (wasStopped)
        emit recovered(); // it had stopped (a full disk, say); the new file takes events again
}

void SessionWriterWorker::beginSession(const SessionInfo &info)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_current)
        endSession(info.startedAtMs > 0 ? info.startedAtMs : now);
    auto session = std::make_shared<Session>();
    session->info = info;
    if (session->info.startedAtMs <= 0)
        session->info.startedAtMs = now;
    m_sessions.append(session);
    m_current = session;
    commit();
}

void SessionWriterWorker::endSession(qint64 endedAtMs)
{
    if (!m_current)
        return;
    m_current->endedAtMs = endedAtMs > 0 ? endedAtMs : QDateTime::currentMSecsSinceEpoch();
    m_current.reset();
    commit();
}

void SessionWriterWorker::append(const EventBatch &events, qint64 handedAtMs)
{
    if (!m_current) {
        qCWarning(lcStore) << events.size() << "events arrived outside a session and were not recorded";
        m_counters.dropped += events.size();
        m_counters.droppedNoSession += events.size();
        m_counters.pending -= events.size();
        return;
    }
    for (const EventPtr &event : events) {
        EventPtr stamped = event;
        if (event->receivedAtMs <= 0) {
            // The history needs a time for every event; the hand-over time is
            // within a few ms of the receive time.
            auto copy = std::make_shared<ChatEvent>(*event);
            copy->receivedAtMs = handedAtMs;
            stamped = std::move(copy);
        }
        m_pending.append({m_current, m_current->nextSeq++, stamped, EventJson::toJson(*stamped)});
    }
    if (m_failing != StoreError::Kind::None)
        dropOverflow();
    else if (m_pending.size() >= m_options.flushThreshold)
        commit();
    scheduleCommit();
}

void SessionWriterWorker::flush()
{
    m_flushRequested = true;
    commit();
}

void SessionWriterWorker::setMaxBytes(qint64 maxBytes)
{
    m_options.database.maxBytes = maxBytes;
    m_db.setMaxBytes(maxBytes);
}

void SessionWriterWorker::scheduleCommit()
{
    const bool work = !m_pending.isEmpty() || (m_indexBehind && m_options.indexBacklogLimit >= 0) ||
        std::any_of(m_sessions.cbegin(), m_sessions.cend(),
            [](const SessionPtr &s) { return s->dbId == 0 || (s->endedAtMs > 0 && !s->endWritten); });
    if (!work || m_timer->isActive())
        return;
    // Catching up with the index while no event waits: at once, a chunk per
    // turn of the event loop, so arriving events are never held up long.
    const bool indexOnly = m_pending.isEmpty() && m_counters.pending.load() == 0;
    m_timer->start(m_failing != StoreError::Kind::None ? m_options.retryInterval
            : indexOnly                                ? std::chrono::milliseconds(0)
                                                       : m_options.flushInterval);
}

bool SessionWriterWorker::commit()
{
    if (!m_db.isOpen()) {
        // Opening failed earlier; try the same file again, or a new one.
        const QString path = m_db.path().isEmpty() ? m_originalPath : m_db.path();
        if (!openFile(path)) {
            scheduleCommit();
            return false;
        }
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        const StoreError result = writePending();
        if (!result.isError()) {
            if (m_failing != StoreError::Kind::None) {
                qCInfo(lcStore) << "recording into" << m_db.path() << "works again";
                m_failing = StoreError::Kind::None;
                emit recovered();
            }
            reportDrops();
            if (m_flushRequested) {
                m_flushRequested = false;
                emit flushed();
            }
            // The index catching up goes on in the next commit, events or not.
            if (m_indexBehind && m_timer)
                scheduleCommit();
            return true;
        }
        if (!belongsToFile(result.kind)) {
            failed(result);
            return false;
        }
        switchFile(result);
        if (!m_db.isOpen())
            return false;
    }
    return false;
}

StoreError SessionWriterWorker::writePending()
{
    struct Change
    {
        qint64 dbId = 0;
        SessionTotals totals;
        SessionTotals::Users added; // users new to the session's `users`
    };
    QHash<Session *, Change> changes;
    for (const SessionPtr &session : std::as_const(m_sessions)) {
        if (session->dbId == 0 || (session->endedAtMs > 0 && !session->endWritten))
            changes.insert(session.get(), {session->dbId, session->totals, {}});
    }
    const bool indexNow =
        m_options.indexBacklogLimit >= 0 && m_counters.pending.load() - m_pending.size() <= m_options.indexBacklogLimit;
    if (m_pending.isEmpty() && m_gaps.isEmpty() && changes.isEmpty() && !(m_indexBehind && indexNow))
        return {};
    if (!m_handle || !m_insertEvent.isPrepared())
        return StoreError::fromSqlite(SQLITE_ERROR, QString::fromUtf8(sqlite3_errmsg(m_handle)), m_db.path());

    const QString &path = m_db.path();
    auto failWith = [&](int code) {
        const StoreError error = StoreError::fromSqlite(code, QString::fromUtf8(sqlite3_errmsg(m_handle)), path);
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return error;
    };
    if (const int rc = sqlite3_exec(m_handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr); rc != SQLITE_OK)
        return StoreError::fromSqlite(rc, QString::fromUtf8(sqlite3_errmsg(m_handle)), path);

    for (const SessionPtr &session : std::as_const(m_sessions)) {
        if (session->dbId != 0)
            continue;
        const SessionInfo &info = session->info;
        m_insertSession.bindText(1, info.platform);
        m_insertSession.bindText(2, info.channelId);
        m_insertSession.bindText(3, info.broadcastNo);
        m_insertSession.bindText(4, info.title);
        m_insertSession.bindText(5, info.streamerNickname);
        m_insertSession.bind(6, info.startedAtMs);
        if (const int rc = m_insertSession.run(); rc != SQLITE_DONE)
            return failWith(rc);
        changes[session.get()].dbId = sqlite3_last_insert_rowid(m_handle);
    }

    // BEGIN IMMEDIATE holds the write lock, so the rows between the first and
    // the last id are all this transaction's, whoever else writes the file.
    Session *previous = nullptr;
    Change *change = nullptr;
    auto insert = [&](const Row &row) {
        if (row.session.get() != previous) {
            previous = row.session.get();
            change = &changes[previous];
            if (change->dbId == 0) {
                change->dbId = row.session->dbId;
                change->totals = row.session->totals;
            }
        }
        const ChatEvent &e = *row.event;
        m_insertEvent.bind(1, change->dbId);
        m_insertEvent.bind(2, e.receivedAtMs);
        m_insertEvent.bind(3, row.seq);
        m_insertEvent.bindUtf8(4, typeNameUtf8(e.type));
        m_insertEvent.bindOptional(5, e.userId);
        m_insertEvent.bindOptional(6, e.nickname);
        m_insertEvent.bind(7, e.roles().toInt());
        m_insertEvent.bindOptional(8, e.text);
        if (e.count)
            m_insertEvent.bind(9, *e.count);
        else
            m_insertEvent.bindNull(9);
        m_insertEvent.bindUtf8(10, row.json);
        const int rc = m_insertEvent.run();
        if (rc == SQLITE_DONE)
            change->totals.add(e, row.session->users, change->added);
        return rc;
    };
    // The gaps first: each takes the seq of the first event it stands for,
    // below every event still waiting.
    for (const DroppedSpan &span : std::as_const(m_gaps)) {
        auto gap = std::make_shared<ChatEvent>();
        gap->type = EventType::Gap;
        if (const auto platform = platformFromName(span.session->info.platform))
            gap->platform = *platform;
        gap->editDetails().gapFromMs = span.fromMs;
        gap->editDetails().gapToMs = span.toMs;
        gap->receivedAtMs = span.fromMs;
        const Row row {span.session, span.seq, gap, EventJson::toJson(*gap)};
        if (const int rc = insert(row); rc != SQLITE_DONE)
            return failWith(rc);
    }
    for (const Row &row : std::as_const(m_pending)) {
        if (const int rc = insert(row); rc != SQLITE_DONE)
            return failWith(rc);
    }
    bool indexBehind = m_indexBehind || !m_pending.isEmpty();
    if (indexNow) {
        const int rc = catchUpIndex();
        if (rc < 0)
            indexBehind = false;
        else if (rc != SQLITE_OK)
            return failWith(rc);
    }

    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const int index = SessionSchema::bindTotals(m_updateSession, it->totals);
        const qint64 endedAt = it.key()->endedAtMs;
        if (endedAt > 0)
            m_updateSession.bind(index, endedAt);
        else
            m_updateSession.bindNull(index);
        m_updateSession.bind(index + 1, it->dbId);
        if (const int rc = m_updateSession.run(); rc != SQLITE_DONE)
            return failWith(rc);
    }
    if (const int rc = sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr); rc != SQLITE_OK)
        return failWith(rc);

    // Only now that it is on disk does the in-memory state move on.
    const qint64 written = m_pending.size();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        Session *session = it.key();
        const bool created = session->dbId == 0;
        session->dbId = it->dbId;
        session->totals = it->totals;
        session->users.unite(it->added);
        if (created && session == m_current.get())
            emit sessionStarted(session->dbId);
        if (session->endedAtMs > 0 && !session->endWritten) {
            session->endWritten = true;
            emit sessionEnded(session->dbId);
        }
    }
    m_indexBehind = indexBehind;
    m_sessions.removeIf([this](const SessionPtr &s) { return s->endWritten && s != m_current; });
    m_pending.clear();
    m_counters.gapMarkers += m_gaps.size();
    m_gaps.clear();
    m_counters.written += written;
    m_counters.pending -= written;
    m_db.renewFingerprint();
    return {};
}

// Indexes up to indexCatchUpRows rows past fts_progress.indexed_to, inside
// the open transaction: SQLITE_OK when rows remain for a later commit, -1 when
// the index is complete, or an SQLite error. BEGIN IMMEDIATE holds the write
// lock, so the rows below MAX(id) are all committed or this transaction's,
// whoever else writes the file.
int SessionWriterWorker::catchUpIndex()
{
    qint64 indexedTo = 0;
    qint64 lastRow = 0;
    if (int rc = m_indexedTo.runForInt64(&indexedTo); rc != SQLITE_ROW)
        return rc == SQLITE_DONE ? SQLITE_CORRUPT : rc;
    if (int rc = m_lastRow.runForInt64(&lastRow); rc != SQLITE_ROW)
        return rc;
    if (lastRow <= indexedTo)
        return -1;
    const qint64 upTo = std::min(lastRow, indexedTo + std::max(1, m_options.indexCatchUpRows));
    m_indexText.bind(1, indexedTo + 1);
    m_indexText.bind(2, upTo);
    if (int rc = m_indexText.run(); rc != SQLITE_DONE)
        return rc;
    m_setIndexedTo.bind(1, upTo);
    if (int rc = m_setIndexedTo.run(); rc != SQLITE_DONE)
        return rc;
    return upTo < lastRow ? SQLITE_OK : -1;
}

void SessionWriterWorker::failed(const StoreError &cause)
{
    if (m_failing != cause.kind) {
        m_failing = cause.kind;
        qCWarning(lcStore) << "recording into" << cause.path << "failed:" << StoreError::kindName(cause.kind)
                           << cause.detail;
        StoreError report = cause;
        report.message += u' ' +
            tr("Up to %n event(s) are kept in memory and saved as soon as writing works again.", nullptr,
                m_options.maxBufferedEvents);
        emit error(report);
        emit stopped(report);
    }
    dropOverflow();
    reportDrops();
    scheduleCommit();
}

void SessionWriterWorker::dropOverflow()
{
    const qint64 excess = m_pending.size() - qint64(std::max(0, m_options.maxBufferedEvents));
    if (excess <= 0)
        return;
    // The oldest go first: the recent past is what a live viewer asks about.
    dropPending(excess);
    m_counters.droppedBufferFull += excess;
}

void SessionWriterWorker::dropPending(qint64 count)
{
    // Each session's dropped run becomes (or extends) one gap, written where
    // the events would have been: a recording says what it is missing.
    for (qint64 i = 0; i < count; ++i) {
        const Row &row = m_pending.at(i);
        const qint64 at = row.event->receivedAtMs;
        DroppedSpan *last = m_gaps.isEmpty() ? nullptr : &m_gaps.last();
        if (last && last->session == row.session) {
            last->fromMs = std::min(last->fromMs, at);
            last->toMs = std::max(last->toMs, at);
            ++last->count;
        } else {
            m_gaps.append({row.session, row.seq, at, at, 1});
        }
    }
    m_pending.remove(0, count);
    m_counters.dropped += count;
    m_counters.pending -= count;
    m_droppedUnreported += count;
}

void SessionWriterWorker::reportDrops()
{
    if (m_droppedUnreported == 0)
        return;
    const qint64 count = m_droppedUnreported;
    m_droppedUnreported = 0;
    const QString path = QDir::toNativeSeparators(m_db.path().isEmpty() ? m_originalPath : m_db.path());
    const QString message =
        tr("%n event(s) could not be saved to %1 and were dropped.", nullptr, int(std::min<qint64>(count, INT_MAX)))
            .arg(path);
    qCWarning(lcStore).noquote() << message;
    emit eventsDropped(count, message);
}

void SessionWriterWorker::shutdown(QThread *thread)
{
    if (m_timer)
        m_timer->stop();
    if (m_current)
        endSession(0);
    else
        commit();
    if (!m_pending.isEmpty()) {
        qCWarning(lcStore) << m_pending.size() << "events could not be saved before closing";
        m_counters.droppedAtClose += m_pending.size();
        dropPending(m_pending.size());
        reportDrops();
    }
    m_gaps.clear();
    releaseStatements();
    m_db.close();
    delete m_timer;
    m_timer = nullptr;
    moveToThread(thread);
}

} // namespace soopchat
