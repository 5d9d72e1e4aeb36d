// The alert history (issue #14): every action of the recent alerts with what
// became of it, newest first, coloured per state, bounded by the history, a
// failure's reason copied; in the real main window as a dock behind View →
// Alert History. The engine's history is stood in for by an AlertHistory fed
// reports. Screenshots at 800×600 in both languages are kept in the build folder.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "core/alerts/AlertEngine.h"
#include "core/alerts/AlertHistory.h"
#include "support/TestData.h"
#include "ui/alerts/AlertFallbackNotice.h"
#include "ui/alerts/AlertHistoryModel.h"
#include "ui/alerts/AlertHistoryView.h"
#include "ui/main/AppContext.h"
#include "ui/main/MainWindow.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

// The real app's options in the test's own folder, with no platform to open
// channels on (none is needed here) and no overlay server.
AppContext::Options appOptions(const QString &folder, const QString &language)
{
    AppContext::Options options;
    options.settingsPath = folder + u"/soopchat.ini"_s;
    options.dataDir = folder + u"/data"_s;
    options.language = language;
    options.overlayServer = false;
    options.imageCacheDir = folder + u"/cache/images"_s;
    return options;
}

constexpr qint64 Now = 1'765'000'000'000; // a fixed wall clock for "retrying in N s"

AlertReport report(const QString &alertId, int action, AlertAction::Kind kind, AlertReport::State state,
    const QString &reason = {}, qint64 atMs = Now)
{
    AlertReport report;
    report.alertId = alertId;
    report.ruleId = u"r1"_s;
    report.ruleName = u"Big balloons"_s;
    report.actionIndex = action;
    report.kind = kind;
    report.targetName = kind == AlertAction::Kind::Discord ? u"#donations"_s : QString();
    report.state = state;
    report.reason = reason;
    report.atMs = atMs;
    return report;
}

QString screenshotPath(const QString &name)
{
    const QString path = testdata::buildDir() + u"/screenshots/"_s + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

// Saves what `widget` shows once every pending layout has been done.
bool saveScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return widget->grab().save(screenshotPath(name));
}

QString scaleSuffix()
{
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR");
    return scale.isEmpty() || scale == u"1"_s ? QString() : u"-"_s + scale + u"x"_s;
}

