// `soopchat-cli record` against the simulator: what it hears ends up in the
// database as a session, and a kill -9 in the middle of a flood loses nothing
// it had committed and leaves a healthy file. (How soon the writer commits
// what it is handed is tests/store/tst_crashsafety's to say.)
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

#include "sim/FloodSession.h"
#include "sim/SoopSimulator.h"
#include "support/CliProcess.h"
#include "support/ReadOnlyDatabase.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

constexpr int Timeout = 30'000;

// The recording, read beside the writer, with the flood's numbers.
class Database : public testdata::ReadOnlyDatabase
{
public:
    using ReadOnlyDatabase::ReadOnlyDatabase;

    // The flood numbers of the recorded chat, in the order recorded.
    QList<quint64> floodNumbers() const
    {
        QSqlQuery query(database());
        query.exec(u"SELECT text FROM events WHERE type = 'chat' ORDER BY id"_s);
        QList<quint64> numbers;
        while (query.next())
            numbers.append(sim::FloodSession::sequenceOf(query.value(0).toString()).value_or(0));
        return numbers;
    }

    quint64 maxFloodNumber() const
    {
        QSqlQuery query(database());
        query.exec(u"SELECT text FROM events WHERE type = 'chat' ORDER BY id DESC LIMIT 50"_s);
        quint64 highest = 0;
        while (query.next())
            highest = std::max(highest, sim::FloodSession::sequenceOf(query.value(0).toString()).value_or(0));
        return highest;
    }
};

} // namespace

class TestRecord : public QObject
{
    Q_OBJECT

private slots:
    // Recorded until the file holds chat, then stopped as a user stops it
    // (SIGTERM, Ctrl+C's twin). Not with --seconds: its clock runs from the
    // start, and a loaded machine may spend it all resolving and connecting.
    void recordsTheBroadcastAsASession()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        QProcess record;
        record.start(testdata::cliPath(),
            {u"record"_s, u"gosegu2"_s, u"--api-base"_s, simulator.apiBase().toString(), u"--db"_s, path});
        QVERIFY(record.waitForStarted());
        // The simulator runs in this process: keep its event loop going.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path) || record.state() == QProcess::NotRunning, Timeout);
        {
            Database db(path);
            QTRY_VERIFY_WITH_TIMEOUT(db.scalar(u"SELECT count(*) FROM events WHERE type = 'chat'"_s) > 0 ||
                    record.state() == QProcess::NotRunning,
                Timeout);
        }
        QCOMPARE(record.state(), QProcess::Running);
        const testdata::Stopped stopped = testdata::stopLikeAUser(record, Timeout); // ends the session cleanly
        const QByteArray &errors = stopped.errors;
        QVERIFY2(stopped.clean, errors.constData());
        QVERIFY2(errors.contains("record: live"), errors.constData());
        QVERIFY(errors.contains("recording gosegu2"));

