// The user's files live in the XDG places (~/.local/share/soopchat,
// ~/.config/soopchat); what earlier builds kept in Qt's per-application
// folders (SoopChat, and the CLI's SoopChat/SoopChat) moves there once, with
// real recordings in a temporary home, and nothing is ever overwritten.
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

#include "LegacyFolders.h"
#include "core/events/ChatEvent.h"
#include "core/store/RecordingFiles.h"
#include "core/store/SessionDatabase.h"
#include "core/store/SessionWriter.h"
#include "core/util/AppPaths.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

using namespace packagingtest;

namespace {

// The permission bits of a file or folder, -1 when it does not exist.
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// Records a few chats into `path` and leaves the writer open (its -wal and
// -shm exist while it is).
std::unique_ptr<SessionWriter> recordInto(const QString &path)
{
    auto writer = std::make_unique<SessionWriter>(path);
    writer->beginSession({u"soop"_s, u"bj"_s, u"1"_s, u"title"_s, u"닉"_s, 1'795'000'000'000});
    EventBatch batch;
    for (int n = 0; n < 50; ++n) {
        auto e = std::make_shared<ChatEvent>();
        e->type = EventType::Chat;
        e->userId = u"user%1"_s.arg(n);
        e->text = u"chat %1"_s.arg(n);
        e->receivedAtMs = 1'795'000'000'000 + n;
        batch.append(e);
    }
    writer->record(batch);
    QSignalSpy flushed(writer.get(), &SessionWriter::flushed);
    writer->flush();
    if (!flushed.wait(30'000))
        return nullptr;
    return writer;
}

} // namespace

class TestAppPaths : public QObject
{
    Q_OBJECT

private slots:
    void theFoldersAreTheXdgPlaces()
    {
        TemporaryHome home;
        QCOMPARE(AppPaths::dataDir(), home.data() + u"/soopchat"_s);
        QCOMPARE(AppPaths::configDir(), home.config() + u"/soopchat"_s);
        QCOMPARE(SessionDatabase::defaultPath(), home.data() + u"/soopchat/sessions.db"_s);
        QCOMPARE(AppPaths::legacyDataDirs(),
            QStringList({home.data() + u"/SoopChat"_s, home.data() + u"/SoopChat/SoopChat"_s}));
        QCOMPARE(AppPaths::legacyConfigDirs().first(), home.config() + u"/SoopChat"_s);
    }

    void withoutXdgVariablesTheyAreInTheHomeFolder()
    {
        TemporaryHome home;
        const QByteArray oldHome = qgetenv("HOME");
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("XDG_CONFIG_HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        const QString data = AppPaths::dataDir();
        const QString config = AppPaths::configDir();
        qputenv("HOME", oldHome);
        QCOMPARE(data, home.path() + u"/.local/share/soopchat"_s);
        QCOMPARE(config, home.path() + u"/.config/soopchat"_s);
    }

    void theAppsFoldersMoveOnceWithEveryFile()
    {
        TemporaryHome home;
        QTemporaryDir scratch;
        const QString oldData = home.data() + u"/SoopChat"_s;
        const QString oldConfig = home.config() + u"/SoopChat"_s;
        QVERIFY(makeOpenRecording(scratch.path(), u"legacy_bj"_s, 40, oldData + u"/sessions.db"_s));
        QVERIFY(writeFile(oldData + u"/demo-sessions.db"_s, "demo recording"));
        QVERIFY(writeFile(oldConfig + u"/soopchat.ini"_s, "[view]\nshowTimestamps=false\n"));
        QVERIFY(writeFile(oldConfig + u"/overlay-token"_s, "0123456789abcdef0123456789abcdef"));
        QMap<QString, QByteArray> before;
        const QStringList files = {oldData + u"/sessions.db"_s, oldData + u"/sessions.db-wal"_s,
            oldData + u"/demo-sessions.db"_s, oldConfig + u"/soopchat.ini"_s, oldConfig + u"/overlay-token"_s};
        for (const QString &file : files)
            before.insert(QFileInfo(file).fileName(), hashOf(file));

        const AppPaths::Migration migration = AppPaths::migrateLegacyFolders();
        QVERIFY2(migration.errors.isEmpty(), qPrintable(migration.errors.join(u'\n')));
        QCOMPARE(migration.moved.size(), 5);

        const QString data = AppPaths::dataDir();
        const QString config = AppPaths::configDir();
        QCOMPARE(hashOf(data + u"/sessions.db"_s), before.value(u"sessions.db"_s));
        QCOMPARE(hashOf(data + u"/sessions.db-wal"_s), before.value(u"sessions.db-wal"_s));
        QCOMPARE(hashOf(data + u"/demo-sessions.db"_s), before.value(u"demo-sessions.db"_s));
        QCOMPARE(hashOf(config + u"/soopchat.ini"_s), before.value(u"soopchat.ini"_s));
        QCOMPARE(hashOf(config + u"/overlay-token"_s), before.value(u"overlay-token"_s));
        QVERIFY(!QFileInfo::exists(oldData));
        QVERIFY(!QFileInfo::exists(oldConfig));
        QCOMPARE(migration.whereIs(oldData + u"/sessions.db"_s), data + u"/sessions.db"_s);
        QCOMPARE(migration.whereIs(u"/elsewhere/sessions.db"_s), u"/elsewhere/sessions.db"_s);
        // Every chat is there, those only in the -wal file included.
        QCOMPARE(sessionsIn(data + u"/sessions.db"_s), QStringList {u"legacy_bj:40"_s});

        const AppPaths::Migration again = AppPaths::migrateLegacyFolders();
        QVERIFY(again.moved.isEmpty());
        QVERIFY(again.errors.isEmpty());
        QCOMPARE(sessionsIn(data + u"/sessions.db"_s), QStringList {u"legacy_bj:40"_s});
    }

    void aRecordingAlreadyThereIsNeverOverwritten()
    {
        TemporaryHome home;
        QTemporaryDir scratch;
        const QString data = AppPaths::dataDir();
        const QString appFolder = home.data() + u"/SoopChat"_s;
        const QString cliFolder = appFolder + u"/SoopChat"_s;
        QVERIFY(makeOpenRecording(scratch.path(), u"new_bj"_s, 3, data + u"/sessions.db"_s));
        QVERIFY(makeOpenRecording(scratch.path(), u"app_bj"_s, 5, appFolder + u"/sessions.db"_s));
        QVERIFY(makeOpenRecording(scratch.path(), u"cli_bj"_s, 7, cliFolder + u"/sessions.db"_s));
        // A name taken by a -wal file alone is taken too.
        QVERIFY(writeFile(data + u"/sessions-2.db-wal"_s, "stray"));
        const QByteArray newHash = hashOf(data + u"/sessions.db"_s);
        const QByteArray appHash = hashOf(appFolder + u"/sessions.db"_s);
        const QByteArray cliHash = hashOf(cliFolder + u"/sessions.db"_s);

        const AppPaths::Migration migration = AppPaths::migrateLegacyFolders(AppPaths::Folder::Data);
        QVERIFY2(migration.errors.isEmpty(), qPrintable(migration.errors.join(u'\n')));

        QCOMPARE(hashOf(data + u"/sessions.db"_s), newHash);
        QCOMPARE(hashOf(data + u"/sessions-3.db"_s), appHash);
        QCOMPARE(hashOf(data + u"/sessions-4.db"_s), cliHash);
        QCOMPARE(testdata::readFile(data + u"/sessions-2.db-wal"_s), QByteArray("stray"));
        QCOMPARE(sessionsIn(data + u"/sessions.db"_s), QStringList {u"new_bj:3"_s});
        QCOMPARE(sessionsIn(data + u"/sessions-3.db"_s), QStringList {u"app_bj:5"_s});
        QCOMPARE(sessionsIn(data + u"/sessions-4.db"_s), QStringList {u"cli_bj:7"_s});
        QVERIFY(!QFileInfo::exists(appFolder));
    }

    void whatCannotMoveStaysWhereItWas()
    {
        TemporaryHome home;
        const QString oldFile = home.data() + u"/SoopChat/sessions.db"_s;
        QVERIFY(writeFile(oldFile, "a recording"));
        // The new folder cannot be made: a file has its name.
        QVERIFY(writeFile(AppPaths::dataDir(), "in the way"));

        const AppPaths::Migration migration = AppPaths::migrateLegacyFolders(AppPaths::Folder::Data);
        QVERIFY(migration.moved.isEmpty());
        QCOMPARE(migration.errors.size(), 1);
        QVERIFY(migration.errors.first().contains(AppPaths::dataDir()));
        QCOMPARE(testdata::readFile(oldFile), QByteArray("a recording"));
    }

    void onlyTheFoldersAskedForMove()
    {
        TemporaryHome home;
        QVERIFY(writeFile(home.data() + u"/SoopChat/sessions.db"_s, "recording"));
        QVERIFY(writeFile(home.config() + u"/SoopChat/soopchat.ini"_s, "[a]\nb=1\n"));
        const AppPaths::Migration migration = AppPaths::migrateLegacyFolders(AppPaths::Folder::Config);
        QCOMPARE(migration.moved.size(), 1);
        QVERIFY(QFileInfo::exists(home.data() + u"/SoopChat/sessions.db"_s));
        QVERIFY(QFileInfo::exists(AppPaths::configDir() + u"/soopchat.ini"_s));
    }

    void theCliMovesTheOldRecordingsBeforeListingThem()
    {
        TemporaryHome home;
        QTemporaryDir scratch;
        const QString cliFolder = home.data() + u"/SoopChat/SoopChat"_s;
        QVERIFY(makeOpenRecording(scratch.path(), u"cli_bj"_s, 4, cliFolder + u"/sessions.db"_s));

        QProcess cli;
        cli.setProcessEnvironment(home.environment());
        cli.start(testdata::cliPath(), {u"sessions"_s});
        QVERIFY(cli.waitForFinished(60'000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 0, qPrintable(err));
        QVERIFY2(out.contains(u"cli_bj"_s), qPrintable(out));
        QVERIFY2(
            err.contains(u"moved "_s + cliFolder + u"/sessions.db to "_s + home.data() + u"/soopchat/sessions.db"_s),
            qPrintable(err));
        QVERIFY(!QFileInfo::exists(home.data() + u"/SoopChat"_s));
        QCOMPARE(sessionsIn(home.data() + u"/soopchat/sessions.db"_s), QStringList {u"cli_bj:4"_s});
    }

    void theCliLeavesTheOldFoldersAloneWithAnotherDatabase()
    {
        TemporaryHome home;
        QTemporaryDir scratch;
        const QString old = home.data() + u"/SoopChat/SoopChat/sessions.db"_s;
        QVERIFY(makeOpenRecording(scratch.path(), u"cli_bj"_s, 2, old));
        QVERIFY(makeOpenRecording(scratch.path(), u"other_bj"_s, 2, scratch.filePath(u"other.db"_s)));

        QProcess cli;
        cli.setProcessEnvironment(home.environment());
        cli.start(testdata::cliPath(), {u"sessions"_s, u"--db"_s, scratch.filePath(u"other.db"_s)});
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QString::fromUtf8(cli.readAllStandardOutput()).contains(u"other_bj"_s));
        QVERIFY(QFileInfo::exists(old));
        QVERIFY(!QFileInfo::exists(home.data() + u"/soopchat"_s));
    }

    // Recordings are private: chat logs of whom a user watched. The data
    // folder is 0700 (an older build's 0755 one is tightened), the database
    // and its -wal and -shm 0600 from the first byte, and so are the files
    // kept beside it (the damage mark, the checked fingerprint).
    void recordingsAreCreatedPrivateInAPrivateFolder()
    {
        TemporaryHome home;
        const QString folder = AppPaths::dataDir();
        const QString path = SessionDatabase::defaultPath();
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        {
            const std::unique_ptr<SessionWriter> writer = recordInto(path);
            QVERIFY(writer);
            QCOMPARE(modeOf(folder), 0700);
            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(modeOf(path + u"-wal"_s), 0600);
            QCOMPARE(modeOf(path + u"-shm"_s), 0600);
        }
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(SessionDatabase::fingerprintPath(path)), 0600);

        // A recording an older build left world-readable is tightened the
        // next time it is opened for recording.
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(recordInto(path));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(path), 0600);

        QVERIFY(RecordingFiles::markDamaged(path, u"test"_s));
        QCOMPARE(modeOf(RecordingFiles::markPath(path)), 0600);
        QVERIFY(recordInto(path)); // goes on in the fallback file
        const QString fallback = RecordingFiles::fallbackPath(path);
        QCOMPARE(modeOf(fallback), 0600);
    }

    // A --db the user points elsewhere is as private, but their folder is
    // theirs: it is not changed.
    void aRecordingElsewhereIsPrivateInAFolderLeftAsItWas()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"shared"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        const QString path = folder + u"/mine.db"_s;
        QVERIFY(recordInto(path));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(folder), 0755);
    }

    void makePrivateFileNeverTruncates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        QVERIFY(writeFile(path, "[view]\nkept=true\n"));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(AppPaths::makePrivateFile(path));
        QCOMPARE(modeOf(path), 0600);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("[view]\nkept=true\n"));
    }
};

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_apppaths.moc"
