// SoopClient against a server that breaks the rules on purpose
// (sim/HostileServer): an 800 MB live-API answer, an answer that drips a byte
// at a time, an 800 MB websocket frame, a frame that drips without pongs.
// Each ends in a clear status and a retry, with memory bounded.
#include <QSignalSpy>
#include <QTest>

#include "core/soop/SoopClient.h"
#include "sim/HostileServer.h"
#include "support/ProcessMemory.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace std::chrono_literals;
using sim::HostileServer;

namespace {

constexpr int Timeout = 30'000;
constexpr qint64 MemoryBound = 64 * 1024 * 1024; // far below what the server offers (800 MB)

soop::ClientConfig configFor(const HostileServer &server)
{
    soop::ClientConfig config = soop::ClientConfig::forApiBase(server.apiBase());
    config.endpoints.stationApi = {server.apiBase()};
    config.lookupTimeout = 5s;
    config.connectTimeout = 5s;
    config.handshakeTimeout = 5s;
    config.pingInterval = 100ms;
    config.quietAfter = 200ms;
    config.silenceTimeout = 800ms;
    config.maxRetryDelay = 60s; // one failure is enough to look at
    config.firstRetryDelay = 30s;
    return config;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void aHugeLiveApiAnswerIsRefusedWithMemoryBounded()
    {
        HostileServer server(HostileServer::Mode::HugeAnswer);
        QVERIFY(server.listen());
        soop::SoopClient client(configFor(server));
        const qint64 before = heldBytes();
        client.start(soop::ChannelTarget {u"hostile"_s});
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Reconnecting, Timeout);
        QVERIFY2(client.status().detail.contains(u"larger than"_s), qPrintable(client.status().detail));
        QVERIFY2(heldBytes() - before < MemoryBound, qPrintable(QString::number(heldBytes() - before)));
        QVERIFY(server.bytesSent() < 100LL * 1024 * 1024);
        qInfo("answer refused after %lld KiB were sent; memory held grew %lld KiB", server.bytesSent() / 1024,
            (heldBytes() - before) / 1024);
    }

    void aDrippingLiveApiAnswerMeetsItsDeadline()
    {
        HostileServer server(HostileServer::Mode::DripAnswer);
        server.setDripInterval(50); // a few hundred bytes: many seconds in all, never silent for long
        QVERIFY(server.listen());
        soop::ClientConfig config = configFor(server);
        config.lookupTimeout = 1s;
        soop::SoopClient client(config);
        client.start(soop::ChannelTarget {u"hostile"_s});
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Reconnecting, Timeout);
        QVERIFY2(client.status().detail.contains(u"no complete answer"_s), qPrintable(client.status().detail));
    }

    void aHugeWebSocketFrameIsRefusedWithMemoryBounded()
    {
        HostileServer server(HostileServer::Mode::HugeFrame);
        QVERIFY(server.listen());
        QSignalSpy joined(&server, &HostileServer::joined);
        soop::SoopClient client(configFor(server));
        const qint64 before = heldBytes();
        client.start(soop::ChannelTarget {u"hostile"_s});
        QVERIFY(joined.wait(Timeout));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Reconnecting, Timeout);
        QVERIFY2(client.status().detail.contains(u"larger than 4 MiB"_s), qPrintable(client.status().detail));
        QVERIFY2(heldBytes() - before < MemoryBound, qPrintable(QString::number(heldBytes() - before)));
        QCOMPARE(client.counters().drops, 1u);
        qInfo("frame refused after %lld KiB were sent; memory held grew %lld KiB", server.bytesSent() / 1024,
            (heldBytes() - before) / 1024);
    }

    void aFrameThatDripsWithoutPongsIsDroppedAsSilent()
    {
        HostileServer server(HostileServer::Mode::DripFrame);
        server.setDripInterval(100);
        QVERIFY(server.listen());
        QSignalSpy joined(&server, &HostileServer::joined);
        soop::SoopClient client(configFor(server));
        client.start(soop::ChannelTarget {u"hostile"_s});
        QVERIFY(joined.wait(Timeout));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Reconnecting, Timeout);
        QVERIFY2(client.status().detail.contains(u"stopped answering"_s), qPrintable(client.status().detail));
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
