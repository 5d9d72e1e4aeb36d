#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace soopchat {

// A prepared statement on a connection's raw SQLite handle, kept for the life
// of the connection and reused for every row. The writer binds through it
// rather than QSqlQuery: a QVariant per value, Qt's bookkeeping and UTF-16
// text were a quarter of its CPU. Indexes are 1-based, as in SQLite. Bound
// text and bytes are not copied, so they must stay alive until step().
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // SQLITE_OK or the error code (errorMessage() says more).
    int prepare(sqlite3 *db, const char *sql);
    void finalize();
    bool isPrepared() const { return m_statement != nullptr; }

    void bind(int index, qint64 value);
    void bindNull(int index);
    void bindUtf8(int index, QByteArrayView utf8);
    void bindText(int index, QStringView text); // SQLite converts to UTF-8
    void bindOptional(int index, const std::optional<QString> &text);

    // Runs the statement to completion and resets it for the next row:
    // SQLITE_DONE on success, otherwise the (extended) error code.
    int run();
    // Runs a query for one integer (column 0 of the first row): SQLITE_ROW
    // with *value set, SQLITE_DONE when there is no row, or the error code.
    int runForInt64(qint64 *value);

    // Steps through a query's rows: SQLITE_ROW with a row to read through
    // the column accessors (0-based, as in SQLite), SQLITE_DONE after the
    // last one, or the error code. reset() before running it again.
    int step();
    void reset();
    bool columnIsNull(int column) const;
    qint64 columnInt64(int column) const;
    // Valid until the next step(); empty for NULL.
    QByteArrayView columnUtf8(int column) const;

    QString errorMessage() const;
    // The raw handle of an open QSQLITE connection, or null.
    static sqlite3 *handleOf(const QSqlDatabase &db);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace soopchat
