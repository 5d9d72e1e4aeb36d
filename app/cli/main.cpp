#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include "cli/CliCommand.h"
#include "core/util/AppPaths.h"
#include "core/util/FileLimits.h"

namespace {

using namespace Qt::StringLiterals;

using cli::UsesDatabase;

const cli::Command Commands[] = {
    {"decode", "Decode raw SOOP packet bytes or recorded CHZZK frames to JSONL events", cli::decode},
    {"sessions", "List the recorded sessions with their totals", cli::sessions, UsesDatabase::Yes},
    {"stats", "A recorded session's statistics: totals, per minute, top donors and words", cli::stats,
        UsesDatabase::Yes},
    {"export", "Export a recorded session as CSV or JSONL", cli::exportSession, UsesDatabase::Yes},
    {"search", "Find text in every recorded session", cli::search, UsesDatabase::Yes},
    {"listen", "Join a channel and print its live events as JSONL", cli::listen},
    {"record", "Record a channel's events into the session database", cli::record, UsesDatabase::Yes},
    {"sim", "Run the SOOP simulator (live API and chat) on loopback", cli::sim},
    {"alerts", "Check the alert rules; send a test alert to the Discord and Telegram targets; keep their secrets",
        cli::alerts},
};

void printUsage(QTextStream &out)
{
    out << "Usage: soopchat-cli COMMAND [OPTIONS]\n\nCommands:\n";
    for (const cli::Command &command : Commands)
        out << "  " << QString::fromUtf8(command.name).leftJustified(10) << command.summary << '\n';
    out << "\nOptions:\n"
        << "  -h, --help  Show this help.\n"
        << "  --version   Show the version.\n"
        << "\nRun 'soopchat-cli COMMAND --help' for a command's options.\n";
}

// The default database is in the XDG data folder; recordings of older
// versions move there before a command looks for them.
void migrateForDefaultDatabase(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == "--db"_L1 || argument.startsWith("--db="_L1) || argument == "--help"_L1 || argument == "-h"_L1)
            return;
    }
    const soopchat::AppPaths::Migration migration =
        soopchat::AppPaths::migrateLegacyFolders(soopchat::AppPaths::Folder::Data);
    QTextStream err(stderr);
    for (const soopchat::AppPaths::MovedFile &file : migration.moved)
        err << "soopchat-cli: moved " << file.from << " to " << file.to << '\n';
    for (const QString &error : migration.errors)
        err << "soopchat-cli: could not move from an old folder: " << error << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // Room for the chat's connections whatever the overlay's clients do.
    soopchat::FileLimits::raiseToHard();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"soopchat-cli"_s);
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
        if (arguments.first() != QLatin1StringView(command.name))
            continue;
        if (command.database == UsesDatabase::Yes)
            migrateForDefaultDatabase(arguments);
        return command.run(arguments);
    }
    QTextStream(stderr) << "soopchat-cli: unknown command \"" << arguments.first()
                        << "\" (run 'soopchat-cli --help' for the list)\n";
    return cli::ExitUsage;
}
