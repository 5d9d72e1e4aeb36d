// The alert box's server side without a browser: the page and the user's
// files behind the token, path safety (only the files the config names, by
// id), the size and count limits, the feed's queue and what a page may send
// back, and the AlertBox runner's reports (docs/OVERLAY.md, "Alert box").
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <vector>

#include "OverlayTestSupport.h"
#include "core/alerts/AlertBoxRunner.h"
#include "core/overlay/OverlayServer.h"
#include "core/util/RandomId.h"
#include "support/ProcessMemory.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace overlaytest;

namespace {

const QString Token = u"test-token-0123456789abcdefghijklmnopqrstuvwxyz"_s;
const QByteArray Svg =
    R"(<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>)";
// A WAV header is all the server looks at.
const QByteArray Wav = QByteArray("RIFF\x24\x00\x00\x00WAVEfmt ", 16) + QByteArray(64, '\0');

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray value(const QByteArray &name) const
    {
        for (const auto &[key, v] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

HttpReply httpGet(const QUrl &url)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        return {};
    return {
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->rawHeaderPairs()};
}

// The request target exactly as written (QUrl would tidy "..").
int rawStatus(quint16 port, const QByteArray &target)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return -1;
    socket.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n");
    QByteArray received;
    (void)QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() != QAbstractSocket::ConnectedState || received.contains("\r\n\r\n");
        },
        20000);
    static const QRegularExpression statusLine(u"^HTTP/1\\.[01] (\\d{3})"_s);
    const auto match = statusLine.match(QString::fromLatin1(received.left(32)));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QUrl httpUrl(quint16 port, const QString &pathAndQuery)
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(pathAndQuery));
}

QUrl alertFeedUrl(quint16 port, const QString &channel, const QString &token = Token)
{
    QUrl url(u"ws://127.0.0.1/alerts/ws/"_s + channel);
    url.setPort(port);
    QUrlQuery query;
    query.addQueryItem(u"token"_s, token);
    url.setQuery(query);
    return url;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Alert alertFor(const QString &channel, const EventPtr &event)
{
    Alert alert;
    alert.id = randomHexId();
    alert.ruleId = u"rule1"_s;
    alert.ruleName = u"Big gifts"_s;
    alert.channelId = channel;
    alert.event = event;
    alert.tier = donationTier(*event);
    alert.donation = donationOf(*event);
    return alert;
}

AlertAction boxAction()
{
    AlertAction action;
    action.kind = AlertAction::Kind::AlertBox;
    return action;
}

// A feed client that keeps the alert box's messages as parsed objects.
class BoxClient : public QObject
{
public:
    explicit BoxClient(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &message) { messages.append(QJsonDocument::fromJson(message).object()); });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            disconnected = true;
            closeCode = socket.closeCode();
        });
    }
    bool open(const QUrl &url)
    {
        socket.open(url);
        return QTest::qWaitFor([this] { return !of(u"hello"_s).isEmpty() || disconnected; }, 15000) && !disconnected;
    }
    QList<QJsonObject> of(const QString &kind) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &message : messages) {
            if (message.value("kind"_L1).toString() == kind)
                out.append(message);
        }
        return out;
    }
    void acknowledge(qint64 play)
    {
        socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject {{u"kind"_s, u"shown"_s}, {u"play"_s, play}}).toJson(QJsonDocument::Compact)));
    }
    QWebSocket socket;
    QList<QJsonObject> messages;
    bool disconnected = false;
    int closeCode = -1;
};

QList<AlertReport::State> statesOf(const QSignalSpy &spy, const QString &alertId)
{
    QList<AlertReport::State> out;
    for (const QList<QVariant> &args : spy) {
        const auto report = args.at(0).value<AlertReport>();
        if (report.alertId == alertId)
            out.append(report.state);
    }
    return out;
}

