#pragma once

#include <QByteArray>
#include <QStringList>

class QSqlQuery;

namespace soopchat {
struct SessionTotals;
class SqliteStatement;
} // namespace soopchat

namespace soopchat::SessionSchema {

// The statements that take a database from version `toVersion - 1` to
// `toVersion` (PRAGMA user_version). Version 1 is the original layout; every
// later version only adds, so nothing recorded under an older one is lost.
// Version 5 also counts every session's totals again (SessionRecount), which
// SessionDatabase::migrate runs after these statements.
QStringList migration(int toVersion);

// The sessions columns that hold SessionTotals (version 5), in one order for
// writing and reading: "events, chats, unique_chatters, ...".
QByteArray totalsColumns();
// "UPDATE sessions SET events = ?, ...<more> WHERE id = ?": the totals, then
// whatever `moreAssignments` adds (", ended_at = ?"), then the id.
QByteArray updateTotalsSql(QByteArrayView moreAssignments = {});
// Binds the totals from parameter 1 on, in totalsColumns() order; returns
// the next parameter's index.
int bindTotals(SqliteStatement &statement, const SessionTotals &totals);
// The totals from a query that selected totalsColumns() from `firstColumn` on.
SessionTotals readTotals(const QSqlQuery &query, int firstColumn);

} // namespace soopchat::SessionSchema
