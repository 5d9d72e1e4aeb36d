// What the simulator sends: the scripted session (realistic, every event
// kind, deterministic), the flood numbering, recorded fixtures replayed byte
// for byte, and the frame shapes (split, pack, garbage) that must still
// decode to the same events.
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>

#include "SimTestClient.h"
#include "core/events/EventJson.h"
#include "core/soop/EventStreamDecoder.h"
#include "core/soop/UserFlagBits.h"
#include "sim/FloodSession.h"
#include "sim/FrameShaper.h"
#include "sim/PacketBuilder.h"
#include "sim/RateSchedule.h"
#include "sim/ScriptedSession.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace soopchat;
using namespace soopchat::sim;

namespace {

struct Generated
{
    QByteArray bytes;
    QList<qsizetype> ends;
};

Generated generate(PacketSource &source, qsizetype packets)
{
    Generated g;
    while (g.ends.size() < packets)
        source.generate(g.bytes, g.ends);
    return g;
}

EventBatch decodeAll(const QList<QByteArray> &frames)
{
    soop::EventStreamDecoder decoder;
    EventBatch events;
    for (const QByteArray &frame : frames)
        decoder.feed(frame, events);
    decoder.finish(events);
    return events;
}

QList<QByteArray> jsonOf(const EventBatch &events, bool skipMalformed)
{
    QList<QByteArray> out;
    for (const EventPtr &event : events) {
        if (!skipMalformed || event->type != EventType::Malformed)
            out.append(EventJson::toJson(*event));
    }
    return out;
}

// A 0005 chat packet in the 2026 layout, as the simulator's own chat is built.
QByteArray chatPacket(const QString &text)
{
    QByteArray out;
    PacketBuilder p(out, 5);
    p.field(QStringView(text)).field("tester").field("0").field("0").field("-1").field(u"tester");
    p.flags(0, 0).number(-1).field("").field("").number(0).field("-1").empty().field("-1");
    p.finish();
    return out;
}

qsizetype indexOfText(const EventBatch &events, const QString &text)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events[i]->text == text)
            return i;
    }
    return -1;
}

bool consecutive(const QList<quint64> &numbers)
{
    for (qsizetype i = 1; i < numbers.size(); ++i) {
        if (numbers[i] != numbers[i - 1] + 1)
            return false;
    }
    return true;
}

} // namespace

