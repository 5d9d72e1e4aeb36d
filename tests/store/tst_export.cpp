// Exports: CSV as docs/EXPORT.md describes it (BOM, CRLF, RFC 4180 quoting,
// formula cells neutralised), JSONL exactly the stored EVENTS.md JSON, a time
// range or a filter, cancelling and failing without leaving a file, and a
// 100,000-event session exported and searched correctly.
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "StoreTestSupport.h"
#include "core/events/EventJson.h"
#include "core/soop/EventStreamDecoder.h"
#include "core/soop/PacketWriter.h"
#include "core/store/CsvWriter.h"
#include "core/store/SessionExporter.h"
#include "core/store/SessionReader.h"
#include "core/store/SessionWriter.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace storetest;

namespace {

SessionInfo info()
{
    return {u"soop"_s, u"bj"_s, u"1"_s, u"export"_s, u"닉"_s, BaseTimeMs};
}

QByteArray csvCell(const QString &value, CsvWriter::Cell cell = CsvWriter::Cell::FromUser)
{
    QByteArray out;
    CsvWriter::appendCell(out, value, cell);
    return out;
}

ExportResult exportTo(const QString &db, qint64 session, ExportFormat format, const QString &out,
    std::optional<EventFilter> filter = {}, qint64 fromMs = 0, qint64 toMs = 0)
{
    SessionExporter exporter;
    return exporter.run({db, {session, fromMs, toMs, filter}, format, out});
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_session = 0;
    EventBatch m_events;

private slots:
    void initTestCase()
    {
        // A POSIX zone string: UTC+9 without depending on tzdata.
        qputenv("TZ", "KST-9");
        m_db = m_dir.filePath(u"sessions.db"_s);
        qint64 t = BaseTimeMs;
        m_events = {chat(t += 1000, u"u1"_s, u"시청자"_s, u"plain"_s),
            chat(t += 1000, u"u2"_s, u"a,b"_s, u"say \"hi\", then\nbye\r\nend"_s),
            chat(t += 1000, u"u3"_s, u"=cmd|' /C calc'!A0"_s, u"+SUM(A1)"_s),
            chat(t += 1000, u"-u4"_s, u"@me"_s, u"-2+HYPERLINK(3)"_s),
            chat(t += 1000, u"u5"_s, u"tab"_s, u"\tinvisible"_s),
            chat(t += 1000, u"u6"_s, u"한국어 닉"_s, u"이모지 😀👍 그리고 한글"_s),
            balloon(EventType::Balloon, 18, t += 1000, u"fan"_s, 1000)};
        SessionWriter writer(m_db);
        QSignalSpy started(&writer, &SessionWriter::sessionStarted);
        writer.beginSession(info());
        writer.record(m_events);
        QVERIFY(flushed(writer));
        QCOMPARE(started.size(), 1);
        m_session = started.first().first().toLongLong();
    }

    void csvCellsAreQuotedAndFormulasNeutralised()
    {
        QCOMPARE(csvCell(u"plain"_s), "plain"_ba);
        QCOMPARE(csvCell(u"a,b"_s), "\"a,b\""_ba);
        QCOMPARE(csvCell(u"say \"hi\""_s), "\"say \"\"hi\"\"\""_ba);
        QCOMPARE(csvCell(u"two\nlines"_s), "\"two\nlines\""_ba);
        QCOMPARE(csvCell(u"=1+1"_s), "\"'=1+1\""_ba);
        QCOMPARE(csvCell(u"+SUM(A1)"_s), "\"'+SUM(A1)\""_ba);
        QCOMPARE(csvCell(u"-2+cmd|' /C calc'!A0"_s), "\"'-2+cmd|' /C calc'!A0\""_ba);
        QCOMPARE(csvCell(u"@SUM(A1)"_s), "\"'@SUM(A1)\""_ba);
        // A mention, an agreement, a face: ordinary chat, left as typed.
        QCOMPARE(csvCell(u"@까만토끼 ㅋㅋ 반가워요"_s), u"@까만토끼 ㅋㅋ 반가워요"_s.toUtf8());
        QCOMPARE(csvCell(u"+1"_s), "+1"_ba);
        QCOMPARE(csvCell(u"-_-"_s), "-_-"_ba);
        QCOMPARE(csvCell(u"\tx"_s), "\"'\tx\""_ba);
        QCOMPARE(csvCell(u"\rx"_s), "\"'\rx\""_ba);
        QCOMPARE(csvCell(u"a=b"_s), "a=b"_ba); // only a leading sign starts a formula
        QCOMPARE(csvCell(u"한글 😀"_s), u"한글 😀"_s.toUtf8());
        QCOMPARE(csvCell(u"-1"_s, CsvWriter::Cell::Trusted), "-1"_ba);
        QCOMPARE(csvCell(QString()), QByteArray());
    }

    void enteringViewersAndAFreezeSayWhoInTheCsv()
    {
        // As SOOP sends them: one viewer entering, a room's worth on joining,
        // and a freeze announced twice (0021, then the old 0019).
        using soop::PacketWriter::packet;
        QByteArray bytes = packet(4, {"1", "viewer1", "시청자1", "32|0"}) +
            packet(4, {"1", "viewer2", "시청자2", "0|0", "viewer3(2)", "시청자3", "0|0", "viewer4", "@멘션왕", "0|0"}) +
            packet(21, {"1", "0", "528", "0", "0"}) + packet(19, {"1", "1", "528", ""});
        soop::EventStreamDecoder decoder;
        EventBatch events;
        decoder.feed(bytes, events, BaseTimeMs);
        QCOMPARE(events.size(), 3); // the 0019 repeats the 0021: one freeze
        QCOMPARE(decoder.counters().echoes, 1u);

        const QString db = m_dir.filePath(u"enter.db"_s);
        SessionWriter writer(db);
        QSignalSpy started(&writer, &SessionWriter::sessionStarted);
        writer.beginSession(info());
        writer.record(events);
        writer.endSession(BaseTimeMs + 1000);
        QVERIFY(flushed(writer));
        const QString out = m_dir.filePath(u"enter.csv"_s);
        QCOMPARE(exportTo(db, started.first().first().toLongLong(), ExportFormat::Csv, out).status,
            ExportResult::Status::Done);
        const QList<QByteArray> lines = testdata::readFile(out).split('\n');
        QCOMPARE(lines.size(), 5); // header, three rows, the empty rest after the last CRLF
        QVERIFY2(lines[1].endsWith(",user_enter,viewer1,시청자1,fan_club,,1,soop,\r"_ba), lines[1].constData());
        QVERIFY2(lines[2].endsWith(",user_enter,viewer2 viewer3 viewer4,\"시청자2, 시청자3, @멘션왕\",,,3,soop,\r"_ba),
            lines[2].constData());
        QVERIFY2(lines[3].contains(",freeze,"), lines[3].constData());

        // The JSONL keeps who may still chat.
        const QString jsonl = m_dir.filePath(u"enter.jsonl"_s);
        QCOMPARE(exportTo(db, started.first().first().toLongLong(), ExportFormat::Jsonl, jsonl).status,
            ExportResult::Status::Done);
        const QList<QByteArray> json = testdata::readFile(jsonl).trimmed().split('\n');
        QCOMPARE(json.size(), 3);
        const EventPtr freeze = EventJson::fromJson(json[2]);
        QVERIFY(freeze);
        QCOMPARE(freeze->details().frozen, true);
        QCOMPARE(freeze->details().allowedRoles, Roles(Role::Host | Role::Manager));
    }

    void csvTimesMatchTheEventJson()
    {
        for (qint64 ms : {qint64(0), BaseTimeMs, BaseTimeMs + 999, qint64(4'102'444'799'999)}) {
            QByteArray out;
            CsvWriter::appendUtcTime(out, ms);
            QCOMPARE(QString::fromLatin1(out), EventJson::formatTimestamp(ms));
            CsvWriter writer;
            out.clear();
            writer.appendLocalTime(out, ms);
            QCOMPARE(
                QString::fromLatin1(out), QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s));
        }
    }

