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
        // ReadWrite: whether the file's pages are checked (PRAGMA quick_check)
        // before anything is written; a damaged file fails with Corrupt and is
        // left exactly as it was. quick_check reads the whole file (16 s for
        // 1.1 GB), so it is skipped while the file is exactly as it was when
        // last checked or last changed by a writer that had checked it (the
        // fingerprint in FILE.checked): no other program has written a byte since.
        enum class Check : quint8 { QuickCheck, None } check = Check::QuickCheck;
    };

    static constexpr int CurrentVersion = 6;

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

    // After a commit: when a checkpoint changed the file, the stored
    // fingerprint follows (one stat(); a small write only when it changed).
    void renewFingerprint();

    // Changes the size limit of an open connection (Options::maxBytes).
    void setMaxBytes(qint64 maxBytes);

    // The default file: sessions.db in the data folder (AppPaths::dataDir()).
    static QString defaultPath();

    // Runs the migrations from the file's version up to `toVersion` in one
    // transaction each. Public so that tests can build an older schema.
    static StoreError migrate(QSqlDatabase &db, const QString &path, int toVersion);
    static int readVersion(QSqlDatabase &db, QSqlError *error = nullptr);
    // Whether the last open() ran quick_check (false: skipped as unchanged, or empty).
    bool wasChecked() const { return m_checked; }
    static QString fingerprintPath(const QString &path) { return path + QStringLiteral(".checked"); }

    // PRAGMA quick_check of an open connection: no error, or Corrupt with
    // the first problems SQLite names.
    static StoreError checkIntegrity(QSqlDatabase &db, const QString &path);

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    int m_version = 0;
    bool m_verified = false; // ReadWrite and found sound: the fingerprint is renewed at close
    bool m_checked = false;
    QByteArray m_fingerprint; // as last stored
};

} // namespace soopchat
