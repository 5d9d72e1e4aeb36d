// soopchat-cli alerts set-secret and alerts test (issue #14): the secret goes
// in through standard input and into GNOME Keyring, the test alert reaches
// fake Discord and Telegram services on loopback, and the outcome is printed
// per target. Run by ctest through tests/overlay/with-dbus.sh, with a keychain
// and without one.
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "FakeDeliveryService.h"
#include "core/alerts/AlertConfigFile.h"
#include "core/util/SecretStore.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

const QString WebhookToken = u"cli-SECRET-webhook-token-0123456789abcdefgh"_s;
const QString BotToken = u"5566778899:AAH-SECRET-cli-token-Qw3Er5Ty7Ui9"_s;
const QString ChatId = u"-100555"_s;

QString keychainMode()
{
    return qEnvironmentVariable("SOOPCHAT_TEST_KEYCHAIN");
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestAlertsDeliveryCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    QString m_file;

    // The CLI runs while this process's fake services answer it: awaited, not blocked on.
    Run cli(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        Run run;
        QProcess process;
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(testdata::cliPath(), arguments);
        if (!process.waitForStarted(30'000))
            return run;
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(120'000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static void writeConfig(const QString &path)
    {
        AlertConfig config;
        AlertTarget discord;
        discord.id = u"d1"_s;
        discord.kind = AlertTarget::Kind::Discord;
        discord.name = u"#후원-알림"_s;
        AlertTarget telegram;
        telegram.id = u"t1"_s;
        telegram.kind = AlertTarget::Kind::Telegram;
        telegram.name = u"매니저방"_s;
        telegram.chatId = ChatId;
        config.targets = {discord, telegram};
        QVERIFY(AlertConfigFile::save(path, config).isEmpty());
    }

private slots:
    void init()
    {
        QVERIFY(m_folder.isValid());
        m_file = m_folder.path() + u"/alerts.json"_s;
        writeConfig(m_file);
    }

    void cleanup()
    {
        if (keychainMode() == "available"_L1) {
            SecretStore(u"soopchat"_s).remove(u"alerts/target/d1"_s);
            SecretStore(u"soopchat"_s).remove(u"alerts/target/t1"_s);
        }
    }

    void secretsGoInThroughStandardInputAndTheTestReachesEveryTarget()
    {
        if (keychainMode() != "available"_L1)
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        FakeDeliveryService discord(FakeDeliveryService::Flavour::Discord);
        FakeDeliveryService telegram(FakeDeliveryService::Flavour::Telegram);
        QVERIFY(discord.start());
        QVERIFY(telegram.start());
        discord.setWebhook(u"4242"_s, WebhookToken);
        telegram.setBot(BotToken, {ChatId});

        const Run keptHook =
            cli({u"alerts"_s, u"set-secret"_s, u"d1"_s, u"--file"_s, m_file}, discord.webhookUrl().toUtf8() + "\n");
        QCOMPARE(keptHook.exitCode, 0);
        QVERIFY2(
            keptHook.out.contains(u"Kept the webhook address of #후원-알림 (discord, d1)"_s), qPrintable(keptHook.out));
        const Run keptBot = cli({u"alerts"_s, u"set-secret"_s, u"t1"_s, u"--file"_s, m_file}, BotToken.toUtf8() + "\n");
        QCOMPARE(keptBot.exitCode, 0);
        QCOMPARE(SecretStore(u"soopchat"_s).read(u"alerts/target/d1"_s).value, discord.webhookUrl());
        QCOMPARE(SecretStore(u"soopchat"_s).read(u"alerts/target/t1"_s).value, BotToken);

        // The Telegram stand-in through the environment, as the app takes it.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SOOPCHAT_TELEGRAM_API"_s, telegram.apiBase());
        const Run test = cli({u"alerts"_s, u"test"_s, u"--file"_s, m_file}, {}, environment);
        QVERIFY2(test.exitCode == 0, qPrintable(test.out + test.err));
        QCOMPARE(test.out, u"#후원-알림 (discord, d1): sent\n매니저방 (telegram, t1): sent\n"_s);
        QCOMPARE(discord.requests().size(), 1);
        QCOMPARE(telegram.requests().size(), 1);
        QVERIFY2(discord.problems().isEmpty(), qPrintable(discord.problems().join(u'\n')));
        QVERIFY2(telegram.problems().isEmpty(), qPrintable(telegram.problems().join(u'\n')));
        QVERIFY(telegram.posted().first().contains(u"매니저방"_s));
        for (const Run &run : {keptHook, keptBot, test}) {
            QVERIFY(!run.out.contains(u"SECRET"_s));
            QVERIFY(!run.err.contains(u"SECRET"_s));
        }

        // The webhook is deleted in Discord: that target fails with Discord's reason, the exit status says so.
        discord.setWebhook(u"4242"_s, u"another-token-after-deletion-0123"_s);
        const Run failed = cli({u"alerts"_s, u"test"_s, u"--file"_s, m_file, u"--telegram-api"_s, telegram.apiBase()});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.out.contains(
                     u"#후원-알림 (discord, d1): failed: Discord refused the post: Unknown Webhook (HTTP 404)\n"_s),
            qPrintable(failed.out));
        QVERIFY(failed.out.contains(u"매니저방 (telegram, t1): sent\n"_s));
        QVERIFY(!failed.out.contains(u"SECRET"_s));
    }

    void aSecretOfTheWrongFormIsRefusedWithoutRepeatingIt()
    {
        const Run wrong = cli({u"alerts"_s, u"set-secret"_s, u"t1"_s, u"--file"_s, m_file}, "my-SECRET-guess\n");
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(u"not a Telegram bot token"_s), qPrintable(wrong.err));
        QVERIFY(!wrong.err.contains(u"SECRET"_s));
        const Run unknown = cli({u"alerts"_s, u"set-secret"_s, u"nope"_s, u"--file"_s, m_file}, "x\n");
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(
            unknown.err.contains(u"no target \"nope\""_s) && unknown.err.contains(u"d1"_s), qPrintable(unknown.err));
        const Run asArgument = cli(
            {u"alerts"_s, u"set-secret"_s, u"d1"_s, u"https://discord.com/api/webhooks/1/x"_s, u"--file"_s, m_file});
        QCOMPARE(asArgument.exitCode, 2); // never on a command line
    }

    void withoutAKeychainItSaysSo()
    {
        if (keychainMode() != "none"_L1)
            QSKIP("needs a session without a keychain: run through with-dbus.sh none (ctest does)");
        const Run set = cli({u"alerts"_s, u"set-secret"_s, u"d1"_s, u"--file"_s, m_file},
            "https://discord.com/api/webhooks/1/SECRET-abcdefghijklmnopqrstuvwxyz\n");
        QCOMPARE(set.exitCode, 1);
        QVERIFY2(set.err.contains(u"no keychain is available"_s), qPrintable(set.err));
        QVERIFY(!set.err.contains(u"SECRET"_s));
        const Run test = cli({u"alerts"_s, u"test"_s, u"--file"_s, m_file});
        QCOMPARE(test.exitCode, 1);
        QVERIFY2(
            test.out.contains(u"#후원-알림 (discord, d1): skipped: No keychain is available"_s), qPrintable(test.out));
        QVERIFY(test.out.contains(u"매니저방 (telegram, t1): skipped: No keychain is available"_s));
    }

    void aMissingFileIsAClearError()
    {
        const Run run = cli({u"alerts"_s, u"test"_s, u"--file"_s, m_folder.path() + u"/none.json"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"no alerts file at"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestAlertsDeliveryCli)
#include "tst_alertsdeliverycli.moc"
