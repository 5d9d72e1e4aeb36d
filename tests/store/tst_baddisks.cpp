// Bad disks and bad files: a damaged database, one locked by another
// process, a read-only one and a full disk each give their message; recording
// goes on (in a new file beside a bad one) and nothing already recorded is
// lost or overwritten.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "StoreCli.h"
#include "StoreTestSupport.h"
#include "core/store/RecordingFiles.h"
#include "core/store/SessionExporter.h"
#include "core/store/SessionReader.h"
#include "core/store/SessionWriter.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace storetest;

namespace {

SessionInfo info()
{
    return {u"soop"_s, u"bj"_s, u"1"_s, u"title"_s, u"닉"_s, BaseTimeMs};
}

qint64 eventsIn(const QString &path)
{
    SessionReader reader;
    if (reader.open(path).isError())
        return -1;
    qint64 total = 0;
    for (const SessionSummary &s : reader.sessions())
        total += reader.countEvents({s.id, 0, 0, {}});
    return total;
}

// The events of every session of a file by type name ("gap", "chat").
QHash<QString, qint64> typesIn(const QString &path)
{
    QHash<QString, qint64> types;
    SessionReader reader;
    if (reader.open(path).isError())
        return types;
    for (const SessionSummary &s : reader.sessions()) {
        reader.readEvents({s.id, 0, 0, {}}, [&](const StoredEvent &row) {
            ++types[row.event ? eventTypeName(row.event->type) : eventTypeName(row.type)];
            return true;
        });
    }
    return types;
}

// Fills page `page` (1-based) of a database with noise, as a bad sector or
// a stray write would.
bool damagePage(const QString &path, qint64 page, int pageSize = 4096)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray noise(pageSize, '\0');
    for (char &c : noise)
        c = char(QRandomGenerator::global()->bounded(256));
    return file.seek((page - 1) * pageSize) && file.write(noise) == pageSize;
}

bool writeGarbage(const QString &path)
{
    QFile garbage(path);
    if (!garbage.open(QIODevice::WriteOnly))
        return false;
    QByteArray bytes(64 * 1024, '\0');
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return garbage.write(bytes) == bytes.size();
}

// A leaf page of the events table in the middle of the file (dbstat).
qint64 middleEventsPage(const QString &path)
{
    qint64 page = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pages"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(
                    u"SELECT pageno FROM dbstat WHERE name = 'events' AND pagetype = 'leaf' ORDER BY pageno"_s)) {
                QList<qint64> pages;
                while (query.next())
                    pages.append(query.value(0).toLongLong());
                if (!pages.isEmpty())
                    page = pages.at(pages.size() / 2);
            }
        }
    }
    QSqlDatabase::removeDatabase(u"pages"_s);
    return page;
}

QString recordSome(const QString &path, qint64 count)
{
    SessionWriter writer(path);
    writer.beginSession(info());
    writer.record(flood(1, count, BaseTimeMs));
    flushed(writer);
    return writer.path();
}

// The switch a bad file must cause: one error of `kind` naming the old file,
// one switchedToFile to a new file beside it, and the events in that file.
void expectSwitch(const QString &path, StoreError::Kind kind, SessionWriter::Options options = {})
{
    const QByteArray before = fileHash(path);
    const QString fallback = RecordingFiles::fallbackPath(path);
    const qint64 already = QFileInfo::exists(fallback) ? eventsIn(fallback) : 0;
    SessionWriter writer(path, options);
    QSignalSpy errors(&writer, &SessionWriter::error);
    QSignalSpy switched(&writer, &SessionWriter::switchedToFile);
    writer.beginSession(info());
    writer.record(flood(1, 500, BaseTimeMs));
    QVERIFY(flushed(writer));

    QCOMPARE(errors.size(), 1);
    const StoreError error = errors.first().first().value<StoreError>();
    QCOMPARE(error.kind, kind);
    QVERIFY2(error.message.contains(QDir::toNativeSeparators(path)), qPrintable(error.message));
    QCOMPARE(switched.size(), 1);
    const QString next = switched.first().first().toString();
    QVERIFY2(error.message.contains(next), qPrintable(error.message));
    QCOMPARE(QFileInfo(next).absolutePath(), QFileInfo(path).absolutePath());
    QCOMPARE(next, RecordingFiles::fallbackPath(path)); // the one fallback file of the app
    QCOMPARE(writer.path(), next);
    QCOMPARE(writer.eventsWritten(), 500);
    QCOMPARE(eventsIn(next), already + 500);
    QCOMPARE(fileHash(path), before);
}

} // namespace

