#pragma once

#include <QByteArray>
#include <QProcess>
#include <QTest>

namespace testdata {

// How a soopchat-cli child ended when the test stopped it.
struct Stopped
{
    bool clean = false; // a normal exit with code 0
    QByteArray errors; // its standard error, read to the end
};

// Stops a running soopchat-cli as a user stops it (SIGTERM, Ctrl+C's twin)
// and waits for it to exit. The wait keeps this thread's event loop turning:
// the simulators a test starts live on it, and a client closing its
// connections may wait for their answer.
inline Stopped stopLikeAUser(QProcess &process, int timeoutMs)
{
    Stopped stopped;
    process.terminate();
    const bool ended = QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    stopped.errors = process.readAllStandardError();
    stopped.clean = ended && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ended)
        stopped.errors += "\n(still running after SIGTERM)";
    return stopped;
}

} // namespace testdata
