// The named faults are real on the wire: a stalled connection answers
// nothing (not even websocket pings) with TCP open, drop-after closes each
// connection after its JOIN, end-and-return sends 0088 and comes back with a
// new broadcast.
#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "SimTestClient.h"
#include "core/soop/PacketWriter.h"
#include "sim/FloodSession.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace soopchat;
using namespace soopchat::sim;

namespace {
// How long "nothing arrives" is watched for. Only ever used to prove an
// absence; every positive check awaits its signal.
constexpr int SilenceMs = 400;
} // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SoopSimulator> m_sim;

    void startSim(Scenario scenario, SourceKind source = SourceKind::Flood, int rate = 500)
    {
        SimulatorOptions options;
        options.scenario = scenario;
        options.source = source;
        options.rate = rate;
        options.dropAfter = 300ms;
        options.endAfter = 400ms;
        options.offlineFor = 300ms;
        m_sim = std::make_unique<SoopSimulator>(options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

private slots:
    void cleanup() { m_sim.reset(); }

    void stalledServerAnswersNoPingUntilReleased()
    {
        startSim(Scenario::Normal);
        SimChannel *channel = m_sim->channel(u"bj"_s);
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(client.handshake(channel->chatNo()));
        QTRY_VERIFY(client.floodSequence().size() >= 20);
        QSignalSpy pongs(&client.socket(), &QWebSocket::pong);
        client.socket().ping();
        QVERIFY(pongs.wait());

        m_sim->setStalled(true);
        QVERIFY(m_sim->isStalled());
        QTRY_VERIFY(m_sim->connections().value(0).stalled);
        const quint64 lastBefore = client.floodSequence().last();
        client.socket().ping();
        client.send(soop::PacketWriter::keepalive());
        QVERIFY(!pongs.wait(SilenceMs));
        QVERIFY(client.isConnected());
        QCOMPARE(m_sim->counters().keepalives, 0u);

        m_sim->setStalled(false);
        QTRY_COMPARE(pongs.size(), 2); // the held ping reaches the server now
        QTRY_COMPARE(m_sim->counters().keepalives, 1u);
        QTRY_VERIFY(client.floodSequence().last() > lastBefore + 100);
        // What the broadcast sent meanwhile is gone: a gap, not a backlog.
        const QList<quint64> numbers = client.floodSequence();
        bool gap = false;
        for (qsizetype i = 1; i < numbers.size(); ++i) {
            QVERIFY(numbers[i] > numbers[i - 1]);
            gap |= numbers[i] > numbers[i - 1] + 1;
        }
        QVERIFY(gap);
    }

    void stallScenarioGoesSilentRightAfterTheJoinReply()
    {
        startSim(Scenario::Stall);
        SimChannel *channel = m_sim->channel(u"bj"_s);
        QCOMPARE(channel->config().stall, StallMode::AfterJoin);
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(client.handshake(channel->chatNo()));
        QSignalSpy pongs(&client.socket(), &QWebSocket::pong);
        client.socket().ping();
        QVERIFY(!pongs.wait(SilenceMs));
        QCOMPARE(client.frames().size(), 2); // LOGIN and JOIN replies, nothing after
        QVERIFY(client.isConnected());
        QVERIFY(m_sim->connections().value(0).stalled);
        QVERIFY(channel->packetsGenerated() > 0); // the broadcast went on without it
        // Global release does not lift a connection's own stall.
        m_sim->setStalled(false);
        QVERIFY(!pongs.wait(SilenceMs / 2));
    }

    void newConnectionsHangWhileStalled()
    {
        startSim(Scenario::Normal);
        m_sim->setStalled(true);
        SimTestClient client;
        QSignalSpy connected(&client.socket(), &QWebSocket::connected);
        client.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(!connected.wait(SilenceMs)); // TCP is up, the upgrade answer never comes
        m_sim->setStalled(false);
        QVERIFY(client.waitConnected());
        QVERIFY(client.handshake(m_sim->channel(u"bj"_s)->chatNo()));
    }

    void dropAfterClosesEveryConnectionAfterItsJoin()
    {
        startSim(Scenario::DropAfter);
        QSignalSpy closed(m_sim.get(), &SoopSimulator::connectionClosed);
        SimChannel *channel = m_sim->channel(u"bj"_s);
        for (int round = 0; round < 2; ++round) {
            SimTestClient client;
            client.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
            QVERIFY(client.handshake(channel->chatNo()));
            QVERIFY(client.waitDisconnected());
            QTRY_COMPARE(closed.size(), round + 1);
            QCOMPARE(closed.last()[1].value<CloseReason>(), CloseReason::Dropped);
        }
        QCOMPARE(m_sim->counters().dropped, 2u);
    }

    void endAndReturnSendsBroadcastEndThenANewBroadcast()
    {
        startSim(Scenario::EndAndReturn, SourceKind::Scripted, 50);
        QSignalSpy ended(m_sim.get(), &SoopSimulator::broadcastEnded);
        QSignalSpy started(m_sim.get(), &SoopSimulator::broadcastStarted);
        SimChannel *channel = m_sim->channel(u"bj"_s);
        const QString oldChatNo = channel->chatNo();
        const QString oldBno = channel->broadcastNo();
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(client.handshake(oldChatNo));
        QVERIFY(client.waitForType(EventType::BroadcastEnd));
        QCOMPARE(client.events().last()->type, EventType::BroadcastEnd);
        QCOMPARE(ended.size(), 1);
        QVERIFY(!channel->isLive());
        QVERIFY(client.isConnected()); // the server leaves it to the client

        QVERIFY(started.wait());
        // Keep the returned broadcast on air: the scenario ends it again after
        // endAfter (400 ms), and on a loaded machine the checks below took
        // longer than that, so the last handshake found it gone.
        ChannelConfig config = channel->config();
        config.endAfter = 0ms;
        QVERIFY(channel->setConfig(config));
        QVERIFY(channel->isLive());
        QCOMPARE(started[0][0].toString(), u"bj"_s);
        QCOMPARE(started[0][1].toString(), channel->chatNo());
        QVERIFY(channel->chatNo() != oldChatNo);
        QVERIFY(channel->broadcastNo() != oldBno);
        // The old connection belongs to the ended broadcast.
        const qsizetype eventsAfterEnd = client.events().size();
        QVERIFY(!QTest::qWaitFor([&] { return client.events().size() > eventsAfterEnd; }, 200));

        SimTestClient stale;
        stale.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(stale.waitConnected());
        stale.send(soop::PacketWriter::guestLogin());
        soop::JoinRequest join;
        join.chatNo = oldChatNo;
        join.withInfo = false;
        stale.send(soop::PacketWriter::join(join));
        QVERIFY(stale.waitDisconnected());
        QCOMPARE(stale.events().last()->returnCode, 12);

        SimTestClient fresh;
        fresh.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(fresh.handshake(channel->chatNo()));
    }

    void endBroadcastAndGoLiveAreProgrammable()
    {
        startSim(Scenario::Normal);
        SimChannel *channel = m_sim->channel(u"bj"_s);
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(client.handshake(channel->chatNo()));
        m_sim->endBroadcast(u"bj"_s);
        QVERIFY(client.waitForType(EventType::BroadcastEnd));
        QCOMPARE(channel->state(), ChannelState::Offline);
        QCOMPARE(channel->listenerCount(), 0);
        m_sim->goLive(u"bj"_s);
        QVERIFY(channel->isLive());
        SimTestClient again;
        again.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(again.handshake(channel->chatNo()));
        QTRY_VERIFY(!again.floodSequence().isEmpty());
    }

    void dropConnectionsOnlyDropsThatChannel()
    {
        startSim(Scenario::Normal);
        SimTestClient a;
        a.open(SimTestClient::chatUrl(*m_sim, u"bja"_s));
        QVERIFY(a.handshake(m_sim->channel(u"bja"_s)->chatNo()));
        SimTestClient b;
        b.open(SimTestClient::chatUrl(*m_sim, u"bjb"_s));
        QVERIFY(b.handshake(m_sim->channel(u"bjb"_s)->chatNo()));
        m_sim->dropConnections(u"bja"_s);
        QVERIFY(a.waitDisconnected());
        QTRY_COMPARE(m_sim->connections().size(), 1);
        QVERIFY(b.isConnected());
        QCOMPARE(m_sim->connections().value(0).channelId, u"bjb"_s);
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
