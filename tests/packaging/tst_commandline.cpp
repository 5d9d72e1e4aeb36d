// soopchat as a desktop starts it: --help and --version answer without a
// display; a link the desktop entry hands over (its Exec line, %U) opens the
// channel; and the first start moves the old folders, settings included, so
// the tabs of the last run come back.
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include "LegacyFolders.h"
#include "sim/SoopSimulator.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace packagingtest;

namespace {

constexpr int Timeout = 30'000;

QString guiPath()
{
    return QStringLiteral(SOOPCHAT_GUI);
}

// The desktop entry's Exec line as a desktop runs it for `link`: the
// program, then its arguments with the field code replaced.
QStringList execLine(const QString &link)
{
    QFile file(QStringLiteral(SOOPCHAT_PACKAGING_SOURCE) + u"/soopchat.desktop"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.startsWith("Exec="))
            continue;
        QStringList words = QString::fromUtf8(line.mid(5)).split(u' ', Qt::SkipEmptyParts);
        for (QString &word : words) {
            if (word == "%U"_L1)
                word = link;
        }
        return words;
    }
    return {};
}

// A program run to its end: its exit code (-1 if it crashed or hung) and output.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(guiPath(), arguments);
    Run result;
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QProcessEnvironment withoutDisplay(const TemporaryHome &home)
{
    QProcessEnvironment env = home.environment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    return env;
}

QProcessEnvironment offscreen(const TemporaryHome &home)
{
    QProcessEnvironment env = home.environment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

// The app, started and left running until the test ends.
class RunningApp
{
public:
    RunningApp(const QStringList &arguments, const QProcessEnvironment &env)
    {
        m_process.setProcessEnvironment(env);
        m_process.start(guiPath(), arguments);
    }
    ~RunningApp()
    {
        m_process.kill();
        m_process.waitForFinished(Timeout);
    }
    Q_DISABLE_COPY_MOVE(RunningApp)

    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    // Whether a chat connection joined `channel` on the simulator.
    bool joined(const QString &channel) const
    {
        for (const QList<QVariant> &join : m_joins) {
            if (join.at(1).toString() == channel)
                return true;
        }
        return false;
    }

    sim::SoopSimulator m_simulator;
    QList<QList<QVariant>> m_joins;

private slots:
    void initTestCase()
    {
        QVERIFY(m_simulator.start());
        connect(&m_simulator, &sim::SoopSimulator::joinReceived, this, [this](quint64 id, const QString &channel) {
            m_joins.append({id, channel});
        });
    }

    void helpAndVersionNeedNoDisplay()
    {
        TemporaryHome home;
        const QProcessEnvironment env = withoutDisplay(home);
        for (const QString &help : {u"--help"_s, u"-h"_s}) {
            const Run shown = run({help}, env);
            QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
            QVERIFY2(shown.out.contains(u"Usage: "_s) && shown.out.contains(u"[CHANNEL...]"_s), qPrintable(shown.out));
            for (const QString &option : {u"--demo"_s, u"--api-base <URL>"_s, u"--lang <LANG>"_s,
                     u"--settings <FILE>"_s, u"--data-dir <DIR>"_s, u"--version"_s})
                QVERIFY2(shown.out.contains(option), qPrintable(option));
        }
        const Run version = run({u"--version"_s}, env);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), u"SoopChat "_s + QStringLiteral(SOOPCHAT_VERSION));
        // Qt's own options around it change nothing.
        const Run withQtOptions = run({u"-qwindowgeometry"_s, u"800x600"_s, u"--help"_s}, env);
        QCOMPARE(withQtOptions.exitCode, 0);
        QVERIFY(withQtOptions.out.contains(u"--demo"_s));
        // None of it touched the user's folders.
        QVERIFY(!QFileInfo::exists(home.config() + u"/soopchat"_s));
    }

    void aLinkFromTheDesktopOpensItsChannel_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("channel");
        QTest::newRow("play.sooplive.co.kr") << u"https://play.sooplive.co.kr/link_bj"_s << u"link_bj"_s;
        QTest::newRow("with a broadcast number") << u"https://play.sooplive.co.kr/bno_bj/281234567"_s << u"bno_bj"_s;
        QTest::newRow("afreecatv") << u"http://play.afreecatv.com/afreeca_bj"_s << u"afreeca_bj"_s;
        QTest::newRow("station") << u"https://ch.sooplive.co.kr/station_bj"_s << u"station_bj"_s;
        QTest::newRow("an id") << u"plain_bj"_s << u"plain_bj"_s;
    }

    void aLinkFromTheDesktopOpensItsChannel()
    {
        QFETCH(QString, link);
        QFETCH(QString, channel);
        TemporaryHome home;
        QStringList arguments = execLine(link);
        QCOMPARE(arguments.value(0), u"soopchat"_s);
        QCOMPARE(arguments.value(1), link);
        arguments.removeFirst();
        arguments << u"--api-base"_s << m_simulator.apiBase().toString() << u"--lang"_s << u"en"_s;
        RunningApp app(arguments, offscreen(home));
        QVERIFY(app.process().waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(joined(channel), Timeout);
        QCOMPARE(app.process().state(), QProcess::Running);
    }

    void anAddressItCannotOpenIsSaidOnStderr()
    {
        TemporaryHome home;
        RunningApp app(
            {u"https://www.twitch.tv/somebody"_s, u"--api-base"_s, m_simulator.apiBase().toString()}, offscreen(home));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += app.process().readAllStandardError()).contains("cannot open"), Timeout);
        QVERIFY2(err.contains("soopchat: cannot open \"https://www.twitch.tv/somebody\""), err.constData());
    }

    void theFirstStartMovesTheOldFoldersAndReopensTheirTabs()
    {
        TemporaryHome home;
        QTemporaryDir scratch;
        const QString oldData = home.data() + u"/SoopChat"_s;
        const QString oldConfig = home.config() + u"/SoopChat"_s;
        QVERIFY(makeOpenRecording(scratch.path(), u"recorded_bj"_s, 6, oldData + u"/sessions.db"_s));
        {
            QSettings old(oldConfig + u"/soopchat.ini"_s, QSettings::IniFormat);
            old.setValue(u"channels/open"_s, QStringList {u"restored_bj"_s, u"restored_bj2"_s});
            // A recording database named in the settings, in the old folder.
            old.setValue(u"recording/path"_s, QString(oldData + u"/sessions.db"_s));
            old.sync();
            QCOMPARE(old.status(), QSettings::NoError);
        }

        RunningApp app({u"--api-base"_s, m_simulator.apiBase().toString()}, offscreen(home));
        QVERIFY(app.process().waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(joined(u"restored_bj"_s) && joined(u"restored_bj2"_s), Timeout);

        const QString data = home.data() + u"/soopchat"_s;
        QVERIFY(!QFileInfo::exists(oldConfig));
        QVERIFY(!QFileInfo::exists(oldData));
        QSettings moved(home.config() + u"/soopchat/soopchat.ini"_s, QSettings::IniFormat);
        QCOMPARE(moved.value(u"recording/path"_s).toString(), data + u"/sessions.db"_s);
        QVERIFY(sessionsIn(data + u"/sessions.db"_s).contains(u"recorded_bj:6"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
