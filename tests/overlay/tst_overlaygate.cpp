// The overlay server against clients that are not browser sources: huge and
// endless request heads, silent and half-sent connections, floods from one
// address and from many, bodies, pages of another origin (also in headless
// Chromium), and the chat staying reachable through all of it (issue #12).
// Limits and timeouts are made small through OverlayLimits; nothing here
// asserts how long anything takes.
#include <QDeadlineTimer>
#include <QDir>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <sys/resource.h>
#include <unistd.h>

#include "ChromiumPage.h"
#include "OverlayTestSupport.h"
#include "core/channel/ChatSources.h"
#include "core/overlay/OverlayServer.h"
#include "core/util/FileLimits.h"
#include "sim/SoopSimulator.h"
#include "support/ProcessMemory.h"
#include "wiring/ServiceSources.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace overlaytest;

namespace {

const QString Token = u"test-token-0123456789abcdefghijklmnopqrstuvwxyz"_s;
constexpr qint64 MiB = 1024 * 1024;

// A plain TCP client on the test's thread that keeps what it receives.
class RawClient : public QObject
{
public:
    explicit RawClient(QObject *parent = nullptr) : QObject(parent)
    {
        connect(&socket, &QTcpSocket::readyRead, this, [this] { received += socket.readAll(); });
        connect(&socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
        connect(&socket, &QTcpSocket::errorOccurred, this, [this] {
            received += socket.readAll();
            closed = true;
        });
    }
    bool connectTo(quint16 port, const QHostAddress &from = {})
    {
        if (!from.isNull() && !socket.bind(from))
            return false;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(10000);
    }
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;
};

// Sends `prefix`, then header bytes until the server closes the connection or
// `maxBytes` went out (then ends the head); never holds much itself. Returns
// the bytes sent and the highest resident size seen meanwhile.
struct Streamed
{
    qint64 sent = 0;
    qint64 peakResident = 0;
};
Streamed streamHeader(RawClient &client, const QByteArray &prefix, qint64 maxBytes)
{
    Streamed result;
    client.socket.write(prefix);
    const QByteArray chunk(64 * 1024, 'a');
    int round = 0;
    while (!client.closed && result.sent < maxBytes) {
        if (client.socket.bytesToWrite() < 4 * chunk.size()) {
            client.socket.write(chunk);
            result.sent += chunk.size();
        } else {
            client.socket.waitForBytesWritten(50);
        }
        QCoreApplication::processEvents();
        if (++round % 32 == 0)
            result.peakResident = std::max(result.peakResident, heldBytes());
    }
    if (!client.closed)
        client.socket.write("\r\n\r\n");
    return result;
}

struct HttpReply
{
    int status = 0;
    QByteArray body;
};

HttpReply httpGet(const QUrl &url, const QByteArray &origin = {})
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    if (!origin.isEmpty())
        request.setRawHeader("Origin", origin);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

QByteArray rawRequest(quint16 port, const QByteArray &request, const QHostAddress &from = {})
{
    RawClient client;
    if (!client.connectTo(port, from))
        return "(no connection)";
    client.socket.write(request);
    if (!QTest::qWaitFor([&client] { return client.closed; }, 20000))
        qWarning("the server did not close the connection within 20 s");
    return client.received;
}

int statusOf(const QByteArray &response)
{
    static const QRegularExpression statusLine(u"^HTTP/1\\.[01] (\\d{3})"_s);
    const auto match = statusLine.match(QString::fromLatin1(response.left(32)));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QByteArray pageRequest(quint16 port, const QByteArray &extraHeaders = {})
{
    return "GET /overlay/chan?token=" + Token.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
        "\r\n" + extraHeaders + "\r\n";
}

OverlayLimits quickLimits()
{
    OverlayLimits limits;
    limits.idleTimeout = std::chrono::milliseconds(300);
    limits.requestTimeout = std::chrono::milliseconds(600);
    return limits;
}

} // namespace

class TestOverlayGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // What the app does at start (and what makes the chat's room).
        const FileLimits limits = FileLimits::raiseToHard();
        QVERIFY(limits.soft == -1 || limits.soft >= 1024);
    }

