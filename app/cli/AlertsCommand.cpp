#include <QTextStream>

#include "cli/CliCommand.h"
#include "core/alerts/AlertConfigFile.h"
#include "core/alerts/AlertEngine.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

QString amountRange(const AlertRule &rule)
{
    if (rule.minAmount && rule.maxAmount)
        return u"%1..%2"_s.arg(*rule.minAmount).arg(*rule.maxAmount);
    if (rule.minAmount)
        return u">= %1"_s.arg(*rule.minAmount);
    if (rule.maxAmount)
        return u"<= %1"_s.arg(*rule.maxAmount);
    return {};
}

// A rule as understood, on one line: what it picks and what it does.
QString describe(const AlertRule &rule)
{
    QStringList parts;
    QStringList kinds;
    for (EventType kind : rule.kinds)
        kinds.append(QString(eventTypeName(kind)));
    parts.append(u"kinds="_s + (kinds.isEmpty() ? u"any"_s : kinds.join(u',')));
    if (const QString amount = amountRange(rule); !amount.isEmpty())
        parts.append(u"amount "_s + amount);
    if (rule.minWon)
        parts.append(u"won >= %1"_s.arg(*rule.minWon));
    if (!rule.users.isEmpty())
        parts.append(u"users="_s + rule.users.join(u','));
    QStringList roles;
    for (Role role : AllRoles) {
        if (rule.roles.testFlag(role))
            roles.append(QString(roleName(role)));
    }
    if (!roles.isEmpty())
        parts.append(u"roles="_s + roles.join(u','));
    if (!rule.pattern.isEmpty())
        parts.append((rule.patternIsRegex ? u"regex="_s : u"phrase="_s) + rule.pattern);
    if (!rule.channels.isEmpty())
        parts.append(u"channels="_s + rule.channels.join(u','));
    if (rule.cooldownSeconds > 0)
        parts.append(u"cooldown=%1s"_s.arg(rule.cooldownSeconds));
    if (rule.userCooldownSeconds > 0)
        parts.append(u"user-cooldown=%1s"_s.arg(rule.userCooldownSeconds));
    QStringList actions;
    for (const AlertAction &action : rule.actions)
        actions.append(QString(alertActionKindName(action.kind)));
    parts.append(u"actions="_s + (actions.isEmpty() ? u"none"_s : actions.join(u',')));
    return parts.join(u' ');
}

} // namespace

int alertsCheck(const QString &path)
{
    const AlertConfigFile::Loaded loaded = AlertConfigFile::load(path);
    QTextStream out(stdout);
    if (!loaded.fileExisted)
        return fail("alerts", u"there is no alerts file %1"_s.arg(path), ExitFailure);
    QStringList problems = loaded.problems;
    // What only the engine finds: regular expressions that do not compile.
    AlertEngine engine;
    engine.setConfig(loaded.config);
    problems += engine.problems();
    out << path << ": " << loaded.config.rules.size() << (loaded.config.rules.size() == 1 ? " rule" : " rules") << ", "
        << loaded.config.targets.size() << (loaded.config.targets.size() == 1 ? " target" : " targets") << '\n';
    for (const AlertRule &rule : loaded.config.rules) {
        out << (rule.enabled ? "rule " : "rule (disabled) ") << '"' << rule.name << "\" " << describe(rule) << '\n';
    }
    for (const AlertTarget &target : loaded.config.targets)
        out << "target " << alertTargetKindName(target.kind) << " \"" << target.name << "\"\n";
    for (const QString &problem : problems)
        out << "problem: " << problem << '\n';
    out.flush();
    return problems.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace cli
