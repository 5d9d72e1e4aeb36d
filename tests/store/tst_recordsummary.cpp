// `soopchat-cli record` says what it did not save. The disk fills up during
// a flood (a file-size limit on the recorder, as a full disk answers a
// write), events past the memory buffer are dropped, then space comes back:
// the recorder says when recording stopped and when it works again, its
// summary's "saved" is exactly what the database holds, every event heard is
// saved or dropped, and the recording marks the dropped span with a gap.
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

#include "sim/SoopSimulator.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

constexpr int Timeout = 60'000;

bool setFileSizeLimit(qint64 pid, rlim_t bytes)
{
    struct rlimit limit
    {
        bytes, RLIM_INFINITY
    };
    return ::prlimit(pid_t(pid), RLIMIT_FSIZE, &limit, nullptr) == 0;
}

qint64 scalar(const QString &path, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            value = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return value;
}

qint64 number(const QString &text)
{
    return QString(text).remove(u',').toLongLong();
}

} // namespace

class TestRecordSummary : public QObject
{
    Q_OBJECT

private slots:
    void theSummaryCountsWhatTheDatabaseHoldsAfterAFullDisk()
    {
        sim::SimulatorOptions options;
        options.source = sim::SourceKind::Flood;
        options.rate = 2000;
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());

        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        QProcess record;
        // A write past the limit fails with EFBIG instead of killing the process.
        record.setChildProcessModifier([] { ::signal(SIGXFSZ, SIG_IGN); });
        record.start(testdata::cliPath(),
            {u"record"_s, u"flood"_s, u"--api-base"_s, simulator.apiBase().toString(), u"--db"_s, path,
                u"--memory-buffer"_s, u"500"_s});
        QVERIFY(record.waitForStarted());
        QByteArray errors;
        const auto said = [&](const char *text) {
            errors += record.readAllStandardError();
            return errors.contains(text);
        };
        QTRY_VERIFY_WITH_TIMEOUT(scalar(path, u"SELECT count(*) FROM events"_s) >= 2000, Timeout);

        // The disk is full: no file may grow past 64 KiB (the database and
        // its -wal are well past it).
        QVERIFY(setFileSizeLimit(record.processId(), 64 * 1024));
        QTRY_VERIFY_WITH_TIMEOUT(said("stopped at"), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(said("dropped"), Timeout);
        // Space comes back.
        QVERIFY(setFileSizeLimit(record.processId(), RLIM_INFINITY));
        QTRY_VERIFY_WITH_TIMEOUT(said("works again since"), Timeout);
        record.terminate();
        QTRY_COMPARE_WITH_TIMEOUT(record.state(), QProcess::NotRunning, Timeout);
        QCOMPARE(record.exitCode(), 0);
        errors += record.readAllStandardError();

        const QRegularExpression summary(
            u"recorded ([\\d,]+) events: ([\\d,]+) saved in [^\\n]*, ([\\d,]+) dropped \\(([\\d,]+) while the database "
            "could not be written[^\\n]*; the recording marks (\\d+) gaps? where they are missing"_s);
        const QRegularExpressionMatch match = summary.match(QString::fromUtf8(errors));
        QVERIFY2(match.hasMatch(), errors.constData());
        qInfo().noquote() << match.captured(0);
        const qint64 received = number(match.captured(1));
        const qint64 saved = number(match.captured(2));
        const qint64 dropped = number(match.captured(3));
        const qint64 gaps = number(match.captured(5));
        QVERIFY(dropped > 0);
        QCOMPARE(number(match.captured(4)), dropped);
        QCOMPARE(saved + dropped, received);
        // "saved" is what the file holds, and the gaps are in it too.
        QCOMPARE(scalar(path, u"SELECT count(*) FROM events WHERE type <> 'gap'"_s), saved);
        QCOMPARE(scalar(path, u"SELECT count(*) FROM events WHERE type = 'gap'"_s), gaps);
        QVERIFY(gaps >= 1);
        QCOMPARE(scalar(path, u"SELECT sum(events) FROM sessions"_s), saved + gaps);
    }
};

QTEST_GUILESS_MAIN(TestRecordSummary)
#include "tst_recordsummary.moc"
