#include "core/store/SessionReader.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include "core/events/EventJson.h"
#include "core/store/SessionRecount.h"
#include "core/store/SessionSchema.h"
#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

// LIKE pattern matching `text` literally anywhere ('\' is the escape).
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', "\\\\"_L1).replace(u'%', "\\%"_L1).replace(u'_', "\\_"_L1);
    return u'%' + escaped + u'%';
}

// An FTS5 string: one phrase, so that operators and quotes in user input are
// just characters (a trigram phrase matches as a substring).
QString ftsPhrase(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', "\"\""_L1);
    return u'"' + escaped + u'"';
}

} // namespace

EventType SessionReader::typeFromName(const QString &name)
{
    const auto it = m_types.constFind(name);
    if (it != m_types.cend())
        return *it;
    const EventType type = eventTypeFromName(name).value_or(EventType::Unknown);
    m_types.insert(name, type);
    return type;
}

EventPtr StoredEvent::toEvent(QString *error) const
{
    return event ? event : EventJson::fromJson(json, error);
}

StoreError SessionReader::open(const QString &path)
{
    return m_db.open(path, SessionDatabase::Access::ReadOnly);
}

QList<SessionSummary> SessionReader::querySessions(const QString &where, qint64 id, StoreError *error)
{
    QList<SessionSummary> result;
    if (!m_db.isOpen()) {
        if (error)
            *error = StoreError::make(StoreError::Kind::Missing, m_db.path());
        return result;
    }
    // Before version 5 only `events` is sure to mean what SessionTotals says:
    // it tells whether a session counted earlier has changed since.
    const bool stored = m_db.hasAllTotals();
    const QString totals = stored ? QString::fromLatin1(SessionSchema::totalsColumns()) : u"events"_s;
    QSqlQuery query(m_db.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, platform, channel, broadcast_no, title, streamer_nickname, started_at, ended_at, "
                  "(SELECT MAX(received_at) FROM events e WHERE e.session_id = s.id), %1 "
                  "FROM sessions s %2 ORDER BY started_at, id"_s.arg(totals, where));
    if (id > 0)
        query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fromSql(query.lastError(), m_db.path());
        return result;
    }
    QList<qint64> storedEvents;
    while (query.next()) {
        SessionSummary s;
        s.id = query.value(0).toLongLong();
        s.info.platform = query.value(1).toString();
        s.info.channelId = query.value(2).toString();
        s.info.broadcastNo = query.value(3).toString();
        s.info.title = query.value(4).toString();
        s.info.streamerNickname = query.value(5).toString();
        s.info.startedAtMs = query.value(6).toLongLong();
        s.endedAtMs = query.value(7).toLongLong();
        s.lastEventAtMs = query.value(8).toLongLong();
        if (stored)
            s.totals = SessionSchema::readTotals(query, 9);
        else
            storedEvents.append(query.value(9).toLongLong());
        result.append(s);
    }
    if (query.lastError().isValid()) {
        if (error)
            *error = StoreError::fromSql(query.lastError(), m_db.path());
        return result;
    }
    if (!stored) {
        const StoreError counted = countOlderTotals(result, storedEvents, id);
        if (error)
            *error = counted;
    }
    return result;
}

StoreError SessionReader::countOlderTotals(
    QList<SessionSummary> &sessions, const QList<qint64> &storedEvents, qint64 id)
{
    // A file this reader may not migrate: its totals are counted from its
    // events, once per session for as long as the session does not grow.
    bool stale = false;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const auto it = m_counted.constFind(sessions[i].id);
        stale |= it == m_counted.cend() || it->storedEvents != storedEvents[i];
    }
    if (stale) {
        StoreError error;
        const QHash<qint64, SessionTotals> counted = SessionRecount::count(m_db.db(), m_db.path(), id, &error);
        if (error.isError())
            return error;
        for (qsizetype i = 0; i < sessions.size(); ++i)
            m_counted.insert(sessions[i].id, {storedEvents[i], counted.value(sessions[i].id)});
    }
    for (SessionSummary &s : sessions)
        s.totals = m_counted.value(s.id).totals;
    return {};
}

QList<SessionSummary> SessionReader::sessions(StoreError *error)
{
    return querySessions({}, 0, error);
}

