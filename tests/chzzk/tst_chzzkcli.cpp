// soopchat-cli on CHZZK channels against the CHZZK simulator in this process:
// `listen` prints the channel's events as EVENTS.md JSON lines, `record`
// records a CHZZK and a SOOP channel side by side, and `sim --platform chzzk`
// serves CHZZK alone.
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
        listen.terminate();
        QVERIFY(listen.waitForFinished(Wait));
        errors += listen.readAllStandardError();
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
                chzzkSim.apiBase().toString(), u"--db"_s, path, u"--seconds"_s, u"4"_s});
        QVERIFY(record.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(record.state(), QProcess::NotRunning, Wait);
        const QByteArray errors = record.readAllStandardError();
        QVERIFY2(record.exitCode() == 0, errors.constData());

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
        }
        QSqlDatabase::removeDatabase(u"check"_s);
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