class TestBadDisks : public QObject
{
    Q_OBJECT

private slots:
    void aFileThatIsNotADatabaseIsLeftAloneAndRecordingGoesOnBesideIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        QVERIFY(writeGarbage(path));
        expectSwitch(path, StoreError::Kind::Corrupt);
    }

    void aDatabaseWithDamagedPagesIsLeftAloneAndRecordingGoesOnBesideIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        recordSome(path, 2000);
        QCOMPARE(eventsIn(path), 2000);
        // Keep the header page, overwrite the rest with noise: the file still
        // opens, and the damage shows when the schema or a page is read.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray noise(file.size() - 4096, '\0');
        for (char &c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        file.seek(4096);
        file.write(noise);
        file.close();
        expectSwitch(path, StoreError::Kind::Corrupt);
    }

    void aDatabaseLockedByAnotherProcessIsLeftAloneAndRecordingGoesOnBesideIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        recordSome(path, 100);

        QProcess locker;
        locker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        locker.start(QStringLiteral(STORE_HELPER), {u"lock"_s, path});
        QVERIFY(locker.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(locker.canReadLine() || locker.state() != QProcess::Running, 30'000);
        QCOMPARE(locker.readLine().trimmed(), QByteArray("locked"));

        SessionWriter::Options options;
        options.database.busyTimeout = std::chrono::milliseconds(200);
        expectSwitch(path, StoreError::Kind::Locked, options);

        locker.closeWriteChannel();
        QVERIFY(locker.waitForFinished(30'000));
        QCOMPARE(eventsIn(path), 100); // what it held before is all there
    }

    void aReadOnlyFileIsLeftAloneAndRecordingGoesOnBesideIt()
    {
        // Root may write any file, so as root the recorder runs as "nobody"
        // in a child process; the file is then read-only for it as for any
        // ordinary user.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        recordSome(path, 100);
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = fileHash(path);

        QProcess recorder;
        recorder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        recorder.start(QStringLiteral(STORE_HELPER), {u"record"_s, path, u"300"_s, u"--as-nobody"_s});
        QVERIFY(recorder.waitForStarted());
        QVERIFY(recorder.waitForFinished(60'000));
        QCOMPARE(recorder.exitCode(), 0);
        QList<QJsonObject> lines;
        for (const QByteArray &line : recorder.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].value("error"_L1).toString(), u"read_only"_s);
        QVERIFY(lines[0].value("message"_L1).toString().contains(path));
        const QString next = lines[1].value("switched"_L1).toString();
        QCOMPARE(QFileInfo(next).absolutePath(), QFileInfo(path).absolutePath());
        QCOMPARE(lines[2].value("written"_L1).toInteger(), 300);
        QCOMPARE(lines[2].value("path"_L1).toString(), next);
        QCOMPARE(eventsIn(next), 300);
        QCOMPARE(fileHash(path), before);
        QCOMPARE(eventsIn(path), 100);
    }

    void aFullDiskIsReportedAndEventsWaitInMemoryUntilThereIsSpace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        SessionWriter::Options options;
        options.retryInterval = std::chrono::milliseconds(100);
        SessionWriter writer(path, options);
        QSignalSpy errors(&writer, &SessionWriter::error);
        QSignalSpy recovered(&writer, &SessionWriter::recovered);
        QSignalSpy dropped(&writer, &SessionWriter::eventsDropped);
        writer.beginSession(info());
        QVERIFY(flushed(writer));
        // SQLite itself answers SQLITE_FULL once the file may not grow.
        writer.setMaxBytes(QFileInfo(path).size() + 8 * 4096);
        // Far more than 32 KB of events.
        qint64 handed = 20'000;
        writer.record(flood(1, handed, BaseTimeMs));
        writer.flush();
        QVERIFY(errors.wait(30'000));
        QCOMPARE(errors.size(), 1);
        const StoreError error = errors.first().first().value<StoreError>();
        QCOMPARE(error.kind, StoreError::Kind::DiskFull);
        QVERIFY2(error.message.contains(u"full"_s), qPrintable(error.message));
        QVERIFY(writer.pendingEvents() > 0);
        QCOMPARE(writer.path(), path); // a full disk is no reason to leave the file

        // Retrying does not repeat the message; space coming back ends it.
        writer.record(flood(handed + 1, 10, BaseTimeMs));
        handed += 10;
        writer.setMaxBytes(0);
        QVERIFY(flushed(writer));
        QCOMPARE(recovered.size(), 1);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(dropped.size(), 0);
        QCOMPARE(writer.pendingEvents(), 0);
        QCOMPARE(writer.eventsWritten(), handed);
        QCOMPARE(eventsIn(path), handed);
    }

    void aFullDiskBeyondTheMemoryBoundDropsTheOldestAndSaysHowMany()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        SessionWriter::Options options;
        options.maxBufferedEvents = 100;
        options.retryInterval = std::chrono::milliseconds(100);
        SessionWriter writer(path, options);
        QSignalSpy errors(&writer, &SessionWriter::error);
        QSignalSpy dropped(&writer, &SessionWriter::eventsDropped);
        QSignalSpy stopped(&writer, &SessionWriter::stopped);
        QSignalSpy recovered(&writer, &SessionWriter::recovered);
        writer.beginSession(info());
        QVERIFY(flushed(writer));
        writer.setMaxBytes(QFileInfo(path).size() + 4 * 4096);
        const qint64 handed = 5000;
        writer.record(flood(1, handed, BaseTimeMs));
        writer.flush();
        QVERIFY(errors.wait(30'000));
        QCOMPARE(errors.first().first().value<StoreError>().kind, StoreError::Kind::DiskFull);
        QVERIFY(dropped.size() > 0 || dropped.wait(30'000));
        qint64 reported = 0;
        for (const QList<QVariant> &signal : std::as_const(dropped)) {
            reported += signal.at(0).toLongLong();
            QVERIFY(!signal.at(1).toString().isEmpty());
        }
        QCOMPARE(reported, writer.droppedEvents());
        QVERIFY(writer.pendingEvents() <= 100);

        writer.setMaxBytes(0);
        QVERIFY(flushed(writer));
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(recovered.size(), 1);
        // Honest counts: "saved" is what the file holds, every event handed
        // over is saved or dropped, and each drop has its reason.
        QCOMPARE(writer.eventsWritten() + writer.droppedEvents(), handed);
        QCOMPARE(writer.counters().droppedBufferFull.load(), writer.droppedEvents());
        const QHash<QString, qint64> types = typesIn(path);
        QCOMPARE(types.value(u"chat"_s), writer.eventsWritten());
        // The dropped span is marked in the recording, where it was.
        QCOMPARE(types.value(u"gap"_s), 1);
        QCOMPARE(writer.counters().gapMarkers.load(), 1);
        QCOMPARE(eventsIn(path), writer.eventsWritten() + 1);
        SessionReader reader;
        QVERIFY(!reader.open(path).isError());
        const QList<EventPtr> events = reader.loadEvents({reader.sessions().first().id, 0, 0, {}});
        const auto gap =
            std::find_if(events.cbegin(), events.cend(), [](const EventPtr &e) { return e->type == EventType::Gap; });
        QVERIFY(gap != events.cend());
        QVERIFY((*gap)->details().gapToMs >= (*gap)->details().gapFromMs);
        QVERIFY((*gap)->details().gapFromMs > 0);
    }

    // A garbage page in the middle of a recording, where no new row would
    // go: found before anything is written. The file is marked, never
    // written again and stays byte for byte as it was; recording goes on in
    // the app's one fallback file; what of the damaged session can be read
    // is exported, with the number that could not.
    void aDamagedPageInTheMiddleIsFoundBeforeAnythingIsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        recordSome(path, 20'000);
        const qint64 page = middleEventsPage(path);
        QVERIFY(page > 1);
        QVERIFY(damagePage(path, page));
        const QByteArray before = fileHash(path);

        expectSwitch(path, StoreError::Kind::Corrupt);
        QVERIFY(RecordingFiles::isMarkedDamaged(path));
        QCOMPARE(fileHash(path), before);
        // The next run does not touch it either; it records into the same fallback.
        expectSwitch(path, StoreError::Kind::Corrupt);
        QCOMPARE(fileHash(path), before);
        const QString fallback = RecordingFiles::fallbackPath(path);
        QCOMPARE(eventsIn(fallback), 1000);

        const QList<RecordingFiles::File> files = RecordingFiles::list(path);
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].path, QFileInfo(path).absoluteFilePath());
        QVERIFY(files[0].damaged);
        QVERIFY(!files[0].damage.isEmpty());
        QCOMPARE(files[1].path, QFileInfo(fallback).absoluteFilePath());
        QCOMPARE(files[1].role, RecordingFiles::Role::Fallback);
        QVERIFY(!files[1].damaged);

        for (const ExportFormat format : {ExportFormat::Jsonl, ExportFormat::Csv}) {
            SessionExporter exporter;
            const ExportResult result = exporter.run({path, {1, 0, 0, {}}, format, dir.filePath(u"out"_s)});
            QCOMPARE(result.status, ExportResult::Status::Done);
            QVERIFY2(result.rows > 10'000, qPrintable(QString::number(result.rows)));
            QVERIFY(result.unreadable > 0);
            QCOMPARE(result.rows + result.unreadable, 20'000);
            QVERIFY2(result.message.contains(QString::number(result.unreadable)), qPrintable(result.message));
        }
        // The command line alike: the file is written and it says what is missing.
        const QString out = dir.filePath(u"cli.jsonl"_s);
        const Run exported = cli({u"export"_s, u"1"_s, u"--db"_s, path, u"--format"_s, u"jsonl"_s, u"--out"_s, out});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.contains(u"events of session 1 could not be read"_s), qPrintable(exported.err));
        QVERIFY(exported.err.contains(u"\nexported "_s) || exported.err.startsWith(u"exported "_s));
        const Run listed = cli({u"sessions"_s, u"--db"_s, path});
        QVERIFY2(listed.err.contains(path + u" is damaged"_s), qPrintable(listed.err));
        QVERIFY2(listed.err.contains(fallback), qPrintable(listed.err));
        QCOMPARE(fileHash(path), before);
    }

    // Every tab of the app records into the same fallback file, not one each.
    void everyWriterSharesTheOneFallbackFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        QVERIFY(writeGarbage(path));
        SessionWriter first(path);
        SessionWriter second(path);
        QSignalSpy firstSwitched(&first, &SessionWriter::switchedToFile);
        QSignalSpy secondSwitched(&second, &SessionWriter::switchedToFile);
        first.beginSession(info());
        second.beginSession(info());
        first.record(flood(1, 300, BaseTimeMs));
        second.record(flood(1, 200, BaseTimeMs));
        QVERIFY(flushed(first));
        QVERIFY(flushed(second));
        QCOMPARE(firstSwitched.size(), 1);
        QCOMPARE(secondSwitched.size(), 1);
        QCOMPARE(first.path(), second.path());
        QCOMPARE(eventsIn(first.path()), 500);
        QCOMPARE(RecordingFiles::list(path).size(), 2);
    }

    // quick_check reads every page (16 s for 1.1 GB): a file exactly as the
    // last checked writer left it is not read again; any outside change is.
    void anUnchangedFileIsNotCheckedAgainAChangedOneIs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        recordSome(path, 100);
        SessionDatabase db;
        QVERIFY(!db.open(path, SessionDatabase::Access::ReadWrite).isError());
        QVERIFY(!db.wasChecked());
        db.close();
        {
            QFile file(path); // the same bytes written again: the time changes
            QVERIFY(file.open(QIODevice::ReadWrite));
            const QByteArray header = file.read(100);
            QVERIFY(file.seek(0));
            QCOMPARE(file.write(header), 100);
        }
        QVERIFY(!db.open(path, SessionDatabase::Access::ReadWrite).isError());
        QVERIFY(db.wasChecked());
        db.close();
        QVERIFY(!db.open(path, SessionDatabase::Access::ReadWrite).isError());
        QVERIFY(!db.wasChecked());
    }
};

QTEST_GUILESS_MAIN(TestBadDisks)
#include "tst_baddisks.moc"
