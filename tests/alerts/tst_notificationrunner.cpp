// Notification actions on the desktop, in a D-Bus session of the test's own
// (tests/overlay/with-dbus.sh none): a small fake of the freedesktop
// notification service records Notify; an alert's notification carries the
// rule's name and the filled-in text, and is reported sent. Without the
// service, or when it fails, the action is reported failed with the reason
// and the app is asked to show it its own way (the tray).
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

#include "core/alerts/AlertEngine.h"
#include "core/alerts/NotificationRunner.h"
#include "core/util/DesktopNotifier.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

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
        QString summary;
        QString body;
        QVariantMap hints;
    };

    QList<Call> calls;
    int asked = 0; // every Notify, answered or not
    bool failing = false;
    bool hanging = false; // never answers
    QList<QDBusMessage> unanswered;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(replacesId);
        Q_UNUSED(icon);
        Q_UNUSED(actions);
        Q_UNUSED(expireTimeout);
        ++asked;
        if (hanging) {
            setDelayedReply(true);
            unanswered.append(message());
            return 0;
        }
        if (failing) {
            sendErrorReply(QDBusError::Failed, u"the notification daemon is broken"_s);
            return 0;
        }
        calls.append({appName, summary, body, hints});
        return uint(calls.size()) + 70;
    }
    QStringList GetCapabilities() { return {u"body"_s}; }
    void CloseNotification(uint id) { Q_UNUSED(id); }
};

EventPtr bigBalloon()
{
    auto e = std::make_shared<ChatEvent>();
    e->type = EventType::Balloon;
    e->userId = u"donor"_s;
    e->nickname = u"철수<b>"_s;
    e->count = 1000;
    e->text = u"방송 최고 & 화이팅"_s;
    return e;
}

} // namespace

class TstNotificationRunner : public QObject
{
    Q_OBJECT

private:
    struct Setup
    {
        DesktopNotifier notifier {u"SoopChat"_s};
        AlertEngine engine;
        NotificationRunner *runner = new NotificationRunner(&notifier);

        Setup()
        {
            engine.addRunner(runner);
            engine.setLanguage(u"en"_s);
            AlertRule rule;
            rule.id = u"big"_s;
            rule.name = u"큰 별풍선"_s;
            rule.kinds = {EventType::Balloon};
            rule.minAmount = 100;
            rule.actions = {
                AlertAction {AlertAction::Kind::Notification, u"{nickname}님 {count}개: {message}"_s, {}, {}, 80},
                AlertAction {AlertAction::Kind::Notification, {}, {}, {}, 80}};
            AlertConfig config;
            config.rules = {rule};
            engine.setConfig(config);
        }
        const QList<AlertReport> &history() { return engine.history().entries(); }
    };

private slots:
    void initTestCase()
    {
        // Only ever on a bus of the test's own: never a user's desktop.
        QVERIFY2(qEnvironmentVariableIsSet("SOOPCHAT_IN_TEST_DBUS"), "run through tests/overlay/with-dbus.sh none");
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        m_bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-notifications"_s);
        QVERIFY(m_bus.isConnected());
        QVERIFY(m_bus.registerObject(u"/org/freedesktop/Notifications"_s, &m_fake, QDBusConnection::ExportAllSlots));
    }

    void cleanupTestCase() { QDBusConnection::disconnectFromBus(u"fake-notifications"_s); }

    void init()
    {
        m_fake.calls.clear();
        m_fake.asked = 0;
        m_fake.failing = false;
        m_fake.hanging = false;
    }

