#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace testdata {

// A read-only look into a recording database while (or after) another
// process writes it; WAL lets readers and the writer work side by side. Tests
// that run `soopchat-cli record` wait on what it has committed, never on a
// fixed time.
class ReadOnlyDatabase
{
public:
    explicit ReadOnlyDatabase(const QString &path) : m_name(QStringLiteral("reader-") + QString::number(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_ok = db.open();
    }
    ~ReadOnlyDatabase() { QSqlDatabase::removeDatabase(m_name); }
    ReadOnlyDatabase(const ReadOnlyDatabase &) = delete;
    ReadOnlyDatabase &operator=(const ReadOnlyDatabase &) = delete;

    bool isOpen() const { return m_ok; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name); }

    // The first column of the first row; -1 when the query fails (e.g. no
    // table yet).
    qint64 scalar(const QString &sql) const
    {
        QSqlQuery query(database());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

private:
    QString m_name;
    bool m_ok = false;
};

} // namespace testdata
