#pragma once

#include <QCommandLineParser>
#include <QStringList>

// The pieces every soopchat-cli subcommand shares: one-line errors on
// stderr with a non-zero exit, and --help.
namespace cli {

inline constexpr int ExitOk = 0;
inline constexpr int ExitFailure = 1; // the work failed (network, disk, ...)
inline constexpr int ExitUsage = 2; // bad arguments

// Whether a command reads or writes the recording database (--db), whose
// default is in the data folder: the old folder is moved there first.
enum class UsesDatabase { No, Yes };

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
    UsesDatabase database = UsesDatabase::No;
};

// Prints "soopchat-cli NAME: message" to stderr and returns `exitCode`.
int fail(const char *command, const QString &message, int exitCode = ExitUsage);

// Parses `arguments` (argv[0] is the command name). Returns -1 when the
// command should go on, or the exit code to return (help shown, or an error).
int parse(QCommandLineParser &parser, const char *command, const QStringList &arguments);

// An option value as a positive integer within [min, max], or fails.
bool intOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *value,
    const char *command, int *exitCode);

// Ctrl+C / SIGTERM ends the event loop (QCoreApplication::quit).
void quitOnSignals();

int decode(const QStringList &arguments);
int sessions(const QStringList &arguments);
int stats(const QStringList &arguments);
int exportSession(const QStringList &arguments);
int search(const QStringList &arguments);
int listen(const QStringList &arguments);
int record(const QStringList &arguments);
int sim(const QStringList &arguments);
int alerts(const QStringList &arguments); // AlertsDeliveryCommand.cpp: check, test, set-secret
int alertsCheck(const QString &path); // AlertsCommand.cpp: the rules as understood

} // namespace cli
