// SoopClient against the simulator on real sockets: the exact handshake the
// web player sends, every fault scenario ending in the right state, and no
// duplicated event across a dropped connection, with the gap reported.
#include <QSignalSpy>
#include <QTest>

#include "core/events/EventJson.h"
#include "core/soop/PacketWriter.h"
#include "core/soop/SoopClient.h"
#include "sim/FloodSession.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace std::chrono_literals;
using soopchat::ConnectionState;

namespace {

constexpr int Timeout = 15'000;

// Timings shrunk so that every scenario plays out in well under a second,
// with the same code paths as the defaults.
soop::ClientConfig fastConfig(const sim::SoopSimulator &simulator, bool trustTls = true)
{
    soop::ClientConfig config = soop::ClientConfig::forApiBase(simulator.apiBase());
    config.keepaliveInterval = 100ms;
    config.pingInterval = 100ms;
    config.quietAfter = 250ms;
    config.silenceTimeout = 600ms;
    config.connectTimeout = 3s;
    config.handshakeTimeout = 3s;
    config.lookupTimeout = 3s;
    config.firstRetryDelay = 100ms;
    config.maxRetryDelay = 400ms;
    config.stableAfter = 200ms;
    config.waitPollInterval = 150ms;
    config.offlinePollInterval = 150ms;
    config.uuid = u"0123456789abcdef"_s;
    if (trustTls)
        config.extraCaCertificates = {sim::SoopSimulator::certificate()};
    return config;
}

// Everything a client emitted, for assertions after the fact.
struct Recorder
{
    explicit Recorder(soop::SoopClient &client)
    {
        QObject::connect(
            &client, &soop::SoopClient::eventsReceived, [this](const EventBatch &batch) { events.append(batch); });
        QObject::connect(&client, &soop::SoopClient::statusChanged,
            [this](const ChannelStatus &status) { states.append(status.state); });
        QObject::connect(&client, &soop::SoopClient::broadcastStarted,
            [this](const BroadcastInfo &info) { broadcasts.append(info.broadcastId.toLongLong()); });
    }

    QList<EventPtr> ofType(EventType type) const
    {
        QList<EventPtr> found;
        for (const EventPtr &event : events) {
            if (event->type == type)
                found.append(event);
        }
        return found;
    }

    qsizetype count(EventType type) const { return ofType(type).size(); }

    EventBatch events;
    QList<ConnectionState> states;
    QList<qint64> broadcasts;
};

soop::ChannelTarget channel(const QString &id)
{
    return soop::ChannelTarget {id};
}

} // namespace

class TestClient : public QObject
{
    Q_OBJECT

private slots:
    void joinsWithTheWebPlayersExactHandshake()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        QSignalSpy logins(&simulator, &sim::SoopSimulator::loginReceived);
        QSignalSpy joins(&simulator, &sim::SoopSimulator::joinReceived);
        QSignalSpy opened(&simulator, &sim::SoopSimulator::connectionOpened);

        soop::SoopClient client(fastConfig(simulator));
        Recorder recorder(client);
        client.start(channel(u"gosegu2"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);

        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(1).value<sim::Transport>(), sim::Transport::Tls);
        QCOMPARE(client.status().transport, Transport::Tls);
        QCOMPARE(logins.size(), 1);
        QCOMPARE(logins.first().at(1).toByteArray(),
            QByteArray("\x1b\t000100000600\x0c\x0c\x0c"
                       "16\x0c"));

        const sim::SimChannel *room = simulator.channel(u"gosegu2"_s);
        soop::JoinRequest expected;
        expected.chatNo = room->chatNo();
        expected.fanTicket = room->fanTicket();
        expected.log.bps = u"8000"_s;
        expected.log.uuid = u"0123456789abcdef"_s;
        expected.log.geoCc = u"KR"_s;
        expected.log.geoRc = u"11"_s;
        expected.log.acceptLanguage = u"ko_KR"_s;
        expected.log.serviceLanguage = u"ko_KR"_s;
        QCOMPARE(joins.size(), 1);
        QCOMPARE(joins.first().at(1).toString(), u"gosegu2"_s);
        QCOMPARE(joins.first().at(2).toByteArray(), soop::PacketWriter::join(expected));

