// A recorder killed with SIGKILL mid-flood loses at most the last second of
// events: everything older is in the database, in order, with its totals.
//
// The recorder is a child process given as a program and arguments that
// prints "handed N" lines (N = events handed to the writer so far); add a
// row to recorders_data() to run the same check against another recorder
// (soopchat-cli record, once it exists).
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include "core/store/SessionReader.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

// The largest "handed N" in what the child printed so far.
qint64 lastHanded(QByteArray &buffer, QProcess &process, qint64 previous)
{
    buffer += process.readAllStandardOutput();
    qint64 handed = previous;
    qsizetype end;
    while ((end = buffer.indexOf('\n')) >= 0) {
        const QByteArray line = buffer.left(end).trimmed();
        buffer.remove(0, end + 1);
        if (line.startsWith("handed "))
            handed = std::max(handed, line.mid(7).toLongLong());
    }
    return handed;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedRecorderLosesAtMostOneSecond_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments"); // %DB% is replaced by the database path
        QTest::addColumn<qint64>("rate"); // events per second the recorder is fed
        QTest::newRow("store_helper flood")
            << QStringLiteral(STORE_HELPER) << QStringList {u"flood"_s, u"%DB%"_s, u"2000"_s} << qint64(2000);
    }

    void killedRecorderLosesAtMostOneSecond()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(qint64, rate);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        arguments.replaceInStrings(u"%DB%"_s, path);

        QProcess recorder;
        recorder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        recorder.start(program, arguments);
        QVERIFY2(recorder.waitForStarted(), qPrintable(recorder.errorString()));

        // Let it flood for two seconds' worth of events, then kill it hard.
        QByteArray buffer;
        qint64 handed = 0;
        QTRY_VERIFY_WITH_TIMEOUT((handed = lastHanded(buffer, recorder, handed)) >= 2 * rate, 60'000);
        QCOMPARE(recorder.state(), QProcess::Running);
        ::kill(pid_t(recorder.processId()), SIGKILL);
        QVERIFY(recorder.waitForFinished(30'000));
        QCOMPARE(recorder.exitStatus(), QProcess::CrashExit);
        // Lines it printed before dying count too: they were handed over.
        handed = lastHanded(buffer, recorder, handed);

        SessionReader reader;
        const StoreError error = reader.open(path);
        QVERIFY2(!error.isError(), qPrintable(error.message + u' ' + error.detail));
        const QList<SessionSummary> sessions = reader.sessions();
        QCOMPARE(sessions.size(), 1);
        const qint64 id = sessions.first().id;

        // Rows are the flood's prefix 1..n with no holes, and the totals were
        // committed with them.
        qint64 rows = 0;
        bool inOrder = true;
        reader.readEvents({id, 0, 0, {}}, [&](const StoredEvent &row) {
            ++rows;
            inOrder = row.seq == rows && row.text == u"flood %1"_s.arg(rows);
            return inOrder;
        });
        QVERIFY2(inOrder, qPrintable(u"row %1 out of order"_s.arg(rows)));
        QCOMPARE(sessions.first().totals.events, rows);
        qInfo("handed %lld, recorded %lld (%lld missing, allowed %lld)", handed, rows, handed - rows, rate);
        QVERIFY2(rows >= handed - rate,
            qPrintable(
                u"only %1 of %2 handed events survived (at most %3 may be lost)"_s.arg(rows).arg(handed).arg(rate)));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
