#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace soopchat {

// The recording files that belong to one main database (sessions.db): the
// main file, the one fallback file the whole app records into when the main
// one cannot be written (sessions-fallback.db, shared by every tab and the
// CLI), fallbacks of older builds (sessions-YYYYMMDD-HHMMSS.db) and which of
// them are damaged.
//
// A damaged file is never written again and never deleted: it is left as it
// is and marked by a small file beside it (sessions.db.damaged) that says
// when and why, so every writer, the History and the CLI know it.
class RecordingFiles
{
    Q_DECLARE_TR_FUNCTIONS(RecordingFiles)

public:
    // Other: another sessions-*.db beside it (sessions-2.db, kept when two old
    // folders both had a sessions.db).
    enum class Role : quint8 { Main, Fallback, Other };

    struct File
    {
        QString path;
        Role role = Role::Main;
        bool damaged = false;
        QString damage; // what was found, from the mark; empty when not damaged
        QDateTime markedAt; // when it was marked damaged
    };

    // The main file (when it exists) first, then every sessions-*.db beside it, oldest first.
    static QList<File> list(const QString &mainPath);

    // Where the app records when `mainPath` cannot be written: the first
    // fallback name that is not marked damaged.
    static QString fallbackPath(const QString &mainPath);

    static QString markPath(const QString &path);
    static bool isMarkedDamaged(const QString &path);
    // Marks `path` damaged (the mark is 0600 beside it; the file is not touched).
    static bool markDamaged(const QString &path, const QString &what);
    static File describe(const QString &path, Role role);

    // How a file is named to a user: "sessions.db (damaged: read only)".
    static QString label(const File &file);
};

} // namespace soopchat
