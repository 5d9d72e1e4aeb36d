// soopchat-cli on CHZZK channels against the CHZZK simulator in this process:
// `listen` prints the channel's events as EVENTS.md JSON lines, `record`
// records a CHZZK and a SOOP channel side by side, and `sim --platform chzzk`
// serves CHZZK alone.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "sim/SoopSimulator.h"
#include "sim/chzzk/ChzzkSimulator.h"
#include "support/CliProcess.h"
#include "support/ReadOnlyDatabase.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {
const QString Id = u"fedcba9876543210fedcba9876543210"_s;
constexpr int Wait = 30000;
} // namespace

class TestChzzkCli : public QObject
{
    Q_OBJECT

private slots:
    void listenPrintsTheChannelsEvents()
    {
        sim::ChzzkSimOptions options;
        options.rate = 50;
        sim::ChzzkSimulator simulator(options);
        QVERIFY(simulator.start());
        QProcess listen;
        listen.start(testdata::cliPath(),
            {u"listen"_s, u"https://chzzk.naver.com/live/%1"_s.arg(Id), u"--chzzk-api-base"_s,
                simulator.apiBase().toString(), u"--seconds"_s, u"120"_s});
        QVERIFY(listen.waitForStarted());
        // The simulator runs in this process: QTRY keeps its event loop going.
        QByteArray out;
        QByteArray errors;
        int chats = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                out += listen.readAllStandardOutput();
                errors += listen.readAllStandardError();
                chats = int(out.count("\"type\":\"chat\""));
                return chats >= 20 || listen.state() == QProcess::NotRunning;
            }(),
            Wait);
        QVERIFY2(chats >= 20, errors.constData());
        QVERIFY(out.contains("\"platform\":\"chzzk\""));
        QVERIFY(!out.contains("\"platform\":\"soop\""));
        const testdata::Stopped stopped = testdata::stopLikeAUser(listen, Wait);
        errors += stopped.errors;
        QVERIFY2(stopped.clean, errors.constData());
        QVERIFY2(errors.contains("listen: live: "), errors.constData());
        QVERIFY(!errors.contains("TLS chat port")); // SOOP's words for plain ws are not CHZZK's

        // Every whole line is one JSON object (the last may have been cut by the stop).
        QList<QByteArray> lines = out.split('\n');
        lines.removeLast();
        for (const QByteArray &line : std::as_const(lines))
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
    }

    void listenReportsANotFoundChannel()
    {
        sim::ChzzkSimulator simulator;
        QVERIFY(simulator.start());
        simulator.setState(Id, sim::ChzzkSimulator::ChannelState::NotFound);
        QProcess listen;
        listen.start(testdata::cliPath(),
            {u"listen"_s, Id, u"--chzzk-api-base"_s, simulator.apiBase().toString(), u"--seconds"_s, u"120"_s});
        QTRY_COMPARE_WITH_TIMEOUT(listen.state(), QProcess::NotRunning, Wait);
        QCOMPARE(listen.exitCode(), 1);
        QVERIFY(listen.readAllStandardError().contains("not-found"));
    }

    void recordsChzzkBesideSoop()
    {
        sim::ChzzkSimOptions options;
        options.rate = 50;
        sim::ChzzkSimulator chzzkSim(options);
        QVERIFY(chzzkSim.start());
        sim::SoopSimulator soopSim;
        QVERIFY(soopSim.start());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        QProcess record;
        record.start(testdata::cliPath(),
            {u"record"_s, u"gosegu2"_s, Id, u"--api-base"_s, soopSim.apiBase().toString(), u"--chzzk-api-base"_s,
                chzzkSim.apiBase().toString(), u"--db"_s, path});
        QVERIFY(record.waitForStarted());
        // Recorded until the file holds what is asserted below, then stopped
        // as a user stops it (SIGTERM). Not with --seconds: its clock runs
        // from the start, and on a loaded machine joining can take most of it.
        // The simulators run in this process: QTRY keeps their loop going.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path) || record.state() == QProcess::NotRunning, Wait);
        {
            const testdata::ReadOnlyDatabase db(path);
            const auto chzzk = [&db](const QString &types) {
                return db.scalar(u"SELECT count(*) FROM events e JOIN sessions s ON e.session_id = s.id "
                                 "WHERE s.platform = 'chzzk' AND e.type IN ("_s +
                    types + u")"_s);
            };
            QTRY_VERIFY_WITH_TIMEOUT(
                (chzzk(u"'chat'"_s) > 10 && chzzk(u"'cheese', 'video_cheese', 'mission_cheese'"_s) > 0 &&
                    db.scalar(u"SELECT count(*) FROM sessions WHERE platform = 'soop'"_s) > 0) ||
                    record.state() == QProcess::NotRunning,
                Wait);
        }
        QCOMPARE(record.state(), QProcess::Running);
        const testdata::Stopped stopped = testdata::stopLikeAUser(record, Wait); // ends the sessions cleanly
        QVERIFY2(stopped.clean, stopped.errors.constData());

        qint64 chzzkSession = 0;
        qint64 cheese = 0;
        QString said;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT platform, channel FROM sessions ORDER BY platform"_s));
            QStringList sessions;
            while (query.next())
                sessions.append(query.value(0).toString() + u'/' + query.value(1).toString());
            QCOMPARE(sessions, (QStringList {u"chzzk/"_s + Id, u"soop/gosegu2"_s}));
            QVERIFY(query.exec(u"SELECT count(*) FROM events e JOIN sessions s ON e.session_id = s.id "
                               "WHERE s.platform = 'chzzk' AND e.type = 'chat'"_s));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toInt() > 10, qPrintable(query.value(0).toString()));

            // The session's cheese (one definition, SessionTotals) is the sum of its cheese donations.
            QVERIFY(query.exec(u"SELECT s.id, s.cheese, s.gifts, (SELECT IFNULL(SUM(e.count), 0) FROM events e "
                               "WHERE e.session_id = s.id AND e.type IN ('cheese', 'video_cheese', 'mission_cheese')) "
                               "FROM sessions s WHERE s.platform = 'chzzk'"_s));
            QVERIFY(query.next());
            chzzkSession = query.value(0).toLongLong();
            cheese = query.value(1).toLongLong();
            QVERIFY(cheese > 0);
            QCOMPARE(query.value(3).toLongLong(), cheese);
            QVERIFY(query.value(2).toLongLong() > 0);
            QVERIFY(query.exec(u"SELECT e.text FROM events e JOIN sessions s ON e.session_id = s.id "
                               "WHERE s.platform = 'chzzk' AND e.type = 'chat' AND length(e.text) >= 4 "
                               "AND instr(e.text, '{') = 0 AND instr(e.text, '\"') = 0 LIMIT 1"_s));
            QVERIFY(query.next());
            said = query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(u"check"_s);

        // soopchat-cli sessions, export and search on the recording of both platforms.
        const auto run = [](const QStringList &arguments, QByteArray *err = nullptr) -> QByteArray {
            QProcess process;
            process.start(testdata::cliPath(), arguments);
            if (!process.waitForFinished(Wait) || process.exitCode() != 0)
                return QByteArray(QByteArray("failed: ") + process.readAllStandardError());
            if (err)
                *err = process.readAllStandardError();
            return process.readAllStandardOutput();
        };
        const QByteArray sessions = run({u"sessions"_s, u"--db"_s, path});
        // Both channels, and the CHZZK session's WON is its cheese, one won each.
        QVERIFY2(sessions.contains(Id.toLatin1()) && sessions.contains("gosegu2"), sessions.constData());
        for (const QByteArray &line : sessions.split('\n')) {
            if (line.contains(Id.toLatin1()))
                QVERIFY2(line.contains(QByteArray(' ' + QByteArray::number(cheese) + ' ')), line.constData());
        }

        const QString csvPath = dir.filePath(u"chzzk.csv"_s);
        QByteArray summary;
        run({u"export"_s, QString::number(chzzkSession), u"--format"_s, u"csv"_s, u"--out"_s, csvPath, u"--db"_s, path},
            &summary);
        QVERIFY2(summary.contains(QByteArray(" cheese=" + QByteArray::number(cheese) + ' ')), summary.constData());
        QVERIFY2(
            summary.contains(QByteArray(" balloons_won=" + QByteArray::number(cheese) + ' ')), summary.constData());
        const QByteArray csv = testdata::readFile(csvPath);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "session_id,seq,received_at_utc,local_time,type,user_id,nickname,roles,text,count,"
                               "platform,won\r\n"));
        qint64 wonInCsv = 0;
        int rows = 0;
        for (const QByteArray &line : csv.split('\n')) {
            if (!line.startsWith(QByteArray(QByteArray::number(chzzkSession) + ',')))
                continue; // the header, the tail, a line inside a quoted chat cell
            ++rows;
            QVERIFY2(line.endsWith(",chzzk,\r") || line.contains(",chzzk,"), line.constData());
            if (line.contains(",cheese,") || line.contains(",video_cheese,") || line.contains(",mission_cheese,")) {
                const QList<QByteArray> cells = line.trimmed().split(',');
                QCOMPARE(cells.last(), cells.at(cells.size() - 3)); // won = count: one won a cheese
                wonInCsv += cells.last().toLongLong();
            }
        }
        QVERIFY(rows > 10);
        QCOMPARE(wonInCsv, cheese);

        const QString jsonlPath = dir.filePath(u"chzzk.jsonl"_s);
        run({u"export"_s, QString::number(chzzkSession), u"--format"_s, u"jsonl"_s, u"--out"_s, jsonlPath, u"--db"_s,
            path});
        const QByteArray jsonl = testdata::readFile(jsonlPath);
        QVERIFY(!jsonl.isEmpty());
        QCOMPARE(jsonl.count("\"platform\":\"chzzk\""), jsonl.count('\n'));

        const QByteArray found = run({u"search"_s, said, u"--db"_s, path});
        QVERIFY2(QString::fromUtf8(found).contains(Id) && QString::fromUtf8(found).contains(said), found.constData());
    }

    void simServesChzzkAlone()
    {
        QProcess process;
        process.start(testdata::cliPath(), {u"sim"_s, u"--platform"_s, u"chzzk"_s, u"--seconds"_s, u"120"_s});
        QVERIFY(process.waitForStarted());
        QVERIFY(
            QTest::qWaitFor([&] { return process.canReadLine() || process.state() == QProcess::NotRunning; }, Wait));
        const QByteArray first = process.readLine().trimmed();
        QVERIFY2(first.startsWith("chzzk-api-base=http://127.0.0.1:"), first.constData());
        QUrl url(QString::fromLatin1(first.mid(15)));
        url.setPath(u"/polling/v2/channels/%1/live-status"_s.arg(Id));
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(done.wait(Wait));
        const QJsonObject content = QJsonDocument::fromJson(reply->readAll()).object().value("content"_L1).toObject();
        QCOMPARE(content.value("status"_L1).toString(), u"OPEN"_s);
        QVERIFY(!content.value("chatChannelId"_L1).toString().isEmpty());
        process.terminate();
        QVERIFY(process.waitForFinished(Wait));
        QCOMPARE(process.exitCode(), 0);

        QProcess wrong;
        wrong.start(testdata::cliPath(), {u"sim"_s, u"--platform"_s, u"chzzk"_s, u"--scenario"_s, u"nonsense"_s});
        QVERIFY(wrong.waitForFinished(Wait));
        QVERIFY(wrong.exitCode() != 0);
        QVERIFY(wrong.readAllStandardError().contains("adult-only"));
    }
};

QTEST_GUILESS_MAIN(TestChzzkCli)
#include "tst_chzzkcli.moc"
