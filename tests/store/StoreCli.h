#pragma once

// soopchat-cli run by the store tests, as a user runs it.
#include <QProcess>
#include <QStringList>

#include "support/TestData.h"

namespace storetest {

using namespace Qt::StringLiterals;

// soopchat-cli as a user runs it, in UTC: its exit code and what it printed
// (exit code -1 when it did not finish normally within a minute).
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TZ"_s, u"UTC"_s);
    process.setProcessEnvironment(env);
    process.start(testdata::cliPath(), arguments);
    Run run;
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace storetest