AlertReport lastReport(const QSignalSpy &spy, const QString &alertId)
{
    AlertReport last;
    for (const QList<QVariant> &args : spy) {
        const auto report = args.at(0).value<AlertReport>();
        if (report.alertId == alertId)
            last = report;
    }
    return last;
}

} // namespace

class TestAlertBoxServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<AlertReport>();
        QVERIFY(m_dir.isValid());
    }

    void servesTheAlertPageBehindTheTokenWithItsUrl()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        const QUrl url = server.alertBoxUrl(u"BJ_Name"_s);
        QCOMPARE(url.toString(), u"http://127.0.0.1:%1/alerts/bj_name?token=%2"_s.arg(server.port()).arg(Token));
        const HttpReply page = httpGet(url);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.value("content-type"), "text/html; charset=utf-8");
        QVERIFY(page.body.contains("/overlay/static/alerts.js"));
        QVERIFY(page.value("content-security-policy").contains("media-src 'self'"));
        QCOMPARE(page.value("cache-control"), "no-store");

        QCOMPARE(httpGet(httpUrl(server.port(), u"/alerts/bj_name"_s)).status, 403);
        QCOMPARE(httpGet(httpUrl(server.port(), u"/alerts/bj_name?token=wrong"_s)).status, 403);
        QCOMPARE(httpGet(httpUrl(server.port(), u"/alerts/not%20a%20channel?token="_s + Token)).status, 404);
        // The page itself only at its channel URL; its scripts and images are static files.
        QCOMPARE(httpGet(httpUrl(server.port(), u"/overlay/static/alerts.html"_s)).status, 404);
        const HttpReply script = httpGet(httpUrl(server.port(), u"/overlay/static/alerts.js"_s));
        QCOMPARE(script.status, 200);
        QCOMPARE(script.value("content-type"), "text/javascript; charset=utf-8");
        for (const QString &tier : {u"small"_s, u"medium"_s, u"large"_s, u"huge"_s}) {
            const HttpReply image = httpGet(httpUrl(server.port(), u"/overlay/static/alert-%1.svg"_s.arg(tier)));
            QCOMPARE(image.status, 200);
            QCOMPARE(image.value("content-type"), "image/svg+xml");
            QVERIFY(image.body.contains("<svg"));
        }
        // A feed with the wrong token is refused before the handshake.
        BoxClient refused;
        QVERIFY(!refused.open(alertFeedUrl(server.port(), u"bj_name"_s, u"wrong"_s)));
    }

    void servesOnlyTheNamedFilesByIdWithTheirTypes()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        AlertBoxRunner runner(&server);
        const QString image = file(u"medium.svg"_s, Svg);
        const QString sound = file(u"medium.wav"_s, Wav);
        const QString unlisted = file(u"secret.svg"_s, Svg);
        AlertConfig config;
        config.boxTiers = {{DonationTier::Medium, image, sound, 6}};
        runner.configure(config);
        QVERIFY2(runner.problems().isEmpty(), qPrintable(runner.problems().join(u'\n')));
        QCOMPARE(runner.setup().files.size(), 2);
        const QString imageId = runner.setup().files.at(0).id;
        const QString soundId = runner.setup().files.at(1).id;
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(imageId).hasMatch());
        QVERIFY(!imageId.contains(u"medium"_s));

        const auto get = [&](const QString &path) {
            return httpGet(httpUrl(server.port(), path + u"?token="_s + Token));
        };
        // setAlertBoxSetup is queued to the overlay's thread: wait for it.
        QTRY_COMPARE(get(u"/alerts/files/"_s + imageId).status, 200);
        const HttpReply served = get(u"/alerts/files/"_s + imageId);
        QCOMPARE(served.body, Svg);
        QCOMPARE(served.value("content-type"), "image/svg+xml");
        QVERIFY(served.value("content-security-policy").contains("sandbox"));
        QCOMPARE(served.value("x-content-type-options"), "nosniff");
        const HttpReply wav = get(u"/alerts/files/"_s + soundId);
        QCOMPARE(wav.status, 200);
        QCOMPARE(wav.value("content-type"), "audio/wav");
        // Not without the token.
        QCOMPARE(httpGet(httpUrl(server.port(), u"/alerts/files/"_s + imageId)).status, 403);

        // Nothing but the ids: no path, no "..", no unlisted file, no other id.
        const quint16 port = server.port();
        const QByteArray token = "?token=" + Token.toUtf8();
        const QList<QByteArray> targets {
            "/alerts/files/" + randomHexId().toLatin1() + token,
            "/alerts/files/" + imageId.toLatin1() + "x" + token,
            "/alerts/files/" + imageId.toUpper().toLatin1() + token,
            "/alerts/files/../../../../etc/passwd" + token,
            "/alerts/files/%2e%2e/%2e%2e/etc/passwd" + token,
            "/alerts/files/..%2f..%2fetc%2fpasswd" + token,
            "/alerts/files/" + QUrl::toPercentEncoding(unlisted) + token,
            "/alerts/files/" + unlisted.toUtf8() + token,
            "/alerts/files/" + token,
            "/alerts/files/secret.svg" + token,
            "/alerts/../overlay/static/overlay.html" + token,
        };
        for (const QByteArray &target : targets) {
            const int status = rawStatus(port, target);
            QVERIFY2(
                status == 404 || status == 400, QByteArray(target + " -> " + QByteArray::number(status)).constData());
        }

        // A file no longer named is no longer served, even by its old id.
        runner.configure(AlertConfig {});
        QTRY_COMPARE(get(u"/alerts/files/"_s + imageId).status, 404);
    }

    void missingTooBigAndWrongFilesFallBackAndAreReported()
    {
        OverlayLimits limits;
        limits.maxAlertFileBytes = 1024;
        OverlayServer server(Token, limits);
        QVERIFY(server.listen());
        AlertBoxRunner runner(&server);
        QSignalSpy problems(&runner, &AlertBoxRunner::problemsChanged);
        const QString missing = m_dir.filePath(u"gone.png"_s);
        const QString big = file(u"big.svg"_s, Svg + QByteArray(2048, ' '));
        const QString text = file(u"notes.txt"_s, "just some text, not an image");
        const QString imageAsSound = file(u"image.wav"_s, Svg);
        AlertConfig config;
        config.boxTiers = {{DonationTier::Small, missing, {}, 6}, {DonationTier::Medium, big, {}, 6},
            {DonationTier::Large, text, imageAsSound, 6}, {DonationTier::Huge, m_dir.path(), {}, 6}};
        runner.configure(config);
        QCOMPARE(problems.size(), 1);
        const QStringList said = runner.problems();
        QCOMPARE(said.size(), 5);
        QVERIFY(said.at(0).contains(QDir::toNativeSeparators(missing)));
        QVERIFY2(said.at(1).contains(u"larger than 1 KiB"_s), qPrintable(said.at(1)));
        QVERIFY(said.at(2).contains(u"not an image"_s));
        QVERIFY(said.at(3).contains(u"not a sound"_s));
        QVERIFY(said.at(4).contains(u"not a file"_s));
        QVERIFY(runner.setup().files.isEmpty());
        for (const AlertBoxTierLook &look : runner.setup().tiers) {
            QVERIFY(look.imageId.isEmpty());
            QVERIFY(look.soundId.isEmpty());
        }

        // The page is told the built-in image for every tier.
        BoxClient page;
        QVERIFY(page.open(alertFeedUrl(server.port(), u"chan"_s)));
        const QJsonObject tiers = page.of(u"hello"_s).at(0)["box"_L1]["tiers"_L1].toObject();
        QCOMPARE(tiers.keys(), QStringList({u"huge"_s, u"large"_s, u"medium"_s, u"small"_s}));
        for (const QString &tier : tiers.keys()) {
            QCOMPARE(tiers[tier]["image"_L1].toString(), u"/overlay/static/alert-%1.svg"_s.arg(tier));
            QVERIFY(tiers[tier]["sound"_L1].isNull());
        }

        // Nothing changed: no new signal. Fixed: the problems go.
        runner.configure(config);
        QCOMPARE(problems.size(), 1);
        runner.configure(AlertConfig {});
        QCOMPARE(problems.size(), 2);
        QVERIFY(runner.problems().isEmpty());
    }

    void alertIsSentOnceAPageAcknowledgesIt()
    {
        // No message that is not due is let through: the second page's stray one closes it,
        // which tells the test that everything it sent before has been read.
        OverlayLimits limits;
        limits.maxAlertPageMessages = 0;
        OverlayServer server(Token, limits);
        QVERIFY(server.listen());
        AlertBoxRunner runner(&server);
        AlertConfig config;
        config.boxTiers = {{DonationTier::Large, {}, {}, 30}};
        runner.configure(config);
        QSignalSpy reports(&runner, &AlertActionRunner::reported);
        BoxClient page;
        BoxClient second;
        QVERIFY(page.open(alertFeedUrl(server.port(), u"chan"_s)));
        QVERIFY(second.open(alertFeedUrl(server.port(), u"chan"_s)));

        const Alert alert = alertFor(u"chan"_s, balloon(u"후원자"_s, 1000));
        runner.run(alert, 2, boxAction(), u"후원자님 별풍선 1,000개 <b>감사</b>"_s);
        QCOMPARE(statesOf(reports, alert.id), QList {AlertReport::State::Queued});
        QTRY_COMPARE(page.of(u"alert"_s).size(), 1);
        QTRY_COMPARE(second.of(u"alert"_s).size(), 1);
        const QJsonObject shown = page.of(u"alert"_s).at(0);
        QCOMPARE(shown, second.of(u"alert"_s).at(0));
        QCOMPARE(shown["id"_L1].toString(), alert.id);
        QCOMPARE(shown["tier"_L1].toString(), u"large"_s);
        QCOMPARE(shown["type"_L1].toString(), u"balloon"_s);
        QCOMPARE(shown["text"_L1].toString(), u"후원자님 별풍선 1,000개 <b>감사</b>"_s);
        QCOMPARE(shown["seconds"_L1].toInt(), 30);
        QCOMPARE(shown["event"_L1]["donation_tier"_L1].toString(), u"large"_s);
        QCOMPARE(shown["event"_L1]["count"_L1].toInt(), 1000);

        // The first acknowledgement sends it; another page's (or the same one's again) changes nothing.
        page.acknowledge(shown["play"_L1].toInteger());
        QTRY_COMPARE(lastReport(reports, alert.id).state, AlertReport::State::Sent);
        second.acknowledge(shown["play"_L1].toInteger());
        page.acknowledge(shown["play"_L1].toInteger());
        second.acknowledge(shown["play"_L1].toInteger() + 7); // not due: closes it
        QTRY_VERIFY(second.disconnected);
        QCOMPARE(second.closeCode, 1008);
        const AlertReport sent = lastReport(reports, alert.id);
        QCOMPARE(sent.actionIndex, 2);
        QCOMPARE(sent.kind, AlertAction::Kind::AlertBox);
        QCOMPARE(sent.ruleId, u"rule1"_s);
        QCOMPARE(sent.ruleName, u"Big gifts"_s);
        QVERIFY(sent.reason.isEmpty());
        QTRY_COMPARE(server.alertPageCount(u"chan"_s), 1);
        QCoreApplication::processEvents(); // any notice the engine sent before is delivered by now
        QCOMPARE(statesOf(reports, alert.id), QList({AlertReport::State::Queued, AlertReport::State::Sent}));

        runner.skip(u"chan"_s);
        QTRY_COMPARE(page.of(u"end"_s).size(), 1);
        QCOMPARE(page.of(u"end"_s).at(0)["play"_L1].toInteger(), shown["play"_L1].toInteger());
    }

    void withNoPageOpenTheAlertIsSkippedWithTheReason()
    {
        OverlayServer server(Token);
        {
            // The overlay server off: skipped at once.
            AlertBoxRunner runner(&server);
            QSignalSpy off(&runner, &AlertActionRunner::reported);
            const Alert alert = alertFor(u"chan"_s, balloon(u"a"_s, 10));
            runner.run(alert, 0, boxAction(), u"a"_s);
            QCOMPARE(statesOf(off, alert.id), QList {AlertReport::State::Skipped});
            QVERIFY(lastReport(off, alert.id).reason.contains(u"overlay is off"_s));
        }
        QVERIFY(server.listen());
        AlertBoxRunner runner(&server);
        QSignalSpy spy(&runner, &AlertActionRunner::reported);
        const Alert alert = alertFor(u"lonely"_s, balloon(u"a"_s, 10));
        runner.run(alert, 0, boxAction(), u"a"_s);
        QTRY_COMPARE(lastReport(spy, alert.id).state, AlertReport::State::Skipped);
        QCOMPARE(statesOf(spy, alert.id), QList({AlertReport::State::Queued, AlertReport::State::Skipped}));
        QVERIFY(lastReport(spy, alert.id).reason.contains(u"lonely"_s));
        QVERIFY(lastReport(spy, alert.id).reason.contains(u"No alert box page is open"_s));

        // A page that closes with alerts waiting: they are skipped too, not kept for later.
        auto page = std::make_unique<BoxClient>();
        QVERIFY(page->open(alertFeedUrl(server.port(), u"lonely"_s)));
        const Alert first = alertFor(u"lonely"_s, balloon(u"b"_s, 10));
        const Alert waiting = alertFor(u"lonely"_s, balloon(u"c"_s, 10));
        runner.run(first, 0, boxAction(), u"b"_s);
        runner.run(waiting, 0, boxAction(), u"c"_s);
        QTRY_COMPARE(page->of(u"alert"_s).size(), 1);
        page->socket.close();
        QTRY_COMPARE(lastReport(spy, waiting.id).state, AlertReport::State::Skipped);
        // The one on screen was never acknowledged: at its end it failed. (Skip ends it now.)
        runner.skip(u"lonely"_s);
        QTRY_COMPARE(lastReport(spy, first.id).state, AlertReport::State::Failed);
        QVERIFY(lastReport(spy, first.id).reason.contains(u"lonely"_s));
    }

    void queueHasALimitAndPlaysInOrder()
    {
        OverlayLimits limits;
        limits.maxAlertQueue = 2;
        OverlayServer server(Token, limits);
        QVERIFY(server.listen());
        AlertBoxRunner runner(&server);
        AlertConfig config;
        config.boxTiers = {{DonationTier::Small, {}, {}, 30}};
        runner.configure(config);
        QSignalSpy spy(&runner, &AlertActionRunner::reported);
        BoxClient page;
        QVERIFY(page.open(alertFeedUrl(server.port(), u"chan"_s)));
        QList<Alert> alerts;
        for (int i = 0; i < 4; ++i) {
            alerts.append(alertFor(u"chan"_s, balloon(u"n%1"_s.arg(i), 10)));
            runner.run(alerts.last(), 0, boxAction(), u"alert %1"_s.arg(i));
        }
        // One on screen, two waiting, the fourth over the limit.
        QTRY_COMPARE(lastReport(spy, alerts[3].id).state, AlertReport::State::Skipped);
        QVERIFY(lastReport(spy, alerts[3].id).reason.contains(u"too many"_s));
        QCOMPARE(lastReport(spy, alerts[2].id).reason, u"2 alert(s) ahead in the alert box"_s);
        for (int i = 0; i < 3; ++i) {
            QTRY_COMPARE(page.of(u"alert"_s).size(), i + 1);
            const QJsonObject shown = page.of(u"alert"_s).at(i);
            QCOMPARE(shown["text"_L1].toString(), u"alert %1"_s.arg(i));
            page.acknowledge(shown["play"_L1].toInteger());
            QTRY_COMPARE(lastReport(spy, alerts[i].id).state, AlertReport::State::Sent);
            runner.skip(u"chan"_s);
        }
        QTRY_COMPARE(page.of(u"end"_s).size(), 3);
        QCOMPARE(page.of(u"alert"_s).size(), 3);
    }

    void slowDownloadsOfTheBiggestFileShareItsBytes()
    {
        constexpr qint64 MiB = 1024 * 1024;
        OverlayServer server(Token);
        QVERIFY(server.listen());
        AlertBoxRunner runner(&server);
        // The largest file allowed: a PNG's signature, then padding.
        QByteArray big("\x89PNG\r\n\x1a\n", 8);
        big += QByteArray(server.limits().maxAlertFileBytes - big.size(), 'p');
        AlertConfig config;
        config.boxTiers = {{DonationTier::Huge, file(u"big.png"_s, big), {}, 6}};
        runner.configure(config);
        QVERIFY(runner.problems().isEmpty());
        const QByteArray target =
            "/alerts/files/" + runner.setup().files.at(0).id.toLatin1() + "?token=" + Token.toUtf8();
        QTRY_COMPARE(rawStatus(server.port(), target), 200);

        // Clients that ask and then read (almost) nothing: each answer waits in the server,
        // which holds at most maxAlertFileBytesInFlight of them (64 MiB) and answers the rest 503.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"alert box file not sent"_s));
        const qint64 before = heldBytes();
        constexpr int Clients = 40;
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < Clients; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->setReadBufferSize(1024);
            socket->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(socket->waitForConnected(10000));
            socket->write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            clients.push_back(std::move(socket));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.begin(), clients.end(),
                                     [](const auto &socket) { return socket->bytesAvailable() > 0; }),
            30000);
        const qint64 growth = heldBytes() - before;
        int served = 0;
        int busy = 0;
        for (const auto &socket : clients) {
            const QByteArray head = socket->peek(12);
            served += head.startsWith("HTTP/1.1 200");
            busy += head.startsWith("HTTP/1.1 503");
        }
        qInfo("%d clients each waiting for a %lld MiB file: %d answered, %d told 503; memory held grew by %lld KiB",
            Clients, big.size() / MiB, served, busy, growth / 1024);
        QCOMPARE(served + busy, Clients);
        QCOMPARE(served, int(server.limits().maxAlertFileBytesInFlight / big.size()));
        // Each answer holds a copy (Qt's responder copies the body): without the cap, 320 MiB.
        QVERIFY2(growth < server.limits().maxAlertFileBytesInFlight + 32 * MiB,
            QByteArray::number(growth / 1024).append(" KiB").constData());
        clients.clear();
        QTRY_COMPARE(server.connectionCount(), 0);
        // Once they are gone, the file is served again.
        QTRY_COMPARE(rawStatus(server.port(), target), 200);
    }

    void aPageThatKeepsTalkingIsClosed()
    {
        OverlayLimits limits;
        limits.maxAlertPageMessages = 5;
        limits.maxIncomingBytes = 512;
        OverlayServer server(Token, limits);
        QVERIFY(server.listen());
        BoxClient chatty;
        QVERIFY(chatty.open(alertFeedUrl(server.port(), u"chan"_s)));
        for (int i = 0; i < 6; ++i)
            chatty.socket.sendTextMessage(u"{\"kind\":\"shown\",\"play\":%1}"_s.arg(1000 + i));
        QTRY_VERIFY(chatty.disconnected);
        QCOMPARE(chatty.closeCode, 1008);

        // One message over the size limit: closed at once.
        BoxClient big;
        QVERIFY(big.open(alertFeedUrl(server.port(), u"chan"_s)));
        big.socket.sendTextMessage(QString(600, u'x'));
        QTRY_VERIFY(big.disconnected);
        QCOMPARE(big.closeCode, 1009);
        QTRY_COMPARE(server.alertPageCount(u"chan"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertBoxServer)
#include "tst_alertboxserver.moc"
