#include "cli/CliCommand.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace cli {

using namespace Qt::StringLiterals;

int fail(const char *command, const QString &message, int exitCode)
{
    QTextStream(stderr) << "soopchat-cli " << command << ": " << message << '\n';
    return exitCode;
}

int parse(QCommandLineParser &parser, const char *command, const QStringList &arguments)
{
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    if (!parser.parse(arguments))
        return fail(command, parser.errorText() + u" (see --help)"_s);
    if (parser.isSet(help)) {
        // The usage line names the program by its path; show the command instead.
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(), u"soopchat-cli "_s + QLatin1StringView(command));
        QTextStream(stdout) << text;
        return ExitOk;
    }
    return -1;
}

bool intOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *value,
    const char *command, int *exitCode)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 parsed = parser.value(name).toLongLong(&ok);
    if (!ok || parsed < min || parsed > max) {
        *exitCode = fail(command,
            u"--%1 must be a whole number from %2 to %3, not \"%4\""_s.arg(name).arg(min).arg(max).arg(
                parser.value(name)));
        return false;
    }
    *value = parsed;
    return true;
}

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
} // namespace

void quitOnSignals()
{
    if (signalPipe[0] >= 0 || ::pipe(signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

} // namespace cli