class TestSimStream : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SoopSimulator> m_sim;

    void startSim(const SimulatorOptions &options)
    {
        m_sim = std::make_unique<SoopSimulator>(options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    static SimulatorOptions flood(int rate)
    {
        SimulatorOptions options;
        options.source = SourceKind::Flood;
        options.rate = rate;
        return options;
    }

private slots:
    void cleanup() { m_sim.reset(); }

    void scriptedSessionIsTheSameForTheSameSeed()
    {
        ScriptedSession a(7, "somebj", "스트리머");
        ScriptedSession b(7, "somebj", "스트리머");
        ScriptedSession c(8, "somebj", "스트리머");
        const Generated ga = generate(a, 3000);
        const Generated gb = generate(b, 3000);
        const Generated gc = generate(c, 3000);
        QCOMPARE(ga.bytes, gb.bytes);
        QVERIFY(ga.bytes != gc.bytes);
        // Skipping keeps the timeline: the packets after a skip are the same.
        ScriptedSession d(7, "somebj", "스트리머");
        const qint64 skipped = d.skip(1000);
        Generated rest;
        d.generate(rest.bytes, rest.ends);
        const qsizetype at = ga.ends[skipped - 1];
        QCOMPARE(rest.bytes, ga.bytes.mid(at, rest.bytes.size()));
    }

    void scriptedSessionHasEveryEventKindAndRole()
    {
        ScriptedSession session(1, "somebj", "스트리머");
        BroadcastContext context {"somebj", "스트리머", "4172"};
        session.setBroadcast(context);
        const Generated g = generate(session, 40000);
        soop::EventStreamDecoder decoder;
        EventBatch events;
        decoder.feed(g.bytes, events);
        decoder.finish(events);
        QCOMPARE(decoder.counters().malformed, 0u);
        QCOMPARE(qsizetype(decoder.counters().packets), g.ends.size());

        QSet<EventType> types;
        QSet<qint64> balloonCounts;
        Roles roles;
        bool kicked = false, frozen = false, unfrozen = false, ordinal = false, pipeNick = false, months = false;
        qsizetype chats = 0;
        for (const EventPtr &e : events) {
            types.insert(e->type);
            roles |= e->roles();
            if (e->type == EventType::Chat) {
                ++chats;
                pipeNick |= e->nickname->contains(u'|');
                months |= e->subscriptionMonths.value_or(-1) > 0;
            }
            if (e->type == EventType::Balloon) {
                balloonCounts.insert(*e->count);
                ordinal |= *e->details().fanClubOrdinal > 0;
                QCOMPARE(*e->details().streamerId, u"somebj"_s);
            }
            if (e->type == EventType::UserLeave && e->details().kicked.value_or(false))
                kicked = true;
            if (e->type == EventType::Freeze)
                (*e->details().frozen ? frozen : unfrozen) = true;
        }
        for (EventType type : {EventType::Chat, EventType::UserEnter, EventType::UserLeave, EventType::Balloon,
                 EventType::AdBalloon, EventType::VideoBalloon, EventType::Subscription, EventType::SubscriptionRenewal,
                 EventType::SubscriptionGift, EventType::Notice, EventType::Freeze, EventType::SlowMode,
                 EventType::Mute, EventType::FlagChange, EventType::ManagerChange, EventType::AdminNotice,
                 EventType::Mission, EventType::NicknameChange})
            QVERIFY2(types.contains(type), eventTypeName(type).data());
        QVERIFY(!types.contains(EventType::Unknown));
        for (qint64 count : {1, 10, 100, 1000, 10000})
            QVERIFY2(balloonCounts.contains(count), qPrintable(QString::number(count)));
        for (Role role : {Role::Host, Role::Manager, Role::TopFan, Role::FanClub, Role::Subscriber, Role::Supporter})
            QVERIFY(roles.testFlag(role));
        QVERIFY(kicked && frozen && unfrozen && ordinal && pipeNick && months);
        QVERIFY(chats > events.size() * 7 / 10); // mostly chat
        QVERIFY(g.bytes.contains("(2)\x0c") || g.bytes.contains("(3)\x0c")); // §8.4 id suffixes
        QVERIFY(g.bytes.contains("ㅋㅋㅋ"));
    }

    void scriptedLayoutsMatchTheFixtures()
    {
        // Field counts of the 2026 recordings: 0005 14, 0018 14, 0087 18, 0091 11, 0093 11.
        QHash<quint16, qsizetype> fixtureFields;
        for (const QString &file : testdata::fixtureFiles()) {
            for (const testdata::Frame &frame : testdata::fixtureFrames(file))
                fixtureFields[quint16(frame.bytes.mid(2, 4).toInt())] = frame.bytes.mid(14).count('\x0c') - 1;
        }
        QVERIFY(fixtureFields.size() >= 5);
        ScriptedSession session(3, "somebj", "스트리머");
        session.setBroadcast({"somebj", "스트리머", "4172"});
        const Generated g = generate(session, 20000);
        QSet<quint16> checked;
        for (qsizetype i = 0; i < g.ends.size(); ++i) {
            const qsizetype begin = i == 0 ? 0 : g.ends[i - 1];
            const QByteArray packet = g.bytes.mid(begin, g.ends[i] - begin);
            const quint16 service = quint16(packet.mid(2, 4).toInt());
            QCOMPARE(packet.mid(6, 6).toInt(), packet.size() - 14);
            if (fixtureFields.contains(service)) {
                QCOMPARE(packet.mid(14).count('\x0c') - 1, fixtureFields[service]);
                checked.insert(service);
            }
        }
        QCOMPARE(checked.size(), fixtureFields.size());
    }

    void floodTextCarriesTheSequence()
    {
        FloodSession flood("bj");
        const Generated g = generate(flood, 3);
        const EventBatch events = decodeAll({g.bytes});
        QCOMPARE(events.size(), 3);
        QVERIFY(events[0]->text->startsWith(u"#000001 "_s));
        QCOMPARE(FloodSession::sequenceOf(*events[2]->text), 3u);
        QCOMPARE(FloodSession::sequenceOf(u"#1234567 x"_s), 1234567u);
        QCOMPARE(FloodSession::sequenceOf(u"hello"_s), std::nullopt);
        flood.skip(1000000);
        const Generated more = generate(flood, 1);
        QCOMPARE(FloodSession::sequenceOf(*decodeAll({more.bytes})[0]->text), 1000004u);
    }

    void rateScheduleSpreadsPacketsOverTicks()
    {
        RateSchedule schedule;
        schedule.configure(50000, {});
        schedule.restart(0ms);
        QCOMPARE(schedule.due(5ms), 250);
        schedule.configure(1, {});
        qint64 total = 0;
        for (int t = 10; t <= 3000; t += 5)
            total += schedule.due(std::chrono::milliseconds(5005 + t));
        QCOMPARE(total, 3);

        BurstConfig burst;
        burst.factor = 10;
        burst.every = 1000ms;
        burst.length = 100ms;
        schedule.configure(100, burst);
        schedule.restart(0ms);
        QCOMPARE(schedule.rateAt(50ms), 1000.0);
        QCOMPARE(schedule.rateAt(500ms), 100.0);
        QCOMPARE(schedule.rateAt(1050ms), 1000.0);
    }

    void frameShapesDecodeToTheSameEvents_data()
    {
        QTest::addColumn<int>("shapes");
        QTest::newRow("split") << int(FrameShape::Split);
        QTest::newRow("pack") << int(FrameShape::Pack);
        QTest::newRow("garbage") << int(FrameShape::Garbage);
        QTest::newRow("all") << int(FrameShape::Split | FrameShape::Pack | FrameShape::Garbage);
    }

    void frameShapesDecodeToTheSameEvents()
    {
        QFETCH(int, shapes);
        ScriptedSession session(5, "somebj", "스트리머");
        session.setBroadcast({"somebj", "스트리머", "4172"});
        const Generated g = generate(session, 3000);
        QList<QByteArray> plain;
        for (qsizetype i = 0; i < g.ends.size(); ++i) {
            const qsizetype begin = i == 0 ? 0 : g.ends[i - 1];
            plain.append(g.bytes.mid(begin, g.ends[i] - begin));
        }

        FrameShaper shaper(FrameShapes(shapes), 11);
        QList<QByteArray> frames;
        // In ticks of varying size, as the channel delivers them.
        for (qsizetype first = 0, step = 1; first < g.ends.size(); first += step, step = step % 7 + 1) {
            shaper.shape(g.bytes, g.ends, first, std::min(first + step, g.ends.size()), FrameShaper::Garbage::Allowed,
                [&](QByteArrayView frame) { frames.append(frame.toByteArray()); });
        }
        const EventBatch expected = decodeAll(plain);
        const EventBatch actual = decodeAll(frames);
        QCOMPARE(jsonOf(actual, true), jsonOf(expected, false));

        const auto packetsIn = [](const QByteArray &frame) { return frame.count("\x1b\t"); };
        if (shapes == int(FrameShape::Split))
            QVERIFY(frames.size() > plain.size());
        if (shapes & int(FrameShape::Split)) {
            QVERIFY(
                std::any_of(frames.begin(), frames.end(), [](const QByteArray &f) { return !f.startsWith('\x1b'); }));
        }
        if (shapes == int(FrameShape::Pack)) {
            QVERIFY(frames.size() < plain.size());
            QVERIFY(std::any_of(frames.begin(), frames.end(), [&](const QByteArray &f) { return packetsIn(f) >= 3; }));
        }
        if (shapes & int(FrameShape::Garbage)) {
            QVERIFY(shaper.garbageFrames() > 0);
            QVERIFY(actual.size() > expected.size()); // the malformed items
        } else {
            QCOMPARE(actual.size(), expected.size());
        }
    }

    void shapedChannelsStillDeliverEveryPacketInOrder_data()
    {
        QTest::addColumn<int>("shapes");
        QTest::newRow("split") << int(FrameShape::Split);
        QTest::newRow("pack") << int(FrameShape::Pack);
        QTest::newRow("garbage") << int(FrameShape::Garbage);
    }

    void shapedChannelsStillDeliverEveryPacketInOrder()
    {
        QFETCH(int, shapes);
        startSim(flood(2000));
        SimChannel *channel = m_sim->channel(u"bj"_s);
        channel->setShapes(FrameShapes(shapes));
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(client.handshake(channel->chatNo()));
        QTRY_VERIFY_WITH_TIMEOUT(client.floodSequence().size() >= 500, 20000);
        const QList<quint64> numbers = client.floodSequence();
        QVERIFY(consecutive(numbers));
        const qsizetype packets = client.events().size() - client.malformedCount();
        if (shapes == int(FrameShape::Split))
            QVERIFY(client.frames().size() > packets);
        if (shapes == int(FrameShape::Pack))
            QVERIFY(client.frames().size() < packets);
        if (shapes == int(FrameShape::Garbage))
            QVERIFY(client.malformedCount() > 0);
        else
            QCOMPARE(client.malformedCount(), 0);
    }

    void replayReproducesEachFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rate");
        for (const QString &file : testdata::fixtureFiles()) {
            QTest::newRow(qPrintable(file + u" at a rate"_s)) << file << 500;
            QTest::newRow(qPrintable(file + u" on its own timing"_s)) << file << 0;
        }
    }

    void replayReproducesEachFixture()
    {
        QFETCH(QString, file);
        QFETCH(int, rate);
        const QList<testdata::Frame> fixture = testdata::fixtureFrames(file);
        SimulatorOptions options;
        options.source = SourceKind::Replay;
        options.replayFile = testdata::dataDir() + u"/fixtures/"_s + file;
        options.rate = rate;
        options.replaySpeed = 2000; // on its own timing: a 20-minute recording in well under a second a pass
        startSim(options);
        SimChannel *channel = m_sim->channel(u"bj"_s);
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(client.handshake(channel->chatNo()));
        const qsizetype handshakeFrames = 2; // LOGIN and JOIN replies; a recording has no user list
        QTRY_VERIFY_WITH_TIMEOUT(client.frames().size() >= handshakeFrames + 2 * fixture.size(), 20000);
        const QList<QByteArray> received = client.frames().mid(handshakeFrames);

        // Joined somewhere in a loop: the frames are the recording rotated.
        qsizetype offset = -1;
        for (qsizetype k = 0; k < fixture.size() && offset < 0; ++k) {
            if (fixture[k].bytes == received[0])
                offset = k;
        }
        QVERIFY(offset >= 0);
        for (qsizetype i = 0; i < received.size(); ++i)
            QCOMPARE(received[i], fixture[(offset + i) % fixture.size()].bytes);
        QCOMPARE(client.malformedCount(), 0);
    }

    void channelSourceCanBeSwitchedWhileLive()
    {
        SimulatorOptions options;
        options.rate = 200;
        startSim(options);
        SimChannel *channel = m_sim->channel(u"bj"_s);
        QCOMPARE(channel->config().source, SourceKind::Scripted);
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(client.handshake(channel->chatNo()));
        QVERIFY(client.waitForType(EventType::Chat));
        QString error;
        QVERIFY(!channel->setSource(SourceKind::Replay, u"/nonexistent.frames.jsonl"_s, &error));
        QVERIFY(error.contains(u"nonexistent"_s));
        QCOMPARE(channel->config().source, SourceKind::Scripted);
        QVERIFY(channel->setSource(SourceKind::Flood));
        QTRY_VERIFY(client.floodSequence().size() >= 10);
        QVERIFY(consecutive(client.floodSequence()));
        QCOMPARE(client.floodSequence().first(), 1u);
    }

    void mutedTimelineLeavesOnlySentPackets()
    {
        startSim(flood(1000));
        SimChannel *channel = m_sim->channel(u"bj"_s);
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(client.handshake(channel->chatNo()));
        QTRY_VERIFY(client.floodSequence().size() >= 10);

        channel->setTimeline(SimChannel::Timeline::Muted);
        channel->sendPacket(chatPacket(u"muted"_s)); // after whatever the timeline sent before
        QTRY_VERIFY(indexOfText(client.events(), u"muted"_s) >= 0);
        // The timeline runs on (its counter grows) while nothing of it arrives.
        const quint64 generated = channel->packetsGenerated();
        QTRY_VERIFY(channel->packetsGenerated() >= generated + 100);
        channel->sendPacket(chatPacket(u"still muted"_s));
        QTRY_VERIFY(indexOfText(client.events(), u"still muted"_s) >= 0);
        QCOMPARE(indexOfText(client.events(), u"still muted"_s), indexOfText(client.events(), u"muted"_s) + 1);

        // Delivered again, it goes on where it is now: what it made meanwhile is a gap.
        const quint64 lastHeard = client.floodSequence().last();
        channel->setTimeline(SimChannel::Timeline::Delivered);
        QTRY_VERIFY(client.floodSequence().last() > lastHeard);
        const QList<quint64> sequence = client.floodSequence();
        QVERIFY(sequence[sequence.indexOf(lastHeard) + 1] > lastHeard + 100);
    }

    void everyClientGetsTheSameTimeline()
    {
        startSim(flood(1000));
        SimChannel *channel = m_sim->channel(u"bj"_s);
        SimTestClient first;
        first.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(first.handshake(channel->chatNo()));
        QTRY_VERIFY(first.floodSequence().size() >= 50);
        SimTestClient second;
        second.open(SimTestClient::chatUrl(*m_sim, u"bj"_s, SimTestClient::Secure::Yes));
        QVERIFY(second.handshake(channel->chatNo()));
        QTRY_VERIFY(second.floodSequence().size() >= 100);
        const QList<quint64> a = first.floodSequence();
        const QList<quint64> b = second.floodSequence();
        QVERIFY(consecutive(a));
        QVERIFY(consecutive(b));
        QVERIFY(b.first() > a.first());
        QTRY_VERIFY(first.floodSequence().last() >= b.last());
        const QList<quint64> a2 = first.floodSequence();
        QCOMPARE(a2.mid(a2.indexOf(b.first()), b.size()), b);
    }

    void floodSequenceContinuesAcrossAReconnect()
    {
        startSim(flood(1000));
        SimChannel *channel = m_sim->channel(u"bj"_s);
        SimTestClient before;
        before.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(before.handshake(channel->chatNo()));
        QTRY_VERIFY(before.floodSequence().size() >= 100);
        m_sim->dropConnections(u"bj"_s);
        QVERIFY(before.waitDisconnected());
        const QList<quint64> first = before.floodSequence();

        SimTestClient after;
        after.open(SimTestClient::chatUrl(*m_sim, u"bj"_s));
        QVERIFY(after.handshake(channel->chatNo()));
        QTRY_VERIFY(after.floodSequence().size() >= 100);
        const QList<quint64> second = after.floodSequence();
        QVERIFY(consecutive(first));
        QVERIFY(consecutive(second));
        // Nothing twice; what went out while disconnected is the gap.
        QVERIFY(second.first() > first.last());
        QVERIFY(channel->packetsGenerated() >= second.last());
    }
};

QTEST_GUILESS_MAIN(TestSimStream)
#include "tst_simstream.moc"
