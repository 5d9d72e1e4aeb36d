// The money view in the real app against the simulator: the statistics panel
// says the balloons in won and the day's total with the sessions recorded
// earlier that day (before a restart), and the History says the selected
// session's day added up. Screenshots at 800x600, English and Korean, are
// left in the build folder's screenshots/ for a person to look at.
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "AppTestOptions.h"
#include "core/events/ChatEvent.h"
#include "core/store/SessionWriter.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"
#include "support/TestData.h"
#include "ui/chat/ChatListModel.h"
#include "ui/history/HistoryWindow.h"
#include "ui/history/SessionListModel.h"
#include "ui/main/AppContext.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/MainWindow.h"
#include "ui/stats/StatsPanel.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

constexpr int Timeout = 30'000;

EventPtr starBalloon(qint64 atMs, const QString &userId, qint64 count)
{
    auto e = std::make_shared<ChatEvent>();
    e->type = EventType::Balloon;
    e->receivedAtMs = atMs;
    e->userId = userId;
    e->nickname = u"후원자 "_s + userId;
    e->count = count;
    return e;
}

// One recording, as an earlier run of the app left it.
qint64 record(const QString &db, const QString &channel, const QString &broadcastNo, qint64 startMs, qint64 stars)
{
    SessionWriter writer(db);
    QSignalSpy started(&writer, &SessionWriter::sessionStarted);
    QSignalSpy flushed(&writer, &SessionWriter::flushed);
    writer.beginSession({u"soop"_s, channel, broadcastNo, u"저녁 방송"_s, u"머니방송"_s, startMs});
    writer.record({starBalloon(startMs + 1000, u"fan1"_s, stars)});
    writer.endSession(startMs + 60'000);
    writer.flush();
    if (!flushed.wait(Timeout) || started.isEmpty())
        return 0;
    return started.first().first().toLongLong();
}

void addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ko") << u"ko"_s;
}

QString shotPath(const QString &name)
{
    QDir().mkpath(testdata::buildDir() + u"/screenshots"_s);
    return testdata::buildDir() + u"/screenshots/"_s + name;
}

} // namespace

class TestMoneyView : public QObject
{
    Q_OBJECT

private:
    sim::SoopSimulator m_simulator;

private slots:
    void initTestCase() { QVERIFY(m_simulator.start()); }

    void thePanelSaysWonAndTodayWithTheEarlierSession_data() { addLanguages(); }
    void thePanelSaysWonAndTodayWithTheEarlierSession()
    {
        QFETCH(QString, language);
        QTemporaryDir folder;
        AppContext::Options options = apptest::options(folder.path(), m_simulator.apiBase(), language);
        QVERIFY(QDir().mkpath(options.dataDir));
        // Earlier today the app recorded this channel, then restarted.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 earlierStart =
            std::max(now - 120'000, QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch());
        QVERIFY(record(options.dataDir + u"/sessions.db"_s, u"money_bj"_s, u"earlier-1"_s, earlierStart, 100) > 0);

        AppContext context(options);
        MainWindow window(context);
        window.resize(800, 600);
        window.show();
        ChannelTab *tab = window.openChannel(u"money_bj"_s);
        QVERIFY(tab);
        StatsPanel *panel = tab->statsPanel();
        // The simulator's script gives star balloons now and then.
        QTRY_VERIFY_WITH_TIMEOUT(tab->stats().snapshot().totals.starBalloons > 0, Timeout);
        panel->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->dayText().isEmpty(), Timeout);
        panel->refresh();
        const SessionTotals live = panel->shownSnapshot().totals;
        const QLocale locale;
        QVERIFY2(panel->wonText().contains(locale.toString(live.starBalloons * 110)), qPrintable(panel->wonText()));
        // Today: the earlier session's 100 star balloons and this one's.
        const QString day = panel->dayText();
        QVERIFY2(day.contains(locale.toString(live.balloons + 100)), qPrintable(day));
        QVERIFY2(day.contains(locale.toString((live.starBalloons + 100) * 110)), qPrintable(day));

        tab->model()->flush();
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(shotPath(u"money-stats-800x600-%1.png"_s.arg(language))));
    }

    void theHistorySaysTheSelectedSessionsDay_data() { addLanguages(); }
    void theHistorySaysTheSelectedSessionsDay()
    {
        QFETCH(QString, language);
        QTemporaryDir folder;
        AppContext::Options options = apptest::options(folder.path(), {}, language);
        QVERIFY(QDir().mkpath(options.dataDir));
        const QString db = options.dataDir + u"/sessions.db"_s;
        const auto at = [](int day, int hour) {
            return QDateTime(QDate(2026, 11, day), QTime(hour, 0)).toMSecsSinceEpoch();
        };
        // One evening in three recordings (a restart, then an end and a return), and the next day.
        QList<qint64> ids;
        ids.append(record(db, u"money_bj"_s, u"B1"_s, at(20, 19), 100));
        ids.append(record(db, u"money_bj"_s, u"B1"_s, at(20, 20), 50));
        ids.append(record(db, u"money_bj"_s, u"B2"_s, at(20, 22), 15));
        ids.append(record(db, u"money_bj"_s, u"B3"_s, at(21, 19), 1000));
        QVERIFY(!ids.contains(0));

        AppContext context(options);
        MainWindow window(context);
        window.resize(800, 600);
        window.show();
        HistoryWindow *history = window.showHistory();
        QVERIFY(history);
        history->resize(800, 600);
        QTRY_COMPARE_WITH_TIMEOUT(history->sessionModel()->rowCount(), 4, Timeout);
        QVERIFY(history->dayTotalText().isEmpty()); // nothing selected

        // The newest first: row 1 is the evening's last recording.
        QTableView *view = history->sessionView();
        view->selectRow(1);
        const qint64 selected = view->model()->index(1, 0).data(SessionListModel::SessionIdRole).toLongLong();
        QCOMPARE(selected, ids[2]);
        const QLocale locale;
        const QString day = history->dayTotalText();
        QVERIFY2(day.contains(locale.toString(165)), qPrintable(day)); // 100 + 50 + 15 balloons
        QVERIFY2(day.contains(locale.toString(165 * 110)), qPrintable(day)); // ≈ 18,150 won
        // The session's own won figure, in its column.
        const QString won = view->model()->index(1, SessionListModel::Won).data().toString();
        QVERIFY2(won.contains(locale.toString(15 * 110)), qPrintable(won));

        view->selectRow(0); // the next day: that day alone
        QVERIFY2(history->dayTotalText().contains(locale.toString(110'000)), qPrintable(history->dayTotalText()));
        view->selectRow(1);
        QCoreApplication::processEvents();
        QVERIFY(history->grab().save(shotPath(u"money-history-800x600-%1.png"_s.arg(language))));
    }
};

QTEST_MAIN(TestMoneyView)
#include "tst_moneyview.moc"
