#include "cli/AlertsOutput.h"

#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include "cli/CliCommand.h"
#include "core/alerts/AlertBoxRunner.h"
#include "core/alerts/AlertConfigFile.h"
#include "core/alerts/AlertEngine.h"
#include "core/alerts/DiscordRunner.h"
#include "core/alerts/NotificationRunner.h"
#include "core/alerts/TelegramRunner.h"
#include "core/util/DesktopNotifier.h"
#include "core/util/SecretStore.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

// One line, whatever the text holds.
QString oneLine(QString text)
{
    text.replace(u'\n', u' ').replace(u'\r', u' ');
    return text;
}

} // namespace

QStringList withAlertsFile(QStringList arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) != "--alerts"_L1)
            continue;
        const bool named = i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(u'-') &&
            (arguments.at(i + 1).endsWith(".json"_L1) || QFileInfo(arguments.at(i + 1)).isFile());
        if (named) {
            arguments[i] = u"--alerts="_s + arguments.at(i + 1);
            arguments.removeAt(i + 1);
        } else {
            arguments[i] = u"--alerts="_s + AlertConfigFile::defaultPath();
        }
    }
    return arguments;
}

std::unique_ptr<AlertEngine> makeAlertEngine(const QString &path, const char *command, OverlayServer *overlay)
{
    const AlertConfigFile::Loaded loaded = AlertConfigFile::load(path);
    for (const QString &problem : loaded.problems)
        QTextStream(stderr) << "soopchat-cli " << command << ": " << path << ": " << problem << '\n';
    if (!loaded.fileExisted) {
        fail(command, u"there is no alerts file %1"_s.arg(path), ExitUsage);
        return nullptr;
    }
    if (loaded.config.rules.isEmpty()) {
        fail(command, u"the alerts file %1 holds no rule"_s.arg(path), ExitUsage);
        return nullptr;
    }
    auto engine = std::make_unique<AlertEngine>();
    engine->setLanguage(QLocale::system().language() == QLocale::Korean ? u"ko"_s : u"en"_s);
    QObject::connect(engine.get(), &AlertEngine::problem, [command](const QString &problem) {
        QTextStream(stderr) << "soopchat-cli " << command << ": " << problem << '\n';
    });
    // Headless, the desktop may still be there (a second PC's session);
    // without one each notification reports that it failed, and why.
    auto *notifier = new DesktopNotifier(u"SoopChat"_s, QDBusConnection::sessionBus(), engine.get());
    engine->addRunner(new NotificationRunner(notifier));
    // The other runners of the app that need no window (sound and speech
    // are the app's: soopchat-cli links no audio):
    const SecretStore secrets(u"soopchat"_s); // the app's (AppContext::Options::secretService)
    engine->addRunner(new DiscordRunner(secrets));
    engine->addRunner(new TelegramRunner(secrets, TelegramRunner::apiBaseFromEnvironment()));
    engine->addRunner(new AlertBoxRunner(overlay)); // --overlay: the alert box page; without it, skipped
    AlertEngine *raw = engine.get();
    QObject::connect(raw, &AlertEngine::fired, [raw](const Alert &alert) {
        QTextStream(stdout) << "alert " << alert.id << ' ' << oneLine(alert.ruleName) << " · " << alert.channelId
                            << " · " << oneLine(raw->defaultText(*alert.event, alert.fields)) << Qt::endl;
    });
    QObject::connect(raw, &AlertEngine::reported, [](const AlertReport &report) {
        QTextStream out(stdout);
        out << "alert-report " << report.alertId << " #" << report.actionIndex << ' '
            << alertActionKindName(report.kind) << ' ' << alertReportStateName(report.state);
        if (!report.reason.isEmpty())
            out << ": " << oneLine(report.reason);
        out << Qt::endl;
    });
    engine->setConfig(loaded.config);
    return engine;
}

} // namespace cli