    void csvFileHasBomHeaderCrlfAndEscapedCells()
    {
        const QString out = m_dir.filePath(u"session.csv"_s);
        const ExportResult result = exportTo(m_db, m_session, ExportFormat::Csv, out);
        QCOMPARE(result.status, ExportResult::Status::Done);
        QCOMPARE(result.rows, m_events.size());
        const QByteArray bytes = testdata::readFile(out);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // In Seoul (UTC+9) BaseTimeMs + 1 s is 2026-11-18 20:06:41.
        const QByteArray expected =
            "\xEF\xBB\xBF"
            "session_id,seq,received_at_utc,local_time,type,user_id,nickname,roles,text,count,platform,won\r\n"
            "1,1,2026-11-18T11:06:41.000Z,2026-11-18 20:06:41.000,chat,u1,시청자,fan_club,plain,,soop,\r\n"
            "1,2,2026-11-18T11:06:42.000Z,2026-11-18 20:06:42.000,chat,u2,\"a,b\",fan_club,"
            "\"say \"\"hi\"\", then\nbye\r\nend\",,soop,\r\n"
            "1,3,2026-11-18T11:06:43.000Z,2026-11-18 20:06:43.000,chat,u3,"
            "\"'=cmd|' /C calc'!A0\",fan_club,\"'+SUM(A1)\",,soop,\r\n"
            "1,4,2026-11-18T11:06:44.000Z,2026-11-18 20:06:44.000,chat,-u4,@me,"
            "fan_club,\"'-2+HYPERLINK(3)\",,soop,\r\n"
            "1,5,2026-11-18T11:06:45.000Z,2026-11-18 20:06:45.000,chat,u5,tab,fan_club,"
            "\"'\tinvisible\",,soop,\r\n"
            "1,6,2026-11-18T11:06:46.000Z,2026-11-18 20:06:46.000,chat,u6,한국어 닉,fan_club,"
            "이모지 😀👍 그리고 한글,,soop,\r\n"
            "1,7,2026-11-18T11:06:47.000Z,2026-11-18 20:06:47.000,balloon,fan,후원자 fan,,,1000,soop,110000\r\n";
        QCOMPARE(QString::fromUtf8(bytes), QString::fromUtf8(expected));
    }