        Database db(path);
        QVERIFY(db.isOpen());
        QCOMPARE(db.scalar(u"SELECT count(*) FROM sessions"_s), 1);
        QCOMPARE(db.scalar(u"SELECT count(*) FROM sessions WHERE channel = 'gosegu2' AND ended_at > started_at"_s), 1);
        QVERIFY(db.scalar(u"SELECT count(*) FROM events WHERE type = 'chat'"_s) > 0);
        QCOMPARE(
            db.scalar(u"SELECT count(*) FROM events WHERE type IN ('keepalive', 'login_reply', 'join_reply')"_s), 0);
    }

    // --seconds stops the recorder by itself, cleanly, wherever it is then
    // (connecting or live: how far it got in that time is the machine's
    // business, so nothing is asserted about it).
    void stopsByItselfAfterTheSecondsAsked()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        QProcess record;
        record.start(testdata::cliPath(),
            {u"record"_s, u"gosegu2"_s, u"--api-base"_s, simulator.apiBase().toString(), u"--db"_s, path,
                u"--seconds"_s, u"1"_s});
        QVERIFY(record.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(record.state(), QProcess::NotRunning, Timeout);
        const QByteArray errors = record.readAllStandardError();
        QCOMPARE(record.exitStatus(), QProcess::NormalExit);
        QVERIFY2(record.exitCode() == 0, errors.constData());
        QVERIFY2(errors.contains("recorded ") && errors.contains(" dropped"), errors.constData());
    }

    // The headless recorder runs the app's pipeline: each channel is recorded
    // as its own session and, with --overlay, fed to a browser-source overlay
    // whose addresses it prints, for a streamer's second PC.
    void recordsSeveralChannelsAndServesTheirOverlay()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        QProcess record;
        record.start(testdata::cliPath(),
            {u"record"_s, u"gosegu2"_s, u"play.sooplive.co.kr/secondbj"_s, u"--api-base"_s,
                simulator.apiBase().toString(), u"--db"_s, path, u"--overlay"_s, u"--seconds"_s, u"120"_s});
        QVERIFY(record.waitForStarted());

        QMap<QString, QUrl> overlays;
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                // Whole lines only: a line may come in two reads.
                out += record.readAllStandardOutput();
                const qsizetype end = out.lastIndexOf('\n') + 1;
                const QByteArray lines = out.left(end);
                out.remove(0, end);
                for (const QByteArray &line : lines.split('\n')) {
                    if (line.startsWith("overlay=")) {
                        const QUrl url(QString::fromUtf8(line.mid(8)));
                        overlays.insert(url.path().section(u'/', -1), url);
                    }
                }
                return overlays.size() == 2 || record.state() == QProcess::NotRunning;
            }(),
            Timeout);
        QCOMPARE(overlays.keys(), (QStringList {u"gosegu2"_s, u"secondbj"_s}));

        // Each channel's feed carries that channel's chat.
        for (auto it = overlays.cbegin(); it != overlays.cend(); ++it) {
            QCOMPARE(it.value().host(), u"127.0.0.1"_s);
            const QString token = QUrlQuery(it.value()).queryItemValue(u"token"_s);
            QVERIFY(token.size() >= 32);
            QUrl feed(u"ws://127.0.0.1/overlay/ws/"_s + it.key());
            feed.setPort(it.value().port());
            feed.setQuery(u"token="_s + token);
            QWebSocket socket;
            int chats = 0;
            connect(&socket, &QWebSocket::binaryMessageReceived, this, [&](const QByteArray &message) {
                if (message.contains("\"type\":\"chat\""))
                    ++chats;
            });
            socket.open(feed);
            QTRY_VERIFY_WITH_TIMEOUT(chats > 0, Timeout);
        }

        const testdata::Stopped stopped = testdata::stopLikeAUser(record, Timeout); // ends the sessions cleanly
        const QByteArray &errors = stopped.errors;
        QVERIFY2(stopped.clean, errors.constData());
        QVERIFY2(errors.contains("recording gosegu2 · ") && errors.contains(", secondbj · "), errors.constData());

        Database db(path);
        QVERIFY(db.isOpen());
        QCOMPARE(db.scalar(u"SELECT count(*) FROM sessions"_s), 2);
        QCOMPARE(db.scalar(u"SELECT count(DISTINCT channel) FROM sessions WHERE ended_at > started_at"_s), 2);
    }

    void aBadChannelIsRefusedInOneLine()
    {
        QProcess record;
        record.start(testdata::cliPath(), {u"record"_s, u"https://example.com/x"_s});
        QVERIFY(record.waitForFinished(Timeout));
        QCOMPARE(record.exitCode(), 2);
        QVERIFY(record.readAllStandardError().startsWith("soopchat-cli record: “https://example.com/x” is not a SOOP"));
    }

    void aPasswordIsTakenFromStandardInputNeverFromTheCommandLine()
    {
        sim::SimulatorOptions options;
        options.scenario = sim::Scenario::WrongPassword; // every room's password is 0000
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());
        const QStringList common {u"bj"_s, u"--api-base"_s, simulator.apiBase().toString()};

        // On the command line, `ps` would show it to every user: refused, saying what to do.
        QProcess refused;
        refused.start(
            testdata::cliPath(), QStringList {u"listen"_s} + common + QStringList {u"--password"_s, u"0000"_s});
        QTRY_COMPARE_WITH_TIMEOUT(refused.state(), QProcess::NotRunning, Timeout);
        QCOMPARE(refused.exitCode(), 2);
        QVERIFY(refused.readAllStandardError().contains("--ask-password"));

        // Until it is live (not for a fixed time, which a loaded machine may
        // spend resolving and connecting), then stopped as a user stops it.
        QProcess listen;
        listen.start(testdata::cliPath(), QStringList {u"listen"_s} + common + QStringList {u"--ask-password"_s});
        QVERIFY(listen.waitForStarted());
        listen.write("0000\n");
        listen.closeWriteChannel();
        QByteArray errors;
        QTRY_VERIFY_WITH_TIMEOUT((errors += listen.readAllStandardError()).contains("listen: live") ||
                listen.state() == QProcess::NotRunning,
            Timeout);
        const testdata::Stopped stopped = testdata::stopLikeAUser(listen, Timeout);
        errors += stopped.errors;
        QVERIFY2(errors.contains("listen: live"), errors.constData());
        QVERIFY2(stopped.clean, errors.constData());
        QVERIFY(!errors.contains("0000"));
    }

    void killDashNineDuringAFloodKeepsEverythingCommitted()
    {
        sim::SimulatorOptions options;
        options.source = sim::SourceKind::Flood;
        options.rate = 2000;
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());

        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        QProcess record;
        record.start(testdata::cliPath(),
            {u"record"_s, u"flood"_s, u"--api-base"_s, simulator.apiBase().toString(), u"--db"_s, path});
        QVERIFY(record.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), Timeout);
        quint64 committed = 0;
        {
            // It commits while the flood goes on, not only at the end: the
            // file grows as we watch. What we read there is on disk.
            Database db(path);
            QTRY_VERIFY_WITH_TIMEOUT(db.scalar(u"SELECT count(*) FROM events"_s) >= 3000, Timeout);
            const qint64 seen = db.scalar(u"SELECT count(*) FROM events"_s);
            QTRY_VERIFY_WITH_TIMEOUT(db.scalar(u"SELECT count(*) FROM events"_s) >= seen + 3000, Timeout);
            committed = db.maxFloodNumber();
        }
        QVERIFY(committed > 0);
        record.kill(); // SIGKILL: no chance to flush anything
        QVERIFY(record.waitForFinished(Timeout));
        QCOMPARE(record.exitStatus(), QProcess::CrashExit);

        // Everything committed before the kill is there, in the order heard
        // and nothing twice.
        Database db(path);
        const QList<quint64> numbers = db.floodNumbers();
        QVERIFY(!numbers.isEmpty());
        for (qsizetype i = 1; i < numbers.size(); ++i) {
            if (numbers[i] <= numbers[i - 1])
                QFAIL(qPrintable(u"#%1 follows #%2"_s.arg(numbers[i]).arg(numbers[i - 1])));
        }
        QVERIFY2(numbers.last() >= committed,
            qPrintable(u"the database ends at #%1, but #%2 was committed before the kill"_s.arg(numbers.last())
                           .arg(committed)));
        // And the file is a healthy database.
        QSqlQuery check(QSqlDatabase::database(u"reader-"_s + QString::number(quintptr(&db))));
        QVERIFY(check.exec(u"PRAGMA quick_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestRecord)
#include "tst_record.moc"
