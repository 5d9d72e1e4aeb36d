#include "core/store/SessionRecount.h"

#include <QSqlDatabase>

#include <sqlite3.h>

#include "core/events/ChatEvent.h"
#include "core/store/SessionSchema.h"
#include "core/store/SqliteStatement.h"
#include "core/util/Logging.h"

namespace soopchat::SessionRecount {

namespace {

struct Counter
{
    SessionTotals totals;
    SessionTotals::Users users;
};

std::optional<QString> optionalText(const SqliteStatement &row, int column)
{
    if (row.columnIsNull(column))
        return std::nullopt;
    const QByteArrayView utf8 = row.columnUtf8(column);
    return QString::fromUtf8(utf8.data(), utf8.size());
}

StoreError sqliteError(sqlite3 *handle, int rc, const QString &path)
{
    return StoreError::fromSqlite(rc, handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString(), path);
}

} // namespace

QHash<qint64, SessionTotals> count(QSqlDatabase &db, const QString &path, qint64 sessionId, StoreError *error)
{
    QHash<qint64, SessionTotals> result;
    sqlite3 *handle = SqliteStatement::handleOf(db);
    SqliteStatement rows;
    const char *sql = sessionId > 0
        ? "SELECT session_id, type, user_id, nickname, count FROM events WHERE session_id = ?"
        : "SELECT session_id, type, user_id, nickname, count FROM events";
    if (const int rc = rows.prepare(handle, sql); rc != SQLITE_OK) {
        if (error)
            *error = sqliteError(handle, rc, path);
        return result;
    }
    if (sessionId > 0)
        rows.bind(1, sessionId);

    // Rows of a session mostly follow each other (two writers interleave
    // them): the current session's counter is kept at hand.
    QHash<qint64, Counter> counters;
    qint64 currentId = -1;
    Counter *current = nullptr;
    QHash<QByteArray, EventType> types;
    ChatEvent event;
    int rc = SQLITE_ROW;
    while ((rc = rows.step()) == SQLITE_ROW) {
        const qint64 id = rows.columnInt64(0);
        if (id != currentId || !current) {
            currentId = id;
            current = &counters[id];
        }
        const QByteArrayView typeName = rows.columnUtf8(1);
        auto type = types.constFind(QByteArray::fromRawData(typeName.data(), typeName.size()));
        if (type == types.cend()) {
            type = types.insert(typeName.toByteArray(),
                eventTypeFromName(QString::fromUtf8(typeName.data(), typeName.size())).value_or(EventType::Unknown));
        }
        event.type = *type;
        event.userId = optionalText(rows, 2);
        event.nickname = optionalText(rows, 3);
        event.count = rows.columnIsNull(4) ? std::nullopt : std::optional<qint64>(rows.columnInt64(4));
        current->totals.add(event, current->users);
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = sqliteError(handle, rc, path);
        return {};
    }
    result.reserve(counters.size());
    for (auto it = counters.cbegin(); it != counters.cend(); ++it)
        result.insert(it.key(), it->totals);
    if (error)
        *error = {};
    return result;
}

StoreError storeAll(QSqlDatabase &db, const QString &path)
{
    StoreError error;
    const QHash<qint64, SessionTotals> totals = count(db, path, 0, &error);
    if (error.isError())
        return error;
    sqlite3 *handle = SqliteStatement::handleOf(db);
    SqliteStatement ids;
    SqliteStatement update;
    if (const int rc = ids.prepare(handle, "SELECT id FROM sessions"); rc != SQLITE_OK)
        return sqliteError(handle, rc, path);
    if (const int rc = update.prepare(handle, SessionSchema::updateTotalsSql().constData()); rc != SQLITE_OK)
        return sqliteError(handle, rc, path);
    QList<qint64> sessions;
    int rc = SQLITE_ROW;
    while ((rc = ids.step()) == SQLITE_ROW)
        sessions.append(ids.columnInt64(0));
    if (rc != SQLITE_DONE)
        return sqliteError(handle, rc, path);
    for (const qint64 id : std::as_const(sessions)) {
        const int index = SessionSchema::bindTotals(update, totals.value(id));
        update.bind(index, id);
        if (const int written = update.run(); written != SQLITE_DONE)
            return sqliteError(handle, written, path);
    }
    if (!sessions.isEmpty())
        qCInfo(lcStore) << "counted the totals of" << sessions.size() << "sessions again in" << path;
    return {};
}

} // namespace soopchat::SessionRecount
