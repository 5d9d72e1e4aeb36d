#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include "cli/CliCommand.h"

namespace {

using namespace Qt::StringLiterals;

const cli::Command Commands[] = {
    {"decode", "Decode raw SOOP packet bytes to JSONL events", cli::decode},
    {"sessions", "List the recorded sessions with their totals", cli::sessions},
    {"stats", "A recorded session's statistics: totals, per minute, top donors and words", cli::stats},
    {"export", "Export a recorded session as CSV or JSONL", cli::exportSession},
    {"search", "Find text in every recorded session", cli::search},
    {"listen", "Join a channel and print its live events as JSONL", cli::listen},
    {"record", "Record a channel's events into the session database", cli::record},
    {"sim", "Run the SOOP simulator (live API and chat) on loopback", cli::sim},
};

void printUsage(QTextStream &out)
{
    out << "Usage: soopchat-cli COMMAND [OPTIONS]\n\nCommands:\n";
    for (const cli::Command &command : Commands)
        out << "  " << QString::fromUtf8(command.name).leftJustified(10) << command.summary << '\n';
    out << "\nRun 'soopchat-cli COMMAND --help' for a command's options.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"SoopChat"_s);
    QCoreApplication::setOrganizationName(u"SoopChat"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SOOPCHAT_VERSION));

    // Commands print their own progress; the subsystems' info lines are for
    // debugging (QT_LOGGING_RULES="soopchat.*.info=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"soopchat.*.info=false"_s);

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty() || arguments.first() == "--help"_L1 || arguments.first() == "-h"_L1) {
        QTextStream out(arguments.isEmpty() ? stderr : stdout);
        printUsage(out);
        return arguments.isEmpty() ? cli::ExitUsage : cli::ExitOk;
    }
    if (arguments.first() == "--version"_L1) {
        QTextStream(stdout) << "soopchat-cli " << QCoreApplication::applicationVersion() << '\n';
        return cli::ExitOk;
    }
    for (const cli::Command &command : Commands) {
        if (arguments.first() == QLatin1StringView(command.name))
            return command.run(arguments);
    }
    QTextStream(stderr) << "soopchat-cli: unknown command \"" << arguments.first()
                        << "\" (run 'soopchat-cli --help' for the list)\n";
    return cli::ExitUsage;
}
