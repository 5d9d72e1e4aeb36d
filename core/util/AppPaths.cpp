#include "core/util/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace soopchat::AppPaths {

using namespace Qt::StringLiterals;

namespace {

constexpr auto FolderName = "soopchat"_L1;
constexpr auto LegacyName = "SoopChat"_L1;
// SQLite's files beside a database: without them its last transactions are lost.
constexpr QLatin1StringView Companions[] = {"-wal"_L1, "-shm"_L1, "-journal"_L1};

QString genericData()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
}

QString genericConfig()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
}

bool isCompanionOfAFile(const QDir &folder, const QString &name)
{
    for (QLatin1StringView companion : Companions) {
        if (name.endsWith(companion) && folder.exists(name.chopped(companion.size())))
            return true;
    }
    return false;
}

// `name`, or the first of name-2, name-3... (before the suffix: sessions-2.db)
// that is free together with its companions.
QString freeName(const QDir &folder, const QString &name)
{
    const auto isFree = [&](const QString &candidate) {
        if (folder.exists(candidate))
            return false;
        for (QLatin1StringView companion : Companions) {
            if (folder.exists(candidate + companion))
                return false;
        }
        return true;
    };
    if (isFree(name))
        return name;
    const qsizetype dot = name.indexOf(u'.', 1);
    const QString stem = dot < 0 ? name : name.left(dot);
    const QString suffix = dot < 0 ? QString() : name.mid(dot);
    for (int n = 2;; ++n) {
        const QString candidate = stem + u'-' + QString::number(n) + suffix;
        if (isFree(candidate))
            return candidate;
    }
}

// Moves `name` and its companions from `from` to `to` as `target`: all of
// them, or (after putting back what had moved) none.
void moveGroup(const QDir &from, const QString &name, const QDir &to, const QString &target, Migration &migration)
{
    QStringList suffixes = {QString()};
    for (QLatin1StringView companion : Companions) {
        if (from.exists(name + companion))
            suffixes.append(companion);
    }
    QList<MovedFile> moved;
    for (const QString &suffix : std::as_const(suffixes)) {
        const MovedFile file {from.absoluteFilePath(name + suffix), to.absoluteFilePath(target + suffix)};
        QFile source(file.from);
        // rename() never replaces an existing file; freeName() chose a free one.
        if (!source.rename(file.to)) {
            migration.errors.append(u"%1: %2"_s.arg(file.from, source.errorString()));
            for (const MovedFile &back : std::as_const(moved))
                QFile::rename(back.to, back.from);
            return;
        }
        moved.append(file);
    }
    migration.moved.append(moved);
}

void migrateFolder(const QString &fromPath, const QString &toPath, Migration &migration)
{
    const QDir from(fromPath);
    if (!from.exists())
        return;
    // On a file system that ignores case the old folder is the new one.
    if (QFileInfo(fromPath).canonicalFilePath() == QFileInfo(toPath).canonicalFilePath())
        return;
    const QStringList names = from.entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    if (names.isEmpty())
        return;
    // The data and config folders are private (makePrivateFolder).
    if (!(isAppFolder(toPath) ? makePrivateFolder(toPath) : QDir().mkpath(toPath))) {
        migration.errors.append(u"%1: cannot create the folder"_s.arg(toPath));
        return;
    }
    const QDir to(toPath);
    QStringList mains;
    for (const QString &name : names) {
        if (!isCompanionOfAFile(from, name))
            mains.append(name);
    }
    for (const QString &name : std::as_const(mains))
        moveGroup(from, name, to, freeName(to, name), migration);
}

} // namespace

QString dataDir()
{
    return genericData() + u'/' + FolderName;
}

QString configDir()
{
    return genericConfig() + u'/' + FolderName;
}

bool makePrivateFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    const QByteArray name = QFile::encodeName(folder);
    struct stat info
    {
    };
    if (::stat(name.constData(), &info) != 0)
        return false;
    return (info.st_mode & 07777) == 0700 || ::chmod(name.constData(), 0700) == 0;
}

bool makePrivateFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    // O_EXCL: never truncates what is there, and creates it 0600 from the first byte.
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return true;
    }
    if (errno != EEXIST)
        return false;
    struct stat info
    {
    };
    if (::stat(name.constData(), &info) != 0)
        return false;
    return (info.st_mode & 07777) == 0600 || ::chmod(name.constData(), 0600) == 0;
}

bool isAppFolder(const QString &folder)
{
    const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    return clean == QDir::cleanPath(dataDir()) || clean == QDir::cleanPath(configDir());
}

QStringList legacyDataDirs()
{
    const QString app = genericData() + u'/' + LegacyName;
    return {app, app + u'/' + LegacyName};
}

QStringList legacyConfigDirs()
{
    const QString app = genericConfig() + u'/' + LegacyName;
    return {app, app + u'/' + LegacyName};
}

QString Migration::whereIs(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const MovedFile &file : moved) {
        if (file.from == absolute)
            return file.to;
    }
    return path;
}

Migration migrateLegacyFolders(Folders folders)
{
    Migration migration;
    QStringList emptied;
    const auto migrate = [&](const QStringList &legacy, const QString &target) {
        for (const QString &folder : legacy) {
            migrateFolder(folder, target, migration);
            emptied.prepend(folder);
        }
    };
    if (folders.testFlag(Folder::Data))
        migrate(legacyDataDirs(), dataDir());
    if (folders.testFlag(Folder::Config))
        migrate(legacyConfigDirs(), configDir());
    // Inner folders first; rmdir() leaves a folder that still holds anything.
    for (const QString &folder : std::as_const(emptied)) {
        if (QFileInfo(folder).canonicalFilePath() != QFileInfo(dataDir()).canonicalFilePath() &&
            QFileInfo(folder).canonicalFilePath() != QFileInfo(configDir()).canonicalFilePath())
            QDir().rmdir(folder);
    }
    return migration;
}

} // namespace soopchat::AppPaths
