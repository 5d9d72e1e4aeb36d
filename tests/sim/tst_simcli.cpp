// `soopchat-cli sim` prints where it serves on its first line and serves
// there until told to stop; bad arguments get one line and a non-zero exit.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "SimTestClient.h"
#include "core/soop/PacketWriter.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

class TestSimCli : public QObject
{
    Q_OBJECT

private:
    static QByteArray readLine(QProcess &process)
    {
        if (!QTest::qWaitFor([&] { return process.canReadLine() || process.state() == QProcess::NotRunning; }, 20000))
            return {};
        return process.readLine().trimmed();
    }

private slots:
    void printsTheApiBaseFirstAndServes()
    {
        QTemporaryDir dir;
        const QString certFile = dir.filePath(u"sim.pem"_s);
        QProcess process;
        process.start(testdata::cliPath(),
            {u"sim"_s, u"--port"_s, u"0"_s, u"--flood"_s, u"--rate"_s, u"200"_s, u"--seconds"_s, u"120"_s,
                u"--cert-out"_s, certFile});
        QVERIFY(process.waitForStarted());
        const QByteArray first = readLine(process);
        QVERIFY2(first.startsWith("api-base=http://127.0.0.1:"), first.constData());
        const QUrl apiBase(QString::fromLatin1(first.mid(9)));
        QVERIFY(apiBase.port() > 0);
        quint16 chatPort = 0;
        for (QByteArray line = readLine(process); !line.isEmpty() && chatPort == 0; line = readLine(process)) {
            if (line.startsWith("chat-port="))
                chatPort = quint16(line.mid(10).toUInt());
        }
        QVERIFY(chatPort > 0);
        QVERIFY(!QSslCertificate::fromPath(certFile).isEmpty());

        QNetworkAccessManager network;
        QUrl url = apiBase.resolved(QUrl(u"/afreeca/player_live_api.php"_s));
        url.setQuery(u"bjid=clibj"_s);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        std::unique_ptr<QNetworkReply> reply(network.post(request, "bid=clibj&type=live&player_type=html5"));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        const QJsonObject channel = QJsonDocument::fromJson(reply->readAll()).object().value("CHANNEL"_L1).toObject();
        QCOMPARE(channel.value("RESULT"_L1).toInt(), 1);
        QCOMPARE(channel.value("CHPT"_L1).toString().toUInt(), chatPort);

        SimTestClient client;
        QUrl chat;
        chat.setScheme(u"ws"_s);
        chat.setHost(u"127.0.0.1"_s);
        chat.setPort(chatPort);
        chat.setPath(u"/Websocket/clibj"_s);
        client.open(chat);
        QVERIFY(client.handshake(channel.value("CHATNO"_L1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(client.floodSequence().size() >= 10, 20000);

        process.terminate(); // SIGTERM: a clean exit like Ctrl+C
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void badArgumentsGetOneLineAndAUsageExit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown scenario") << QStringList {u"--scenario"_s, u"sideways"_s} << 2;
        QTest::newRow("rate too high") << QStringList {u"--rate"_s, u"50001"_s} << 2;
        QTest::newRow("rate not a number") << QStringList {u"--rate"_s, u"fast"_s} << 2;
        QTest::newRow("unknown option") << QStringList {u"--bogus"_s} << 2;
        QTest::newRow("replay and flood") << QStringList {u"--replay"_s, u"x.jsonl"_s, u"--flood"_s} << 2;
        QTest::newRow("missing replay file") << QStringList {u"--replay"_s, u"/nonexistent/x.jsonl"_s} << 1;
    }

    void badArgumentsGetOneLineAndAUsageExit()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QProcess process;
        process.start(testdata::cliPath(), QStringList {u"sim"_s} + arguments);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), exitCode);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.startsWith("soopchat-cli sim: "), err.constData());
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void helpListsTheScenarios()
    {
        QProcess process;
        process.start(testdata::cliPath(), {u"sim"_s, u"--help"_s});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray help = process.readAllStandardOutput();
        for (const char *name : {"drop-after", "stall", "garbage", "split", "pack", "refuse-tls", "end-and-return",
                 "offline", "wrong-password", "login-required", "maintenance", "not-found"})
            QVERIFY2(help.contains(name), name);
    }
};

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