// Four alerts, one in each final state, and one retrying.
void feed(AlertHistory &history)
{
    history.add(report(u"a1"_s, 0, AlertAction::Kind::Notification, AlertReport::State::Sent, {}, Now - 60'000));
    history.add(report(u"a2"_s, 1, AlertAction::Kind::Discord, AlertReport::State::Failed,
        u"Discord answered 404: Unknown Webhook"_s, Now - 40'000));
    history.add(
        report(u"a3"_s, 0, AlertAction::Kind::Speech, AlertReport::State::Skipped, u"Cool-down"_s, Now - 20'000));
    AlertReport retrying = report(
        u"a4"_s, 1, AlertAction::Kind::Discord, AlertReport::State::Retrying, u"Rate limited (429)"_s, Now - 5'000);
    retrying.retryInMs = 30'000;
    retrying.attempt = 2;
    history.add(retrying);
}

} // namespace

class TestAlertHistory : public QObject
{
    Q_OBJECT

private slots:
    void theStatesShowNewestFirstWithTheirColours()
    {
        AlertHistory history;
        AlertHistoryView view(history);
        AlertHistoryModel *model = view.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setClock([] { return Now; });
        QVERIFY(view.findChild<QLabel *>(u"alertHistoryEmpty"_s)->isVisibleTo(&view));
        feed(history);
        QVERIFY(!view.findChild<QLabel *>(u"alertHistoryEmpty"_s)->isVisibleTo(&view));

        QCOMPARE(model->rowCount(), 4);
        const auto state = [model](int row) { return model->index(row, AlertHistoryModel::State).data().toString(); };
        QCOMPARE(state(0), u"Retrying in 25 s — Rate limited (429)"_s); // 30 s after 5 s ago
        QCOMPARE(state(1), u"Skipped: Cool-down"_s);
        QCOMPARE(state(2), u"Failed: Discord answered 404: Unknown Webhook"_s);
        QCOMPARE(state(3), u"Sent"_s);
        QCOMPARE(model->index(2, AlertHistoryModel::Action).data().toString(), u"Discord post"_s);
        QCOMPARE(model->index(2, AlertHistoryModel::Target).data().toString(), u"#donations"_s);
        QCOMPARE(model->index(2, AlertHistoryModel::Rule).data().toString(), u"Big balloons"_s);
        QCOMPARE(model->index(2, AlertHistoryModel::State).data(Qt::ForegroundRole).value<QColor>(),
            AlertHistoryModel::stateColour(AlertReport::State::Failed));
        QVERIFY(AlertHistoryModel::stateColour(AlertReport::State::Failed) !=
            AlertHistoryModel::stateColour(AlertReport::State::Sent));
        QVERIFY(!model->index(3, AlertHistoryModel::State).data(Qt::DecorationRole).value<QIcon>().isNull());

        // The clock moves on: the count-down follows.
        model->setClock([] { return Now + 10'000; });
        QCOMPARE(state(0), u"Retrying in 15 s — Rate limited (429)"_s);
        model->setClock([] { return Now + 60'000; });
        QCOMPARE(state(0), u"Retrying now — Rate limited (429)"_s);

        // The retried action is sent: its row changes in place.
        AlertReport sent = report(u"a4"_s, 1, AlertAction::Kind::Discord, AlertReport::State::Sent, {}, Now + 61'000);
        sent.attempt = 3;
        history.add(sent);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(state(0), u"Sent (attempt 3)"_s);
    }

    void theHistoryIsBounded()
    {
        AlertHistory history(3);
        AlertHistoryModel model(history);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 10; ++i)
            history.add(report(u"a%1"_s.arg(i), 0, AlertAction::Kind::Sound, AlertReport::State::Sent));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.report(0).alertId, u"a9"_s);
        QCOMPARE(model.report(2).alertId, u"a7"_s);
        history.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void aFailuresReasonIsCopied()
    {
        AlertHistory history;
        AlertHistoryView view(history);
        feed(history);
        view.resize(700, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.view()->setCurrentIndex(view.model()->index(2, 0));
        QGuiApplication::clipboard()->clear();
        QTest::keySequence(view.view(), QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Discord answered 404: Unknown Webhook"_s);
        // Without a reason, the whole row.
        view.view()->setCurrentIndex(view.model()->index(3, 0));
        view.copySelected();
        QVERIFY2(QGuiApplication::clipboard()->text().endsWith(u"\tSent"_s),
            qPrintable(QGuiApplication::clipboard()->text()));
    }

    void theTimeColumnFitsEveryTimeWithoutMeasuringRows()
    {
        AlertHistory history;
        AlertHistoryView view(history);
        feed(history);
        view.resize(700, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.view()->header();
        // Not ResizeToContents: that measures the rows again after each new entry.
        QCOMPARE(header->sectionResizeMode(AlertHistoryModel::Time), QHeaderView::Interactive);
        const int width = header->sectionSize(AlertHistoryModel::Time);
        const auto textWidth = [&view] {
            const QString time = view.model()->index(0, AlertHistoryModel::Time).data().toString();
            return QFontMetrics(view.view()->font()).horizontalAdvance(time);
        };
        QVERIFY2(width > textWidth() + 4, qPrintable(u"%1 <= %2 + 4"_s.arg(width).arg(textWidth())));
        // A larger font widens it.
        QFont larger = view.font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        view.setFont(larger);
        QVERIFY(header->sectionSize(AlertHistoryModel::Time) > width);
        QVERIFY(header->sectionSize(AlertHistoryModel::Time) > textWidth() + 4);
    }

    // Alerts the desktop could not show go to the tray, at most one message
    // per interval: the first at once, then the latest with how many more.
    void fallbackMessagesAreThrottled()
    {
        QList<std::pair<QString, QString>> shown;
        AlertFallbackNotice notice([&](const QString &summary, const QString &body) { shown.append({summary, body}); });
        notice.setIntervalMs(100);
        notice.post(u"Big balloons"_s, u"first"_s);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0), std::pair(u"Big balloons"_s, u"first"_s));
        for (int i = 2; i <= 50; ++i)
            notice.post(u"Rule %1"_s.arg(i), u"alert %1"_s.arg(i));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(notice.held(), 49);
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(shown.at(1).first, u"Rule 50"_s);
        QCOMPARE(shown.at(1).second, u"alert 50\n…and 48 more (all of them are in the Alert History)."_s);
        QCOMPARE(notice.held(), 0);
        // One more inside the next interval: shown alone, as it is.
        notice.post(u"Rule 51"_s, u"alert 51"_s);
        QCOMPARE(shown.size(), 2);
        QTRY_COMPARE(shown.size(), 3);
        QCOMPARE(shown.at(2), std::pair(u"Rule 51"_s, u"alert 51"_s));
        // Quiet for a whole interval: the next one shows at once.
        QTRY_VERIFY(!notice.isHolding());
        notice.post(u"Rule 52"_s, u"alert 52"_s);
        QCOMPARE(shown.size(), 4);
    }

    void theMainWindowShowsItFromTheViewMenu_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << u"ko"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void theMainWindowShowsItFromTheViewMenu()
    {
        QFETCH(QString, language);
        QTemporaryDir folder;
        AppContext context(appOptions(folder.path(), language));
        MainWindow window(context);
        // The window shows the app's own history, the engine's.
        AlertHistory &history = context.alerts()->history();
        AlertHistoryView *view = window.setAlertHistory(history);
        QVERIFY(view);
        view->model()->setClock([] { return Now; });
        QDockWidget *dock = window.alertHistoryDock();
        QVERIFY(dock->isHidden());

        // In the View menu, with a shortcut no other action of the window has.
        QAction *toggle = dock->toggleViewAction();
        QVERIFY(window.viewMenu()->actions().contains(toggle));
        QCOMPARE(toggle->shortcut(), QKeySequence(u"Ctrl+Shift+A"_s));
        QSet<QString> shortcuts;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcutContext() != Qt::WindowShortcut && action->shortcutContext() != Qt::ApplicationShortcut)
                continue; // a widget's own (Ctrl+C in the history's list)
            for (const QKeySequence &shortcut : action->shortcuts()) {
                const QString key = shortcut.toString();
                QVERIFY2(!shortcuts.contains(key), qPrintable(key));
                shortcuts.insert(key);
            }
        }
        QVERIFY(!dock->windowTitle().isEmpty());

        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        toggle->trigger();
        QVERIFY(dock->isVisible());
        feed(history);
        QCOMPARE(view->model()->rowCount(), 4);
        QVERIFY(saveScreenshot(&window, u"alert-history-800x600-%1%2.png"_s.arg(language, scaleSuffix())));
        QVERIFY(saveScreenshot(dock, u"alert-history-dock-%1%2.png"_s.arg(language, scaleSuffix())));
    }
};

QTEST_MAIN(TestAlertHistory)
#include "tst_alerthistory.moc"
