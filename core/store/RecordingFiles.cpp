#include "core/store/RecordingFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include "core/util/AppPaths.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr auto MarkSuffix = ".damaged"_L1;
constexpr auto FallbackTag = "-fallback"_L1;

} // namespace

QString RecordingFiles::markPath(const QString &path)
{
    return path + MarkSuffix;
}

bool RecordingFiles::isMarkedDamaged(const QString &path)
{
    return QFileInfo::exists(markPath(path));
}

bool RecordingFiles::markDamaged(const QString &path, const QString &what)
{
    if (isMarkedDamaged(path))
        return true;
    const QString mark = markPath(path);
    if (!AppPaths::makePrivateFile(mark))
        return false;
    QSaveFile file(mark); // keeps the 0600 of the file made above
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // First line: when (ISO 8601, UTC); the rest: what SQLite found.
    file.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n' + what.toUtf8() + '\n');
    return file.commit();
}

RecordingFiles::File RecordingFiles::describe(const QString &path, Role role)
{
    File file {path, role, false, {}, {}};
    QFile mark(markPath(path));
    if (!mark.open(QIODevice::ReadOnly))
        return file;
    file.damaged = true;
    const QString text = QString::fromUtf8(mark.read(64 * 1024));
    const qsizetype newline = text.indexOf(u'\n');
    file.markedAt = QDateTime::fromString(text.left(newline), Qt::ISODate);
    file.damage = newline < 0 ? QString() : text.mid(newline + 1).trimmed();
    return file;
}

QString RecordingFiles::fallbackPath(const QString &mainPath)
{
    const QFileInfo main(mainPath);
    const QString stem = main.absolutePath() + u'/' + main.completeBaseName() + FallbackTag;
    QString candidate = stem + u".db"_s;
    for (int n = 2; isMarkedDamaged(candidate); ++n)
        candidate = stem + u'-' + QString::number(n) + u".db"_s;
    return candidate;
}

QList<RecordingFiles::File> RecordingFiles::list(const QString &mainPath)
{
    QList<File> files;
    const QFileInfo main(mainPath);
    if (main.exists())
        files.append(describe(main.absoluteFilePath(), Role::Main));
    // sessions-fallback.db, sessions-fallback-2.db and the timestamped ones
    // of older builds (sessions-20261205-013000.db), by age.
    const QDir folder = main.absoluteDir();
    const QFileInfoList others = folder.entryInfoList(
        {main.completeBaseName() + u"-*."_s + main.suffix()}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &other : others) {
        const QString middle = other.completeBaseName().mid(main.completeBaseName().size() + 1);
        const bool fallback = middle.startsWith(FallbackTag.mid(1)) ||
            (middle.size() >= 15 && middle.at(0).isDigit() && middle.at(8) == u'-');
        files.append(describe(other.absoluteFilePath(), fallback ? Role::Fallback : Role::Other));
    }
    return files;
}

QString RecordingFiles::label(const File &file)
{
    const QString name = QFileInfo(file.path).fileName();
    if (file.damaged)
        return tr("%1 (damaged: only read, never written)").arg(name);
    if (file.role == Role::Fallback)
        return tr("%1 (recorded while the main file could not be written)").arg(name);
    return name;
}

} // namespace soopchat
