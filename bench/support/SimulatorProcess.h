#pragma once

// `soopchat-cli sim` in a separate process, for the benchmarks that watch the
// real window under a storm (bench_desktop, bench_record_gui). It stands in
// for SOOP's servers, which do not share the viewer's cores: at a lower
// priority it only gets what the app leaves on a small machine, and its own
// CPU is reported apart. It goes with the benchmark, even after a crash.
#include <QFile>
#include <QProcess>
#include <QUrl>

#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>

namespace soopchat::bench {

class SimulatorProcess
{
public:
    // Starts `soopchat-cli sim ARGUMENTS` at the given nice value and reads
    // the lines it prints before it serves ("api-base=URL" first, "scenario="
    // last); exits the benchmark when they do not come.
    SimulatorProcess(const QString &cli, const QStringList &arguments, int niceness)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setChildProcessModifier([niceness] {
            prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (niceness > 0 && nice(niceness) == -1)
                _exit(3);
        });
        m_process.start(cli, arguments);
        for (;;) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(10'000))
                qFatal("the simulator did not start");
            if (!m_process.canReadLine())
                continue;
            const QByteArray line = m_process.readLine().trimmed();
            const QUrl value(QString::fromLatin1(line.mid(line.indexOf('=') + 1)));
            if (line.startsWith("api-base="))
                m_apiBase = value;
            else if (line.startsWith("image-base="))
                m_imageBase = value;
            else if (line.startsWith("scenario="))
                break;
        }
    }

    ~SimulatorProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

    QUrl apiBase() const { return m_apiBase; }
    QUrl imageBase() const { return m_imageBase; } // with --media

    // CPU seconds (user + system) the simulator has used, from /proc/PID/stat.
    double cpuSeconds() const
    {
        QFile file(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray stat = file.readAll();
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        return fields.size() < 13 ? 0 : (fields[11].toDouble() + fields[12].toDouble()) / double(sysconf(_SC_CLK_TCK));
    }

private:
    QProcess m_process;
    QUrl m_apiBase;
    QUrl m_imageBase;
};

} // namespace soopchat::bench
