#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

// Where SoopChat keeps a user's files, named in this one place: recordings in
// $XDG_DATA_HOME/soopchat (~/.local/share/soopchat), settings and the overlay
// token in $XDG_CONFIG_HOME/soopchat (~/.config/soopchat).
namespace soopchat::AppPaths {

QString dataDir();
QString configDir();

// Recordings and settings are private: the data and config folders are
// created 0700 (and an existing one is tightened to it), the files the app
// creates in them 0600. Both return false when the folder or file cannot be
// made or changed. Any other folder (a --db the user chose) is created with
// the usual mode and left as it is.
bool makePrivateFolder(const QString &folder);
// Creates `path` empty with mode 0600 when it does not exist, or tightens an
// existing one to 0600.
bool makePrivateFile(const QString &path);
// Whether `folder` is the data or the config folder (the folders that are
// made private).
bool isAppFolder(const QString &folder);

// Builds before the first package used Qt's per-application folders: the app kept its
// recordings in ~/.local/share/SoopChat and its settings in ~/.config/SoopChat,
// soopchat-cli its recordings in ~/.local/share/SoopChat/SoopChat.
QStringList legacyDataDirs(); // the app's first
QStringList legacyConfigDirs();

enum class Folder { Data = 0x1, Config = 0x2 };
Q_DECLARE_FLAGS(Folders, Folder)

struct MovedFile
{
    QString from;
    QString to;
};

struct Migration
{
    QList<MovedFile> moved;
    QStringList errors; // what could not be moved; it stays where it was
    // Where a file that was at `path` is now: `path` itself unless it moved.
    QString whereIs(const QString &path) const;
};

// Moves every file of the old folders into the new ones, once: the old
// folders are removed when they are left empty, so a second call finds
// nothing to do. Nothing is ever overwritten: a file whose name is taken in
// the new folder (both the app and the CLI had a sessions.db) keeps its
// contents under the next free name (sessions-2.db). A database moves with
// its -wal, -shm and -journal files, all or none.
Migration migrateLegacyFolders(Folders folders = {Folder::Data, Folder::Config});

} // namespace soopchat::AppPaths

Q_DECLARE_OPERATORS_FOR_FLAGS(soopchat::AppPaths::Folders)
