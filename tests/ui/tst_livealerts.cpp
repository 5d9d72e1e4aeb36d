// "… is live" on the desktop, in a D-Bus session of the test's own
// (tests/overlay/with-dbus.sh none): a small fake of the freedesktop
// notification service answers Notify and invokes the "default" action; the
// real main window, against the simulator, opens the channel's tab. Without
// the service (or when it fails) the tray's message does the same.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDockWidget>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include "AppTestOptions.h"
#include "core/util/DesktopNotifier.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"
#include "ui/favourites/FavouritesPanel.h"
#include "ui/favourites/LiveAlerts.h"
#include "ui/main/AppContext.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/MainWindow.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace std::chrono_literals;

namespace {

constexpr int Timeout = 20'000;

// org.freedesktop.Notifications as a desktop offers it, recording each call.
class FakeNotifications : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    QList<Call> calls;
    bool failing = false;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId);
        if (failing) {
            sendErrorReply(QDBusError::Failed, u"the notification daemon is broken"_s);
            return 0;
        }
        calls.append({appName, icon, summary, body, actions, hints, expireTimeout});
        return uint(calls.size()) + 40;
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }
    void CloseNotification(uint id) { Q_UNUSED(id); }
};

} // namespace

class TestLiveAlerts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Only ever on a bus of the test's own: never a user's desktop.
        QVERIFY2(qEnvironmentVariableIsSet("SOOPCHAT_IN_TEST_DBUS"), "run through tests/overlay/with-dbus.sh none");
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QVERIFY(m_simulator.start());
        m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-notifications"_s);
        QVERIFY(m_bus.isConnected());
        QVERIFY(m_bus.registerObject(u"/org/freedesktop/Notifications"_s, &m_fake, QDBusConnection::ExportAllSlots));
    }

    void cleanupTestCase() { QDBusConnection::disconnectFromBus(u"fake-notifications"_s); }

    void init()
    {
        m_fake.calls.clear();
        m_fake.failing = false;
    }

    void theNotificationSaysWhoIsLiveAndItsClickOpensTheTab()
    {
        QVERIFY(m_bus.registerService(u"org.freedesktop.Notifications"_s));
        QTemporaryDir folder;
        App app(m_simulator, folder.path(), u"dbus_bj"_s);
        QVERIFY(app.context->notifier()->isAvailable());

        m_simulator.goLive(u"dbus_bj"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 1, Timeout);
        QCOMPARE(app.window->liveAlerts()->lastRoute(), LiveAlerts::Route::Desktop);
        const FakeNotifications::Call call = m_fake.calls.first();
        const sim::SimChannel *channel = m_simulator.channel(u"dbus_bj"_s);
        QCOMPARE(call.appName, u"SoopChat"_s);
        QCOMPARE(call.summary, channel->nickname() + u" is live"_s);
        QCOMPARE(call.body, channel->title().toHtmlEscaped());
        QCOMPARE(call.actions, (QStringList {u"default"_s, u"Open"_s}));
        QCOMPARE(call.hints.value(u"category"_s).toString(), u"presence.online"_s);
        QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"soopchat"_s);
        QVERIFY(app.window->tabs().isEmpty());

        // Another program's notification clicked: not ours, nothing opens.
        invoke(7, u"default"_s);
        // Ours: its id was the answer to Notify.
        invoke(41, u"default"_s);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->tabs().size(), 1, Timeout);
        QCOMPARE(app.window->currentTab()->channelId(), u"dbus_bj"_s);
        QVERIFY(m_bus.unregisterService(u"org.freedesktop.Notifications"_s));
    }

    void withoutTheServiceTheTrayMessageOpensTheTab()
    {
        QTRY_VERIFY(
            !QDBusConnection::sessionBus().interface()->isServiceRegistered(u"org.freedesktop.Notifications"_s));
        QTemporaryDir folder;
        App app(m_simulator, folder.path(), u"tray_bj"_s);
        QVERIFY(!app.context->notifier()->isAvailable());
        m_simulator.goLive(u"tray_bj"_s);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->liveAlerts()->lastRoute(), LiveAlerts::Route::Tray, Timeout);
        QVERIFY(m_fake.calls.isEmpty());
        QCOMPARE(
            app.window->liveAlerts()->lastSummary(), m_simulator.channel(u"tray_bj"_s)->nickname() + u" is live"_s);
        QSystemTrayIcon *tray = app.window->liveAlerts()->trayIcon();
        QVERIFY(tray);
        emit tray->messageClicked(); // what the desktop does when the message is clicked
        QTRY_COMPARE_WITH_TIMEOUT(app.window->tabs().size(), 1, Timeout);
        QCOMPARE(app.window->currentTab()->channelId(), u"tray_bj"_s);
    }

    void aServiceThatFailsFallsBackToTheTray()
    {
        QVERIFY(m_bus.registerService(u"org.freedesktop.Notifications"_s));
        m_fake.failing = true;
        QTemporaryDir folder;
        App app(m_simulator, folder.path(), u"broken_bj"_s);
        QSignalSpy routes(app.window->liveAlerts(), &LiveAlerts::routed);
        m_simulator.goLive(u"broken_bj"_s);
        QTRY_COMPARE_WITH_TIMEOUT(routes.size(), 2, Timeout);
        QCOMPARE(routes.at(0).at(0).value<LiveAlerts::Route>(), LiveAlerts::Route::Desktop);
        QCOMPARE(routes.at(1).at(0).value<LiveAlerts::Route>(), LiveAlerts::Route::Tray);
        emit app.window->liveAlerts()->trayIcon()->messageClicked();
        QTRY_COMPARE_WITH_TIMEOUT(app.window->tabs().size(), 1, Timeout);
        QCOMPARE(app.window->currentTab()->channelId(), u"broken_bj"_s);
        QVERIFY(m_bus.unregisterService(u"org.freedesktop.Notifications"_s));
    }

    void notificationsCanBeTurnedOff()
    {
        QVERIFY(m_bus.registerService(u"org.freedesktop.Notifications"_s));
        QTemporaryDir folder;
        {
            AppSettings settings(folder.path() + u"/soopchat.ini"_s);
            settings.setFavouritesNotify(false);
            QCOMPARE(settings.sync(), QSettings::NoError);
        }
        App app(m_simulator, folder.path(), u"quiet_bj"_s);
        QSignalSpy wentLive(app.window->favourites(), &FavouritesPanel::wentLive);
        m_simulator.goLive(u"quiet_bj"_s);
        QVERIFY(wentLive.wait(Timeout));
        QCOMPARE(app.window->liveAlerts()->lastRoute(), LiveAlerts::Route::None);
        QVERIFY(m_fake.calls.isEmpty());
        QVERIFY(m_bus.unregisterService(u"org.freedesktop.Notifications"_s));
    }

