#include "core/store/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace soopchat {

SqliteStatement::~SqliteStatement()
{
    finalize();
}

int SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    finalize();
    m_db = db;
    if (!db)
        return SQLITE_MISUSE;
    // PERSISTENT: the statement lives as long as the connection.
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
}

void SqliteStatement::finalize()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    // A null view would bind NULL; an empty text stays an empty text.
    sqlite3_bind_text64(
        m_statement, index, utf8.data() ? utf8.data() : "", sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8);
}

void SqliteStatement::bindText(int index, QStringView text)
{
    sqlite3_bind_text16(m_statement, index, text.utf16() ? static_cast<const void *>(text.utf16()) : u"",
        int(text.size() * 2), SQLITE_STATIC);
}

void SqliteStatement::bindOptional(int index, const std::optional<QString> &text)
{
    if (text)
        bindText(index, *text);
    else
        bindNull(index);
}

int SqliteStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return rc;
}

int SqliteStatement::runForInt64(qint64 *value)
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        *value = sqlite3_column_int64(m_statement, 0);
    sqlite3_reset(m_statement);
    return rc;
}

int SqliteStatement::step()
{
    return sqlite3_step(m_statement);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::columnUtf8(int column) const
{
    // Text first, then its length: the order SQLite asks for.
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

QString SqliteStatement::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    // QSQLITE hands out its connection as a QVariant holding "sqlite3*".
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace soopchat
