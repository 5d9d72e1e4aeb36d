// The CHZZK client against the CHZZK simulator on loopback (real sockets):
// each live-status answer its own state, the join and recent chat, the
// server's pings answered and the client's after silence, a drop survived
// with a Gap and without duplicates, a stalled server found out, the next
// broadcast followed when the chat id changes, the streamer's name asked once
// beside the live status (and never in its way), and the favourites' probe.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "core/chzzk/ChzzkClient.h"
#include "core/chzzk/ChzzkLiveProbe.h"
#include "core/chzzk/ChzzkResolver.h"
#include "sim/chzzk/ChzzkSimulator.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace soopchat;
using soopchat::sim::ChzzkSimulator;

namespace {
const QString Id = u"0123456789abcdef0123456789abcdef"_s;
constexpr int Wait = 20000;

// Quick timings: what a test waits for happens in well under a second.
chzzk::ClientConfig quickConfig(const QUrl &base)
{
    chzzk::ClientConfig config = chzzk::ClientConfig::forApiBase(base);
    config.firstRetryDelay = 100ms;
    config.maxRetryDelay = 400ms;
    config.minPollInterval = 100ms;
    config.lookupTimeout = 5s;
    config.connectTimeout = 2s;
    config.joinTimeout = 1s;
    return config;
}

// Everything a client said, in order.
struct Collector
{
    EventBatch events;
    QList<BroadcastInfo> broadcasts;

    explicit Collector(ChatSource &source)
    {
        QObject::connect(&source, &ChatSource::eventsReceived, [this](const EventBatch &batch) { events += batch; });
        QObject::connect(
            &source, &ChatSource::broadcastStarted, [this](const BroadcastInfo &info) { broadcasts.append(info); });
    }
    int count(EventType type) const
    {
        return int(std::count_if(events.begin(), events.end(), [type](const EventPtr &e) { return e->type == type; }));
    }
    int chatsSaying(const QString &text) const
    {
        return int(std::count_if(events.begin(), events.end(),
            [&](const EventPtr &e) { return e->type == EventType::Chat && e->text == text; }));
    }
};
} // namespace

class TestChzzkClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ChzzkSimulator> startSim(double rate = 0)
    {
        sim::ChzzkSimOptions options;
        options.rate = rate;
        options.pollPeriod = 300ms;
        auto simulator = std::make_unique<ChzzkSimulator>(options);
        QString error;
        if (!simulator->start(&error))
            qWarning() << error;
        return simulator;
    }

