// Discord and Telegram delivery (issue #14): against fake services on
// loopback that check every request as the real ones would and can answer
// 429 with retry_after, 5xx, hang or drop the connection; secrets in GNOME
// Keyring. Run by ctest twice through tests/overlay/with-dbus.sh: with a
// keychain (SOOPCHAT_TEST_KEYCHAIN=available) and without one (none).
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

#include "FakeDeliveryService.h"
#include "core/alerts/DiscordRunner.h"
#include "core/alerts/TelegramRunner.h"
#include "core/util/RandomId.h"
#include "core/util/SecretStore.h"
#include "sim/TestCertificate.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace soopchat;

namespace {

using State = AlertReport::State;
using Answer = FakeDeliveryService::Answer;

const QString WebhookId = u"1234567890"_s;
const QString WebhookToken = u"hook-SECRET-aZ0_kQ9xWvT3mN7pL2rB5cD8eF1gH4jK6"_s;
const QString BotToken = u"7700112233:AAH-SECRET-bot-token-Xq3Zk9Lm2Pn5Rt8Vw1Yb4"_s;
const QString ChatId = u"-1001234567890"_s;
constexpr qint64 FiredAtMs = 1'790'000'000'123;

QString keychainMode()
{
    return qEnvironmentVariable("SOOPCHAT_TEST_KEYCHAIN");
}

DeliveryPolicy fastPolicy()
{
    DeliveryPolicy policy;
    policy.requestTimeout = 1500ms;
    policy.firstRetry = 50ms;
    policy.maxRetry = 200ms;
    policy.maxAttempts = 50;
    return policy;
}

Alert makeAlert(const QString &message, DonationTier tier = DonationTier::Medium, const QString &count = u"1,000"_s)
{
    Alert alert;
    alert.id = randomHexId();
    alert.ruleId = u"rule-1"_s;
    alert.ruleName = u"큰 후원"_s;
    alert.channelId = u"demo_bj"_s;
    alert.firedAtMs = FiredAtMs;
    alert.fields.nickname = u"시청자"_s;
    alert.fields.userId = u"viewer1"_s;
    alert.fields.count = count;
    alert.fields.item = u"별풍선"_s;
    alert.fields.message = message;
    alert.fields.channel = u"demo_bj"_s;
    alert.tier = tier;
    return alert;
}

AlertTarget target(AlertTarget::Kind kind, const QString &id, const QString &name)
{
    AlertTarget target;
    target.id = id;
    target.kind = kind;
    target.name = name;
    if (kind == AlertTarget::Kind::Telegram)
        target.chatId = ChatId;
    return target;
}

AlertAction action(AlertAction::Kind kind, const QString &targetId)
{
    AlertAction action;
    action.kind = kind;
    action.target = targetId;
    return action;
}

// What a runner reported, and the order things happened in (reports and the
// fake services' requests on one list).
struct Recorder
{
    QList<AlertReport> reports;
    QStringList log;

    void watch(AlertActionRunner &runner)
    {
        QObject::connect(&runner, &AlertActionRunner::reported, &runner, [this](const AlertReport &report) {
            reports.append(report);
            log.append(u"%1 %2 %3"_s.arg(
                QLatin1StringView(alertReportStateName(report.state)), report.alertId, report.targetName));
        });
    }
    void watch(FakeDeliveryService &service, const QString &name)
    {
        QObject::connect(&service, &FakeDeliveryService::requestReceived, &service,
            [this, name](int index) { log.append(u"request %1 %2"_s.arg(name).arg(index)); });
    }
    QList<AlertReport> of(const QString &alertId) const
    {
        QList<AlertReport> found;
        for (const AlertReport &report : reports) {
            if (report.alertId == alertId)
                found.append(report);
        }
        return found;
    }
    QList<State> statesOf(const QString &alertId) const
    {
        QList<State> states;
        for (const AlertReport &report : of(alertId))
            states.append(report.state);
        return states;
    }
    // The last state reported for the alert; Queued when nothing yet.
    State last(const QString &alertId) const
    {
        const QList<AlertReport> found = of(alertId);
        return found.isEmpty() ? State::Queued : found.last().state;
    }
    bool done(const QString &alertId) const
    {
        const State state = last(alertId);
        return state == State::Sent || state == State::Failed || state == State::Skipped;
    }
    int indexOf(const QString &entry) const { return int(log.indexOf(entry)); }
};

// Messages Qt and SoopChat log while a test runs.
QStringList *capturedMessages = nullptr;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (capturedMessages)
        capturedMessages->append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestAlertDelivery : public QObject
{
    Q_OBJECT

    QString m_service;
    QStringList m_keys;

    SecretStore store() const { return SecretStore(m_service, 20s); }

    bool needKeychain() { return keychainMode() == "available"_L1; }

    void keep(const AlertTarget &target, const QString &secret)
    {
        const SecretStore::Result written = store().write(target.secretKey(), secret);
        QVERIFY2(written.ok(), qPrintable(written.error));
        m_keys.append(target.secretKey());
    }

    AlertConfig configWith(const QList<AlertTarget> &targets) const
    {
        AlertConfig config;
        config.targets = targets;
        return config;
    }

private slots:
    void initTestCase()
    {
        // Quiet unless a test asks (ctest leaves QT_LOGGING_RULES unset for this one).
        QLoggingCategory::setFilterRules(u"soopchat.*.debug=false"_s);
    }

    void init()
    {
        m_service = u"soopchat-test-"_s + randomHexId();
        m_keys.clear();
    }

    void cleanup()
    {
        if (keychainMode() == "available"_L1) {
            for (const QString &key : std::as_const(m_keys))
                store().remove(key);
        }
    }

    void discordGetsOneEmbedExactlyAsItExpects()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService discord(FakeDeliveryService::Flavour::Discord);
        QVERIFY(discord.start());
        discord.setWebhook(WebhookId, WebhookToken);
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"#후원-알림"_s);
        keep(hook, discord.webhookUrl());