private:
    // The app with one favourite, offline and seen so, at a test's pace.
    struct App
    {
        App(sim::SoopSimulator &simulator, const QString &folder, const QString &favourite)
        {
            simulator.channel(favourite)->setState(sim::ChannelState::Offline);
            AppContext::Options options = apptest::options(folder, simulator.apiBase());
            LiveWatcher::Pace pace;
            pace.interval = 200ms;
            pace.minimumGap = 10ms;
            options.liveCheckPace = pace;
            context = std::make_unique<AppContext>(options);
            window = std::make_unique<MainWindow>(*context);
            window->show();
            QVERIFY(window->favourites()->addChannel(favourite));
            QTRY_COMPARE_WITH_TIMEOUT(
                window->favourites()->watcher()->state(favourite).state, LiveCheck::State::Offline, Timeout);
        }
        ~App() { window.reset(); }

        std::unique_ptr<AppContext> context;
        std::unique_ptr<MainWindow> window;
    };

    void invoke(uint id, const QString &action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
        signal << id << action;
        QVERIFY(m_bus.send(signal));
    }

    sim::SoopSimulator m_simulator;
    QDBusConnection m_bus {QString()};
    FakeNotifications m_fake;
};

QTEST_MAIN(TestLiveAlerts)
#include "tst_livealerts.moc"
