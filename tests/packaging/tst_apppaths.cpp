// The user's files live in the XDG places (~/.local/share/soopchat,
// ~/.config/soopchat); what earlier builds kept in Qt's per-application
// folders (SoopChat, and the CLI's SoopChat/SoopChat) moves there once, with
// real recordings in a temporary home, and nothing is ever overwritten.
#include <QProcess>
#include <QTest>

#include "LegacyFolders.h"
#include "core/store/SessionDatabase.h"
#include "core/util/AppPaths.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

using namespace packagingtest;

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
};

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_apppaths.moc"