        DiscordRunner runner(store());
        runner.setPolicy(fastPolicy());
        runner.configure(configWith({hook}));
        Recorder recorder;
        recorder.watch(runner);
        const Alert alert = makeAlert(u"방송 잘 보고 있어요!"_s, DonationTier::Medium);
        runner.run(alert, 2, action(AlertAction::Kind::Discord, u"d1"_s), u"시청자님이 별풍선 1,000개!"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(alert.id), 20'000);

        QCOMPARE(recorder.statesOf(alert.id), (QList<State> {State::Queued, State::Sent}));
        const AlertReport sent = recorder.of(alert.id).last();
        QCOMPARE(sent.actionIndex, 2);
        QCOMPARE(sent.kind, AlertAction::Kind::Discord);
        QCOMPARE(sent.targetName, u"#후원-알림"_s);
        QCOMPARE(sent.ruleId, u"rule-1"_s);
        QCOMPARE(sent.attempt, 1);
        QVERIFY(sent.reason.isEmpty());

        QCOMPARE(discord.requests().size(), 1);
        QVERIFY2(discord.problems().isEmpty(), qPrintable(discord.problems().join(u'\n')));
        const FakeDeliveryService::Request &request = discord.requests().first();
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, u"/api/webhooks/%1/%2"_s.arg(WebhookId, WebhookToken));
        QCOMPARE(request.query, u"wait=true"_s);
        QCOMPARE(request.contentType, "application/json");
        QVERIFY(request.userAgent.startsWith("SoopChat"));
        const QJsonObject expected {
            {u"embeds"_s,
                QJsonArray {QJsonObject {
                    {u"title"_s, u"별풍선 1,000"_s},
                    {u"description"_s, u"시청자님이 별풍선 1,000개!"_s},
                    {u"color"_s, DiscordRunner::tierColour(DonationTier::Medium)},
                    {u"fields"_s,
                        QJsonArray {
                            QJsonObject {{u"name"_s, u"Nickname"_s}, {u"value"_s, u"시청자"_s}, {u"inline"_s, true}},
                            QJsonObject {{u"name"_s, u"Message"_s}, {u"value"_s, u"방송 잘 보고 있어요!"_s},
                                {u"inline"_s, false}}}},
                    {u"footer"_s, QJsonObject {{u"text"_s, u"demo_bj"_s}}},
                    {u"timestamp"_s, u"2026-09-21T14:13:20.123Z"_s},
                }}},
            {u"allowed_mentions"_s, QJsonObject {{u"parse"_s, QJsonArray {}}}},
        };
        QCOMPARE(request.json, expected);
        QCOMPARE(discord.posted(), QStringList {u"시청자님이 별풍선 1,000개!"_s});
    }

    void telegramGetsOneSendMessageExactlyAsTheBotApiExpects()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService telegram(FakeDeliveryService::Flavour::Telegram);
        QVERIFY(telegram.start());
        telegram.setBot(BotToken, {ChatId});
        const AlertTarget chat = target(AlertTarget::Kind::Telegram, u"t1"_s, u"매니저 단톡"_s);
        keep(chat, BotToken);

        TelegramRunner runner(store(), QUrl(telegram.apiBase()));
        runner.setPolicy(fastPolicy());
        runner.configure(configWith({chat}));
        Recorder recorder;
        recorder.watch(runner);
        const Alert alert = makeAlert(u"화이팅"_s);
        runner.run(alert, 0, action(AlertAction::Kind::Telegram, u"t1"_s), u"시청자님이 별풍선 1,000개: 화이팅"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(alert.id), 20'000);

        QCOMPARE(recorder.statesOf(alert.id), (QList<State> {State::Queued, State::Sent}));
        QCOMPARE(recorder.of(alert.id).last().kind, AlertAction::Kind::Telegram);
        QCOMPARE(telegram.requests().size(), 1);
        QVERIFY2(telegram.problems().isEmpty(), qPrintable(telegram.problems().join(u'\n')));
        const FakeDeliveryService::Request &request = telegram.requests().first();
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, u"/bot%1/sendMessage"_s.arg(BotToken));
        QCOMPARE(request.contentType, "application/json");
        const QJsonObject expected {
            {u"chat_id"_s, ChatId.toLongLong()},
            {u"text"_s, u"시청자님이 별풍선 1,000개: 화이팅"_s},
            {u"disable_web_page_preview"_s, true},
        };
        QCOMPARE(request.json, expected);
        QVERIFY(request.json.value(u"chat_id"_s).isDouble()); // a number, as the API documents it
    }

    void discordsRateLimitIsHonoured()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService discord(FakeDeliveryService::Flavour::Discord);
        QVERIFY(discord.start());
        discord.setWebhook(WebhookId, WebhookToken);
        discord.script({Answer {Answer::Kind::RateLimited, 0.35}});
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"hook"_s);
        keep(hook, discord.webhookUrl());

        DiscordRunner runner(store());
        runner.setPolicy(fastPolicy());
        runner.configure(configWith({hook}));
        Recorder recorder;
        recorder.watch(runner);
        recorder.watch(discord, u"discord"_s);
        const Alert alert = makeAlert(u"고마워요"_s);
        runner.run(alert, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"후원 감사합니다"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(alert.id), 20'000);

        QCOMPARE(recorder.statesOf(alert.id), (QList<State> {State::Queued, State::Retrying, State::Sent}));
        const AlertReport retrying = recorder.of(alert.id).at(1);
        QVERIFY2(retrying.retryInMs >= 350, qPrintable(QString::number(retrying.retryInMs))); // retry_after 0.35 s
        QVERIFY2(retrying.reason.contains(u"rate limit"_s), qPrintable(retrying.reason));
        QCOMPARE(recorder.of(alert.id).last().attempt, 2);
        // The second request came only after the wait was announced.
        const int announced = recorder.indexOf(u"retrying %1 hook"_s.arg(alert.id));
        QVERIFY(recorder.indexOf(u"request discord 0"_s) < announced);
        QVERIFY2(announced < recorder.indexOf(u"request discord 1"_s), qPrintable(recorder.log.join(u'\n')));
        QCOMPARE(discord.requests().size(), 2);
        QCOMPARE(discord.posted().size(), 1);
    }

    void telegramsRateLimitIsHonoured()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService telegram(FakeDeliveryService::Flavour::Telegram);
        QVERIFY(telegram.start());
        telegram.setBot(BotToken, {ChatId});
        telegram.script({Answer {Answer::Kind::RateLimited, 1}});
        const AlertTarget chat = target(AlertTarget::Kind::Telegram, u"t1"_s, u"chat"_s);
        keep(chat, BotToken);

        TelegramRunner runner(store(), QUrl(telegram.apiBase()));
        runner.setPolicy(fastPolicy());
        runner.configure(configWith({chat}));
        Recorder recorder;
        recorder.watch(runner);
        recorder.watch(telegram, u"telegram"_s);
        const Alert alert = makeAlert(u"ㅋㅋ"_s);
        runner.run(alert, 0, action(AlertAction::Kind::Telegram, u"t1"_s), u"별풍선 1,000개"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(alert.id), 20'000);

        QCOMPARE(recorder.statesOf(alert.id), (QList<State> {State::Queued, State::Retrying, State::Sent}));
        QVERIFY(recorder.of(alert.id).at(1).retryInMs >= 1000); // "retry_after": 1
        const int announced = recorder.indexOf(u"retrying %1 chat"_s.arg(alert.id));
        QVERIFY2(announced < recorder.indexOf(u"request telegram 1"_s), qPrintable(recorder.log.join(u'\n')));
        QCOMPARE(telegram.posted().size(), 1);
    }

    void serverErrorsAreRetriedWithBackoffThenSent()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService discord(FakeDeliveryService::Flavour::Discord);
        QVERIFY(discord.start());
        discord.setWebhook(WebhookId, WebhookToken);
        discord.script({Answer {Answer::Kind::ServerError, 0, 500}, Answer {Answer::Kind::ServerError, 0, 502},
            Answer {Answer::Kind::ServerError, 0, 503}});
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"hook"_s);
        keep(hook, discord.webhookUrl());

        DiscordRunner runner(store());
        DeliveryPolicy policy = fastPolicy();
        policy.firstRetry = 40ms;
        policy.maxRetry = 1000ms;
        runner.setPolicy(policy);
        runner.configure(configWith({hook}));
        Recorder recorder;
        recorder.watch(runner);
        const Alert alert = makeAlert(u"안녕"_s);
        runner.run(alert, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"안녕"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(alert.id), 20'000);

        QCOMPARE(recorder.statesOf(alert.id),
            (QList<State> {State::Queued, State::Retrying, State::Retrying, State::Retrying, State::Sent}));
        const QList<AlertReport> reports = recorder.of(alert.id);
        // Exponential: each wait at least the one before doubled (the jitter only adds).
        QVERIFY(reports.at(1).retryInMs >= 40);
        QVERIFY(reports.at(2).retryInMs >= 80);
        QVERIFY(reports.at(3).retryInMs >= 160);
        QVERIFY2(reports.at(2).reason.contains(u"502"_s), qPrintable(reports.at(2).reason));
        QCOMPARE(reports.last().attempt, 4);
        QCOMPARE(discord.requests().size(), 4);
        QCOMPARE(discord.posted().size(), 1);
    }

    void backoffIsCappedAndGivesUpAfterTheLastAttempt()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService discord(FakeDeliveryService::Flavour::Discord);
        QVERIFY(discord.start());
        discord.setWebhook(WebhookId, WebhookToken);
        QList<Answer> errors(6, Answer {Answer::Kind::ServerError, 0, 503});
        discord.script(errors);
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"hook"_s);
        keep(hook, discord.webhookUrl());

        DiscordRunner runner(store());
        DeliveryPolicy policy = fastPolicy();
        policy.firstRetry = 20ms;
        policy.maxRetry = 60ms;
        policy.maxAttempts = 5;
        runner.setPolicy(policy);
        runner.configure(configWith({hook}));
        Recorder recorder;
        recorder.watch(runner);
        const Alert alert = makeAlert(u"안녕"_s);
        runner.run(alert, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"안녕"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(alert.id), 20'000);

        const QList<AlertReport> reports = recorder.of(alert.id);
        QCOMPARE(reports.last().state, State::Failed);
        QVERIFY2(reports.last().reason.contains(u"Given up at attempt 5"_s), qPrintable(reports.last().reason));
        QCOMPARE(discord.requests().size(), 5);
        for (const AlertReport &report : reports) {
            if (report.state == State::Retrying)
                QVERIFY(report.retryInMs <= 60);
        }
    }

    void aHungRequestTimesOutIsNotRepeatedAndTheQueueGoesOn()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService discord(FakeDeliveryService::Flavour::Discord);
        QVERIFY(discord.start());
        discord.setWebhook(WebhookId, WebhookToken);
        discord.script({Answer {Answer::Kind::Hang}});
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"hook"_s);
        keep(hook, discord.webhookUrl());

        DiscordRunner runner(store());
        DeliveryPolicy policy = fastPolicy();
        policy.requestTimeout = 1000ms;
        runner.setPolicy(policy);
        runner.configure(configWith({hook}));
        Recorder recorder;
        recorder.watch(runner);
        const Alert hung = makeAlert(u"첫 번째"_s);
        const Alert next = makeAlert(u"두 번째"_s);
        runner.run(hung, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"첫 번째"_s);
        runner.run(next, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"두 번째"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(hung.id) && recorder.done(next.id), 20'000);

        // The request went out whole and no answer came: it may be in the
        // channel, so it is not sent again; the queue is not stuck behind it.
        QCOMPARE(recorder.last(hung.id), State::Failed);
        const QString reason = recorder.of(hung.id).last().reason;
        QVERIFY2(reason.contains(u"No answer in 1 s"_s) && reason.contains(u"may have arrived"_s), qPrintable(reason));
        QCOMPARE(recorder.last(next.id), State::Sent);
        QCOMPARE(discord.requests().size(), 2);
        QCOMPARE(discord.posted(), QStringList {u"두 번째"_s});
    }

    void aDroppedConnectionIsNeverSentTwice()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService telegram(FakeDeliveryService::Flavour::Telegram);
        QVERIFY(telegram.start());
        telegram.setBot(BotToken, {ChatId});
        telegram.script({Answer {Answer::Kind::Drop}});
        const AlertTarget chat = target(AlertTarget::Kind::Telegram, u"t1"_s, u"chat"_s);
        keep(chat, BotToken);

        TelegramRunner runner(store(), QUrl(telegram.apiBase()));
        runner.setPolicy(fastPolicy());
        runner.configure(configWith({chat}));
        Recorder recorder;
        recorder.watch(runner);
        const Alert dropped = makeAlert(u"하나"_s);
        const Alert next = makeAlert(u"둘"_s);
        runner.run(dropped, 0, action(AlertAction::Kind::Telegram, u"t1"_s), u"하나"_s);
        runner.run(next, 0, action(AlertAction::Kind::Telegram, u"t1"_s), u"둘"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(dropped.id) && recorder.done(next.id), 20'000);

        // The service posted it and then lost the connection: one post, not two
        // (neither Qt nor the queue repeated the POST).
        QCOMPARE(recorder.last(dropped.id), State::Failed);
        QVERIFY2(recorder.of(dropped.id).last().reason.contains(u"may have arrived"_s),
            qPrintable(recorder.of(dropped.id).last().reason));
        QCOMPARE(recorder.last(next.id), State::Sent);
        QCOMPARE(telegram.requests().size(), 2);
        QCOMPARE(telegram.posted(), (QStringList {u"하나"_s, u"둘"_s}));
    }

    void nothingIsLostWhileTheServiceIsUnreachable()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        // A port nobody listens on yet: connections are refused, as when the network is down.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"hook"_s);
        keep(hook, u"http://127.0.0.1:%1/api/webhooks/%2/%3"_s.arg(port).arg(WebhookId, WebhookToken));

        DiscordRunner runner(store());
        runner.setPolicy(fastPolicy());
        runner.configure(configWith({hook}));
        Recorder recorder;
        recorder.watch(runner);
        const Alert first = makeAlert(u"1"_s);
        const Alert second = makeAlert(u"2"_s);
        runner.run(first, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"첫째"_s);
        runner.run(second, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"둘째"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.statesOf(first.id).count(State::Retrying) >= 2, 20'000);
        QVERIFY2(recorder.of(first.id).last().reason.contains(u"refused"_s),
            qPrintable(recorder.of(first.id).last().reason));
        QCOMPARE(runner.waiting(), 2);

        // The service comes back: both arrive, in order, once each.
        FakeDeliveryService discord(FakeDeliveryService::Flavour::Discord);
        discord.setWebhook(WebhookId, WebhookToken);
        QCOMPARE(discord.start(port), port);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(first.id) && recorder.done(second.id), 20'000);
        QCOMPARE(recorder.last(first.id), State::Sent);
        QCOMPARE(recorder.last(second.id), State::Sent);
        QCOMPARE(discord.posted(), (QStringList {u"첫째"_s, u"둘째"_s}));
        QCOMPARE(runner.waiting(), 0);
    }

    void aDeletedWebhookFailsAtOnceWithDiscordsReason()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService discord(FakeDeliveryService::Flavour::Discord);
        QVERIFY(discord.start());
        discord.setWebhook(WebhookId, WebhookToken);
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"hook"_s);
        // The webhook the user kept was deleted in Discord.
        keep(hook, u"http://127.0.0.1:%1/api/webhooks/999/deleted-token-0123456789abcdef"_s.arg(discord.port()));

        DiscordRunner runner(store());
        runner.setPolicy(fastPolicy());
        runner.configure(configWith({hook}));
        Recorder recorder;
        recorder.watch(runner);
        const Alert alert = makeAlert(u"x"_s);
        runner.run(alert, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"x"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(alert.id), 20'000);
        QCOMPARE(recorder.statesOf(alert.id), (QList<State> {State::Queued, State::Failed}));
        const QString reason = recorder.of(alert.id).last().reason;
        QVERIFY2(reason.contains(u"Unknown Webhook"_s) && reason.contains(u"404"_s), qPrintable(reason));
        QVERIFY(!reason.contains(u"deleted-token"_s));
        QCOMPARE(discord.requests().size(), 1);
    }

    void anUnknownTelegramChatFailsAtOnceWithTelegramsReason()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService telegram(FakeDeliveryService::Flavour::Telegram);
        QVERIFY(telegram.start());
        telegram.setBot(BotToken, {u"-100999"_s}); // the bot was removed from the target's chat
        const AlertTarget chat = target(AlertTarget::Kind::Telegram, u"t1"_s, u"chat"_s);
        keep(chat, BotToken);

        TelegramRunner runner(store(), QUrl(telegram.apiBase()));
        runner.setPolicy(fastPolicy());
        runner.configure(configWith({chat}));
        Recorder recorder;
        recorder.watch(runner);
        const Alert alert = makeAlert(u"x"_s);
        runner.run(alert, 0, action(AlertAction::Kind::Telegram, u"t1"_s), u"x"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(alert.id), 20'000);
        QCOMPARE(recorder.statesOf(alert.id), (QList<State> {State::Queued, State::Failed}));
        QVERIFY2(recorder.of(alert.id).last().reason.contains(u"chat not found"_s),
            qPrintable(recorder.of(alert.id).last().reason));
        QCOMPARE(telegram.requests().size(), 1);
    }

    void eachTargetKeepsItsOrder()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService first(FakeDeliveryService::Flavour::Discord);
        FakeDeliveryService second(FakeDeliveryService::Flavour::Discord);
        QVERIFY(first.start());
        QVERIFY(second.start());
        first.setWebhook(WebhookId, WebhookToken);
        second.setWebhook(u"222"_s, u"second-token-0123456789abcdef"_s);
        // The first target stumbles on its first and third posts; its order holds anyway.
        first.script({Answer {Answer::Kind::ServerError, 0, 502}, Answer {}, Answer {Answer::Kind::RateLimited, 0.1}});
        const AlertTarget one = target(AlertTarget::Kind::Discord, u"d1"_s, u"one"_s);
        const AlertTarget two = target(AlertTarget::Kind::Discord, u"d2"_s, u"two"_s);
        keep(one, first.webhookUrl());
        keep(two, second.webhookUrl());

        DiscordRunner runner(store());
        runner.setPolicy(fastPolicy());
        runner.configure(configWith({one, two}));
        Recorder recorder;
        recorder.watch(runner);
        QStringList expected;
        QList<Alert> alerts;
        for (int i = 1; i <= 6; ++i) {
            const Alert alert = makeAlert(QString::number(i));
            alerts.append(alert);
            expected.append(u"알림 %1"_s.arg(i));
            runner.run(alert, 0, action(AlertAction::Kind::Discord, u"d1"_s), expected.last());
            runner.run(alert, 1, action(AlertAction::Kind::Discord, u"d2"_s), expected.last());
        }
        QTRY_COMPARE_WITH_TIMEOUT(first.posted().size() + second.posted().size(), 12, 20'000);
        QCOMPARE(first.posted(), expected);
        QCOMPARE(second.posted(), expected);
        QTRY_COMPARE_WITH_TIMEOUT(runner.waiting(), 0, 5'000);
        QCOMPARE(first.requests().size(), 8);
    }

    void markupInAMessageStaysText()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService discord(FakeDeliveryService::Flavour::Discord);
        FakeDeliveryService telegram(FakeDeliveryService::Flavour::Telegram);
        QVERIFY(discord.start());
        QVERIFY(telegram.start());
        discord.setWebhook(WebhookId, WebhookToken);
        telegram.setBot(BotToken, {ChatId});
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"hook"_s);
        const AlertTarget chat = target(AlertTarget::Kind::Telegram, u"t1"_s, u"chat"_s);
        keep(hook, discord.webhookUrl());
        keep(chat, BotToken);

        const QString markup = u"**굵게** @everyone <@&123> [클릭](http://evil.example) <b>html</b>\n# 제목"_s;
        DiscordRunner discordRunner(store());
        TelegramRunner telegramRunner(store(), QUrl(telegram.apiBase()));
        discordRunner.setPolicy(fastPolicy());
        telegramRunner.setPolicy(fastPolicy());
        discordRunner.configure(configWith({hook, chat}));
        telegramRunner.configure(configWith({hook, chat}));
        Recorder recorder;
        recorder.watch(discordRunner);
        recorder.watch(telegramRunner);
        Alert alert = makeAlert(markup);
        alert.fields.nickname = u"_밑줄_"_s;
        discordRunner.run(alert, 0, action(AlertAction::Kind::Discord, u"d1"_s), markup);
        telegramRunner.run(alert, 1, action(AlertAction::Kind::Telegram, u"t1"_s), markup);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.reports.count(), 4, 20'000);
        QCOMPARE(recorder.reports.last().state, State::Sent);

        // Discord: every markdown sign escaped, no mention can ping (the fake checks allowed_mentions).
        const QString escaped =
            u"\\*\\*굵게\\*\\* @everyone \\<@&123\\> \\[클릭\\](http://evil.example) \\<b\\>html\\</b\\>\n\\# 제목"_s;
        QCOMPARE(discord.posted(), QStringList {escaped});
        QVERIFY2(discord.problems().isEmpty(), qPrintable(discord.problems().join(u'\n')));
        const QJsonArray fields = discord.requests()
                                      .first()
                                      .json.value(u"embeds"_s)
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"fields"_s)
                                      .toArray();
        QCOMPARE(fields.first().toObject().value(u"value"_s).toString(), u"\\_밑줄\\_"_s);
        // Telegram: the text exactly as written, and no parse_mode to read it as HTML or Markdown.
        QCOMPARE(telegram.posted(), QStringList {markup});
        QVERIFY(!telegram.requests().first().json.contains(u"parse_mode"_s));
        QVERIFY2(telegram.problems().isEmpty(), qPrintable(telegram.problems().join(u'\n')));
    }

    void theSameAlertIsNeverQueuedTwice()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService discord(FakeDeliveryService::Flavour::Discord);
        QVERIFY(discord.start());
        discord.setWebhook(WebhookId, WebhookToken);
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"hook"_s);
        keep(hook, discord.webhookUrl());
        DiscordRunner runner(store());
        runner.setPolicy(fastPolicy());
        runner.configure(configWith({hook}));
        Recorder recorder;
        recorder.watch(runner);
        const Alert alert = makeAlert(u"한 번"_s);
        runner.run(alert, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"한 번"_s);
        runner.run(alert, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"한 번"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(alert.id), 20'000);
        runner.run(alert, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"한 번"_s); // after it was sent, too
        const Alert other = makeAlert(u"다른 알림"_s);
        runner.run(other, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"다른 알림"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(other.id), 20'000);
        QCOMPARE(discord.posted(), (QStringList {u"한 번"_s, u"다른 알림"_s}));
        QCOMPARE(recorder.statesOf(alert.id), (QList<State> {State::Queued, State::Sent}));
    }

    void aFullQueueRefusesTheNewestAndSaysSo()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"hook"_s);
        keep(hook, u"http://127.0.0.1:%1/api/webhooks/%2/%3"_s.arg(port).arg(WebhookId, WebhookToken));
        DiscordRunner runner(store());
        DeliveryPolicy policy = fastPolicy();
        policy.capacity = 3;
        runner.setPolicy(policy);
        runner.configure(configWith({hook}));
        Recorder recorder;
        recorder.watch(runner);
        QList<Alert> alerts;
        for (int i = 0; i < 5; ++i) {
            alerts.append(makeAlert(QString::number(i)));
            runner.run(alerts.last(), 0, action(AlertAction::Kind::Discord, u"d1"_s), QString::number(i));
        }
        for (int i = 0; i < 3; ++i)
            QCOMPARE(recorder.statesOf(alerts.at(i).id), QList<State> {State::Queued});
        for (int i = 3; i < 5; ++i) {
            QCOMPARE(recorder.last(alerts.at(i).id), State::Failed);
            QVERIFY2(recorder.of(alerts.at(i).id).last().reason.contains(u"full (3 alerts waiting"_s),
                qPrintable(recorder.of(alerts.at(i).id).last().reason));
        }
        QCOMPARE(runner.waiting(), 3);

        // Removing the target says what became of what waited for it.
        runner.configure(configWith({}));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(recorder.last(alerts.at(i).id), State::Failed);
            QVERIFY(recorder.of(alerts.at(i).id).last().reason.contains(u"removed"_s));
        }
    }

    void httpsIsVerifiedAndAnUntrustedServerNeverSeesTheSecret()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService discord(FakeDeliveryService::Flavour::Discord);
        discord.startTls(sim::TestCertificate::serverConfiguration());
        QVERIFY(discord.start());
        discord.setWebhook(WebhookId, WebhookToken);
        QVERIFY(discord.webhookUrl().startsWith(u"https://"_s));
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"hook"_s);
        keep(hook, discord.webhookUrl());
        DiscordRunner runner(store());
        runner.setPolicy(fastPolicy());
        runner.configure(configWith({hook}));
        Recorder recorder;
        recorder.watch(runner);

        // A certificate nobody vouches for (a machine in the middle): nothing is written to it; tried again later.
        const Alert untrusted = makeAlert(u"x"_s);
        runner.run(untrusted, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"첫째"_s);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.statesOf(untrusted.id).contains(State::Retrying), 20'000);
        QVERIFY2(recorder.of(untrusted.id).last().reason.contains(u"secure connection"_s),
            qPrintable(recorder.of(untrusted.id).last().reason));
        QCOMPARE(discord.requests().size(), 0);

        // Once the certificate is trusted (as the system's CAs vouch for Discord's), the same alert goes, once.
        const QSslConfiguration previous = QSslConfiguration::defaultConfiguration();
        QSslConfiguration::setDefaultConfiguration(sim::TestCertificate::clientConfiguration());
        auto restore = qScopeGuard([previous] { QSslConfiguration::setDefaultConfiguration(previous); });
        QTRY_VERIFY_WITH_TIMEOUT(recorder.done(untrusted.id), 20'000);
        QCOMPARE(recorder.last(untrusted.id), State::Sent);
        QCOMPARE(discord.posted(), QStringList {u"첫째"_s});
        QVERIFY2(discord.problems().isEmpty(), qPrintable(discord.problems().join(u'\n')));
    }

    void withoutASecretTheActionIsSkippedAndSaysHow()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"#알림"_s);
        const AlertTarget chat = target(AlertTarget::Kind::Telegram, u"t1"_s, u"chat"_s);
        keep(chat, u"not a token"_s);
        DiscordRunner discordRunner(store());
        TelegramRunner telegramRunner(store(), QUrl(u"http://127.0.0.1:9"_s));
        discordRunner.configure(configWith({hook, chat}));
        telegramRunner.configure(configWith({hook, chat}));
        Recorder recorder;
        recorder.watch(discordRunner);
        recorder.watch(telegramRunner);
        const Alert alert = makeAlert(u"x"_s);
        discordRunner.run(alert, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"x"_s);
        telegramRunner.run(alert, 1, action(AlertAction::Kind::Telegram, u"t1"_s), u"x"_s);
        discordRunner.run(alert, 2, action(AlertAction::Kind::Discord, u"gone"_s), u"x"_s);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.reports.size(), 5, 20'000);

        auto final = [&](int index) {
            AlertReport found;
            for (const AlertReport &report : std::as_const(recorder.reports)) {
                if (report.actionIndex == index)
                    found = report;
            }
            return found;
        };
        QCOMPARE(final(0).state, State::Skipped);
        QVERIFY2(final(0).reason.contains(u"No webhook address is stored for “#알림”"_s) &&
                final(0).reason.contains(u"soopchat-cli alerts set-secret d1"_s),
            qPrintable(final(0).reason));
        QCOMPARE(final(1).state, State::Failed);
        QVERIFY2(final(1).reason.contains(u"not a Telegram bot token"_s), qPrintable(final(1).reason));
        QVERIFY(!final(1).reason.contains(u"not a token"_s)); // the secret is not repeated
        QCOMPARE(final(2).state, State::Skipped);
        QVERIFY(final(2).reason.contains(u"“gone” is not in the alerts file"_s));
    }

    void withoutAKeychainTheActionIsSkippedAndSaysWhy()
    {
        if (keychainMode() != "none"_L1)
            QSKIP("needs a session without a keychain: run through with-dbus.sh none (ctest does)");
        FakeDeliveryService discord(FakeDeliveryService::Flavour::Discord);
        FakeDeliveryService telegram(FakeDeliveryService::Flavour::Telegram);
        QVERIFY(discord.start());
        QVERIFY(telegram.start());
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"#알림"_s);
        const AlertTarget chat = target(AlertTarget::Kind::Telegram, u"t1"_s, u"chat"_s);
        DiscordRunner discordRunner(SecretStore(m_service, 5s));
        TelegramRunner telegramRunner(SecretStore(m_service, 5s), QUrl(telegram.apiBase()));
        discordRunner.configure(configWith({hook, chat}));
        telegramRunner.configure(configWith({hook, chat}));
        Recorder recorder;
        recorder.watch(discordRunner);
        recorder.watch(telegramRunner);
        const Alert alert = makeAlert(u"x"_s);
        discordRunner.run(alert, 0, action(AlertAction::Kind::Discord, u"d1"_s), u"x"_s);
        telegramRunner.run(alert, 1, action(AlertAction::Kind::Telegram, u"t1"_s), u"x"_s);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.reports.size(), 4, 30'000);
        for (const AlertReport &report : std::as_const(recorder.reports)) {
            if (report.state == State::Queued)
                continue;
            QCOMPARE(report.state, State::Skipped);
            QVERIFY2(report.reason.startsWith(u"No keychain is available"_s), qPrintable(report.reason));
        }
        QVERIFY(recorder.reports.at(2).reason.contains(u"webhook address of “#알림”"_s) ||
            recorder.reports.at(3).reason.contains(u"webhook address of “#알림”"_s));
        QCOMPARE(discord.requests().size(), 0);
        QCOMPARE(telegram.requests().size(), 0);
    }

    void secretsNeverReachTheLogOrTheReasons()
    {
        if (!needKeychain())
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        QStringList messages;
        capturedMessages = &messages;
        previousHandler = qInstallMessageHandler(captureMessage);
        // Everything SoopChat and Qt say, but the fake services' own server (which is the test's, not the app's).
        QLoggingCategory::setFilterRules(u"*.debug=true\nqt.httpserver*.debug=false"_s);
        auto restore = qScopeGuard([] {
            qInstallMessageHandler(previousHandler);
            capturedMessages = nullptr;
            QLoggingCategory::setFilterRules(u"soopchat.*.debug=false"_s);
        });

        FakeDeliveryService discord(FakeDeliveryService::Flavour::Discord);
        FakeDeliveryService telegram(FakeDeliveryService::Flavour::Telegram);
        QVERIFY(discord.start());
        QVERIFY(telegram.start());
        discord.setWebhook(WebhookId, WebhookToken);
        telegram.setBot(BotToken, {ChatId});
        discord.script({Answer {Answer::Kind::ServerError, 0, 500}, Answer {Answer::Kind::RateLimited, 0.05}, Answer {},
            Answer {Answer::Kind::Drop}});
        telegram.script({Answer {Answer::Kind::ServerError, 0, 502}, Answer {}, Answer {Answer::Kind::Drop}});
        const AlertTarget hook = target(AlertTarget::Kind::Discord, u"d1"_s, u"hook"_s);
        const AlertTarget chat = target(AlertTarget::Kind::Telegram, u"t1"_s, u"chat"_s);
        const AlertTarget deleted = target(AlertTarget::Kind::Discord, u"d2"_s, u"deleted"_s);
        const AlertTarget wrongBot = target(AlertTarget::Kind::Telegram, u"t2"_s, u"wrong bot"_s);
        const QString otherToken = u"9900:AAH-SECRET-other-token-0123456789"_s;
        keep(hook, discord.webhookUrl());
        keep(chat, BotToken);
        keep(deleted, u"http://127.0.0.1:%1/api/webhooks/77/SECRET-deleted-0123456789abc"_s.arg(discord.port()));
        keep(wrongBot, otherToken);

        const AlertConfig config = configWith({hook, chat, deleted, wrongBot});
        DiscordRunner discordRunner(store());
        TelegramRunner telegramRunner(store(), QUrl(telegram.apiBase()));
        discordRunner.setPolicy(fastPolicy());
        telegramRunner.setPolicy(fastPolicy());
        discordRunner.configure(config);
        telegramRunner.configure(config);
        Recorder recorder;
        recorder.watch(discordRunner);
        recorder.watch(telegramRunner);
        QList<Alert> alerts;
        for (int i = 0; i < 3; ++i) {
            alerts.append(makeAlert(QString::number(i)));
            discordRunner.run(alerts.last(), 0, action(AlertAction::Kind::Discord, u"d1"_s), u"x"_s);
            discordRunner.run(alerts.last(), 1, action(AlertAction::Kind::Discord, u"d2"_s), u"x"_s);
            telegramRunner.run(alerts.last(), 2, action(AlertAction::Kind::Telegram, u"t1"_s), u"x"_s);
            telegramRunner.run(alerts.last(), 3, action(AlertAction::Kind::Telegram, u"t2"_s), u"x"_s);
        }
        QTRY_VERIFY_WITH_TIMEOUT(discordRunner.waiting() == 0 && telegramRunner.waiting() == 0, 30'000);
        QVERIFY(recorder.reports.size() > 24);
        QVERIFY2(messages.size() > 24, qPrintable(QString::number(messages.size()))); // the log did speak

        QStringList everything = messages;
        for (const AlertReport &report : std::as_const(recorder.reports))
            everything.append(report.reason + u' ' + report.targetName);
        for (const QString &line : std::as_const(everything)) {
            for (const QString &secret : {WebhookToken, BotToken, otherToken, u"SECRET"_s})
                QVERIFY2(!line.contains(secret), qPrintable(u"a secret in: "_s + line));
        }
        // Redacted addresses still say where.
        QCOMPARE(DeliveryQueue::redactUrl(QUrl(discord.webhookUrl() + u"?wait=true"_s)),
            u"http://127.0.0.1:%1/api/webhooks/%2/…"_s.arg(discord.port()).arg(WebhookId));
        QCOMPARE(DeliveryQueue::redactUrl(QUrl(telegram.apiBase() + u"/bot"_s + BotToken + u"/sendMessage"_s)),
            telegram.apiBase() + u"/bot…/sendMessage"_s);
    }
};

QTEST_GUILESS_MAIN(TestAlertDelivery)
#include "tst_alertdelivery.moc"
