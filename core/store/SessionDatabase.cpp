#include "core/store/SessionDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sys/stat.h>
#include <unistd.h>

#include "core/store/RecordingFiles.h"
#include "core/store/SessionRecount.h"
#include "core/store/SessionSchema.h"
#include "core/util/AppPaths.h"
#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

StoreError execAll(QSqlDatabase &db, const QString &path, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return StoreError::fromSql(query.lastError(), path);
    }
    return {};
}

// access(2) rather than QFileInfo permissions: it asks the kernel about this
// process, which is what SQLite will meet when it opens the file.
bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// What the file looks like from outside: inode, size and modification time
// to the nanosecond; any write by any program changes it. The -wal is left
// out: every SoopChat writer appends to it, and a frame that is not SQLite's
// own fails its checksum and ends the log there, so garbage in it cannot
// damage a page.
QByteArray fingerprintOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return QByteArray::number(qint64(info.st_ino)) + ':' + QByteArray::number(qint64(info.st_size)) + ':' +
        QByteArray::number(qint64(info.st_mtim.tv_sec)) + '.' + QByteArray::number(qint64(info.st_mtim.tv_nsec));
}

QByteArray storedFingerprint(const QString &path)
{
    QFile file(SessionDatabase::fingerprintPath(path));
    return file.open(QIODevice::ReadOnly) ? file.read(1024).trimmed() : QByteArray();
}

QByteArray storeFingerprint(const QString &path)
{
    const QString target = SessionDatabase::fingerprintPath(path);
    const QByteArray print = fingerprintOf(path);
    if (print.isEmpty() || !AppPaths::makePrivateFile(target))
        return {};
    QSaveFile file(target);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(print + '\n');
        file.commit();
    }
    return print;
}

} // namespace

SessionDatabase::SessionDatabase()
    : m_connectionName(u"soopchat-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SessionDatabase::~SessionDatabase()
{
    close();
}

void SessionDatabase::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_version = 0;
    // Closed (and checkpointed when last) after being found sound: what it
    // looks like now is what this program made of a sound file.
    if (m_verified && !RecordingFiles::isMarkedDamaged(m_path))
        storeFingerprint(m_path);
    m_verified = false;
}

QString SessionDatabase::defaultPath()
{
    return AppPaths::dataDir() + u"/sessions.db"_s;
}

int SessionDatabase::readVersion(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        if (error)
            *error = query.lastError();
        return -1;
    }
    return query.value(0).toInt();
}

StoreError SessionDatabase::migrate(QSqlDatabase &db, const QString &path, int toVersion)
{
    QSqlError sqlError;
    int version = readVersion(db, &sqlError);
    if (version < 0)
        return StoreError::fromSql(sqlError, path);
    const int initial = version;
    QSqlQuery query(db);
    while (version < toVersion) {
        const int next = version + 1;
        // IMMEDIATE takes the write lock up front, so two programs opening
        // the same old file cannot both start migrating it.
        if (!query.exec(u"BEGIN IMMEDIATE"_s))
            return StoreError::fromSql(query.lastError(), path);
        if (readVersion(db) != version) {
            // Someone else migrated it while we waited for the lock.
            query.exec(u"ROLLBACK"_s);
            version = readVersion(db);
            continue;
        }
        StoreError error = execAll(db, path, SessionSchema::migration(next));
        // Versions 5 and 6 add totals: every session is counted again from its
        // events, once, with the columns of the newest version (those of
        // version 6 do not exist yet at 5, so the count waits for it).
        if (!error.isError() && next == 6)
            error = SessionRecount::storeAll(db, path);
        if (!error.isError() && !query.exec(u"PRAGMA user_version = %1"_s.arg(next)))
            error = StoreError::fromSql(query.lastError(), path);
        if (!error.isError() && !query.exec(u"COMMIT"_s))
            error = StoreError::fromSql(query.lastError(), path);
        if (error.isError()) {
            query.exec(u"ROLLBACK"_s);
            qCWarning(lcStore) << "migrating" << path << "to schema" << next << "failed:" << error.detail;
            return error;
        }
        if (initial > 0)
            qCInfo(lcStore) << "migrated" << path << "from schema" << version << "to" << next;
        version = next;
    }
    return {};
}

StoreError SessionDatabase::checkIntegrity(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    // quick_check: every page of every b-tree, without comparing indexes to
    // their tables (integrity_check's slow part). Ten problems are enough to say.
    if (!query.exec(u"PRAGMA quick_check(10)"_s))
        return StoreError::fromSql(query.lastError(), path);
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != "ok"_L1)
            problems.append(line);
    }
    if (query.lastError().isValid())
        return StoreError::fromSql(query.lastError(), path);
    if (problems.isEmpty())
        return {};
    return StoreError::make(StoreError::Kind::Corrupt, path, problems.join(u"; "_s), 11 /* SQLITE_CORRUPT */);
}