std::optional<SessionSummary> SessionReader::session(qint64 id, StoreError *error)
{
    const QList<SessionSummary> found = querySessions(u"WHERE id = ?"_s, id, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

namespace {

// The types a filter can show at all, as an SQL list, so that SQLite skips
// the rest and only those rows are read (and, with a query, parsed). Asked of
// the filter itself with one probe per type whose text, nickname and user id
// hold the whole query, so every word and from: name is found in it: the
// probe passes exactly when the type passes.
QStringList typeNames(const EventFilter &filter)
{
    const std::optional<QString> everything = filter.query();
    QStringList names;
    for (int t = 0; t < EventTypeCount; ++t) {
        ChatEvent probe;
        probe.type = EventType(t);
        if (filter.hasQuery()) {
            probe.text = probe.nickname = probe.userId = everything;
            probe.editDetails().toNickname = everything;
        }
        if (filter.matches(probe))
            names.append(u'\'' + eventTypeName(EventType(t)) + u'\'');
    }
    return names;
}

// Whether a query reads only rows that are not chat: then the partial type
// index (schema 3) finds them, and sorting those few by seq beats walking the
// whole session in seq order.
bool onlyRareTypes(const EventQuery &q)
{
    return q.filter && !typeNames(*q.filter).contains(u"'chat'"_s);
}

// The WHERE clause of a query.
QString rangeCondition(const EventQuery &q)
{
    QString where = u"session_id = ?"_s;
    if (q.fromMs > 0)
        where += u" AND received_at >= ?"_s;
    if (q.toMs > 0)
        where += u" AND received_at < ?"_s;
    if (q.filter) {
        where += u" AND type IN ("_s + typeNames(*q.filter).join(u',') + u')';
        // Spelled out so that SQLite may use the partial index.
        if (onlyRareTypes(q))
            where += u" AND type <> 'chat'"_s;
    }
    return where;
}

void bindRange(QSqlQuery &query, const EventQuery &q)
{
    query.addBindValue(q.sessionId);
    if (q.fromMs > 0)
        query.addBindValue(q.fromMs);
    if (q.toMs > 0)
        query.addBindValue(q.toMs);
}

} // namespace

qint64 SessionReader::countEvents(const EventQuery &q, StoreError *error)
{
    if (!m_db.isOpen())
        return 0;
    QSqlQuery query(m_db.db());
    query.prepare(u"SELECT COUNT(*) FROM events WHERE "_s + rangeCondition(q));
    bindRange(query, q);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = StoreError::fromSql(query.lastError(), m_db.path());
        return 0;
    }
    return query.value(0).toLongLong();
}

StoreError SessionReader::readEvents(const EventQuery &q, const Visitor &visit, const ScanProgress &scanned)
{
    m_damage = {};
    if (!m_db.isOpen())
        return StoreError::make(StoreError::Kind::Missing, m_db.path());
    QSqlQuery query(m_db.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT seq, received_at, type, user_id, nickname, roles, text, count, json FROM events WHERE "_s +
        rangeCondition(q) + (onlyRareTypes(q) ? u" ORDER BY +seq"_s : u" ORDER BY seq"_s));
    bindRange(query, q);
    RowReader reader {q, visit, scanned, {}};
    bool ok = query.exec();
    while (ok && query.next()) {
        if (!readRow(query, reader))
            return {};
    }
    const QSqlError sqlError = query.lastError();
    if (!sqlError.isValid())
        return {};
    const StoreError error = StoreError::fromSql(sqlError, m_db.path());
    if (error.kind != StoreError::Kind::Corrupt)
        return error;
    // Damaged pages: read on by row id past them; what cannot be read is
    // counted, never the reason to give up on the rest.
    qCWarning(lcStore) << "reading session" << q.sessionId << "of" << m_db.path()
                       << "met damaged pages; reading what is left:" << error.detail;
    return salvage(query, reader);
}

bool SessionReader::readRow(QSqlQuery &query, RowReader &reader)
{
    const EventQuery &q = reader.query;
    StoredEvent &row = reader.row;
    row.sessionId = q.sessionId;
    const qint64 seq = query.value(0).toLongLong();
    if (seq <= reader.lastSeq)
        return true; // read before the damage was met
    reader.lastSeq = seq;
    if (reader.scanned && ++reader.rows % 1024 == 0 && !reader.scanned(reader.rows))
        return false;
    ++m_damage.rowsRead;
    row.type = typeFromName(query.value(2).toString());
    row.event.reset();
    const bool filterByQuery = q.filter && q.filter->hasQuery();
    if (filterByQuery) {
        // The query looks at fields only the JSON has; reading it back
        // keeps the filter exactly the chat list's.
        row.json = query.value(8).toString().toUtf8();
        row.event = EventJson::fromJson(row.json);
        if (!row.event || !q.filter->matches(*row.event))
            return true;
    }
    row.seq = seq;
    row.receivedAtMs = query.value(1).toLongLong();
    row.userId = query.value(3).toString();
    row.nickname = query.value(4).toString();
    row.roles = Roles::fromInt(query.value(5).toInt());
    row.text = query.value(6).toString();
    const QVariant count = query.value(7);
    row.count = count.isNull() ? std::nullopt : std::optional<qint64>(count.toLongLong());
    if (!filterByQuery)
        row.json = query.value(8).toString().toUtf8();
    return reader.visit(row);
}

StoreError SessionReader::salvage(QSqlQuery &query, RowReader &reader)
{
    m_damage.damaged = true;
    query.finish();
    // NOT INDEXED: the table itself, in row id order (a session's seq order
    // too), so a damaged index costs nothing and a damaged table page only
    // the rows on it.
    query.prepare(u"SELECT seq, received_at, type, user_id, nickname, roles, text, count, json, id FROM events "
                  "NOT INDEXED WHERE id > ? AND "_s +
        rangeCondition(reader.query) + u" ORDER BY id LIMIT 4096"_s);
    QSqlQuery probe(m_db.db());
    probe.prepare(u"SELECT id FROM events NOT INDEXED WHERE id > ? ORDER BY id LIMIT 1"_s);
    // Where a seek past `after` lands on a readable page: its first id, 0
    // when no row follows, -1 when the seek meets damage.
    const auto firstReadableAfter = [&probe](qint64 after) -> qint64 {
        probe.addBindValue(after);
        if (!probe.exec())
            return -1;
        const qint64 id = probe.next() ? probe.value(0).toLongLong() : 0;
        const bool failed = probe.lastError().isValid();
        probe.finish();
        return failed ? -1 : id;
    };
    qint64 afterId = 0;
    for (;;) {
        query.addBindValue(afterId);
        bindRange(query, reader.query);
        int got = 0;
        if (query.exec()) {
            while (query.next()) {
                ++got;
                afterId = query.value(9).toLongLong();
                if (!readRow(query, reader))
                    return {};
            }
        }
        if (!query.lastError().isValid()) {
            if (got == 0)
                return {};
            continue;
        }
        const StoreError error = StoreError::fromSql(query.lastError(), m_db.path());
        query.finish();
        if (error.kind != StoreError::Kind::Corrupt)
            return error;
        // Past the damage: double the step until a seek lands on a readable
        // page, then halve back to the first such row id.
        qint64 bad = afterId;
        qint64 step = 1;
        qint64 found = -1;
        while (step < (qint64(1) << 62) && (found = firstReadableAfter(afterId + step)) < 0) {
            bad = afterId + step;
            step *= 2;
        }
        if (found < 0)
            return {}; // nothing after it can be read
        qint64 good = afterId + step;
        while (good - bad > 1) {
            const qint64 middle = bad + (good - bad) / 2;
            if (const qint64 id = firstReadableAfter(middle); id >= 0) {
                good = middle;
                found = id;
            } else {
                bad = middle;
            }
        }
        m_damage.skippedIds.append({afterId + 1, found > 0 ? found - 1 : -1});
        qCWarning(lcStore) << "rows" << afterId + 1 << "to" << (found > 0 ? found - 1 : -1) << "of" << m_db.path()
                           << "cannot be read";
        if (found == 0)
            return {};
        afterId = found - 1;
    }
}

QList<EventPtr> SessionReader::loadEvents(const EventQuery &q, StoreError *error)
{
    QList<EventPtr> events;
    const StoreError result = readEvents(q, [&](const StoredEvent &row) {
        if (EventPtr event = row.toEvent())
            events.append(std::move(event));
        return true;
    });
    if (error)
        *error = result;
    return events;
}

SessionReader::Chunk SessionReader::loadChunk(qint64 sessionId, qint64 afterSeq, int limit, StoreError *error)
{
    Chunk chunk;
    if (!m_db.isOpen()) {
        if (error)
            *error = StoreError::make(StoreError::Kind::Missing, m_db.path());
        return chunk;
    }
    QSqlQuery query(m_db.db());
    query.setForwardOnly(true);
    query.prepare(u"SELECT seq, json FROM events WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT ?"_s);
    query.addBindValue(sessionId);
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fromSql(query.lastError(), m_db.path());
        return chunk;
    }
    chunk.events.reserve(limit);
    chunk.seqs.reserve(limit);
    while (query.next()) {
        if (EventPtr event = EventJson::fromJson(query.value(1).toString().toUtf8())) {
            chunk.events.append(std::move(event));
            chunk.seqs.append(query.value(0).toLongLong());
        }
    }
    if (error)
        *error = query.lastError().isValid() ? StoreError::fromSql(query.lastError(), m_db.path()) : StoreError {};
    return chunk;
}

