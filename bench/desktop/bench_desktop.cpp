// The real window (AppContext, MainWindow, one ChannelTab with its chat list,
// statistics panel, user directory, recorder and overlay server) watching a
// simulated chat storm served by `soopchat-cli sim` in a separate process, so
// the simulator's CPU is not counted and the two processes share the cores as
// a viewer and SOOP would. After the chat list's ring is full and a warm-up,
// it measures for --seconds:
//
//  * GUI event-loop stalls: a 1 ms precise timer records how late each tick
//    comes (lateness = gap between ticks - 1 ms), and every top-level event
//    dispatch on the GUI thread is timed (QApplication::notify), so the longest
//    one can be named;
//  * arrival-to-screen latency: for every row the chat list paints for the
//    first time, the wall-clock time after the paint's event dispatch (which
//    includes flushing the backing store to the screen) minus the event's
//    receivedAtMs, stamped by SoopClient on the network thread when it read the
//    frame (ms resolution: figures carry +0..1 ms);
//  * CPU of the whole process and of each thread, per message received;
//  * RSS (VmRSS, anonymous and file-backed) with the ring full.
//
//   bench_desktop [--seconds 60] [--warmup 5] [--rate 5000] [--rows 10000] [--flood]
//                 [--size 1180x760] [--samples FILE] [--no-probes] [--sim-nice 10]
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise (e.g.
// xcb under xvfb-run). See docs/BENCHMARKS.md, "Desktop viewer".
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

#include <time.h>

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <vector>

#if __has_include(<valgrind/callgrind.h>)
// Under valgrind --tool=callgrind --instr-atstart=no, only the measured
// seconds are profiled; elsewhere these do nothing.
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

#include "bench/support/AlertRules.h"
#include "bench/support/SimulatorProcess.h"
#include "core/alerts/AlertConfigFile.h"
#include "core/alerts/AlertEngine.h"
#include "core/store/SessionWriter.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatView.h"
#include "ui/common/AppSettings.h"
#include "ui/common/Appearance.h"
#include "ui/main/AppContext.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/HighlightsPanel.h"
#include "ui/main/MainWindow.h"
#include "wiring/ServiceSources.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

double wallMs()
{
    timespec now {};
    clock_gettime(CLOCK_REALTIME, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
        double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of each thread by name (/proc/self/task/*/stat), summed over
// threads of the same name.
std::map<QString, double> threadCpuSeconds()
{
    std::map<QString, double> result;
    const double tick = double(sysconf(_SC_CLK_TCK));
    for (const QString &tid : QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(u"/proc/self/task/%1/stat"_s.arg(tid));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = file.readAll();
        const qsizetype open = stat.indexOf('(');
        const qsizetype close = stat.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QString name = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
        // Fields after the name: state is field 3; utime and stime are 14 and 15.
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        result[name] += (fields[11].toDouble() + fields[12].toDouble()) / tick;
    }
    return result;
}

// kB figures of /proc/self/status.
qint64 statusKb(const char *key)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

template<typename T>
double percentile(std::vector<T> values, double p)
{
    if (values.empty())
        return 0;
    const auto k = std::size_t(std::clamp(p / 100.0 * double(values.size() - 1), 0.0, double(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return double(values[k]);
}

// Times every top-level event dispatch of the GUI thread and runs a hook when
// the event loop is back in control (after a paint has been flushed).
class ProbeApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Dispatch
    {
        qint64 ns = 0; // wall
        qint64 cpuNs = 0; // this thread's CPU: the rest was waiting for a core
        QString what;
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Other threads send events too (the network and store threads); only
        // the GUI thread's are timed, and only the outermost dispatch.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth > 0) {
            // Paints happen inside the window's UpdateRequest: time them by widget.
            if (!timing || !measuring || event->type() != QEvent::Paint) {
                ++m_depth;
                const bool result = QApplication::notify(receiver, event);
                --m_depth;
                return result;
            }
            // A scroll area's viewport is a plain QWidget: name it by its owner.
            QByteArray className = receiver->metaObject()->className();
            if (className == "QWidget" && receiver->parent())
                className += QByteArray("<") + receiver->parent()->metaObject()->className() + '>';
            ++m_depth;
            const qint64 start = m_clock.nsecsElapsed();
            const qint64 cpuStart = threadCpuNs();
            const bool result = QApplication::notify(receiver, event);
            Total &total = totals[{className, -int(QEvent::Paint)}];
            ++total.count;
            total.ns += m_clock.nsecsElapsed() - start;
            total.cpuNs += threadCpuNs() - cpuStart;
            --m_depth;
            return result;
        }
        if (!timing) {
            // Without probes the latency stamp below still needs the outermost dispatch.
            ++m_depth;
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            if (afterDispatch)
                afterDispatch();
            return result;
        }
        // Both may be gone after the dispatch (a single-shot timer deletes itself).
        const char *className = receiver->metaObject()->className();
        const int type = int(event->type());
        ++m_depth;
        const qint64 start = m_clock.nsecsElapsed();
        const qint64 cpuStart = threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 took = m_clock.nsecsElapsed() - start;
        const qint64 cpu = threadCpuNs() - cpuStart;
        --m_depth;
        if (measuring) {
            dispatchUs.push_back(int(std::min<qint64>(took / 1000, INT_MAX)));
            dispatchCpuUs.push_back(int(std::min<qint64>(cpu / 1000, INT_MAX)));
            Total &total = totals[{className, type}];
            ++total.count;
            total.ns += took;
            total.cpuNs += cpu;
            if (cpu < 100'000)
                ++total.light;
            if (took > longest.back().ns) {
                longest.back() = {took, cpu, u"%1 to %2"_s.arg(type).arg(QString::fromLatin1(className))};
                std::sort(
                    longest.begin(), longest.end(), [](const Dispatch &a, const Dispatch &b) { return a.ns > b.ns; });
            }
        }
        if (afterDispatch)
            afterDispatch();
        return result;
    }

    bool inDispatch() const { return m_depth > 0; }

    struct Total
    {
        qint64 count = 0;
        qint64 ns = 0; // wall
        qint64 cpuNs = 0; // this thread's CPU
        qint64 light = 0; // how many took under 0.1 ms of CPU
    };
    // GUI time by receiver class and event type: where the thread's time goes
    // (negative types: nested, e.g. the paint of each widget in an UpdateRequest).
    std::map<std::pair<QByteArray, int>, Total> totals;

    bool timing = true; // off: only the paint hook below runs
    bool measuring = false;
    std::vector<int> dispatchUs; // wall
    std::vector<int> dispatchCpuUs; // this thread's CPU
    std::vector<Dispatch> longest = std::vector<Dispatch>(5);
    std::function<void()> afterDispatch;

private:
    QElapsedTimer m_clock = [] {
        QElapsedTimer clock;
        clock.start();
        return clock;
    }();
    int m_depth = 0;
};

// What a streamer might keep all evening: ten highlight rules (words, two
// expressions, roles, a user, their own name) and ten ignore rules (users,
// words, an expression, a replacement), most of which match now and then.
ChatRuleSet benchRules()
{
    ChatRuleSet set;
    set.ownNames = {u"벤치"_s, u"benchbj"_s};
    const auto highlight = [&set](HighlightRule::Kind kind, const QString &pattern, Roles roles = {}) {
        HighlightRule rule;
        rule.kind = kind;
        rule.pattern = pattern;
        rule.roles = roles;
        rule.rgb = 0xffc83d;
        set.highlights.append(rule);
    };
    highlight(HighlightRule::Kind::OwnName, {});
    highlight(HighlightRule::Kind::Role, {}, Role::Host | Role::Manager);
    highlight(HighlightRule::Kind::Role, {}, Role::TopFan);
    highlight(HighlightRule::Kind::Phrase, u"레전드"_s);
    highlight(HighlightRule::Kind::Phrase, u"신청곡"_s);
    highlight(HighlightRule::Kind::Phrase, u"GG"_s);
    highlight(HighlightRule::Kind::Phrase, u"축하"_s);
    highlight(HighlightRule::Kind::Regex, u"^!(song|신청)\\b"_s);
    highlight(HighlightRule::Kind::Regex, u"(ㅋ){8,}"_s);
    highlight(HighlightRule::Kind::User, u"dalgom77"_s);
    const auto ignore = [&set](IgnoreRule::Kind kind, const QString &pattern, const QString &replacement = {}) {
        IgnoreRule rule;
        rule.kind = kind;
        rule.pattern = pattern;
        rule.replace = !replacement.isEmpty();
        rule.replacement = replacement;
        set.ignores.append(rule);
    };
    for (const QString &user : {u"troll1"_s, u"troll2"_s, u"spambot"_s, u"광고봇"_s})
        ignore(IgnoreRule::Kind::User, user);
    ignore(IgnoreRule::Kind::Phrase, u"http://"_s);
    ignore(IgnoreRule::Kind::Phrase, u"무료 코인"_s);
    ignore(IgnoreRule::Kind::Phrase, u"바보"_s, u"***"_s);
    ignore(IgnoreRule::Kind::Phrase, u"ㅗ"_s);
    ignore(IgnoreRule::Kind::Regex, u"\\d{3}-\\d{4}-\\d{4}"_s, u"[번호]"_s);
    ignore(IgnoreRule::Kind::Regex, u"(.)\\1{30,}"_s);
    return set;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ProbeApplication app(argc, argv);
    // The font of the chat list benchmark and the tests' screenshots.
    QApplication::setFont(QFont(u"NanumGothic"_s, 10));

    QCommandLineParser parser;
    const QCommandLineOption seconds(u"seconds"_s, u"Measured seconds (default 60)."_s, u"N"_s, u"60"_s);
    const QCommandLineOption warmup(u"warmup"_s, u"Seconds after the ring is full (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption rate(u"rate"_s, u"Packets per second (default 5000)."_s, u"N"_s, u"5000"_s);
    const QCommandLineOption rows(u"rows"_s, u"Chat list rows kept (default 10000)."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption flood(u"flood"_s, u"Numbered flood chat instead of the scripted room."_s);
    const QCommandLineOption size(u"size"_s, u"Window size (default 1180x760)."_s, u"WxH"_s, u"1180x760"_s);
    const QCommandLineOption samples(u"samples"_s, u"Write latency and lateness samples here."_s, u"FILE"_s);
    const QCommandLineOption noProbes(u"no-probes"_s,
        u"No 1 ms timer and no per-dispatch timing (their own cost is ~1% of a core): CPU and latency only."_s);
    const QCommandLineOption simNice(
        u"sim-nice"_s, u"Nice value of the simulator process (default 10; 0 = same priority)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption rules(
        u"rules"_s, u"Ten highlight and ten ignore rules active, the Highlights dock open (docs/BENCHMARKS.md)."_s);
    const QCommandLineOption media(u"media"_s,
        u"The room also sends OGQ stickers, emoticons and links (a third of the scripted chat's media turn); "
        "their images come from the simulator and are cached in a fresh folder."_s);
    const QCommandLineOption alerts(u"alerts"_s,
        u"Ten alert rules at work (bench/support/AlertRules.h), each with a desktop notification; this "
        "machine's session has no notification service, so each fired alert takes the fallback path."_s);
    const QCommandLineOption noDock(u"no-dock"_s, u"With --rules: the Highlights dock stays closed."_s);
    const QCommandLineOption theme(u"theme"_s, u"light, dark or system (default system)."_s, u"THEME"_s, u"system"_s);
    const QCommandLineOption zoom(u"zoom"_s, u"Chat zoom in percent (default 100)."_s, u"PERCENT"_s, u"100"_s);
    parser.addOptions({seconds, warmup, rate, rows, flood, size, samples, noProbes, simNice, rules, noDock, media,
        alerts, theme, zoom});
    parser.addHelpOption();
    parser.process(app);
    const int measureSeconds = parser.value(seconds).toInt();
    const int warmupSeconds = parser.value(warmup).toInt();
    const int maxRows = parser.value(rows).toInt();
    const bool probes = !parser.isSet(noProbes);
    app.timing = probes;
    const QStringList wh = parser.value(size).split(u'x');

    QStringList simArguments {u"sim"_s, u"--rate"_s, parser.value(rate), u"--seconds"_s, u"3600"_s};
    if (parser.isSet(flood))
        simArguments.append(u"--flood"_s);
    if (parser.isSet(media))
        simArguments.append(u"--media"_s);
    const int niceness = parser.value(simNice).toInt();
    const bench::SimulatorProcess simulator(QStringLiteral(SOOPCHAT_CLI), simArguments, niceness);
    const QUrl apiBase = simulator.apiBase();

    QTemporaryDir folder;
    {
        AppSettings settings(folder.path() + u"/soopchat.ini"_s);
        settings.setMaxRows(maxRows);
        const QString themeName = parser.value(theme);
        settings.setTheme(themeName == "dark"_L1 ? AppSettings::Theme::Dark
                : themeName == "light"_L1        ? AppSettings::Theme::Light
                                                 : AppSettings::Theme::System);
        settings.setChatZoomPercent(parser.value(zoom).toInt());
        settings.sync();
    }
    AppContext::Options options;
    options.settingsPath = folder.path() + u"/soopchat.ini"_s;
    options.dataDir = folder.path() + u"/data"_s;
    options.makeSources = wiring::serviceSources(apiBase);
    options.language = u"en"_s;
    options.imageCacheDir = folder.path() + u"/images"_s;
    options.alertsPath = folder.path() + u"/alerts.json"_s;
    if (parser.isSet(alerts)) {
        AlertConfig config;
        config.rules = bench::benchAlertRules();
        if (const QString error = AlertConfigFile::save(options.alertsPath, config); !error.isEmpty())
            qFatal("%s", qPrintable(error));
    }
    options.imageHosts = wiring::imageHosts(simulator.imageBase());
    AppContext context(options);
    quint64 alertsFired = 0; // while measuring
    if (parser.isSet(rules))
        context.setChatRules(benchRules());
    MainWindow window(context);
    if (parser.isSet(rules) && !parser.isSet(noDock))
        window.highlightsPanel()->show();
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    ChannelTab *tab = window.openChannel(u"benchbj"_s);
    ChatListModel *model = tab->model();
    ChatListView *list = tab->chatView()->listView();
    QAbstractItemModel *proxy = tab->chatView()->proxy();

    // ---- counters ---------------------------------------------------------
    bool measuring = false;
    QObject::connect(context.alerts(), &AlertEngine::fired, [&] {
        if (measuring)
            ++alertsFired;
    });
    quint64 events = 0;
    quint64 rowsInserted = 0;
    quint64 flushes = 0;
    std::vector<float> handoffMs; // receivedAtMs to the tab's consumers having seen it, per event
    QObject::connect(tab->pipeline(), &ChannelPipeline::eventsReceived, [&](const EventBatch &batch) {
        if (!measuring)
            return;
        events += quint64(batch.size());
        const double now = wallMs();
        for (const EventPtr &event : batch)
            handoffMs.push_back(float(now - double(event->receivedAtMs)));
    });
    // Newest serial of each flush, and when the flush began: the list paints
    // its new rows inside the flush, before `flushed` reaches this handler.
    std::deque<std::pair<quint64, double>> flushTimes;
    double flushBeganMs = 0;
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, [&] { flushBeganMs = wallMs(); });
    QObject::connect(model, &ChatListModel::flushed, [&](int inserted, int) {
        flushTimes.emplace_back(model->serialAt(model->rowCount() - 1), flushBeganMs);
        if (measuring) {
            rowsInserted += quint64(inserted);
            ++flushes;
        }
    });

    // ---- arrival-to-screen --------------------------------------------------
    std::vector<float> latencyMs; // every row painted for the first time
    std::vector<float> newestMs; // the newest row of each paint
    std::vector<qint64> unstamped; // receivedAtMs of rows painted in the dispatch under way
    qint64 newestUnstamped = 0;
    quint64 newestUnstampedSerial = 0;
    std::vector<float> toFlushMs; // newest row of each paint: arrival to the model's flush
    std::vector<float> flushToScreenMs; // and the flush to the end of the paint
    quint64 lastPaintedSerial = 0;
    QObject::connect(list, &ChatListView::rowsPainted, [&](int first, int last) {
        const quint64 lastSerial = proxy->index(last, 0).data(ChatListModel::SerialRole).toULongLong();
        for (int row = last; row >= first; --row) {
            const QModelIndex index = proxy->index(row, 0);
            if (index.data(ChatListModel::SerialRole).toULongLong() <= lastPaintedSerial)
                break;
            unstamped.push_back(index.data(ChatListModel::TimeRole).toLongLong());
            if (row == last) {
                newestUnstamped = unstamped.back();
                newestUnstampedSerial = lastSerial;
            }
        }
        lastPaintedSerial = std::max(lastPaintedSerial, lastSerial);
    });
    auto stamp = [&] {
        if (unstamped.empty())
            return;
        if (measuring) {
            const double now = wallMs();
            for (qint64 at : unstamped)
                latencyMs.push_back(float(now - double(at)));
            if (newestUnstamped) {
                newestMs.push_back(float(now - double(newestUnstamped)));
                while (!flushTimes.empty() && flushTimes.front().first < newestUnstampedSerial)
                    flushTimes.pop_front();
                if (!flushTimes.empty()) {
                    toFlushMs.push_back(float(flushTimes.front().second - double(newestUnstamped)));
                    flushToScreenMs.push_back(float(now - flushTimes.front().second));
                }
            }
        }
        unstamped.clear();
        newestUnstamped = 0;
    };
    app.afterDispatch = stamp;

    // ---- stalls ------------------------------------------------------------
    std::vector<int> latenessUs;
    QElapsedTimer tickClock;
    qint64 lastTickNs = -1;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = tickClock.nsecsElapsed();
        if (measuring && lastTickNs >= 0)
            latenessUs.push_back(int(std::max<qint64>(0, (now - lastTickNs) / 1000 - 1000)));
        lastTickNs = now;
    });

    // ---- phases ------------------------------------------------------------
    QElapsedTimer clock;
    clock.start();
    double cpuStart = 0;
    double simCpuStart = 0;
    std::map<QString, double> threadsStart;
    qint64 rssMaxKb = 0;
    QTimer rssTimer;
    QObject::connect(&rssTimer, &QTimer::timeout, [&] { rssMaxKb = std::max(rssMaxKb, statusKb("VmRSS")); });
    double fullAtS = -1;
    QTimer phase;
    phase.setInterval(100);
    QObject::connect(&phase, &QTimer::timeout, [&] {
        if (fullAtS < 0) {
            if (model->rowCount() < maxRows)
                return;
            fullAtS = clock.elapsed() / 1000.0;
            QTimer::singleShot(std::chrono::seconds(warmupSeconds), [&] {
                measuring = true;
                app.measuring = true;
                CALLGRIND_START_INSTRUMENTATION;
                cpuStart = processCpuSeconds();
                simCpuStart = simulator.cpuSeconds();
                threadsStart = threadCpuSeconds();
                clock.restart();
                tickClock.start();
                if (probes)
                    ticker.start();
                rssTimer.start(1000);
                QTimer::singleShot(std::chrono::seconds(measureSeconds), &app, &QCoreApplication::quit);
            });
        }
    });
    phase.start();
    QTimer::singleShot(std::chrono::minutes(5), &app, [&] {
        if (!measuring) {
            qCritical("the ring did not fill in 5 minutes (%d rows)", model->rowCount());
            QCoreApplication::exit(1);
        }
    });
    if (const int code = QCoreApplication::exec(); code != 0)
        return code;

    // ---- results -----------------------------------------------------------
    CALLGRIND_STOP_INSTRUMENTATION;
    measuring = false;
    app.measuring = false;
    const double elapsed = clock.elapsed() / 1000.0;
    const double cpu = processCpuSeconds() - cpuStart;
    const double simCpu = simulator.cpuSeconds() - simCpuStart;
    const std::map<QString, double> threadsEnd = threadCpuSeconds();
    const qint64 rssKb = statusKb("VmRSS");
    rssMaxKb = std::max(rssMaxKb, rssKb);
    double load[3] {};
    getloadavg(load, 3);

    QTextStream out(stdout);
    out << "platform " << QGuiApplication::platformName() << ", window " << window.width() << 'x' << window.height()
        << ", chat list " << list->viewport()->width() << 'x' << list->viewport()->height() << ", "
        << parser.value(rate) << " packets/s " << (parser.isSet(flood) ? "flood" : "scripted") << ", rows "
        << model->rowCount() << "/" << maxRows << " (full after " << QString::number(fullAtS, 'f', 1) << " s)\n";
    out << "appearance: " << (context.appearance().isDark() ? "dark" : "light") << ", chat zoom "
        << context.appearance().zoomPercent() << " % (" << list->font().pointSizeF() << " pt)\n";
    out << "measured " << QString::number(elapsed, 'f', 1) << " s: " << events << " events ("
        << QString::number(events / elapsed, 'f', 0) << "/s), " << rowsInserted << " rows in " << flushes
        << " flushes, " << latencyMs.size() << " rows painted, " << model->droppedCount()
        << " dropped before display\n";
    out << "load average " << load[0] << ' ' << load[1] << ' ' << load[2] << "\n";
    out << "stall (timer lateness, ms): p50 " << percentile(latenessUs, 50) / 1e3 << "  p99 "
        << percentile(latenessUs, 99) / 1e3 << "  p99.9 " << percentile(latenessUs, 99.9) / 1e3 << "  max "
        << percentile(latenessUs, 100) / 1e3 << "  (" << latenessUs.size() << " ticks)\n";
    out << "event dispatch, wall (ms): p99 " << percentile(app.dispatchUs, 99) / 1e3 << "  p99.9 "
        << percentile(app.dispatchUs, 99.9) / 1e3 << "  max " << percentile(app.dispatchUs, 100) / 1e3 << "  ("
        << app.dispatchUs.size() << " dispatches)\n";
    out << "event dispatch, GUI thread CPU (ms): p99 " << percentile(app.dispatchCpuUs, 99) / 1e3 << "  p99.9 "
        << percentile(app.dispatchCpuUs, 99.9) / 1e3 << "  max " << percentile(app.dispatchCpuUs, 100) / 1e3 << "\n";
    for (const ProbeApplication::Dispatch &d : app.longest) {
        if (d.ns > 0)
            out << "   " << QString::number(d.ns / 1e6, 'f', 2) << " ms (CPU " << QString::number(d.cpuNs / 1e6, 'f', 2)
                << " ms)  event " << d.what << "\n";
    }
    std::vector<std::pair<qint64, QString>> byTotal;
    for (const auto &[key, total] : app.totals)
        byTotal.emplace_back(total.ns,
            u"%1 ms (CPU %2 ms) in %3 × event %4 to %5"_s.arg(total.ns / 1e6 / elapsed, 0, 'f', 2)
                .arg(total.cpuNs / 1e6 / elapsed, 0, 'f', 2)
                .arg(u"%1 (%2 light)"_s.arg(total.count).arg(total.light))
                .arg(key.second)
                .arg(QString::fromLatin1(key.first)));
    std::sort(byTotal.begin(), byTotal.end(), std::greater<>());
    out << "GUI thread time per second, by receiver (top 14; type -12: paint inside an update):\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(14, byTotal.size()); ++i)
        out << "   " << byTotal[i].second << "\n";
    out << "arrival-to-screen, every row painted (ms): p50 " << percentile(latencyMs, 50) << "  p99 "
        << percentile(latencyMs, 99) << "  max " << percentile(latencyMs, 100) << "\n";
    out << "arrival-to-screen, newest row of each paint (ms): p50 " << percentile(newestMs, 50) << "  p99 "
        << percentile(newestMs, 99) << "  max " << percentile(newestMs, 100) << "  (" << newestMs.size()
        << " paints)\n";
    out << "   of which arrival to GUI consumers done (every event): p50 " << percentile(handoffMs, 50) << "  p99 "
        << percentile(handoffMs, 99) << "  max " << percentile(handoffMs, 100) << "\n";
    out << "   of which arrival to model flush (newest row): p50 " << percentile(toFlushMs, 50) << "  p99 "
        << percentile(toFlushMs, 99) << "  max " << percentile(toFlushMs, 100) << "\n";
    out << "   of which model flush to screen (newest row): p50 " << percentile(flushToScreenMs, 50) << "  p99 "
        << percentile(flushToScreenMs, 99) << "  max " << percentile(flushToScreenMs, 100) << "\n";
    out << "CPU: process " << QString::number(100 * cpu / elapsed, 'f', 1) << "% of a core, "
        << QString::number(1e6 * cpu / double(std::max<quint64>(events, 1)), 'f', 2) << " µs per message\n";
    for (const auto &[name, end] : threadsEnd) {
        const double used = end - (threadsStart.count(name) ? threadsStart.at(name) : 0.0);
        if (used >= 0.05)
            out << "   thread " << name.leftJustified(16) << QString::number(100 * used / elapsed, 'f', 1) << "%  "
                << QString::number(1e6 * used / double(std::max<quint64>(events, 1)), 'f', 2) << " µs/message\n";
    }
    out << "simulator process (nice " << niceness << "): " << QString::number(100 * simCpu / elapsed, 'f', 1)
        << "% of a core\n";
    out << "RSS " << rssKb / 1024 << " MiB (anon " << statusKb("RssAnon") / 1024 << ", file "
        << statusKb("RssFile") / 1024 << ", shmem " << statusKb("RssShmem") / 1024 << "), max while measuring "
        << rssMaxKb / 1024 << " MiB, peak " << statusKb("VmHWM") / 1024 << " MiB\n";
    if (parser.isSet(alerts))
        out << "alerts: " << context.alerts()->config().rules.size() << " rules, " << alertsFired
            << " fired while measuring\n";
    if (SessionWriter *writer = tab->recordingWriter())
        out << "recorder: " << writer->eventsWritten() << " written, " << writer->pendingEvents() << " pending, "
            << writer->droppedEvents() << " dropped\n";
    out.flush();

    if (parser.isSet(samples)) {
        QFile file(parser.value(samples));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QTextStream s(&file);
            s << "kind value_ms\n";
            for (float v : latencyMs)
                s << "latency " << v << '\n';
            for (int v : latenessUs)
                s << "lateness " << v / 1e3 << '\n';
        }
    }

    return 0;
}
