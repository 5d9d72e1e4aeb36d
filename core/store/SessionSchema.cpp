#include "core/store/SessionSchema.h"

#include <QSqlQuery>
#include <QVariant>

#include <array>

#include "core/stats/SessionTotals.h"
#include "core/store/SqliteStatement.h"

namespace soopchat::SessionSchema {

using namespace Qt::StringLiterals;

namespace {

// Version 1: sessions with their totals, events with the columns the list,
// export and filters need plus the full EVENTS.md JSON. Times are ms since
// the epoch (UTC); `seq` is the order within the session.
QStringList version1()
{
    return {
        uR"(CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    channel TEXT NOT NULL,
    broadcast_no TEXT,
    title TEXT,
    streamer_nickname TEXT,
    started_at INTEGER NOT NULL,
    ended_at INTEGER,
    events INTEGER NOT NULL DEFAULT 0,
    chats INTEGER NOT NULL DEFAULT 0,
    star_balloons INTEGER NOT NULL DEFAULT 0,
    ad_balloons INTEGER NOT NULL DEFAULT 0,
    video_balloons INTEGER NOT NULL DEFAULT 0,
    subscriptions INTEGER NOT NULL DEFAULT 0))"_s,
        uR"(CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    received_at INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    user_id TEXT,
    nickname TEXT,
    roles INTEGER NOT NULL DEFAULT 0,
    text TEXT,
    count INTEGER,
    json TEXT NOT NULL))"_s,
        u"CREATE UNIQUE INDEX events_session_seq ON events(session_id, seq)"_s,
        u"CREATE INDEX events_session_time ON events(session_id, received_at)"_s,
        u"CREATE INDEX events_type ON events(type, session_id)"_s,
        u"CREATE INDEX events_user ON events(user_id)"_s,
    };
}

// Version 2: unique chatters in the totals, and a trigram full-text index of
// the text so that any substring (Korean included) is found without a scan.
// The index only holds rows that have text; the triggers keep it in step.
QStringList version2()
{
    return {
        u"ALTER TABLE sessions ADD COLUMN unique_chatters INTEGER NOT NULL DEFAULT 0"_s,
        uR"(UPDATE sessions SET unique_chatters = (
    SELECT COUNT(DISTINCT user_id) FROM events e
    WHERE e.session_id = sessions.id AND e.user_id IS NOT NULL
      AND e.type IN ('chat', 'manager_chat', 'whisper', 'ogq_sticker')))"_s,
        u"CREATE VIRTUAL TABLE events_fts USING fts5(text, content='events', content_rowid='id', "
        "tokenize='trigram')"_s,
        u"INSERT INTO events_fts(rowid, text) SELECT id, text FROM events WHERE text IS NOT NULL"_s,
        uR"(CREATE TRIGGER events_fts_insert AFTER INSERT ON events WHEN new.text IS NOT NULL BEGIN
    INSERT INTO events_fts(rowid, text) VALUES (new.id, new.text);
END)"_s,
        uR"(CREATE TRIGGER events_fts_delete AFTER DELETE ON events WHEN old.text IS NOT NULL BEGIN
    INSERT INTO events_fts(events_fts, rowid, text) VALUES ('delete', old.id, old.text);
END)"_s,
    };
}

// Version 3: cheaper writes (docs/BENCHMARKS.md, "Store").
// - The full-text index is fed by the writer with one INSERT ... SELECT per
//   transaction instead of a trigger per row: FTS5 flushes its pending terms
//   into a new segment at every statement savepoint, so the trigger wrote (and
//   later merged) one tiny segment per event, over half the writer's CPU. Rows
//   written under version 2 are already indexed.
// - events_user went: no query ever used it.
// - The type index only holds what is not a plain chat (a few percent of the
//   rows) and starts with the session: type filters look for donations,
//   subscriptions and notices within one session; chat is most of any session
//   and is read in seq order anyway.
QStringList version3()
{
    return {
        u"DROP TRIGGER events_fts_insert"_s,
        u"DROP INDEX events_user"_s,
        u"DROP INDEX events_type"_s,
        u"CREATE INDEX events_type ON events(session_id, type) WHERE type <> 'chat'"_s,
    };
}