    void jsonlIsExactlyTheStoredEventsJson()
    {
        const QString out = m_dir.filePath(u"session.jsonl"_s);
        QCOMPARE(exportTo(m_db, m_session, ExportFormat::Jsonl, out).status, ExportResult::Status::Done);
        QByteArray expected;
        for (const EventPtr &e : std::as_const(m_events))
            expected += EventJson::toJson(*e) + '\n';
        QCOMPARE(testdata::readFile(out), expected);
    }

    void aTimeRangeOrAFilterExportsWhatTheySelect()
    {
        const QString out = m_dir.filePath(u"part.jsonl"_s);
        // [2 s, 4 s) after the start: events 2 and 3.
        ExportResult result =
            exportTo(m_db, m_session, ExportFormat::Jsonl, out, {}, BaseTimeMs + 2000, BaseTimeMs + 4000);
        QCOMPARE(result.rows, 2);
        QCOMPARE(
            testdata::readFile(out), EventJson::toJson(*m_events[1]) + '\n' + EventJson::toJson(*m_events[2]) + '\n');

        result = exportTo(m_db, m_session, ExportFormat::Jsonl, out, EventFilter::fromQuery(u"type:balloon"_s));
        QCOMPARE(result.rows, 1);
        QCOMPARE(testdata::readFile(out), EventJson::toJson(*m_events.last()) + '\n');

        result = exportTo(m_db, m_session, ExportFormat::Jsonl, out, EventFilter::fromQuery(u"from:한국어"_s));
        QCOMPARE(result.rows, 1);
        QCOMPARE(testdata::readFile(out), EventJson::toJson(*m_events[5]) + '\n');
    }

    void aMissingSessionOrUnwritableTargetFailsWithoutAFile()
    {
        const QString out = m_dir.filePath(u"none.csv"_s);
        ExportResult result = exportTo(m_db, 999, ExportFormat::Csv, out);
        QCOMPARE(result.status, ExportResult::Status::Failed);
        QVERIFY(result.message.contains(u"999"_s));
        QVERIFY(!QFile::exists(out));

        // A folder that cannot exist: its parent is a file.
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QFile(blocker).open(QIODevice::WriteOnly);
        result = exportTo(m_db, m_session, ExportFormat::Csv, blocker + u"/x.csv"_s);
        QCOMPARE(result.status, ExportResult::Status::Failed);
        QVERIFY(!result.message.isEmpty());

        result = exportTo(m_dir.filePath(u"nothing.db"_s), 1, ExportFormat::Csv, out);
        QCOMPARE(result.storeError.kind, StoreError::Kind::Missing);
        QVERIFY(!QFile::exists(out));
    }

