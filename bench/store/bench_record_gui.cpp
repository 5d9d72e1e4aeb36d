// bench_record_gui [--rate 20000] [--tabs 1] [--seconds 20] [--warmup 5] [--scripted] [--sim-nice 10]
//
// The sustained insert rate with the GUI running: the real window (AppContext,
// MainWindow, offscreen) opens --tabs channels of a flood served by
// `soopchat-cli sim` in a separate process at --rate packets/s per channel.
// Each tab shows, counts and records what it hears exactly as in the app
// (chat list, statistics, user directory, overlay server, ChannelRecorder ->
// SessionWriter -> sessions.db). After --warmup seconds it measures for
// --seconds: events received by the tabs and committed by their writers per
// second, the writers' backlog (pending events; it must not grow), drops, and
// CPU per event of the whole process and of the writer threads.
//
// The simulator stands in for SOOP's servers, which do not share the viewer's
// cores; it runs at a lower priority (--sim-nice, default 10) so that on a
// small machine it only gets what the app leaves, and its CPU is reported.
//
// Prints Markdown rows for docs/BENCHMARKS.md ("Store").
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include "bench/support/SimulatorProcess.h"
#include "core/store/SessionWriter.h"
#include "ui/common/AppSettings.h"
#include "ui/main/AppContext.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/MainWindow.h"
#include "wiring/ServiceSources.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

double processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
        double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

