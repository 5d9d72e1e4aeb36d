#include "core/store/StoreError.h"

#include <QDir>
#include <QSqlError>

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {
// SQLite primary result codes (sqlite3.h); QSQLITE reports them as nativeErrorCode.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqlitePerm = 3;
constexpr int SqliteNotADb = 26;
} // namespace

int StoreError::sqliteCodeOf(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

StoreError::Kind StoreError::kindOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return Kind::None;
    return kindOfCode(sqliteCodeOf(error));
}

StoreError::Kind StoreError::kindOfCode(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SqliteCorrupt:
    case SqliteNotADb:
        return Kind::Corrupt;
    case SqliteBusy:
    case SqliteLocked:
        return Kind::Locked;
    case SqliteReadOnly:
    case SqlitePerm:
        return Kind::ReadOnly;
    case SqliteFull:
        return Kind::DiskFull;
    case SqliteIoErr:
    case SqliteCantOpen:
    default:
        return Kind::Io;
    }
}

QLatin1StringView StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return "none"_L1;
    case Kind::Corrupt:
        return "corrupt"_L1;
    case Kind::Locked:
        return "locked"_L1;
    case Kind::ReadOnly:
        return "read_only"_L1;
    case Kind::DiskFull:
        return "disk_full"_L1;
    case Kind::Io:
        return "io"_L1;
    case Kind::Unsupported:
        return "unsupported"_L1;
    case Kind::Missing:
        return "missing"_L1;
    }
    return "io"_L1;
}

QString StoreError::describe(Kind kind, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Corrupt:
        return tr("The recording database %1 is damaged or is not a SoopChat database. It is left untouched.")
            .arg(file);
    case Kind::Locked:
        return tr("The recording database %1 is locked by another program.").arg(file);
    case Kind::ReadOnly:
        return tr("The recording database %1 cannot be written (the file or its folder is read-only).").arg(file);
    case Kind::DiskFull:
        return tr("The disk holding %1 is full; new events cannot be saved until space is freed.").arg(file);
    case Kind::Io:
        return tr("Reading or writing the recording database %1 failed.").arg(file);
    case Kind::Unsupported:
        return tr("The recording database %1 was written by a newer version of SoopChat.").arg(file);
    case Kind::Missing:
        return tr("There is no recording database at %1.").arg(file);
    }
    return {};
}

StoreError StoreError::make(Kind kind, const QString &path, const QString &detail, int sqliteCode)
{
    StoreError error;
    error.kind = kind;
    error.path = path;
    error.message = describe(kind, path);
    error.detail = detail;
    error.sqliteCode = sqliteCode;
    return error;
}

StoreError StoreError::fromSql(const QSqlError &error, const QString &path)
{
    return make(kindOf(error), path, error.text(), sqliteCodeOf(error));
}

StoreError StoreError::fromSqlite(int sqliteCode, const QString &detail, const QString &path)
{
    return make(kindOfCode(sqliteCode), path, detail, sqliteCode & 0xff);
}

} // namespace soopchat