    void aCancelBeforeTheRunStartsWritesNothing()
    {
        // A dialog's Cancel may come before the worker thread starts run().
        const QString out = m_dir.filePath(u"early.csv"_s);
        SessionExporter exporter;
        exporter.cancel();
        ExportResult result = exporter.run({m_db, {m_session, 0, 0, {}}, ExportFormat::Csv, out});
        QCOMPARE(result.status, ExportResult::Status::Cancelled);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!QFile::exists(out));
        // The next run of the same exporter starts afresh.
        result = exporter.run({m_db, {m_session, 0, 0, {}}, ExportFormat::Csv, out});
        QCOMPARE(result.status, ExportResult::Status::Done);
        QVERIFY(QFile::exists(out));
    }

    void bigSessionExportsSearchesAndCancelsCorrectly()
    {
        // 100,000 events: every 1000th says something unique to search for.
        const QString db = m_dir.filePath(u"big.db"_s);
        constexpr qint64 Count = 100'000;
        qint64 session = 0;
        {
            SessionWriter writer(db);
            QSignalSpy started(&writer, &SessionWriter::sessionStarted);
            writer.beginSession(info());
            for (qint64 first = 1; first <= Count; first += 5000) {
                EventBatch batch = flood(first, 5000, BaseTimeMs);
                for (EventPtr &e : batch) {
                    if (e->sequence % 1000 == 0) {
                        auto copy = std::make_shared<ChatEvent>(*e);
                        copy->text = u"특별한 메시지 번호%1 끝"_s.arg(e->sequence);
                        e = copy;
                    }
                }
                writer.record(batch);
            }
            QVERIFY(flushed(writer, 120'000));
            QCOMPARE(writer.eventsWritten(), Count);
            session = started.first().first().toLongLong();
        }

        const QString csv = m_dir.filePath(u"big.csv"_s);
        SessionExporter exporter;
        QSignalSpy progress(&exporter, &SessionExporter::progress);
        ExportResult result = exporter.run({db, {session, 0, 0, {}}, ExportFormat::Csv, csv});
        QCOMPARE(result.status, ExportResult::Status::Done);
        QCOMPARE(result.rows, Count);
        QCOMPARE(progress.last().at(0).toLongLong(), Count);
        const QList<QByteArray> lines = testdata::readFile(csv).split('\n');
        QCOMPARE(lines.size(), Count + 2); // header, rows, and the empty tail after the last CRLF
        QVERIFY(lines[1].startsWith("1,1,"));
        QVERIFY(lines[Count].startsWith("1,100000,"));
        QVERIFY(lines[Count].contains(",특별한 메시지 번호100000 끝,"));

        const QString jsonl = m_dir.filePath(u"big.jsonl"_s);
        result = exporter.run({db, {session, 0, 0, {}}, ExportFormat::Jsonl, jsonl});
        QCOMPARE(result.rows, Count);
        const QList<QByteArray> json = testdata::readFile(jsonl).split('\n');
        QCOMPARE(json.size(), Count + 1);
        QCOMPARE(EventJson::fromJson(json[41])->text, u"flood 42"_s);

        // Cancelling from the progress signal (as a dialog's button would)
        // leaves the previous file exactly as it was.
        const QByteArray before = fileHash(csv);
        connect(&exporter, &SessionExporter::progress, &exporter, [&](qint64 done) {
            if (done > 0)
                exporter.cancel();
        });
        QSignalSpy finished(&exporter, &SessionExporter::finished);
        result = exporter.run({db, {session, 0, 0, EventFilter::fromQuery(u"flood"_s)}, ExportFormat::Csv, csv});
        QCOMPARE(result.status, ExportResult::Status::Cancelled);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(fileHash(csv), before);
        QCOMPARE(QDir(m_dir.path()).entryList({u"big.csv*"_s}, QDir::Files), QStringList {u"big.csv"_s});

        SessionReader reader;
        QVERIFY(!reader.open(db).isError());
        QList<SearchHit> hits = reader.search({u"번호42000 "_s, {}, 10});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().seq, 42000);
        hits = reader.search({u"특별한 메시지"_s, {}, 1000});
        QCOMPARE(hits.size(), 100);
        QCOMPARE(hits.first().seq, 100'000); // newest first
        QCOMPARE(hits.last().seq, 1000);
        hits = reader.search({u"번호"_s, {}, 5}); // two characters: the scan
        QCOMPARE(hits.size(), 5);
        QCOMPARE(hits.first().seq, 100'000);
        QCOMPARE(reader.search({u"flood 99999"_s, {}, 10}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