qint64 SessionReader::seqAt(qint64 sessionId, qint64 timeMs, StoreError *error)
{
    if (!m_db.isOpen())
        return 0;
    QSqlQuery query(m_db.db());
    // The time index holds equal times in insertion (= seq) order.
    query.prepare(u"SELECT seq FROM events WHERE session_id = ? AND received_at >= ? ORDER BY received_at LIMIT 1"_s);
    query.addBindValue(sessionId);
    query.addBindValue(timeMs);
    if (!query.exec()) {
        if (error)
            *error = StoreError::fromSql(query.lastError(), m_db.path());
        return 0;
    }
    return query.next() ? query.value(0).toLongLong() : 0;
}

QList<SearchHit> SessionReader::search(const SearchQuery &q, StoreError *error)
{
    QList<SearchHit> hits;
    const QString text = q.text.trimmed();
    if (error)
        *error = {};
    if (!m_db.isOpen() || text.isEmpty() || q.limit <= 0)
        return hits;
    const bool useIndex = m_db.hasFullTextIndex() && text.toUcs4().size() >= 3;
    const QString channel = q.channelId.isEmpty() ? QString() : u" AND s.channel = ?"_s;
    const QString columns = u"SELECT e.session_id, s.channel, e.seq, e.received_at, e.type, e.user_id, e.nickname, "
                            "e.text "_s;

    // Runs one query and appends its rows; false (and *error) when it fails.
    auto collect = [&](const QString &sql, const QVariant &match, qint64 afterId, int limit) {
        QSqlQuery query(m_db.db());
        query.setForwardOnly(true);
        query.prepare(sql);
        query.addBindValue(match);
        if (afterId >= 0)
            query.addBindValue(afterId);
        if (!q.channelId.isEmpty())
            query.addBindValue(q.channelId);
        query.addBindValue(limit);
        if (!query.exec()) {
            if (error)
                *error = StoreError::fromSql(query.lastError(), m_db.path());
            return false;
        }
        while (query.next()) {
            SearchHit hit;
            hit.sessionId = query.value(0).toLongLong();
            hit.channelId = query.value(1).toString();
            hit.seq = query.value(2).toLongLong();
            hit.receivedAtMs = query.value(3).toLongLong();
            hit.type = typeFromName(query.value(4).toString());
            hit.userId = query.value(5).toString();
            hit.nickname = query.value(6).toString();
            hit.text = query.value(7).toString();
            hits.append(hit);
        }
        if (query.lastError().isValid()) {
            if (error)
                *error = StoreError::fromSql(query.lastError(), m_db.path());
            return false;
        }
        return true;
    };

    if (!useIndex) {
        collect(columns +
                u"FROM events e JOIN sessions s ON s.id = e.session_id "
                "WHERE e.text LIKE ? ESCAPE '\\'%1 ORDER BY e.id DESC LIMIT ?"_s.arg(channel),
            likePattern(text), -1, q.limit);
        return hits;
    }

    // Schema 4: the newest rows may not be in the index yet (a storm is
    // recorded first, indexed later). They are the newest, so they are
    // scanned first, and the index answers for the rest.
    qint64 indexedTo = -1;
    if (m_db.schemaVersion() >= 4) {
        QSqlQuery progress(m_db.db());
        if (progress.exec(u"SELECT indexed_to FROM fts_progress"_s) && progress.next())
            indexedTo = progress.value(0).toLongLong();
    }
    if (indexedTo >= 0) {
        if (!collect(columns +
                    u"FROM events e JOIN sessions s ON s.id = e.session_id "
                    "WHERE e.text LIKE ? ESCAPE '\\' AND e.id > ?%1 ORDER BY e.id DESC LIMIT ?"_s.arg(channel),
                likePattern(text), indexedTo, q.limit))
            return hits;
    }
    if (hits.size() >= q.limit)
        return hits;
    // Walking the index by rowid (= insertion order) newest first lets LIMIT
    // stop early even when a common word matches half the rows.
    collect(columns +
            u"FROM events_fts f JOIN events e ON e.id = f.rowid JOIN sessions s ON s.id = e.session_id "
            "WHERE events_fts MATCH ?%1 ORDER BY f.rowid DESC LIMIT ?"_s.arg(channel),
        ftsPhrase(text), -1, int(q.limit - hits.size()));
    return hits;
}

} // namespace soopchat
