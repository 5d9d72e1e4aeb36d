// soopchat-cli alerts check | test | set-secret: the Discord and Telegram targets of
// the alerts file (issue #14, delivery). `alerts check` (the rules) is the
// engine's and lives beside it (AlertsCommand.cpp); alerts() hands each subcommand its own
// function so the two merge as one command.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

#include "cli/CliCommand.h"
#include "core/alerts/AlertConfigFile.h"
#include "core/alerts/DiscordRunner.h"
#include "core/alerts/TelegramRunner.h"
#include "core/util/RandomId.h"
#include "core/util/SecretStore.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

const char *const CommandName = "alerts";
const QString SecretService = u"soopchat"_s; // the app's (AppContext::Options::secretService)

// Every option of every `alerts` subcommand: `alerts --help` lists them all
// (the man page's check reads one list per command).
struct AlertsOptions
{
    QCommandLineOption file {u"file"_s, u"The alerts file (default: %1)."_s.arg(AlertConfigFile::defaultPath()),
        u"FILE"_s, AlertConfigFile::defaultPath()};
    QCommandLineOption telegramApi {u"telegram-api"_s,
        u"test: the Telegram Bot API's address (default: $SOOPCHAT_TELEGRAM_API, else %1)."_s.arg(
            TelegramRunner::defaultApiBase().toString()),
        u"URL"_s};
};

QString targetLabel(const AlertTarget &target)
{
    const QString name = target.name.isEmpty() ? target.id : target.name;
    return u"%1 (%2, %3)"_s.arg(name, QLatin1StringView(alertTargetKindName(target.kind)), target.id);
}

// The alerts file, or why not: a missing file is an error here (nothing to test).
bool loadConfig(const QString &path, AlertConfig *config, int *exitCode)
{
    const AlertConfigFile::Loaded loaded = AlertConfigFile::load(path);
    if (!loaded.fileExisted) {
        *exitCode = fail(CommandName,
            u"no alerts file at %1 (make one in Settings → Alerts, or see docs/ALERTS.md)"_s.arg(path), ExitFailure);
        return false;
    }
    QTextStream err(stderr);
    for (const QString &problem : loaded.problems)
        err << "soopchat-cli alerts: " << path << ": " << problem << '\n';
    *config = loaded.config;
    return true;
}

// A line from standard input, not echoed when it is a terminal.
QString readSecretLine(const QString &prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        QTextStream(stderr) << prompt << Qt::flush;
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine(16 * 1024);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        QTextStream(stderr) << '\n';
    }
    return QString::fromUtf8(line).trimmed();
}

int alertsTest(const QCommandLineParser &parser, const AlertsOptions &options)
{
    if (parser.positionalArguments().size() > 1)
        return fail(CommandName, u"test takes no arguments, got \"%1\""_s.arg(parser.positionalArguments().at(1)));
    AlertConfig config;
    int exitCode = ExitOk;
    if (!loadConfig(parser.value(options.file), &config, &exitCode))
        return exitCode;
    if (config.targets.isEmpty())
        return fail(
            CommandName, u"%1 has no Discord or Telegram targets"_s.arg(parser.value(options.file)), ExitFailure);

    QUrl telegramApi = TelegramRunner::apiBaseFromEnvironment();
    if (parser.isSet(options.telegramApi)) {
        telegramApi = QUrl(parser.value(options.telegramApi));
        if (!telegramApi.isValid() || telegramApi.host().isEmpty())
            return fail(CommandName, u"--telegram-api must be an address such as https://api.telegram.org"_s);
    }

    // A test that cannot get through in a few tries says so rather than waiting long.
    DeliveryPolicy policy;
    policy.maxAttempts = 3;
    policy.maxRetry = std::chrono::seconds(10);
    const SecretStore secrets(SecretService);
    DiscordRunner discord(secrets);
    TelegramRunner telegram(secrets, telegramApi);
    QHash<QString, AlertReport> outcomes; // by target id
    QEventLoop loop;
    QTextStream err(stderr);
    for (DeliveryRunner *runner : {static_cast<DeliveryRunner *>(&discord), static_cast<DeliveryRunner *>(&telegram)}) {
        runner->setPolicy(policy);
        runner->configure(config);
        QObject::connect(runner, &AlertActionRunner::reported, &loop, [&](const AlertReport &report) {
            if (report.state == AlertReport::State::Retrying) {
                err << "soopchat-cli alerts: " << report.targetName << ": " << report.reason << "; trying again in "
                    << QString::number(double(report.retryInMs) / 1000.0, 'f', 1) << " s\n"
                    << Qt::flush;
                return;
            }
            if (report.state == AlertReport::State::Queued)
                return;
            outcomes.insert(report.alertId, report);
            if (outcomes.size() == config.targets.size())
                loop.quit();
        });
    }

    QHash<QString, QString> targetOfAlert;
    for (const AlertTarget &target : std::as_const(config.targets)) {
        Alert alert;
        alert.id = randomHexId();
        alert.ruleName = u"soopchat-cli alerts test"_s;
        alert.channelId = u"soopchat"_s;
        alert.firedAtMs = QDateTime::currentMSecsSinceEpoch();
        alert.fields = {u"SoopChat"_s, u"soopchat"_s, u"1,000"_s, u"별풍선"_s, u"A test alert from soopchat-cli."_s,
            u"soopchat"_s, {}};
        alert.tier = DonationTier::Medium;
        targetOfAlert.insert(alert.id, target.id);
        const QString text = u"SoopChat test alert: if you can read this, alerts reach “%1”."_s.arg(
            target.name.isEmpty() ? target.id : target.name);
        if (target.kind == AlertTarget::Kind::Discord)
            discord.sendTest(target.id, alert, text);
        else
            telegram.sendTest(target.id, alert, text);
    }
    if (outcomes.size() < config.targets.size())
        loop.exec();

    QTextStream out(stdout);
    bool allSent = true;
    for (const AlertTarget &target : std::as_const(config.targets)) {
        AlertReport outcome;
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
            if (targetOfAlert.value(it.key()) == target.id)
                outcome = it.value();
        }
        out << targetLabel(target) << ": " << QLatin1StringView(alertReportStateName(outcome.state));
        if (!outcome.reason.isEmpty())
            out << ": " << outcome.reason;
        out << '\n';
        allSent = allSent && outcome.state == AlertReport::State::Sent;
    }
    return allSent ? ExitOk : ExitFailure;
}

