// The favourites' live checks against the simulator on real sockets: the
// states a check can find, a channel going live announced once, and the
// politeness rules (one check at a time, each favourite in turn, none for a
// channel open in a tab, trouble answered by asking less often, an answer's
// size capped). Counts and order are asserted, never timings.
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "core/channel/ChatSources.h"
#include "core/channel/LiveWatcher.h"
#include "core/soop/SoopSourceFactory.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace std::chrono_literals;

namespace {

constexpr int Timeout = 20'000;

// SOOP's sources as the app wires them, at the simulator's (or any) address.
std::unique_ptr<ChatSources> sourcesAt(const QUrl &apiBase)
{
    soop::ClientConfig config = soop::ClientConfig::forApiBase(apiBase);
    config.lookupTimeout = 5s;
    auto sources = std::make_unique<ChatSources>();
    sources->add(std::make_unique<soop::SoopSourceFactory>(config));
    return sources;
}

// A pace shrunk so that a test plays many rounds in a second; no jitter, so
// the order is the list's.
LiveWatcher::Pace fastPace()
{
    LiveWatcher::Pace pace;
    pace.interval = 150ms;
    pace.jitter = 0;
    pace.minimumGap = 10ms;
    pace.maxBackoff = 2s;
    return pace;
}

QList<ChannelTarget> targets(const ChatSources &sources, const QStringList &ids)
{
    QList<ChannelTarget> result;
    for (const QString &id : ids)
        result.append(*sources.parse(id).target);
    return result;
}

// What the watcher did, in order: "start:id" and "done:id".
struct Journal
{
    explicit Journal(LiveWatcher &watcher)
    {
        QObject::connect(&watcher, &LiveWatcher::checkStarted,
            [this](const ChannelTarget &target) { steps.append(u"start:"_s + target.key); });
        QObject::connect(&watcher, &LiveWatcher::checked, [this](const ChannelTarget &target, const LiveCheck &check) {
            steps.append(u"done:"_s + target.key);
            results.append({target.key, check});
        });
    }

    int checksOf(const QString &key) const { return int(steps.count(u"done:"_s + key)); }
    QStringList starts() const
    {
        QStringList keys;
        for (const QString &step : steps) {
            if (step.startsWith(u"start:"_s))
                keys.append(step.sliced(6));
        }
        return keys;
    }

    QStringList steps;
    QList<std::pair<QString, LiveCheck>> results;
};

} // namespace

class TestLiveWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_simulator.start());
        m_sources = sourcesAt(m_simulator.apiBase());
    }

    void tellsLiveOfflineAndUnknownWithTheReason()
    {
        m_simulator.channel(u"sleepy_fav"_s)->setState(sim::ChannelState::Offline);
        m_simulator.channel(u"gone_fav"_s)->setState(sim::ChannelState::NotFound);
        m_simulator.channel(u"fixing_fav"_s)->setState(sim::ChannelState::Maintenance);
        m_simulator.channel(u"adult_fav"_s)->setState(sim::ChannelState::LoginRequired);
        LiveWatcher watcher(*m_sources, fastPace());
        Journal journal(watcher);
        watcher.setChannels(
            targets(*m_sources, {u"live_fav"_s, u"sleepy_fav"_s, u"gone_fav"_s, u"fixing_fav"_s, u"adult_fav"_s}));
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(journal.results.size() >= 5, Timeout);
        watcher.stop();

        const LiveCheck live = watcher.state(u"live_fav"_s);
        QCOMPARE(live.state, LiveCheck::State::Live);
        QCOMPARE(live.reason, LiveCheck::Reason::None);
        QCOMPARE(live.title, m_simulator.channel(u"live_fav"_s)->title());
        QCOMPARE(live.channelName, m_simulator.channel(u"live_fav"_s)->nickname());
        QCOMPARE(live.viewers, qint64(-1)); // player_live_api does not say

        QCOMPARE(watcher.state(u"sleepy_fav"_s).state, LiveCheck::State::Offline);
        QVERIFY(watcher.state(u"sleepy_fav"_s).title.isEmpty());

        const LiveCheck gone = watcher.state(u"gone_fav"_s);
        QCOMPARE(gone.state, LiveCheck::State::Unknown);
        QCOMPARE(gone.reason, LiveCheck::Reason::NotFound);
        QVERIFY(gone.detail.contains(u"gone_fav"_s));

        const LiveCheck fixing = watcher.state(u"fixing_fav"_s);
        QCOMPARE(fixing.state, LiveCheck::State::Unknown);
        QCOMPARE(fixing.reason, LiveCheck::Reason::Maintenance);
        QVERIFY(fixing.detail.contains(u"점검"_s)); // the service's own notice

        const LiveCheck adult = watcher.state(u"adult_fav"_s);
        QCOMPARE(adult.state, LiveCheck::State::Live);
        QCOMPARE(adult.reason, LiveCheck::Reason::LoginRequired);
        QCOMPARE(adult.title, m_simulator.channel(u"adult_fav"_s)->title());
    }

    void aChannelGoingLiveIsAnnouncedOnce()
    {
        m_simulator.channel(u"later_fav"_s)->setState(sim::ChannelState::Offline);
        LiveWatcher watcher(*m_sources, fastPace());
        Journal journal(watcher);
        QSignalSpy wentLive(&watcher, &LiveWatcher::wentLive);
        watcher.setChannels(targets(*m_sources, {u"already_fav"_s, u"later_fav"_s}));
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(journal.checksOf(u"later_fav"_s) >= 2, Timeout);
        QCOMPARE(watcher.state(u"later_fav"_s).state, LiveCheck::State::Offline);
        QCOMPARE(wentLive.size(), 0); // live from the first look on is not "going live"

        m_simulator.goLive(u"later_fav"_s);
        QTRY_COMPARE_WITH_TIMEOUT(wentLive.size(), 1, Timeout);
        const auto target = wentLive.at(0).at(0).value<ChannelTarget>();
        const auto check = wentLive.at(0).at(1).value<LiveCheck>();
        QCOMPARE(target.key, u"later_fav"_s);
        QCOMPARE(check.title, m_simulator.channel(u"later_fav"_s)->title());
        // Still live at the next looks: nothing more.
        const int seen = journal.checksOf(u"later_fav"_s);
        QTRY_VERIFY_WITH_TIMEOUT(journal.checksOf(u"later_fav"_s) >= seen + 3, Timeout);
        QCOMPARE(wentLive.size(), 1);

        // Ends and comes back: a new broadcast, announced again, once.
        m_simulator.endBroadcast(u"later_fav"_s);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(u"later_fav"_s).state, LiveCheck::State::Offline, Timeout);
        m_simulator.goLive(u"later_fav"_s);
        QTRY_COMPARE_WITH_TIMEOUT(wentLive.size(), 2, Timeout);
        const int again = journal.checksOf(u"later_fav"_s);
        QTRY_VERIFY_WITH_TIMEOUT(journal.checksOf(u"later_fav"_s) >= again + 2, Timeout);
        QCOMPARE(wentLive.size(), 2);
        watcher.stop();
    }

    void checksOneAtATimeEachInTurnWithOneRequestEach()
    {
        const QStringList ids {u"turn_a"_s, u"turn_b"_s, u"turn_c"_s};
        m_simulator.channel(u"turn_c"_s)->setState(sim::ChannelState::Offline);
        LiveWatcher watcher(*m_sources, fastPace());
        Journal journal(watcher);
        watcher.setChannels(targets(*m_sources, ids));
        const quint64 requestsBefore = m_simulator.counters().apiRequests;
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(journal.results.size() >= 12, Timeout);
        watcher.stop();
        const quint64 requests = m_simulator.counters().apiRequests - requestsBefore;

        // Never a second check before the first has its answer.
        for (qsizetype i = 0; i + 1 < journal.steps.size(); i += 2) {
            QVERIFY2(journal.steps.at(i).startsWith(u"start:"_s), qPrintable(journal.steps.join(u' ')));
            QCOMPARE(journal.steps.at(i + 1), u"done:"_s + journal.steps.at(i).sliced(6));
        }
        // Every favourite once before any twice: rounds in the list's order.
        const QStringList starts = journal.starts();
        for (qsizetype i = 0; i + 3 <= starts.size(); i += 3)
            QCOMPARE(starts.mid(i, 3), ids);
        // One request a check; the offline one's existence asked once, at its first.
        QCOMPARE(requests, quint64(watcher.checksMade() + 1));
    }

    void aChannelOpenInATabIsNotChecked()
    {
        LiveWatcher watcher(*m_sources, fastPace());
        Journal journal(watcher);
        watcher.setChannels(targets(*m_sources, {u"tab_open"_s, u"tab_closed"_s}));
        watcher.setOpenChannels({u"tab_open"_s});
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(journal.checksOf(u"tab_closed"_s) >= 4, Timeout);
        QCOMPARE(journal.checksOf(u"tab_open"_s), 0);
        // Its tab closed: looked at again.
        watcher.setOpenChannels({});
        QTRY_VERIFY_WITH_TIMEOUT(journal.checksOf(u"tab_open"_s) >= 1, Timeout);
        watcher.stop();
    }

    void troubleIsAnsweredByAskingLessOften()
    {
        // A service under maintenance: that favourite's interval doubles with
        // each answer, the last good state stays shown, and one good answer
        // brings the pace back.
        LiveWatcher watcher(*m_sources, fastPace());
        Journal journal(watcher);
        watcher.setChannels(targets(*m_sources, {u"flaky_fav"_s}));
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(u"flaky_fav"_s).state, LiveCheck::State::Live, Timeout);
        QCOMPARE(watcher.currentGap(), fastPace().minimumGap);

        m_simulator.channel(u"flaky_fav"_s)->setState(sim::ChannelState::Maintenance);
        QList<std::chrono::milliseconds> intervals;
        QList<std::chrono::milliseconds> gaps;
        QObject::connect(&watcher, &LiveWatcher::checked, &watcher, [&](const ChannelTarget &target) {
            if (watcher.failures(target.key) == 0)
                return; // an answer given before the maintenance began
            intervals.append(watcher.plannedInterval(target.key));
            gaps.append(watcher.currentGap());
        });
        QTRY_VERIFY_WITH_TIMEOUT(watcher.failures(u"flaky_fav"_s) >= 3, Timeout);
        const auto interval = fastPace().interval;
        const auto gap = fastPace().minimumGap;
        QCOMPARE(intervals.mid(0, 3), (QList<std::chrono::milliseconds> {interval * 2, interval * 4, interval * 8}));
        QCOMPARE(gaps.mid(0, 3), (QList<std::chrono::milliseconds> {gap * 2, gap * 4, gap * 8}));
        const LiveCheck shown = watcher.state(u"flaky_fav"_s);
        QCOMPARE(shown.state, LiveCheck::State::Live); // the last good answer, marked
        QCOMPARE(shown.reason, LiveCheck::Reason::Maintenance);
        QVERIFY(shown.isTrouble());

        m_simulator.channel(u"flaky_fav"_s)->setState(sim::ChannelState::Live);
        QTRY_COMPARE_WITH_TIMEOUT(watcher.failures(u"flaky_fav"_s), 0, Timeout);
        QCOMPARE(watcher.plannedInterval(u"flaky_fav"_s), interval);
        QCOMPARE(watcher.currentGap(), gap);
        QCOMPARE(watcher.state(u"flaky_fav"_s).reason, LiveCheck::Reason::None);
        watcher.stop();
    }

    void anUnreachableServiceBacksOffToTheCap()
    {
        // Nobody listens: every check fails, the gap doubles up to 16 times.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl dead(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        auto sources = sourcesAt(dead);
        LiveWatcher watcher(*sources, fastPace());
        QList<std::chrono::milliseconds> gaps;
        QList<LiveCheck> checks;
        connect(&watcher, &LiveWatcher::checked, &watcher, [&](const ChannelTarget &, const LiveCheck &check) {
            gaps.append(watcher.currentGap());
            checks.append(check);
        });
        watcher.setChannels(targets(*sources, {u"net_a"_s, u"net_b"_s}));
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(gaps.size() >= 6, Timeout);
        watcher.stop();
        const auto gap = fastPace().minimumGap;
        QCOMPARE(gaps.mid(0, 6),
            (QList<std::chrono::milliseconds> {gap * 2, gap * 4, gap * 8, gap * 16, gap * 16, gap * 16}));
        for (const LiveCheck &check : std::as_const(checks)) {
            QCOMPARE(check.state, LiveCheck::State::Unknown);
            QCOMPARE(check.reason, LiveCheck::Reason::NetworkError);
            QVERIFY(!check.detail.isEmpty());
        }
        QCOMPARE(watcher.failures(u"net_a"_s), 3);
        QCOMPARE(watcher.plannedInterval(u"net_a"_s), fastPace().interval * 8);
    }

    void anOversizedAnswerIsRefused()
    {
        // An answer that never ends: cut at the resolver's cap, an unknown state, not a full memory.
        qint64 sent = 0;
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &sent] {
                socket->readAll();
                if (socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"CHANNEL\":{\"TITLE\":\"");
                const QByteArray chunk(64 * 1024, 'x');
                auto pump = [socket, chunk, &sent] {
                    while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024 &&
                        sent < 64 * 1024 * 1024) {
                        socket->write(chunk);
                        sent += chunk.size();
                    }
                };
                connect(socket, &QTcpSocket::bytesWritten, socket, pump);
                pump();
            });
        });
        auto sources = sourcesAt(QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())));
        LiveWatcher watcher(*sources, fastPace());
        QSignalSpy checked(&watcher, &LiveWatcher::checked);
        watcher.setChannels(targets(*sources, {u"huge_fav"_s}));
        watcher.start();
        QVERIFY(checked.wait(Timeout));
        watcher.stop();
        const auto check = checked.at(0).at(1).value<LiveCheck>();
        QCOMPARE(check.state, LiveCheck::State::Unknown);
        QCOMPARE(check.reason, LiveCheck::Reason::NetworkError);
        QVERIFY2(check.detail.contains(u"larger than 1024 KiB"_s), qPrintable(check.detail));
        QVERIFY(sent < 64 * 1024 * 1024); // the reading stopped, the sending with it
    }

private:
    sim::SoopSimulator m_simulator;
    std::unique_ptr<ChatSources> m_sources;
};

QTEST_MAIN(TestLiveWatcher)
#include "tst_livewatcher.moc"