// CPU ms of this process's threads named `name` (QThread names its thread
// after its objectName), from /proc/self/task/*/stat.
double threadCpuMs(const QByteArray &name)
{
    const double tickMs = 1000.0 / double(sysconf(_SC_CLK_TCK));
    double total = 0;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + u"/comm"_s));
        QFile stat(tasks.filePath(task + u"/stat"_s));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        if (comm.readAll().trimmed() != name)
            continue;
        const QByteArray line = stat.readAll();
        // Fields after the ")" that closes the name: utime and stime are the 12th and 13th.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            total += double(fields[11].toLongLong() + fields[12].toLongLong()) * tickMs;
    }
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption rate(u"rate"_s, u"Packets per second per channel (default 20000)."_s, u"N"_s, u"20000"_s);
    const QCommandLineOption tabs(u"tabs"_s, u"Channels open at once (default 1)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Measure for N seconds (default 20)."_s, u"N"_s, u"20"_s);
    const QCommandLineOption warmup(u"warmup"_s, u"Warm up for N seconds (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption scripted(u"scripted"_s, u"The scripted Korean room instead of the numbered flood."_s);
    const QCommandLineOption simNice(
        u"sim-nice"_s, u"Nice value of the simulator process (default 10; 0 = same priority)."_s, u"N"_s, u"10"_s);
    parser.addOptions({rate, tabs, seconds, warmup, scripted, simNice});
    parser.addHelpOption();
    parser.process(app);
    const int tabCount = std::max(1, parser.value(tabs).toInt());

    QStringList simArguments {u"sim"_s, u"--rate"_s, parser.value(rate), u"--seconds"_s, u"3600"_s};
    if (!parser.isSet(scripted))
        simArguments.append(u"--flood"_s);
    const int niceness = parser.value(simNice).toInt();
    const bench::SimulatorProcess simulator(QStringLiteral(SOOPCHAT_CLI), simArguments, niceness);
    const QUrl apiBase = simulator.apiBase();

    QTemporaryDir folder;
    AppContext::Options options;
    options.settingsPath = folder.path() + u"/soopchat.ini"_s;
    options.dataDir = folder.path() + u"/data"_s;
    options.makeSources = wiring::serviceSources(apiBase);
    options.language = u"en"_s;
    AppContext context(options);
    MainWindow window(context);
    window.resize(1280, 800);
    window.show();
    QList<ChannelTab *> channelTabs;
    for (int i = 0; i < tabCount; ++i)
        channelTabs.append(window.openChannel(u"benchbj%1"_s.arg(i + 1)));

    qint64 received = 0;
    for (ChannelTab *tab : channelTabs)
        QObject::connect(tab->pipeline(), &ChannelPipeline::eventsReceived,
            [&](const EventBatch &batch) { received += batch.size(); });
    auto written = [&] {
        qint64 sum = 0;
        for (ChannelTab *tab : channelTabs)
            sum += tab->recordingWriter() ? tab->recordingWriter()->eventsWritten() : 0;
        return sum;
    };
    auto pending = [&] {
        qint64 sum = 0;
        for (ChannelTab *tab : channelTabs)
            sum += tab->recordingWriter() ? tab->recordingWriter()->pendingEvents() : 0;
        return sum;
    };
    auto dropped = [&] {
        qint64 sum = 0;
        for (ChannelTab *tab : channelTabs)
            sum += tab->recordingWriter() ? tab->recordingWriter()->droppedEvents() : 0;
        return sum;
    };

    QElapsedTimer clock;
    clock.start();
    const qint64 warmupMs = parser.value(warmup).toLongLong() * 1000;
    const qint64 measureMs = parser.value(seconds).toLongLong() * 1000;
    qint64 startReceived = 0, startWritten = 0, startPending = 0;
    double startCpu = 0, startWriterCpu = 0, startSimCpu = 0;
    qint64 maxPending = 0;
    bool measuring = false;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (!measuring && now >= warmupMs) {
            measuring = true;
            clock.restart();
            startReceived = received;
            startWritten = written();
            startPending = pending();
            startCpu = processCpuMs();
            startWriterCpu = threadCpuMs("SessionWriter");
            startSimCpu = 1000.0 * simulator.cpuSeconds();
            return;
        }
        if (!measuring)
            return;
        maxPending = std::max(maxPending, pending());
        if (now < measureMs)
            return;
        const double elapsedS = double(now) / 1000.0;
        const qint64 in = received - startReceived;
        const qint64 out = written() - startWritten;
        const double cpu = processCpuMs() - startCpu;
        const double writerCpu = threadCpuMs("SessionWriter") - startWriterCpu;
        const double simCpu = 1000.0 * simulator.cpuSeconds() - startSimCpu;
        QTextStream out_(stdout);
        out_ << "| measurement | figure |\n|---|---|\n";
        out_ << "| channels × rate | " << tabCount << " × " << parser.value(rate) << " packets/s ("
             << (parser.isSet(scripted) ? "scripted room" : "numbered flood") << "), " << elapsedS << " s |\n";
        out_ << "| events received by the tabs | " << qint64(double(in) / elapsedS) << " events/s |\n";
        out_ << "| events committed by the writers | **" << qint64(double(out) / elapsedS) << " events/s** |\n";
        out_ << "| writer backlog (pending) | " << startPending << " at the start, " << pending() << " at the end, "
             << maxPending << " at most; " << dropped() << " dropped |\n";
        out_ << "| CPU, whole process | " << qint64(cpu) << " ms (" << QString::number(cpu / elapsedS / 10.0, 'f', 0)
             << " % of one core; " << QString::number(in > 0 ? cpu * 1000.0 / double(in) : 0, 'f', 1)
             << " µs per event) |\n";
        out_ << "| CPU, writer threads | " << qint64(writerCpu) << " ms ("
             << QString::number(writerCpu / elapsedS / 10.0, 'f', 0) << " % of one core; "
             << QString::number(out > 0 ? writerCpu * 1000.0 / double(out) : 0, 'f', 1) << " µs per event) |\n";
        out_ << "| CPU, simulator process (nice " << niceness << ") | " << qint64(simCpu) << " ms ("
             << QString::number(simCpu / elapsedS / 10.0, 'f', 0) << " % of one core) |\n";
        out_.flush();
        QCoreApplication::exit(0);
    });
    sampler.start(100);
    const int result = QCoreApplication::exec();
    return result;
}
