#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

class QSqlError;

namespace soopchat {

// What went wrong with a recording database, in terms a user can act on.
// `message` is translated and complete (it names the file); `detail` is
// SQLite's own text for the log.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Kind : quint8 {
        None,
        Corrupt, // not a database, or damaged pages
        Locked, // another program holds a lock longer than the busy timeout
        ReadOnly, // the file or its folder cannot be written
        DiskFull, // SQLITE_FULL: no space left (or the configured size limit)
        Io, // any other read/write failure
        Unsupported, // written by a newer SoopChat (schema version too high)
        Missing, // a reader was pointed at a file that does not exist
    };

    Kind kind = Kind::None;
    QString path;
    QString message;
    QString detail;
    int sqliteCode = 0; // primary result code, 0 when not from SQLite

    bool isError() const { return kind != Kind::None; }

    // Classifies a Qt SQL error, or an SQLite result code, by its kind.
    static Kind kindOf(const QSqlError &error);
    static Kind kindOfCode(int sqliteCode);
    static int sqliteCodeOf(const QSqlError &error);

    // An error of `kind` for `path` with the standard user-facing message.
    static StoreError make(Kind kind, const QString &path, const QString &detail = {}, int sqliteCode = 0);
    static StoreError fromSql(const QSqlError &error, const QString &path);
    // From an SQLite result code (primary or extended) and its message.
    static StoreError fromSqlite(int sqliteCode, const QString &detail, const QString &path);

    // "corrupt", "locked", ... for logs and machine-readable output.
    static QLatin1StringView kindName(Kind kind);
    // The translated one-line explanation of `kind` for `path`.
    static QString describe(Kind kind, const QString &path);
};

} // namespace soopchat

Q_DECLARE_METATYPE(soopchat::StoreError)