    void anAlertIsADesktopNotification()
    {
        QVERIFY(m_bus.registerService(u"org.freedesktop.Notifications"_s));
        Setup s;
        QSignalSpy fallback(s.runner, &NotificationRunner::fallbackRequested);
        s.engine.process(u"bj"_s, {bigBalloon()});
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 2, Timeout);
        QCOMPARE(m_fake.calls.at(0).appName, u"SoopChat"_s);
        QCOMPARE(m_fake.calls.at(0).summary, u"큰 별풍선"_s);
        // Plain text: what some services would read as markup is escaped.
        QCOMPARE(m_fake.calls.at(0).body, u"철수&lt;b&gt;님 1,000개: 방송 최고 &amp; 화이팅"_s);
        QCOMPARE(m_fake.calls.at(1).body, u"철수&lt;b&gt; sent 1,000 star balloons: 방송 최고 &amp; 화이팅"_s);
        QTRY_COMPARE_WITH_TIMEOUT(s.runner->pending(), 0, Timeout);
        QCOMPARE(s.history().size(), 2);
        for (const AlertReport &report : s.history()) {
            QCOMPARE(report.state, AlertReport::State::Sent);
            QCOMPARE(report.kind, AlertAction::Kind::Notification);
            QCOMPARE(report.ruleName, u"큰 별풍선"_s);
        }
        QCOMPARE(fallback.size(), 0);
        QVERIFY(m_bus.unregisterService(u"org.freedesktop.Notifications"_s));
    }

    void withoutTheServiceTheAppIsAskedToFallBack()
    {
        Setup s;
        QSignalSpy fallback(s.runner, &NotificationRunner::fallbackRequested);
        s.engine.process(u"bj"_s, {bigBalloon()});
        QTRY_COMPARE_WITH_TIMEOUT(fallback.size(), 2, Timeout);
        QCOMPARE(fallback.at(0).at(0).toString(), u"큰 별풍선"_s);
        QCOMPARE(fallback.at(0).at(1).toString(), u"철수<b>님 1,000개: 방송 최고 & 화이팅"_s);
        QCOMPARE(s.history().size(), 2);
        for (const AlertReport &report : s.history()) {
            QCOMPARE(report.state, AlertReport::State::Failed);
            QVERIFY2(report.reason.contains(u"tray"_s), qPrintable(report.reason));
        }
        QVERIFY(m_fake.calls.isEmpty());
    }

    void aFailingServiceIsReportedToo()
    {
        QVERIFY(m_bus.registerService(u"org.freedesktop.Notifications"_s));
        m_fake.failing = true;
        Setup s;
        QSignalSpy fallback(s.runner, &NotificationRunner::fallbackRequested);
        s.engine.process(u"bj"_s, {bigBalloon()});
        QTRY_COMPARE_WITH_TIMEOUT(fallback.size(), 2, Timeout);
        QCOMPARE(s.history().first().state, AlertReport::State::Failed);
        QVERIFY2(s.history().first().reason.contains(u"the notification daemon is broken"_s),
            qPrintable(s.history().first().reason));
        QVERIFY(m_bus.unregisterService(u"org.freedesktop.Notifications"_s));
    }

    // A busy room with a broken service: the service is asked again only
    // after the retry time, every action is still reported, and once the
    // service works again the alerts go to it.
    void aFailingServiceIsAskedAgainOnlyAfterTheRetryTime()
    {
        QVERIFY(m_bus.registerService(u"org.freedesktop.Notifications"_s));
        m_fake.failing = true;
        Setup s;
        qint64 now = 1'000'000;
        s.runner->setClock([&now] { return now; });
        QSignalSpy fallback(s.runner, &NotificationRunner::fallbackRequested);
        s.engine.process(u"bj"_s, {bigBalloon()});
        QTRY_COMPARE_WITH_TIMEOUT(fallback.size(), 2, Timeout);
        QCOMPARE(m_fake.asked, 2); // both went out before the first answer
        QVERIFY(s.runner->inOutage());

        for (int i = 0; i < 40; ++i)
            s.engine.process(u"bj"_s, {bigBalloon()});
        QCOMPARE(fallback.size(), 82); // at once: nothing waits for the bus
        QCOMPARE(s.runner->pending(), 0);
        QCOMPARE(m_fake.asked, 2);
        QCOMPARE(s.history().size(), 82);
        for (const AlertReport &report : s.history()) {
            QCOMPARE(report.state, AlertReport::State::Failed);
            QVERIFY2(report.reason.contains(u"the notification daemon is broken"_s), qPrintable(report.reason));
        }

        // The retry time passes and the service is mended.
        now += NotificationRunner::RetryAfterMs;
        m_fake.failing = false;
        s.engine.process(u"bj"_s, {bigBalloon()});
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.calls.size(), 2, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(s.runner->pending(), 0, Timeout);
        QVERIFY(!s.runner->inOutage());
        QCOMPARE(s.history().last().state, AlertReport::State::Sent); // the newest
        QCOMPARE(fallback.size(), 82);
        QVERIFY(m_bus.unregisterService(u"org.freedesktop.Notifications"_s));
    }

    // A service that takes calls and never answers holds at most MaxInFlight.
    void aServiceThatDoesNotAnswerHoldsABoundedNumber()
    {
        QVERIFY(m_bus.registerService(u"org.freedesktop.Notifications"_s));
        m_fake.hanging = true;
        Setup s;
        QSignalSpy fallback(s.runner, &NotificationRunner::fallbackRequested);
        const int alerts = int(NotificationRunner::MaxInFlight); // two actions each
        for (int i = 0; i < alerts; ++i)
            s.engine.process(u"bj"_s, {bigBalloon()});
        QCOMPARE(s.runner->pending(), NotificationRunner::MaxInFlight);
        QCOMPARE(fallback.size(), 2 * alerts - int(NotificationRunner::MaxInFlight));
        QVERIFY2(s.history().last().reason.contains(u"not answering"_s), qPrintable(s.history().last().reason));
        QTRY_COMPARE_WITH_TIMEOUT(m_fake.unanswered.size(), int(NotificationRunner::MaxInFlight), Timeout);
        // The service answers after all: each waiting action is reported sent.
        for (const QDBusMessage &call : std::as_const(m_fake.unanswered))
            QVERIFY(m_bus.send(call.createReply(uint(7))));
        m_fake.unanswered.clear();
        QTRY_COMPARE_WITH_TIMEOUT(s.runner->pending(), 0, Timeout);
        int sent = 0;
        for (const AlertReport &report : s.history())
            sent += report.state == AlertReport::State::Sent ? 1 : 0;
        QCOMPARE(sent, int(NotificationRunner::MaxInFlight));
        QVERIFY(m_bus.unregisterService(u"org.freedesktop.Notifications"_s));
    }

    void withoutAnyBusEachActionFailsAtOnce()
    {
        AlertEngine engine;
        auto *runner = new NotificationRunner(nullptr);
        engine.addRunner(runner);
        AlertRule rule;
        rule.id = u"r"_s;
        rule.name = u"any"_s;
        rule.actions = {AlertAction {AlertAction::Kind::Notification, u"x"_s, {}, {}, 80}};
        AlertConfig config;
        config.rules = {rule};
        engine.setConfig(config);
        // No one to fall back to (the CLI): the report still says why.
        engine.process(u"bj"_s, {bigBalloon()});
        QCOMPARE(engine.history().entries().size(), 1);
        QCOMPARE(engine.history().entries().first().state, AlertReport::State::Failed);
        QVERIFY(!engine.history().entries().first().reason.isEmpty());
        QVERIFY(!engine.history().entries().first().reason.contains(u"tray"_s));
    }

private:
    QDBusConnection m_bus {u"unset"_s};
    FakeNotifications m_fake;
};

QTEST_GUILESS_MAIN(TstNotificationRunner)
#include "tst_notificationrunner.moc"