private slots:
    void joinsAndReadsRecentAndLiveChat()
    {
        const auto sim = startSim();
        sim->say(Id, u"before the join"_s);
        chzzk::ChzzkClient client(quickConfig(sim->apiBase()));
        client.setChannel(Id);
        Collector got(client);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        QCOMPARE(client.chatChannelId(), sim->chatChannelId(Id));
        QCOMPARE(client.status().broadcast.platform, Platform::Chzzk);
        QCOMPARE(client.status().broadcast.broadcastId, sim->chatChannelId(Id));
        QCOMPARE(got.broadcasts.size(), 1);
        // Recent chat (5101 → 15101) brings what was said before the join.
        QTRY_COMPARE_WITH_TIMEOUT(got.chatsSaying(u"before the join"_s), 1, Wait);
        QCOMPARE(sim->counters().recentRequests, 1u);
        sim->say(Id, u"after the join"_s);
        QTRY_COMPARE_WITH_TIMEOUT(got.chatsSaying(u"after the join"_s), 1, Wait);
        const auto chat = std::find_if(got.events.begin(), got.events.end(),
            [](const EventPtr &e) { return e->type == EventType::Chat && e->text == u"after the join"_s; });
        QCOMPARE((*chat)->platform, Platform::Chzzk);
        QVERIFY((*chat)->nickname.has_value());
        QCOMPARE(got.count(EventType::Gap), 0);
        QCOMPARE(got.count(EventType::Keepalive), 0); // pings and pongs are the client's business
        client.stop();
        QCOMPARE(client.status().state, ConnectionState::Stopped);
    }

    void scriptedRoomDecodesToEveryKind()
    {
        sim::ChzzkSimOptions options;
        options.rate = 200;
        ChzzkSimulator sim(options);
        QVERIFY(sim.start());
        chzzk::ChzzkClient client(quickConfig(sim.apiBase()));
        client.setChannel(Id);
        Collector got(client);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(got.count(EventType::Chat) > 100 && got.count(EventType::Cheese) > 0 &&
                (got.count(EventType::Subscription) + got.count(EventType::SubscriptionRenewal)) > 0 &&
                got.count(EventType::Blind) > 0 && got.count(EventType::AdminNotice) > 0,
            Wait);
        QCOMPARE(got.count(EventType::Malformed), 0);
        QCOMPARE(got.count(EventType::Unknown), 0);
        const auto withEmoticon = std::find_if(got.events.begin(), got.events.end(),
            [](const EventPtr &e) { return e->type == EventType::Chat && !e->details().emoticons.isEmpty(); });
        QVERIFY(withEmoticon != got.events.end());
    }

    void answersTheServersPingsAndPingsAfterSilence()
    {
        const auto sim = startSim();
        sim->setServerPingInterval(100ms);
        chzzk::ClientConfig config = quickConfig(sim->apiBase());
        config.pingAfterSilence = 300ms;
        chzzk::ChzzkClient client(config);
        client.setChannel(Id);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(sim->counters().pongsReceived >= 3, Wait);
        QVERIFY(client.counters().serverPings >= 3);
        // The server's pings are frames too: with them off, the client pings itself after silence.
        sim->setServerPingInterval(1h);
        QTRY_VERIFY_WITH_TIMEOUT(sim->counters().clientPings >= 2, Wait);
        QCOMPARE(client.status().state, ConnectionState::Live);
        QCOMPARE(client.counters().drops, 0u);
    }

    void survivesADropWithAGapAndNoDuplicates()
    {
        const auto sim = startSim();
        chzzk::ChzzkClient client(quickConfig(sim->apiBase()));
        client.setChannel(Id);
        Collector got(client);
        for (int i = 0; i < 5; ++i)
            sim->say(Id, u"old %1"_s.arg(i));
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(got.chatsSaying(u"old 4"_s), 1, Wait);
        sim->say(Id, u"live before the drop"_s);
        QTRY_COMPARE_WITH_TIMEOUT(got.chatsSaying(u"live before the drop"_s), 1, Wait);

        QSignalSpy joins(sim.get(), &ChzzkSimulator::joined);
        sim->setRate(Id, 0);
        sim->dropConnections();
        // Said while the client was away: recent chat brings it after the rejoin.
        sim->say(Id, u"missed 1"_s);
        sim->say(Id, u"missed 2"_s);
        QVERIFY(joins.wait(Wait));
        QTRY_COMPARE_WITH_TIMEOUT(got.chatsSaying(u"missed 2"_s), 1, Wait);
        QCOMPARE(client.status().state, ConnectionState::Live);

        // Every line exactly once: the repeated recent chat was de-duplicated.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(got.chatsSaying(u"old %1"_s.arg(i)), 1);
        QCOMPARE(got.chatsSaying(u"live before the drop"_s), 1);
        QCOMPARE(got.chatsSaying(u"missed 1"_s), 1);
        QVERIFY(client.counters().duplicates >= 6);
        QCOMPARE(client.counters().drops, 1u);
        // One gap, for the time down, before what the rejoin brought.
        QCOMPARE(got.count(EventType::Gap), 1);
        const auto gap = std::find_if(
            got.events.begin(), got.events.end(), [](const EventPtr &e) { return e->type == EventType::Gap; });
        QVERIFY((*gap)->details().gapFromMs > 0);
        QVERIFY((*gap)->details().gapToMs >= (*gap)->details().gapFromMs);
        const auto missed = std::find_if(got.events.begin(), got.events.end(),
            [](const EventPtr &e) { return e->type == EventType::Chat && e->text == u"missed 1"_s; });
        QVERIFY(gap < missed);
        QVERIFY((*gap)->sequence < (*missed)->sequence);
        QCOMPARE(got.broadcasts.size(), 1); // the same broadcast, rejoined
    }

    void findsAStalledServerAndRecovers()
    {
        const auto sim = startSim();
        chzzk::ClientConfig config = quickConfig(sim->apiBase());
        config.pingAfterSilence = 200ms;
        config.quietAfterPing = 100ms;
        config.deadAfterPing = 400ms;
        chzzk::ChzzkClient client(config);
        client.setChannel(Id);
        Collector got(client);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        QSignalSpy statuses(&client, &ChatSource::statusChanged);
        sim->setStalled(true);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Reconnecting, Wait);
        const bool sawQuiet = std::any_of(statuses.begin(), statuses.end(),
            [](const QList<QVariant> &args) { return args.at(0).value<ChannelStatus>().quietSinceMs > 0; });
        QVERIFY(sawQuiet);
        QCOMPARE(client.counters().drops, 1u);
        sim->setStalled(false);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(got.count(EventType::Gap), 1, Wait);
    }

    void rideOutAShortStallWithoutLoss()
    {
        const auto sim = startSim();
        chzzk::ClientConfig config = quickConfig(sim->apiBase());
        config.pingAfterSilence = 200ms;
        config.deadAfterPing = 5s;
        chzzk::ChzzkClient client(config);
        client.setChannel(Id);
        Collector got(client);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        sim->setStalled(true);
        sim->say(Id, u"held by the stall"_s);
        // The client pings after the silence; the stalled server does not even read it.
        QTRY_VERIFY_WITH_TIMEOUT(client.status().quietSinceMs > 0, Wait);
        sim->setStalled(false);
        QTRY_COMPARE_WITH_TIMEOUT(got.chatsSaying(u"held by the stall"_s), 1, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().quietSinceMs, 0, Wait);
        QCOMPARE(client.status().state, ConnectionState::Live);
        QCOMPARE(client.counters().drops, 0u);
        QCOMPARE(got.count(EventType::Gap), 0);
    }

    void movesToTheNextBroadcastWhenTheChatIdChanges()
    {
        const auto sim = startSim();
        sim->setPollPeriod(200ms); // the period live-status asks for
        chzzk::ChzzkClient client(quickConfig(sim->apiBase()));
        client.setChannel(Id);
        Collector got(client);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        const QString first = client.chatChannelId();
        const QString second = sim->newBroadcast(Id);
        QVERIFY(first != second);
        QTRY_COMPARE_WITH_TIMEOUT(client.chatChannelId(), second, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        QCOMPARE(got.broadcasts.size(), 2);
        QCOMPARE(got.broadcasts.last().broadcastId, second);
        QTRY_COMPARE_WITH_TIMEOUT(got.count(EventType::BroadcastStart), 1, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(got.count(EventType::Gap), 1, Wait); // its start may have been missed
        sim->say(Id, u"in the second broadcast"_s);
        QTRY_COMPARE_WITH_TIMEOUT(got.chatsSaying(u"in the second broadcast"_s), 1, Wait);
        QVERIFY(sim->counters().statusRequests >= 3);
    }

    void followsTheBroadcastEndAndItsReturn()
    {
        const auto sim = startSim();
        sim->setPollPeriod(200ms);
        chzzk::ChzzkClient client(quickConfig(sim->apiBase()));
        client.setChannel(Id);
        Collector got(client);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        sim->setState(Id, ChzzkSimulator::ChannelState::Offline);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::WaitingForLive, Wait);
        QVERIFY(client.status().nextAttemptAtMs > 0);
        sim->newBroadcast(Id);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        QCOMPARE(got.broadcasts.size(), 2);
    }

    void eachAnswerHasItsOwnState_data()
    {
        QTest::addColumn<int>("channelState");
        QTest::addColumn<int>("shown");
        QTest::addColumn<QString>("words");
        QTest::newRow("offline") << int(ChzzkSimulator::ChannelState::Offline) << int(ConnectionState::WaitingForLive)
                                 << QString();
        QTest::newRow("adult only") << int(ChzzkSimulator::ChannelState::AdultOnly)
                                    << int(ConnectionState::LoginRequired) << u"adults only"_s;
        QTest::newRow("not found") << int(ChzzkSimulator::ChannelState::NotFound) << int(ConnectionState::NotFound)
                                   << u"no CHZZK channel"_s;
        QTest::newRow("server error") << int(ChzzkSimulator::ChannelState::ServerError)
                                      << int(ConnectionState::Reconnecting) << u"HTTP 500"_s;
    }
    void eachAnswerHasItsOwnState()
    {
        QFETCH(int, channelState);
        QFETCH(int, shown);
        QFETCH(QString, words);
        const auto sim = startSim();
        sim->setState(Id, ChzzkSimulator::ChannelState(channelState));
        chzzk::ChzzkClient client(quickConfig(sim->apiBase()));
        client.setChannel(Id);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(int(client.status().state), shown, Wait);
        QVERIFY2(client.status().detail.contains(words), qPrintable(client.status().detail));
        if (ConnectionState(shown) == ConnectionState::LoginRequired)
            QCOMPARE(client.status().restriction, AccessRestriction::AdultVerification);
        QCOMPARE(sim->counters().joins, 0u);
        // Each of them clears when the channel goes live (not found stops for good, as for SOOP).
        if (ConnectionState(shown) != ConnectionState::NotFound) {
            sim->setState(Id, ChzzkSimulator::ChannelState::Live);
            QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        }
    }

    void namesTheChannelAfterItsStreamer()
    {
        const auto sim = startSim();
        chzzk::ChzzkClient client(quickConfig(sim->apiBase()));
        client.setChannel(Id);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        const QString name = sim->channelName(Id);
        QVERIFY(!name.isEmpty() && name != Id);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().broadcast.channelName, name, Wait);
        QCOMPARE(client.status().broadcast.channelId, Id);
        // Asked once per channel: not again after a drop, nor after a restart, and the name stays.
        sim->dropConnections();
        QTRY_VERIFY_WITH_TIMEOUT(client.counters().connections >= 2, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        client.stop();
        client.start();
        QCOMPARE(client.status().broadcast.channelName, name);
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        QCOMPARE(client.status().broadcast.channelName, name);
        QCOMPARE(sim->counters().channelInfoRequests, 1u);
        QVERIFY(sim->counters().statusRequests >= 3);
    }

    void aNamelessChannelKeepsItsIdAndJoinsAllTheSame_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("why"); // what the resolver logs
        QTest::newRow("server error") << int(ChzzkSimulator::ChannelInfoFault::ServerError) << u"HTTP 500"_s;
        QTest::newRow("no name") << int(ChzzkSimulator::ChannelInfoFault::NoName) << u"no channel name"_s;
        QTest::newRow("never answered") << int(ChzzkSimulator::ChannelInfoFault::Hang) << u"no complete answer"_s;
    }
    void aNamelessChannelKeepsItsIdAndJoinsAllTheSame()
    {
        QFETCH(int, fault);
        QFETCH(QString, why);
        const auto sim = startSim();
        sim->setChannelInfoFault(ChzzkSimulator::ChannelInfoFault(fault));
        // The join does not wait for the name: live while the name's answer is still held back.
        chzzk::ChzzkClient client(quickConfig(sim->apiBase()));
        client.setChannel(Id);
        Collector got(client);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        QCOMPARE(got.broadcasts.size(), 1);
        QCOMPARE(sim->counters().channelInfoRequests, 1u);
        QVERIFY(client.status().broadcast.channelName.isEmpty());

        // The same answer to the resolver alone: no name, and why (one log line).
        QNetworkAccessManager network;
        chzzk::ChzzkResolver resolver(&network, chzzk::Endpoints::forBase(sim->apiBase()));
        resolver.setTimeout(500ms);
        QSignalSpy answered(&resolver, &chzzk::ChzzkResolver::channelInfo);
        resolver.askChannelInfo(Id);
        QVERIFY(answered.wait(Wait));
        const auto info = answered.first().first().value<chzzk::ChannelInfo>();
        QCOMPARE(info.channelId, Id);
        QVERIFY(info.channelName.isEmpty());
        QVERIFY2(info.failure.contains(why), qPrintable(info.failure));
        QCOMPARE(client.status().state, ConnectionState::Live);
        QVERIFY(client.status().broadcast.channelName.isEmpty());
    }

    void readsOnlyAPlainNameFromTheChannelAnswer()
    {
        const auto answer = [](const QJsonValue &content) {
            return QJsonDocument(
                QJsonObject {{u"code"_s, 200}, {u"message"_s, QJsonValue::Null}, {u"content"_s, content}})
                .toJson();
        };
        const auto channel = [](const QString &id, const QJsonValue &name) {
            return QJsonObject {{u"channelId"_s, id}, {u"channelName"_s, name},
                {u"channelImageUrl"_s, u"https://x/y.png"_s}, {u"verifiedMark"_s, true}};
        };
        const auto name = [](int status, const QByteArray &body) {
            return chzzk::ChzzkResolver::parseChannelInfo(status, body, Id).channelName;
        };
        const QByteArray good = answer(channel(Id, u"치즈냥"_s));
        const chzzk::ChannelInfo info = chzzk::ChzzkResolver::parseChannelInfo(200, good, Id);
        QCOMPARE(info.channelName, u"치즈냥"_s);
        QCOMPARE(info.imageUrl, u"https://x/y.png"_s);
        QVERIFY(info.verified);
        QVERIFY(info.failure.isEmpty());
        QCOMPARE(name(500, good), QString());
        QCOMPARE(name(200, "not json"), QString());
        QCOMPARE(name(200, answer(QJsonValue::Null)), QString());
        QCOMPARE(name(200, answer(channel(Id, 7))), QString());
        // Another channel's answer names nobody here.
        QCOMPARE(name(200, answer(channel(u"ffffffffffffffffffffffffffffffff"_s, u"치즈냥"_s))), QString());
        // One line of at most 100 characters, however long or broken the answer's.
        const QString shown = name(200, answer(channel(Id, QString(u"a\nb\t"_s + QString(500, u'c')))));
        QVERIFY2(shown.startsWith(u"a b c"_s), qPrintable(shown));
        QVERIFY(shown.size() <= 100);
        QVERIFY(!shown.contains(u'\n'));
    }

    void usesTheFallbackWhenRoutingFails()
    {
        const auto sim = startSim();
        sim->setRoutingFails(true);
        chzzk::ChzzkClient client(quickConfig(sim->apiBase()));
        client.setChannel(Id);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, ConnectionState::Live, Wait);
        QVERIFY(sim->counters().routingRequests >= 1);
    }

    void fallbackRuleIsTheNotes()
    {
        // kimcore's examples (notes §1.3): N2l_uf → 2, N2lpu9 → 1, N2mCT0 → 5; then the rest of 1..10.
        QCOMPARE(chzzk::ChzzkResolver::fallbackServers(u"N2l_uf"_s).first(), u"kr-ss2.chat.naver.com"_s);
        QCOMPARE(chzzk::ChzzkResolver::fallbackServers(u"N2lpu9"_s).first(), u"kr-ss1.chat.naver.com"_s);
        QCOMPARE(chzzk::ChzzkResolver::fallbackServers(u"N2mCT0"_s).first(), u"kr-ss5.chat.naver.com"_s);
        QCOMPARE(chzzk::ChzzkResolver::fallbackServers(u"N2mCT0"_s).size(), 10);
    }

    void readsTheRecordedAnswers()
    {
        const QByteArray closed =
            testdata::readFile(testdata::dataDir() + u"/fixtures/chzzk/live-status-closed.json"_s);
        const chzzk::LiveStatusAnswer answer = chzzk::ChzzkResolver::parseLiveStatus(200, closed, Id);
        QCOMPARE(answer.state, chzzk::LiveState::Offline);
        QCOMPARE(answer.pollPeriod, 10000ms);
        QVERIFY(answer.title.contains(u"PWS"_s));
        // The routing answer recorded in live-2026-09-29 (record 0).
        const QByteArray recording =
            testdata::readFile(testdata::dataDir() + u"/fixtures/chzzk/live-2026-09-29.frames.jsonl"_s);
        QStringList servers;
        for (const QByteArray &line : recording.split('\n')) {
            const QByteArray text = QJsonDocument::fromJson(line).object().value("text"_L1).toString().toUtf8();
            if (text.contains("sessionServerList"))
                servers = chzzk::ChzzkResolver::parseRouting(text);
        }
        QCOMPARE(servers.size(), 6);
        QCOMPARE(servers.first(), u"kr-ss1.chat.naver.com"_s);
        // Hostile routing answers name no path or scheme of their own.
        QVERIFY(chzzk::ChzzkResolver::parseRouting(
                    R"({"result":{"sessionServerList":["evil.example/../x","a b","ok.example:443"]}})")
                    .size() == 1);
    }

    void probeTellsLiveFromOfflineAndTheRest()
    {
        const auto sim = startSim();
        chzzk::ChzzkLiveProbe probe(quickConfig(sim->apiBase()));
        const ChannelTarget target = chzzk::ChzzkClient::neutralTarget(Id);
        const auto check = [&](ChzzkSimulator::ChannelState state) {
            sim->setState(Id, state);
            QSignalSpy done(&probe, &LiveProbe::finished);
            probe.check(target);
            if (!done.wait(Wait))
                return LiveCheck {};
            return done.first().at(1).value<LiveCheck>();
        };
        LiveCheck live = check(ChzzkSimulator::ChannelState::Live);
        QCOMPARE(live.state, LiveCheck::State::Live);
        QVERIFY(!live.title.isEmpty());
        QCOMPARE(check(ChzzkSimulator::ChannelState::Offline).state, LiveCheck::State::Offline);
        const LiveCheck adult = check(ChzzkSimulator::ChannelState::AdultOnly);
        QCOMPARE(adult.state, LiveCheck::State::Live);
        QCOMPARE(adult.reason, LiveCheck::Reason::LoginRequired);
        QCOMPARE(check(ChzzkSimulator::ChannelState::NotFound).reason, LiveCheck::Reason::NotFound);
        QCOMPARE(check(ChzzkSimulator::ChannelState::ServerError).reason, LiveCheck::Reason::NetworkError);
        QCOMPARE(sim->counters().joins, 0u);
        // The streamer's name, asked once beside the first check.
        QCOMPARE(live.channelName, sim->channelName(Id));
        QCOMPARE(check(ChzzkSimulator::ChannelState::Live).channelName, sim->channelName(Id));
        QCOMPARE(sim->counters().channelInfoRequests, 1u);
    }

    void replaysTheRecordedFrames()
    {
        const auto sim = startSim();
        QString error;
        QVERIFY2(sim->setReplay(Id, testdata::dataDir() + u"/fixtures/chzzk/live-2026-09-29.frames.jsonl"_s, &error),
            qPrintable(error));
        chzzk::ChzzkClient client(quickConfig(sim->apiBase()));
        client.setChannel(Id);
        Collector got(client);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(got.count(EventType::Chat) >= 20, Wait);
        QCOMPARE(got.count(EventType::Malformed), 0);
    }
};

QTEST_GUILESS_MAIN(TestChzzkClient)
#include "tst_chzzkclient.moc"