int alertsSetSecret(const QCommandLineParser &parser, const AlertsOptions &options)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(CommandName, u"set-secret takes one TARGET_ID (the secret itself is read from standard input)"_s);
    AlertConfig config;
    int exitCode = ExitOk;
    if (!loadConfig(parser.value(options.file), &config, &exitCode))
        return exitCode;
    const AlertTarget *target = config.target(positional.at(1));
    if (!target) {
        QStringList ids;
        for (const AlertTarget &candidate : std::as_const(config.targets))
            ids.append(targetLabel(candidate));
        return fail(CommandName,
            u"no target \"%1\" in %2 (targets: %3)"_s.arg(
                positional.at(1), parser.value(options.file), ids.isEmpty() ? u"none"_s : ids.join(u", "_s)),
            ExitFailure);
    }
    const bool discord = target->kind == AlertTarget::Kind::Discord;
    const QString what = discord ? u"webhook address"_s : u"bot token"_s;
    const QString secret = readSecretLine(u"The %1 of %2: "_s.arg(what, targetLabel(*target)));
    if (secret.isEmpty())
        return fail(CommandName, u"nothing on standard input: give the %1 there, not as an argument"_s.arg(what));
    // Checked before it is kept; never repeated in a message.
    if (discord && !DiscordRunner::isWebhookAddress(QUrl(secret, QUrl::StrictMode)))
        return fail(CommandName, u"that is not a Discord webhook address (https://discord.com/api/webhooks/…)"_s);
    if (!discord && !TelegramRunner::isBotToken(secret))
        return fail(CommandName, u"that is not a Telegram bot token (123456:ABC…, from @BotFather)"_s);

    const SecretStore::Result written = SecretStore(SecretService).write(target->secretKey(), secret);
    if (written.status == SecretStore::Status::Unavailable) {
        return fail(CommandName,
            u"no keychain is available (%1): SoopChat keeps the %2 only in the OS keychain (GNOME Keyring, "
            "KWallet), never in a file"_s.arg(written.error, what),
            ExitFailure);
    }
    if (!written.ok())
        return fail(CommandName, u"the keychain refused to keep the %1: %2"_s.arg(what, written.error), ExitFailure);
    QTextStream(stdout) << "Kept the " << what << " of " << targetLabel(*target) << " in the keychain.\n";
    return ExitOk;
}

} // namespace

int alerts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The alert rules and their Discord and Telegram targets (docs/ALERTS.md).\n\n"
                                     "  check [FILE]      Read the alerts file (FILE, --file or the default), print\n"
                                     "                    the rules and targets it understood and its problems;\n"
                                     "                    exit status 1 when it has any.\n"
                                     "  test              Send a test alert to every target of the alerts file;\n"
                                     "                    one line per target; exit status 1 if any failed.\n"
                                     "  set-secret TARGET Keep a target's webhook address or bot token in the OS\n"
                                     "                    keychain, read from standard input (never an argument)."_s);
    parser.addPositionalArgument(u"SUBCOMMAND"_s, u"check, test or set-secret"_s, u"SUBCOMMAND [FILE|TARGET]"_s);
    const AlertsOptions options;
    parser.addOption(options.file);
    parser.addOption(options.telegramApi);
    if (const int exit = parse(parser, CommandName, arguments); exit >= 0)
        return exit;
    const QStringList positional = parser.positionalArguments();
    const QString subcommand = positional.value(0);
    if (subcommand == "check"_L1) {
        if (positional.size() > 2)
            return fail(CommandName, u"check takes one FILE at most"_s);
        return alertsCheck(positional.size() == 2 ? positional.at(1) : parser.value(options.file));
    }
    if (subcommand == "test"_L1)
        return alertsTest(parser, options);
    if (subcommand == "set-secret"_L1)
        return alertsSetSecret(parser, options);
    if (subcommand.isEmpty())
        return fail(CommandName, u"which? check, test or set-secret (see --help)"_s);
    return fail(CommandName, u"unknown subcommand \"%1\" (check, test or set-secret; see --help)"_s.arg(subcommand));
}

} // namespace cli