    void aHugeOrEndlessHeadIsRefusedWithBoundedMemory()
    {
        OverlayLimits limits;
        limits.idleTimeout = std::chrono::milliseconds(500); // how long a refused stream is drained
        OverlayServer server(Token, limits);
        QVERIFY(server.listen());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"431 request head too large"_s));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"431 request head too large"_s));
        const qint64 before = heldBytes();

        // 16 MiB of one header: answered 431 (it used to be 200).
        RawClient sixteen;
        QVERIFY(sixteen.connectTo(server.port()));
        const Streamed first = streamHeader(sixteen, "GET /overlay/static/overlay.js HTTP/1.1\r\nX-Big: ", 16 * MiB);
        QTRY_VERIFY_WITH_TIMEOUT(sixteen.closed, 30000);
        QCOMPARE(statusOf(sixteen.received), 431);

        // A head that never ends: the connection is cut, whatever was sent.
        RawClient endless;
        QVERIFY(endless.connectTo(server.port()));
        const Streamed second = streamHeader(endless, "GET /overlay/chan HTTP/1.1\r\nX-Endless: ", 512 * MiB);
        QVERIFY2(endless.closed, "an endless head was never cut off");
        QCOMPARE(statusOf(endless.received), 431);

        const qint64 growth = std::max(first.peakResident, second.peakResident) - before;
        qInfo("sent %lld + %lld bytes of header; memory held grew by at most %lld KiB", first.sent, second.sent,
            growth / 1024);
        QVERIFY2(growth < 64 * MiB, QByteArray::number(growth / 1024).append(" KiB").constData());
        QCOMPARE(httpGet(server.overlayUrl(u"chan"_s)).status, 200);
        QTRY_COMPARE(server.connectionCount(), 0);
    }

    void tooManyHeadersOrABodyAreRefused()
    {
        OverlayLimits limits;
        limits.maxHeaderCount = 8;
        limits.maxBodyBytes = 16;
        OverlayServer server(Token, limits);
        QVERIFY(server.listen());
        const quint16 port = server.port();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"431 too many request headers"_s));
        QByteArray many;
        for (int i = 0; i < 9; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        QCOMPARE(statusOf(rawRequest(port, pageRequest(port, many))), 431);
        QCOMPARE(statusOf(rawRequest(port, pageRequest(port, "X-Few: 1\r\n"))), 200);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"413 request body too large"_s));
        QCOMPARE(
            statusOf(rawRequest(port,
                "POST /overlay/chan HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n" + QByteArray(1000, 'b'))),
            413);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"501 request bodies are not taken in chunks"_s));
        QCOMPARE(
            statusOf(rawRequest(port, "POST /overlay/chan HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")),
            501);
        // A small body is read whole, then the request is answered (only GET is served).
        QCOMPARE(
            statusOf(rawRequest(port, "POST /overlay/chan HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd")), 405);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"400 one request per connection"_s));
        QCOMPARE(statusOf(rawRequest(port, pageRequest(port) + pageRequest(port))), 400);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"400 malformed"_s));
        QCOMPARE(statusOf(rawRequest(port, "GET /x HTTP/1.1\r\n folded\r\n\r\n")), 400);
        QTRY_COMPARE(server.connectionCount(), 0);
    }

    void silentAndHalfSentConnectionsAreClosed()
    {
        OverlayServer server(Token, quickLimits());
        QVERIFY(server.listen());
        RawClient silent, halfSent, dripping;
        QVERIFY(silent.connectTo(server.port()));
        QVERIFY(halfSent.connectTo(server.port()));
        QVERIFY(dripping.connectTo(server.port()));
        halfSent.socket.write("GET /overlay/chan?token=x HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        QTRY_COMPARE(server.connectionCount(), 3);
        // A byte now and then keeps a connection from being idle, not its request from being late.
        QTimer drip;
        connect(&drip, &QTimer::timeout, &dripping, [&] { dripping.socket.write("X"); });
        drip.start(50);
        dripping.socket.write("GET /overlay/chan HTTP/1.1\r\nX-Slow: ");
        QTRY_VERIFY_WITH_TIMEOUT(silent.closed && halfSent.closed && dripping.closed, 20000);
        QCOMPARE(statusOf(silent.received), 408);
        QCOMPARE(statusOf(halfSent.received), 408);
        QCOMPARE(statusOf(dripping.received), 408);
        QTRY_COMPARE(server.connectionCount(), 0);
    }

    void connectionsArePerAddressAndInTotalCapped()
    {
        OverlayLimits limits;
        limits.maxConnectionsPerAddress = 4;
        limits.maxConnections = 6;
        OverlayServer server(Token, limits);
        QVERIFY(server.listen());
        const quint16 port = server.port();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refusing overlay connections from 127.0.0.2"_s));
        std::vector<std::unique_ptr<RawClient>> held;
        for (int i = 0; i < 5; ++i) {
            held.push_back(std::make_unique<RawClient>());
            QVERIFY(held.back()->connectTo(port, QHostAddress(u"127.0.0.2"_s)));
        }
        // The fifth from that address is refused and closed at once; this computer still gets its page.
        QTRY_VERIFY(held.back()->closed);
        QCOMPARE(statusOf(held.back()->received), 503);
        QCOMPARE(server.connectionCount(), 4);
        QCOMPARE(statusOf(rawRequest(port, pageRequest(port), QHostAddress(u"127.0.0.1"_s))), 200);

        // Another address fills the total; then everyone waits until connections go.
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<RawClient>());
            QVERIFY(held.back()->connectTo(port, QHostAddress(u"127.0.0.3"_s)));
        }
        QTRY_VERIFY(held.back()->closed);
        QCOMPARE(statusOf(held.back()->received), 503);
        QCOMPARE(server.connectionCount(), 6);
        held.clear();
        QTRY_COMPARE(server.connectionCount(), 0);
        QCOMPARE(statusOf(rawRequest(port, pageRequest(port))), 200);
    }

    void aThousandHalfOpenConnectionsLeaveTheOverlayAndTheChatWorking()
    {
        // Debian's default soft limit, which made 1,100 half-sent requests
        // take every descriptor of the app before.
        struct rlimit saved
        {
        };
        getrlimit(RLIMIT_NOFILE, &saved);
        struct rlimit debian = saved;
        debian.rlim_cur = std::min<rlim_t>(saved.rlim_cur, 1024);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &debian), 0);
        const auto restore = qScopeGuard([&] { setrlimit(RLIMIT_NOFILE, &saved); });

        OverlayServer server(Token); // the app's limits
        QVERIFY(server.listen());
        const quint16 port = server.port();
        // Hundreds of refusals are logged; they are not what this test looks at.
        QLoggingCategory::setFilterRules(u"soopchat.overlay.warning=false"_s);
        const auto logAgain = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });

        // The attacker is another program (its descriptors are not ours): this test, run as a helper.
        QProcess attacker;
        attacker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        attacker.start(
            QCoreApplication::applicationFilePath(), {u"--attack"_s, QString::number(port), u"1100"_s, u"127.0.0.2"_s});
        QVERIFY(attacker.waitForStarted());
        QVERIFY(attacker.waitForReadyRead(60000));
        const QByteArray report = attacker.readLine().trimmed();
        qInfo("attacker: %s; the overlay holds %d of them", report.constData(), server.connectionCount());
        QVERIFY2(report.startsWith("connected 1100"), report.constData());
        QVERIFY(server.connectionCount() <= server.limits().maxConnectionsPerAddress);

        // The overlay answers this computer, and a chat client connects.
        QCOMPARE(httpGet(server.overlayUrl(u"chan"_s)).status, 200);
        sim::SoopSimulator simulator;
        simulator.channel(u"gate_test_bj"_s);
        QVERIFY(simulator.start());
        const std::unique_ptr<ChatSources> sources =
            wiring::serviceSources(simulator.apiBase(), {sim::SoopSimulator::certificate()})(u"test"_s);
        const ChatSourceFactory::Parsed parsed = sources->parse(u"gate_test_bj"_s);
        QVERIFY(parsed.target);
        std::unique_ptr<ChatSource> chat = sources->create(*parsed.target);
        QVERIFY(chat);
        chat->start();
        QTRY_COMPARE_WITH_TIMEOUT(chat->status().state, ConnectionState::Live, 30000);
        chat->stop();

        attacker.closeWriteChannel();
        QVERIFY(attacker.waitForFinished(30000));
    }

    void runningOutOfDescriptorsIsSaidAndOvercome()
    {
#ifdef SOOPCHAT_ASAN
        // UndefinedBehaviorSanitizer's type check opens a pipe whenever a call
        // site meets a type it has not seen, and aborts when there is no
        // descriptor for it; its suppressions do not apply to an aborting
        // check. scripts/test.sh runs this test in the package's build.
        QSKIP("needs descriptors the sanitizers would take; scripts/test.sh runs it in build/deb");
#endif
        // In a child process (this test, run as a helper), since the whole
        // process runs out.
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"--exhaust"_s});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        qInfo("%s", output.trimmed().constData());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("problem: The overlay cannot accept connections"), output.constData());
        QVERIFY2(output.contains("recovered: 200"), output.constData());
    }

    void pagesOfAnotherOriginAreRefused()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        const quint16 port = server.port();
        const QByteArray own = "http://127.0.0.1:" + QByteArray::number(port);
        QCOMPARE(statusOf(rawRequest(port, pageRequest(port, "Origin: " + own + "\r\n"))), 200);
        QCOMPARE(statusOf(rawRequest(
                     port, pageRequest(port, "Origin: http://localhost:" + QByteArray::number(port) + "\r\n"))),
            200);
        QCOMPARE(statusOf(rawRequest(port, pageRequest(port))), 200);
        for (const QByteArray &origin : QList<QByteArray> {"http://evil.example"_ba, "null"_ba, "http://127.0.0.1:1"_ba,
                 "https://127.0.0.1:"_ba + QByteArray::number(port),
                 "http://127.0.0.1.evil.example:"_ba + QByteArray::number(port)}) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"403 a page of another origin"_s));
            QCOMPARE(statusOf(rawRequest(port, pageRequest(port, "Origin: " + origin + "\r\n"))), 403);
        }

        // The feed: a websocket's Origin is what a browser cannot forge.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"403 a page of another origin"_s));
        QWebSocket foreign(u"http://evil.example"_s);
        QSignalSpy foreignClosed(&foreign, &QWebSocket::disconnected);
        foreign.open(feedUrl(port, u"chan"_s, Token));
        QVERIFY(foreignClosed.wait(20000));
        QCOMPARE(server.clientCount(), 0);
        QWebSocket ownPage(QString::fromLatin1(own));
        QSignalSpy ownConnected(&ownPage, &QWebSocket::connected);
        ownPage.open(feedUrl(port, u"chan"_s, Token));
        QVERIFY(ownConnected.wait(20000));
        QTRY_COMPARE(server.clientCount(), 1);
    }

    void chromiumOpensTheFeedFromTheOverlayButNotFromAnotherSite()
    {
        if (ChromiumPage::executable().isEmpty())
            QSKIP(qPrintable(ChromiumPage::installHint()));
        OverlayServer server(Token);
        QVERIFY(server.listen());
        // Another site on this computer: any page that is not the overlay's.
        QTcpServer site;
        QVERIFY(site.listen(QHostAddress::LocalHost));
        connect(&site, &QTcpServer::newConnection, &site, [&site] {
            while (QTcpSocket *socket = site.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 21\r\n"
                                  "Connection: close\r\n\r\n<html>a site</html>\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });

        ChromiumPage page;
        QVERIFY2(page.start(), qPrintable(page.errorString()));
        const QString tryFeed =
            u"window.feed = 'pending'; { const ws = new WebSocket(%1); "
            "ws.onopen = () => { window.feed = 'open'; }; "
            "ws.onclose = () => { if (window.feed === 'pending') window.feed = 'refused'; }; }"_s.arg(
                u"'"_s + feedUrl(server.port(), u"chan"_s, Token).toString() + u"'"_s);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"403 a page of another origin"_s));
        QVERIFY(page.navigate(QUrl(u"http://127.0.0.1:%1/"_s.arg(site.serverPort()))));
        page.evaluate(tryFeed);
        QVERIFY(page.waitUntil(u"window.feed !== 'pending'"_s));
        QCOMPARE(page.evaluate(u"window.feed"_s).toString(), u"refused"_s);
        QCOMPARE(server.clientCount(), 0);

        // The overlay page itself (Chromium sends its own origin) gets in.
        QVERIFY(page.navigate(server.overlayUrl(u"chan"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, 20000);
        page.evaluate(tryFeed);
        QVERIFY(page.waitUntil(u"window.feed !== 'pending'"_s));
        QCOMPARE(page.evaluate(u"window.feed"_s).toString(), u"open"_s);
    }

    void aPageThatSendsTooMuchIsClosed()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        FeedClient client;
        client.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_COMPARE(server.clientCount(), 1);
        client.socket.sendBinaryMessage(QByteArray(server.limits().maxIncomingBytes * 4, 'x'));
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, 20000);
        QTRY_COMPARE(server.clientCount(), 0);
    }
};