        QCOMPARE(recorder.broadcasts, QList<qint64> {room->broadcastNo().toLongLong()});
        QCOMPARE(client.status().broadcast.title, room->title());
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count(EventType::Chat) >= 5, Timeout);
        quint64 lastSequence = 0;
        for (const EventPtr &event : recorder.events) {
            QVERIFY(event->receivedAtMs > 0);
            QVERIFY(event->sequence > lastSequence);
            lastSequence = event->sequence;
        }
        QCOMPARE(recorder.count(EventType::Malformed), 0);
        QCOMPARE(recorder.states.mid(0, 4),
            (QList<ConnectionState> {ConnectionState::Resolving, ConnectionState::Connecting, ConnectionState::Joining,
                ConnectionState::Live}));
    }

    void sendsKeepalivesWhileJoined()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        QSignalSpy keepalives(&simulator, &sim::SoopSimulator::keepaliveReceived);
        soop::SoopClient client(fastConfig(simulator));
        client.start(channel(u"bj"_s));
        QVERIFY(keepalives.wait(Timeout));
        QVERIFY(keepalives.wait(Timeout));
        QCOMPARE(client.status().state, ConnectionState::Live);
    }

    void fallsBackToPlainWhenTlsIsRefusedAndRemembersIt()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        QVERIFY(simulator.setTlsRefused(true));
        QSignalSpy opened(&simulator, &sim::SoopSimulator::connectionOpened);
        soop::SoopClient client(fastConfig(simulator));
        client.start(channel(u"bj"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);
        QCOMPARE(client.status().transport, Transport::Plain);
        QCOMPARE(client.status().attempt, 0); // the fallback is immediate, not a retry

        // TLS works again, but the client goes on with what worked.
        QVERIFY(simulator.setTlsRefused(false));
        opened.clear();
        simulator.dropConnections(u"bj"_s);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, Timeout);
        QCOMPARE(opened.first().at(1).value<sim::Transport>(), sim::Transport::Plain);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);
    }

    void aCertificateErrorIsShownAndNeverDowngradedToPlain()
    {
        // A man in the middle cannot show a trusted certificate; if a
        // certificate error sent the client to plain ws, it could read and
        // change the chat. The client says what happened and retries TLS.
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        QSignalSpy opened(&simulator, &sim::SoopSimulator::connectionOpened);
        soop::SoopClient client(fastConfig(simulator, /*trustTls=*/false));
        client.start(channel(u"bj"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Reconnecting, Timeout);
        QVERIFY2(client.status().detail.contains(u"certificate"_s), qPrintable(client.status().detail));
        // It tries again, on TLS only.
        QTRY_VERIFY_WITH_TIMEOUT(client.status().attempt >= 3, Timeout);
        for (const QList<QVariant> &args : opened)
            QCOMPARE(args.at(1).value<sim::Transport>(), sim::Transport::Tls);
        QCOMPARE(client.counters().connections, 0u);
    }

    void reconnectsAfterServerDropsWithoutDuplicatesAndReportsTheGap()
    {
        sim::SimulatorOptions options;
        options.source = sim::SourceKind::Flood;
        options.rate = 3000;
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());
        soop::SoopClient client(fastConfig(simulator));
        Recorder recorder(client);
        client.start(channel(u"flood"_s));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count(EventType::Chat) >= 500, Timeout);

        simulator.dropConnections(u"flood"_s);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Reconnecting, Timeout);
        QVERIFY(client.status().nextAttemptAtMs > 0);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count(EventType::Gap) == 1, Timeout);
        const qsizetype beforeMore = recorder.count(EventType::Chat);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count(EventType::Chat) >= beforeMore + 500, Timeout);
        client.stop();

        // Flood chat is numbered: strictly increasing means nothing came twice.
        quint64 previous = 0;
        qsizetype gapAt = -1;
        quint64 beforeGap = 0;
        quint64 afterGap = 0;
        qint64 lastTimeBeforeGap = 0;
        for (qsizetype i = 0; i < recorder.events.size(); ++i) {
            const ChatEvent &event = *recorder.events[i];
            if (event.type == EventType::Gap) {
                gapAt = i;
                beforeGap = previous;
                QVERIFY(event.details().gapFromMs > 0);
                QVERIFY(event.details().gapFromMs >= lastTimeBeforeGap);
                QVERIFY(event.details().gapToMs >= event.details().gapFromMs);
                continue;
            }
            if (event.type != EventType::Chat)
                continue;
            const std::optional<quint64> number = sim::FloodSession::sequenceOf(*event.text);
            QVERIFY(number);
            QVERIFY2(*number > previous, qPrintable(u"#%1 after #%2"_s.arg(*number).arg(previous)));
            if (gapAt >= 0 && !afterGap)
                afterGap = *number;
            else if (gapAt < 0)
                lastTimeBeforeGap = event.receivedAtMs;
            previous = *number;
        }
        QVERIFY(gapAt > 0);
        // What was sent while the client was away is missing, and marked.
        QVERIFY2(afterGap > beforeGap + 1, qPrintable(u"%1 -> %2"_s.arg(beforeGap).arg(afterGap)));
        QCOMPARE(recorder.broadcasts.size(), 1); // the same broadcast: a gap, not a new session
        QCOMPARE(client.counters().drops, 1u);
    }

    void firstRetryComesWithinOneSecondAndBacksOffToTheCap()
    {
        // Nothing listens on this port: every lookup fails at once.
        soop::ClientConfig config = soop::ClientConfig::forApiBase(QUrl(u"http://127.0.0.1:9"_s));
        config.lookupTimeout = 2s;
        soop::SoopClient client(config);
        QList<qint64> delays;
        connect(&client, &soop::SoopClient::statusChanged, this, [&](const ChannelStatus &status) {
            if (status.state == ConnectionState::Reconnecting && status.nextAttemptAtMs > 0)
                delays.append(status.nextAttemptAtMs - QDateTime::currentMSecsSinceEpoch());
        });
        client.start(channel(u"bj"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!delays.isEmpty(), Timeout);
        QVERIFY2(delays.first() <= 1000, qPrintable(QString::number(delays.first())));
        QVERIFY(!client.status().detail.isEmpty());
        // Later delays grow but never pass the cap (30 s by default).
        for (int i = 0; i < 3; ++i) {
            client.retryNow();
            QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= i + 2, Timeout);
        }
        QVERIFY(delays.last() > delays.first());
        QVERIFY(delays.last() <= 30'000);
    }

    void resolverFallsBackToTheSecondDomain()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        soop::ClientConfig config = fastConfig(simulator);
        config.endpoints.liveApi = {QUrl(u"http://127.0.0.1:9"_s), simulator.apiBase()};
        soop::SoopClient client(config);
        client.start(channel(u"bj"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);
    }

    void aSilentSocketIsDroppedAndTheGapStartsAtTheLastByte()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        soop::SoopClient client(fastConfig(simulator));
        Recorder recorder(client);
        client.start(channel(u"bj"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count(EventType::Chat) >= 1, Timeout);

        QSignalSpy statuses(&client, &soop::SoopClient::statusChanged);
        simulator.setStalled(true);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Reconnecting, Timeout);
        // Before the drop, the status said the live chat had gone quiet, and since when.
        bool saidQuiet = false;
        for (const QList<QVariant> &args : statuses) {
            const auto status = args.first().value<ChannelStatus>();
            saidQuiet = saidQuiet || (status.state == ConnectionState::Live && status.quietSinceMs > 0);
        }
        QVERIFY(saidQuiet);
        QCOMPARE(client.status().quietSinceMs, 0); // a reconnect is not quiet, it says what it is
        QVERIFY2(client.status().detail.contains(u"stopped answering"_s), qPrintable(client.status().detail));
        const qint64 lastBeforeStall = recorder.events.last()->receivedAtMs;
        simulator.setStalled(false);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(EventType::Gap), 1, Timeout);
        const EventPtr gap = recorder.ofType(EventType::Gap).first();
        QVERIFY(gap->details().gapFromMs <= lastBeforeStall + 200);
        QCOMPARE(client.status().state, ConnectionState::Live);
    }

    void dropAfterScenarioKeepsComingBack()
    {
        sim::SimulatorOptions options;
        options.scenario = sim::Scenario::DropAfter;
        options.dropAfter = 300ms;
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());
        soop::SoopClient client(fastConfig(simulator));
        Recorder recorder(client);
        client.start(channel(u"bj"_s));
        QTRY_VERIFY_WITH_TIMEOUT(client.counters().connections >= 3, Timeout);
        // The join is counted at once; its gap marker is delivered with the
        // next batch of events.
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count(EventType::Gap) >= 2, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);
    }

    void damagedFramesStillDecode_data()
    {
        QTest::addColumn<sim::Scenario>("scenario");
        QTest::addColumn<bool>("expectMalformed");
        QTest::newRow("split") << sim::Scenario::Split << false;
        QTest::newRow("pack") << sim::Scenario::Pack << false;
        QTest::newRow("garbage") << sim::Scenario::Garbage << true;
    }

    void damagedFramesStillDecode()
    {
        QFETCH(sim::Scenario, scenario);
        QFETCH(bool, expectMalformed);
        sim::SimulatorOptions options;
        options.scenario = scenario;
        options.rate = 400;
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());
        soop::SoopClient client(fastConfig(simulator));
        Recorder recorder(client);
        client.start(channel(u"bj"_s));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.count(EventType::Chat) >= 100, Timeout);
        QCOMPARE(client.status().state, ConnectionState::Live);
        if (expectMalformed)
            QTRY_VERIFY_WITH_TIMEOUT(recorder.count(EventType::Malformed) > 0, Timeout);
        else
            QCOMPARE(recorder.count(EventType::Malformed), 0);
        for (const EventPtr &chat : recorder.ofType(EventType::Chat))
            QVERIFY(chat->userId && chat->nickname && chat->flags);
    }

    void anOfflineChannelIsWatchedUntilItGoesLive()
    {
        sim::SimulatorOptions options;
        options.scenario = sim::Scenario::Offline;
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());
        soop::SoopClient client(fastConfig(simulator));
        client.start(channel(u"sleepy"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::WaitingForLive, Timeout);
        QVERIFY(client.status().nextAttemptAtMs > 0); // the next check is scheduled
        simulator.goLive(u"sleepy"_s);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);
    }

    void aBroadcastEndWaitsForTheNextLiveAsANewSession()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        soop::SoopClient client(fastConfig(simulator));
        Recorder recorder(client);
        client.start(channel(u"bj"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);
        const qint64 first = client.liveInfo().broadcastNo;

        simulator.endBroadcast(u"bj"_s);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::WaitingForLive, Timeout);
        QCOMPARE(recorder.count(EventType::BroadcastEnd), 1);
        QTRY_VERIFY_WITH_TIMEOUT(client.status().nextAttemptAtMs > 0, Timeout); // an "offline" answer came
        const qint64 wentLiveAt = QDateTime::currentMSecsSinceEpoch();
        simulator.goLive(u"bj"_s);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);
        QVERIFY(client.liveInfo().broadcastNo != first);
        QCOMPARE(recorder.broadcasts.size(), 2);
        // The chat says so, once, with the new broadcast's title; not for the
        // broadcast that was on when the client first joined.
        QTRY_COMPARE_WITH_TIMEOUT(recorder.count(EventType::BroadcastStart), 1, Timeout);
        const EventPtr start = recorder.ofType(EventType::BroadcastStart).first();
        QCOMPARE(start->text, client.liveInfo().title);
        QCOMPARE(start->details().streamerId, u"bj"_s);
        QCOMPARE(EventJson::fromJson(EventJson::toJson(*start))->type, EventType::BroadcastStart);
        // Its first moments may have been missed while the client polled:
        // a gap right after the line says from when to when.
        const qsizetype at = recorder.events.indexOf(start);
        QVERIFY(at + 1 < recorder.events.size());
        const EventPtr gap = recorder.events.at(at + 1);
        QCOMPARE(gap->type, EventType::Gap);
        QVERIFY(gap->details().gapFromMs <= wentLiveAt);
        QVERIFY(gap->details().gapToMs >= wentLiveAt);
        QCOMPARE(recorder.count(EventType::Gap), 1);
    }

    void aBroadcastIsWaitedForEveryFewSecondsWithJitter()
    {
        // SOOP viewers' tools poll every few seconds after a broadcast ends
        // (docs/SOOP-PROTOCOL.md §1.5); a 30 s poll lost the start of the next one.
        const soop::ClientConfig defaults;
        QVERIFY(defaults.waitPollInterval <= 5s);
        QVERIFY(defaults.waitPollFastFor >= 5min);

        sim::SimulatorOptions options;
        options.scenario = sim::Scenario::Offline;
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());
        soop::ClientConfig config = fastConfig(simulator);
        config.waitPollInterval = 1000ms;
        config.offlinePollInterval = 60s;
        soop::SoopClient client(config);
        QSet<qint64> delays;
        connect(&client, &soop::SoopClient::statusChanged, this, [&](const ChannelStatus &status) {
            if (status.state == ConnectionState::WaitingForLive && status.nextAttemptAtMs > 0)
                delays.insert(status.nextAttemptAtMs - QDateTime::currentMSecsSinceEpoch());
        });
        client.start(channel(u"sleepy"_s));
        for (int i = 0; i < 4; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(delays.size() > i, Timeout);
            client.retryNow();
        }
        for (const qint64 delay : delays)
            QVERIFY2(delay >= 750 && delay <= 1200, qPrintable(QString::number(delay)));
        QVERIFY(delays.size() > 1); // not all the same: tabs do not ask in step
    }

    void aStalledConnectionIsDroppedAtTheSilenceTimeoutNotAtTheNextPing()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        soop::ClientConfig config = fastConfig(simulator);
        config.pingInterval = 10min; // no ping tick comes during the test
        config.quietAfter = 200ms;
        config.silenceTimeout = 500ms;
        soop::SoopClient client(config);
        client.start(channel(u"bj"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);
        QSignalSpy statuses(&client, &soop::SoopClient::statusChanged);
        simulator.setStalled(true);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Reconnecting, Timeout);
        bool saidQuiet = false;
        for (const QList<QVariant> &args : statuses)
            saidQuiet = saidQuiet || args.first().value<ChannelStatus>().quietSinceMs > 0;
        QVERIFY(saidQuiet);
    }

    void aConnectionThatAlwaysDropsEarlyDoesNotDoubleItsWaitForEver()
    {
        sim::SimulatorOptions options;
        options.scenario = sim::Scenario::DropAfter;
        options.dropAfter = 250ms;
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());
        soop::ClientConfig config = fastConfig(simulator);
        config.firstRetryDelay = 50ms;
        config.maxRetryDelay = 60s;
        config.stableAfter = 10min; // never counted stable
        soop::SoopClient client(config);
        int highestAttempt = 0;
        connect(&client, &soop::SoopClient::statusChanged, this,
            [&](const ChannelStatus &status) { highestAttempt = std::max(highestAttempt, status.attempt); });
        client.start(channel(u"bj"_s));
        QTRY_VERIFY_WITH_TIMEOUT(client.counters().connections >= 7, 30'000);
        // Each ~250 ms connection earns a retry within 200 ms (attempt 2);
        // doubling would have reached attempt 6 by now.
        QVERIFY2(highestAttempt <= 3, qPrintable(QString::number(highestAttempt)));
    }

    void endAndReturnScenarioComesBackByItself()
    {
        sim::SimulatorOptions options;
        options.scenario = sim::Scenario::EndAndReturn;
        options.endAfter = 300ms;
        options.offlineFor = 400ms;
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());
        soop::SoopClient client(fastConfig(simulator));
        Recorder recorder(client);
        client.start(channel(u"bj"_s));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.broadcasts.size() >= 2, Timeout);
        QVERIFY(recorder.states.contains(ConnectionState::WaitingForLive));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);
    }

    void aPasswordRoomAsksThenJoinsWithThePassword()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        simulator.channel(u"secret"_s)->setPassword(u"비밀1234"_s);
        QSignalSpy joins(&simulator, &sim::SoopSimulator::joinReceived);
        soop::SoopClient client(fastConfig(simulator));
        client.start(channel(u"secret"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::PasswordRequired, Timeout);
        QVERIFY(!client.status().passwordRejected);

        client.setPassword(u"wrong"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.status().passwordRejected, Timeout);
        QCOMPARE(client.status().state, ConnectionState::PasswordRequired);

        client.setPassword(u"비밀1234"_s);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);
        QVERIFY(joins.last().at(2).toByteArray().contains(QByteArray("pwd\x11" + u"비밀1234"_s.toUtf8() + "\x12")));
    }

    void wrongPasswordScenarioRejectsTheGivenPassword()
    {
        sim::SimulatorOptions options;
        options.scenario = sim::Scenario::WrongPassword;
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());
        soop::SoopClient client(fastConfig(simulator));
        client.start(channel(u"bj"_s), u"not-it"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client.status().passwordRejected, Timeout);
        QCOMPARE(client.status().state, ConnectionState::PasswordRequired);
    }

    void guestsCannotJoinLoginOnlyBroadcasts()
    {
        sim::SimulatorOptions options;
        options.scenario = sim::Scenario::LoginRequired;
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());
        soop::SoopClient client(fastConfig(simulator));
        client.start(channel(u"adult"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::LoginRequired, Timeout);
        QCOMPARE(client.status().restriction, AccessRestriction::AdultOrSubscribers);
        QVERIFY(client.status().nextAttemptAtMs > 0); // still watching
    }

    void maintenanceShowsSoopsNotice()
    {
        sim::SimulatorOptions options;
        options.scenario = sim::Scenario::Maintenance;
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());
        soop::SoopClient client(fastConfig(simulator));
        client.start(channel(u"bj"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Unavailable, Timeout);
        QVERIFY(!client.status().detail.isEmpty());
    }

    void anUnknownStreamerIsNotFound()
    {
        sim::SimulatorOptions options;
        options.scenario = sim::Scenario::NotFound;
        sim::SoopSimulator simulator(options);
        QVERIFY(simulator.start());
        soop::SoopClient client(fastConfig(simulator));
        client.start(channel(u"nobody"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::NotFound, Timeout);
        QVERIFY(client.status().detail.contains(u"nobody"_s));
    }

    void aVodAddressFindsItsStreamer()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        simulator.addVod(137520379, u"vodowner"_s, u"다시보기"_s);
        soop::SoopClient client(fastConfig(simulator));
        client.start(soop::ChannelTarget {{}, 0, 137520379});
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);
        QCOMPARE(client.status().broadcast.channelId, u"vodowner"_s);

        soop::SoopClient unknown(fastConfig(simulator));
        unknown.start(soop::ChannelTarget {{}, 0, 42});
        QTRY_COMPARE_WITH_TIMEOUT(unknown.status().state, ConnectionState::NotFound, Timeout);
    }

    void stopEndsEverythingAndDeliversWhatArrived()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        QSignalSpy closed(&simulator, &sim::SoopSimulator::connectionClosed);
        soop::SoopClient client(fastConfig(simulator));
        Recorder recorder(client);
        client.start(channel(u"bj"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Timeout);
        client.stop();
        QCOMPARE(client.status().state, ConnectionState::Stopped);
        QVERIFY(closed.wait(Timeout));
        QVERIFY(!recorder.events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
