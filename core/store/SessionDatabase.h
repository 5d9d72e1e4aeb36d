#pragma once

#include <QSqlDatabase>
#include <QString>

#include <chrono>

#include "core/store/StoreError.h"

namespace soopchat {

// One connection to a recording database (sessions.db), named uniquely so
// that every thread can have its own. Opening checks the file, sets WAL and
// brings the schema up to date (ReadWrite) or checks it is readable (ReadOnly).
// A connection belongs to the thread that opened it.
class SessionDatabase
{
public:
    // ReadWrite creates the file and migrates; ReadOnly never creates,
    // never changes the file and fails with Missing when it does not exist.
    enum class Access : quint8 { ReadWrite, ReadOnly };

    struct Options
    {
        std::chrono::milliseconds busyTimeout {5000};
        // Largest size the file may grow to (rounded to pages); 0 = no limit.
        // Past it SQLite answers SQLITE_FULL exactly as on a full disk.
        qint64 maxBytes = 0;
    };

    static constexpr int CurrentVersion = 5;

    SessionDatabase();
    ~SessionDatabase();
    SessionDatabase(const SessionDatabase &) = delete;
    SessionDatabase &operator=(const SessionDatabase &) = delete;

    StoreError open(const QString &path, Access access, const Options &options);
    StoreError open(const QString &path, Access access) { return open(path, access, Options {}); }
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    bool hasFullTextIndex() const { return m_version >= 2; }
    // Whether the sessions rows hold every SessionTotals total (version 5);
    // older files are counted from their events (SessionRecount).
    bool hasAllTotals() const { return m_version >= 5; }

    // Changes the size limit of an open connection (Options::maxBytes).
    void setMaxBytes(qint64 maxBytes);

    // The default file: sessions.db in the data folder (AppPaths::dataDir()).
    static QString defaultPath();

    // Runs the migrations from the file's version up to `toVersion` in one
    // transaction each. Public so that tests can build an older schema.
    static StoreError migrate(QSqlDatabase &db, const QString &path, int toVersion);
    static int readVersion(QSqlDatabase &db, QSqlError *error = nullptr);

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    int m_version = 0;
};

} // namespace soopchat
