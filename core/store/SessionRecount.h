#pragma once

#include <QHash>
#include <QString>

#include "core/stats/SessionTotals.h"
#include "core/store/StoreError.h"

class QSqlDatabase;

namespace soopchat {

// Counts sessions' totals again from the events they hold, with the same
// SessionTotals::add the writer counts them with as it records. For
// recordings made before a total existed (schema < 5): the migration to
// version 5 stores what it counts, and a reader of an older file, which it
// must not change, counts on read (SessionReader).
//
// It reads the columns SessionTotals::add looks at (type, user id, nickname,
// count) with SQLite's own API, not the JSON: about a million events a second.
namespace SessionRecount {

// The totals of session `sessionId`, or of every session that holds events
// when it is 0, by session id. A session without events has no entry.
QHash<qint64, SessionTotals> count(QSqlDatabase &db, const QString &path, qint64 sessionId, StoreError *error);

// Counts every session and writes the totals into its row (sessions without
// events get zeros), inside the caller's transaction.
StoreError storeAll(QSqlDatabase &db, const QString &path);

} // namespace SessionRecount

} // namespace soopchat