StoreError SessionDatabase::open(const QString &path, Access access, const Options &options)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (access == Access::ReadOnly) {
        if (!info.exists())
            return StoreError::make(StoreError::Kind::Missing, path);
    } else {
        // A file found damaged is never written again (RecordingFiles).
        if (RecordingFiles::isMarkedDamaged(path)) {
            const RecordingFiles::File file = RecordingFiles::describe(path, RecordingFiles::Role::Main);
            return StoreError::make(StoreError::Kind::Corrupt, path,
                QString(u"marked damaged "_s + file.markedAt.toString(Qt::ISODate) + u": "_s + file.damage).trimmed(),
                11);
        }
        const QString folder = info.absolutePath();
        const bool appFolder = AppPaths::isAppFolder(folder);
        if (!(appFolder ? AppPaths::makePrivateFolder(folder) : QDir().mkpath(folder)) ||
            (info.exists() ? !writable(path) : !writable(folder)))
            return StoreError::make(StoreError::Kind::ReadOnly, path);
        // Recordings are private: a new file is made 0600 before SQLite opens
        // it (SQLite gives its -wal and -shm the database's mode); one of the
        // app's own folder is tightened, with companions of older builds.
        if (!info.exists() || appFolder) {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
                if (suffix.isEmpty() || QFileInfo::exists(path + suffix))
                    AppPaths::makePrivateFile(path + suffix);
            }
        }
    }

    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeout.count()));
    if (!m_db.open()) {
        const StoreError error = StoreError::fromSql(m_db.lastError(), path);
        close();
        return error;
    }

    // Debug only: the caller reports the error (the writer logs it, the CLI
    // prints it as its one line).
    auto fail = [this](const StoreError &error) {
        qCDebug(lcStore) << "cannot open" << m_path << ':' << StoreError::kindName(error.kind) << error.detail;
        close();
        return error;
    };

    // Reading the schema is the first thing that touches the file's pages, so
    // a file that is not a database fails here rather than mid-recording.
    QSqlError sqlError;
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next())
        return fail(StoreError::fromSql(query.lastError(), path));
    const bool empty = query.value(0).toInt() == 0;
    int version = readVersion(m_db, &sqlError);
    if (version < 0)
        return fail(StoreError::fromSql(sqlError, path));
    if (version > CurrentVersion)
        return fail(StoreError::make(StoreError::Kind::Unsupported, path, u"schema version %1"_s.arg(version)));
    if (!empty && version == 0)
        return fail(StoreError::make(StoreError::Kind::Corrupt, path, u"tables but no schema version"_s));

    if (access == Access::ReadOnly) {
        if (version == 0)
            return fail(StoreError::make(StoreError::Kind::Corrupt, path, u"empty file"_s));
        query.exec(u"PRAGMA query_only = ON"_s);
        m_version = version;
        return {};
    }

    // Before the first write (the WAL switch and the migrations write): a
    // damaged page is found now, not when a commit happens to touch it.
    m_checked = false;
    if (options.check == Options::Check::QuickCheck && !empty) {
        const QByteArray known = storedFingerprint(path);
        if (known.isEmpty() || known != fingerprintOf(path)) {
            m_checked = true;
            if (const StoreError error = checkIntegrity(m_db, path); error.isError())
                return fail(error);
            m_fingerprint = storeFingerprint(path);
        } else {
            m_fingerprint = known;
        }
        m_verified = true;
    } else if (options.check == Options::Check::QuickCheck) {
        m_verified = true; // a new file: sound by definition
    }

    // WAL: readers never block the writer, and a commit is durable against a
    // killed process without an fsync per batch (synchronous=NORMAL).
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return fail(StoreError::fromSql(query.lastError(), path));
    if (query.value(0).toString().compare("wal"_L1, Qt::CaseInsensitive) != 0)
        qCWarning(lcStore) << path << "stays in journal mode" << query.value(0).toString();
    query.exec(u"PRAGMA synchronous = NORMAL"_s);
    // The user and type indexes take inserts all over the file; 32 MiB of
    // page cache keeps their hot pages in memory for a long session.
    query.exec(u"PRAGMA cache_size = -32768"_s);
    if (const StoreError error = migrate(m_db, path, CurrentVersion); error.isError())
        return fail(error);
    m_version = CurrentVersion;
    setMaxBytes(options.maxBytes);
    return {};
}

void SessionDatabase::renewFingerprint()
{
    // A checkpoint (this writer's or another SoopChat writer's) moved pages
    // into the file: still the sound file it was, as only writers that
    // checked it write it.
    if (!m_verified || !m_db.isOpen())
        return;
    if (const QByteArray now = fingerprintOf(m_path); now != m_fingerprint && !RecordingFiles::isMarkedDamaged(m_path))
        m_fingerprint = storeFingerprint(m_path);
}

void SessionDatabase::setMaxBytes(qint64 maxBytes)
{
    if (!m_db.isOpen())
        return;
    QSqlQuery query(m_db);
    qint64 pages = 1073741823; // SQLite's default maximum
    if (maxBytes > 0 && query.exec(u"PRAGMA page_size"_s) && query.next())
        pages = std::max<qint64>(1, maxBytes / std::max(1, query.value(0).toInt()));
    query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages));
}

} // namespace soopchat