// `--attack PORT COUNT FROM [wait]`: opens COUNT connections from address FROM
// (after a line on standard input with `wait`), each sending half a request, prints how many connected and keeps them
// until its standard input closes.
static int attack(const QStringList &args)
{
    const quint16 port = quint16(args.value(0).toUInt());
    const int count = args.value(1).toInt();
    const QHostAddress from(args.value(2));
    soopchat::FileLimits::raiseToHard();
    if (args.value(3) == "wait"_L1) {
        char go[8];
        if (::read(0, go, sizeof go) <= 0)
            return 1;
    }
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    int connected = 0;
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->bind(from);
        socket->connectToHost(QHostAddress::LocalHost, port);
        if (socket->waitForConnected(5000)) {
            ++connected;
            socket->write("GET /overlay/chan HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            socket->flush();
        }
        sockets.push_back(std::move(socket));
    }
    QCoreApplication::processEvents();
    std::printf("connected %d\n", connected);
    std::fflush(stdout);
    char buffer[16];
    while (::read(0, buffer, sizeof buffer) > 0) { }
    return 0;
}

// `--exhaust`: an overlay server in a process that has used up its files when
// clients (another process) connect; prints the problem it reports, then
// whether it answers once files are free again.
static int exhaust()
{
    OverlayServer server(Token);
    if (!server.listen())
        return 2;
    QProcess attacker; // started now: it connects when told, on its standard input
    attacker.setProcessChannelMode(QProcess::ForwardedChannels);
    attacker.start(QCoreApplication::applicationFilePath(),
        {u"--attack"_s, QString::number(server.port()), u"3"_s, u"127.0.0.1"_s, u"wait"_s});
    if (!attacker.waitForStarted())
        return 2;
    QCoreApplication::processEvents();
    if (!server.problem().isEmpty())
        return 3;

    // The overlay has served a page, as it has in use: Qt 6.4's own accepting
    // would take running out after that for a passing error (OverlayGate.h).
    if (statusOf(rawRequest(server.port(), pageRequest(server.port()))) != 200)
        return 2;

    // Every descriptor taken, as by a leak or a flood elsewhere in the app.
    struct rlimit saved
    {
    };
    getrlimit(RLIMIT_NOFILE, &saved);
    struct rlimit tight = saved;
    tight.rlim_cur = rlim_t(QDir(u"/proc/self/fd"_s).entryList(QDir::Files | QDir::System).size() + 16);
    setrlimit(RLIMIT_NOFILE, &tight);
    std::vector<int> taken;
    for (int fd = ::dup(0); fd >= 0; fd = ::dup(0))
        taken.push_back(fd);
    attacker.write("go\n");
    attacker.waitForBytesWritten(5000);

    QDeadlineTimer deadline(30000);
    while (server.problem().isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const QString problem = server.problem();
    for (int fd : taken)
        ::close(fd);
    setrlimit(RLIMIT_NOFILE, &saved);
    std::printf("problem: %s\n", qPrintable(problem));
    while (!server.problem().isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const bool recovered = server.problem().isEmpty();
    const int status = recovered ? httpGet(server.overlayUrl(u"chan"_s)).status : 0;
    std::printf("recovered: %d\n", status);
    std::fflush(stdout);
    attacker.closeWriteChannel();
    attacker.waitForFinished(10000);
    return !problem.isEmpty() && recovered && status == 200 ? 0 : 1;
}

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--exhaust") == 0) {
        QCoreApplication app(argc, argv);
        return exhaust();
    }
    if (argc > 1 && qstrcmp(argv[1], "--attack") == 0) {
        QCoreApplication app(argc, argv);
        return attack(QCoreApplication::arguments().mid(2));
    }
    QCoreApplication app(argc, argv);
    TestOverlayGate test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_overlaygate.moc"