// Version 4: the full-text index may lag behind the events. A chat storm is
// recorded first; the writer indexes the rows past `fts_progress.indexed_to`
// whenever it is not behind (SessionWriter::Options::indexBacklogLimit), and
// a search scans the rows not indexed yet, so it still finds everything. The
// delete trigger only takes out rows the index holds.
QStringList version4()
{
    return {
        u"CREATE TABLE fts_progress (indexed_to INTEGER NOT NULL)"_s,
        u"INSERT INTO fts_progress (indexed_to) SELECT IFNULL(MAX(id), 0) FROM events"_s,
        u"DROP TRIGGER events_fts_delete"_s,
        uR"(CREATE TRIGGER events_fts_delete AFTER DELETE ON events
WHEN old.text IS NOT NULL AND old.id <= (SELECT indexed_to FROM fts_progress) BEGIN
    INSERT INTO events_fts(events_fts, rowid, text) VALUES ('delete', old.id, old.text);
END)"_s,
    };
}

// Version 5: every total of SessionTotals, the one definition the statistics
// share (core/stats/SessionTotals.h). Star balloons no longer include VOD
// balloons (now replay_balloons), and balloons, gifts and donors are new, so
// SessionDatabase::migrate counts every session again from its events with
// the writer's own code (SessionRecount) in the same transaction: an older
// recording reads with the same numbers as a new one, never half-known ones.
// `subscriptions` stays, written as the sum of the three kinds.
QStringList version5()
{
    QStringList statements;
    for (const char *column : {"balloons", "replay_balloons", "gifts", "donors", "new_subscriptions",
             "subscription_renewals", "subscription_gifts"})
        statements.append(
            u"ALTER TABLE sessions ADD COLUMN %1 INTEGER NOT NULL DEFAULT 0"_s.arg(QLatin1StringView(column)));
    return statements;
}

// Version 6: the cheese given live (SessionTotals::cheese), part of the gifts,
// the donors and the won figure. Recordings of version 5 never counted cheese,
// so SessionDatabase::migrate counts every session again, as for version 5.
QStringList version6()
{
    return {u"ALTER TABLE sessions ADD COLUMN cheese INTEGER NOT NULL DEFAULT 0"_s};
}

// A column name and where its value is in SessionTotals.
struct TotalsColumn
{
    const char *name;
    qint64 SessionTotals::*member; // null: the sum of the subscriptions
};

constexpr std::array<TotalsColumn, 15> TotalsColumns = {{
    {"events", &SessionTotals::events},
    {"chats", &SessionTotals::chats},
    {"unique_chatters", &SessionTotals::uniqueChatters},
    {"balloons", &SessionTotals::balloons},
    {"star_balloons", &SessionTotals::starBalloons},
    {"video_balloons", &SessionTotals::videoBalloons},
    {"ad_balloons", &SessionTotals::adBalloons},
    {"replay_balloons", &SessionTotals::replayBalloons},
    {"gifts", &SessionTotals::gifts},
    {"donors", &SessionTotals::donors},
    {"new_subscriptions", &SessionTotals::newSubscriptions},
    {"subscription_renewals", &SessionTotals::subscriptionRenewals},
    {"subscription_gifts", &SessionTotals::subscriptionGifts},
    {"subscriptions", nullptr},
    {"cheese", &SessionTotals::cheese},
}};

qint64 valueOf(const SessionTotals &totals, const TotalsColumn &column)
{
    return column.member ? totals.*column.member : totals.subscriptions();
}

} // namespace

QByteArray totalsColumns()
{
    QByteArray columns;
    for (const TotalsColumn &column : TotalsColumns)
        columns += (columns.isEmpty() ? "" : ", ") + QByteArray(column.name);
    return columns;
}

QByteArray updateTotalsSql(QByteArrayView moreAssignments)
{
    QByteArray sql = "UPDATE sessions SET ";
    for (const TotalsColumn &column : TotalsColumns)
        sql += QByteArray(column.name) + (&column == &TotalsColumns.back() ? " = ?" : " = ?, ");
    return sql + moreAssignments.toByteArray() + " WHERE id = ?";
}

int bindTotals(SqliteStatement &statement, const SessionTotals &totals)
{
    int index = 1;
    for (const TotalsColumn &column : TotalsColumns)
        statement.bind(index++, valueOf(totals, column));
    return index;
}

SessionTotals readTotals(const QSqlQuery &query, int firstColumn)
{
    SessionTotals totals;
    int index = firstColumn;
    for (const TotalsColumn &column : TotalsColumns) {
        const qint64 value = query.value(index++).toLongLong();
        if (column.member)
            totals.*column.member = value;
    }
    return totals;
}

QStringList migration(int toVersion)
{
    switch (toVersion) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    default:
        return {};
    }
}

} // namespace soopchat::SessionSchema
