#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QTime>
#include <QTimer>

#include <unistd.h>

#include "cli/AlertsOutput.h"
#include "cli/CliCommand.h"
#include "cli/ClientOptions.h"
#include "core/alerts/AlertConfigFile.h"
#include "core/alerts/AlertEngine.h"
#include "core/channel/ChannelPipeline.h"
#include "core/channel/ChannelRecorder.h"
#include "core/channel/ChannelServices.h"
#include "core/overlay/OverlayServer.h"
#include "core/stats/SessionTotals.h"
#include "core/store/SessionDatabase.h"
#include "core/store/SessionWriter.h"
#include "core/util/AppPaths.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

// The one-line live summary of every channel recorded: rewritten in place on
// a terminal, a plain line every ten seconds otherwise (logs, pipes).
class Summary
{
public:
    explicit Summary(const QList<ChannelTarget> &targets) : m_terminal(::isatty(STDERR_FILENO))
    {
        for (const ChannelTarget &target : targets)
            m_channels.append({target.displayName, u"starting"_s, false});
    }

    // As the recordings count them (SessionTotals), so the line and
    // `soopchat-cli sessions` agree: keepalives are no events of a session.
    void count(const EventBatch &events)
    {
        for (const EventPtr &event : events)
            m_totals.add(*event, m_users);
    }

    void setState(qsizetype channel, const ChannelStatus &status)
    {
        Channel &shown = m_channels[channel];
        // A reconnect is a joined connection lost and tried again.
        if (shown.wasLive && status.state == ConnectionState::Reconnecting)
            ++m_reconnects;
        shown.wasLive = status.state == ConnectionState::Live;
        shown.state = QString::fromLatin1(connectionStateName(status.state));
    }

    // The live line: what was received, what of it really reached the
    // database (the writers' commits), what waits in memory and what was lost.
    void print(const SessionWriter::Counters &store, bool force = false)
    {
        if (!m_terminal && !force && ++m_ticks % 10 != 0)
            return;
        const QLocale c = QLocale::c();
        QStringList channels;
        for (const Channel &channel : m_channels)
            channels.append(channel.name + u" · "_s + channel.state);
        QString saved = c.toString(store.written.load()) + u" saved"_s;
        if (const qint64 waiting = store.pending.load(); waiting > 0)
            saved += u", "_s + c.toString(waiting) + u" waiting"_s;
        if (const qint64 dropped = store.dropped.load(); dropped > 0)
            saved += u", "_s + c.toString(dropped) + u" dropped"_s;
        const QString line =
            u"recording %1 · %2 events (%3) · %4 balloons · %5 reconnects"_s.arg(channels.join(u", "_s),
                c.toString(m_totals.events), saved, c.toString(m_totals.balloons), QString::number(m_reconnects));
        QTextStream err(stderr);
        if (m_terminal)
            err << '\r' << line << "\x1b[K";
        else
            err << line << '\n';
        err.flush();
    }

    // After the writers closed: the final, honest account.
    void finish(const SessionWriter::Counters &store, const QStringList &files)
    {
        print(store, true);
        const QLocale c = QLocale::c();
        QTextStream err(stderr);
        if (m_terminal)
            err << '\n';
        err << "recorded " << c.toString(m_totals.events) << " events: " << c.toString(store.written.load())
            << " saved in " << files.join(u", "_s);
        const qint64 dropped = store.dropped.load();
        err << ", " << c.toString(dropped) << " dropped";
        if (dropped > 0) {
            QStringList why;
            if (const qint64 n = store.droppedBufferFull.load())
                why.append(
                    c.toString(n) + u" while the database could not be written and the memory buffer was full"_s);
            if (const qint64 n = store.droppedAtClose.load())
                why.append(c.toString(n) + u" still unsaved at exit"_s);
            if (const qint64 n = store.droppedNoSession.load())
                why.append(c.toString(n) + u" outside a broadcast"_s);
            err << " (" << why.join(u"; "_s) << ')';
        }
        if (const qint64 gaps = store.gapMarkers.load())
            err << "; the recording marks " << gaps << (gaps == 1 ? " gap" : " gaps") << " where they are missing";
        err << '\n';
        err.flush();
    }

private:
    struct Channel
    {
        QString name;
        QString state;
        bool wasLive = false;
    };

    bool m_terminal;
    QList<Channel> m_channels;
    SessionTotals m_totals; // of every channel recorded
    SessionTotals::Users m_users;
    quint64 m_reconnects = 0;
    int m_ticks = 0;
};

// What the store says of itself, on stderr, whichever channel's writer it
// is: its errors, and a line when recording stops and when it works again.
void reportStore(SessionWriter *writer)
{
    const auto now = [] { return QTime::currentTime().toString(u"HH:mm:ss"_s); };
    QObject::connect(writer, &SessionWriter::error,
        [](const StoreError &error) { QTextStream(stderr) << "\nsoopchat-cli record: " << error.message << '\n'; });
    QObject::connect(writer, &SessionWriter::switchedToFile, [](const QString &file) {
        QTextStream(stderr) << "\nsoopchat-cli record: recording goes on in " << file << '\n';
    });
    QObject::connect(writer, &SessionWriter::eventsDropped,
        [](qint64, const QString &message) { QTextStream(stderr) << "\nsoopchat-cli record: " << message << '\n'; });
    auto droppedAtStop = std::make_shared<qint64>(0);
    QObject::connect(writer, &SessionWriter::stopped, [writer, now, droppedAtStop](const StoreError &) {
        *droppedAtStop = writer->droppedEvents();
        QTextStream(stderr) << "\nsoopchat-cli record: recording into " << writer->path() << " stopped at " << now()
                            << "; events wait in memory\n";
    });
    QObject::connect(writer, &SessionWriter::recovered, [writer, now, droppedAtStop] {
        const qint64 lost = writer->droppedEvents() - *droppedAtStop;
        QTextStream(stderr) << "\nsoopchat-cli record: recording into " << writer->path() << " works again since "
                            << now() << "; " << QLocale::c().toString(lost)
                            << (lost == 0 ? u" events were lost"_s : u" events were lost (marked as a gap)"_s) << '\n';
    });
}

// The browser-source address of a channel, on stdout, for OBS.
void printOverlayUrl(const OverlayServer &overlay, const QString &channel)
{
    const QUrl url = overlay.overlayUrl(channel);
    if (!url.isEmpty())
        QTextStream(stdout) << "overlay=" << url.toString() << Qt::endl;
}

} // namespace

int record(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"CHANNEL"_s,
        u"SOOP streamer ids or play./ch./vod. addresses, CHZZK channel ids or chzzk.naver.com addresses."_s,
        u"CHANNEL..."_s);
    ClientOptions clientOptions(parser);
    const QCommandLineOption db(u"db"_s, u"The recording database (default: %1)."_s.arg(SessionDatabase::defaultPath()),
        u"FILE"_s, SessionDatabase::defaultPath());
    const QCommandLineOption seconds(u"seconds"_s, u"Stop after N seconds (default: until Ctrl+C)."_s, u"N"_s);
    const QCommandLineOption overlay(u"overlay"_s,
        u"Also serve the browser-source overlay of the channels on 127.0.0.1 and print their addresses "
        "(overlay=URL lines on stdout, with a token made for this run)."_s);
    const QCommandLineOption overlayPort(
        u"overlay-port"_s, u"The overlay's port (default: any free one)."_s, u"PORT"_s, u"0"_s);
    const QCommandLineOption buffer(u"memory-buffer"_s,
        u"Events kept in memory while the database cannot be written (a full disk), per channel; the oldest go "
        "first past it, and the recording marks the gap (default: 200000)."_s,
        u"N"_s);
    const QCommandLineOption alerts(u"alerts"_s,
        u"Also run the alert rules of FILE (default, when FILE is left out: %1; see soopchat-cli alerts check): "
        "each fired alert and each report of its actions is a line on stdout "
        "(alert ID RULE · CHANNEL · TEXT, alert-report ID #ACTION KIND STATE[: REASON])."_s.arg(
            AlertConfigFile::defaultPath()),
        u"FILE"_s);
    for (const QCommandLineOption &option : {db, seconds, overlay, overlayPort, buffer, alerts})
        parser.addOption(option);
    if (const int exit = parse(parser, "record", withAlertsFile(arguments)); exit >= 0)
        return exit;

    int exitCode = ExitOk;
    qint64 limit = 0;
    if (!intOption(parser, seconds.names().first(), 1, 365 * 24 * 3600, &limit, "record", &exitCode))
        return exitCode;
    qint64 port = 0;
    if (!intOption(parser, overlayPort.names().first(), 0, 65535, &port, "record", &exitCode))
        return exitCode;
    qint64 bufferEvents = SessionWriter::Options().maxBufferedEvents;
    if (parser.isSet(buffer) &&
        !intOption(parser, buffer.names().first(), 0, 100'000'000, &bufferEvents, "record", &exitCode))
        return exitCode;
    QList<ChannelTarget> targets;
    std::unique_ptr<ChatSources> sources;
    if (!clientOptions.read(parser, "record", 0, &targets, &sources, &exitCode))
        return exitCode;
    const QString path = parser.value(db);
    // The data folder is private (0700); a folder of the user's choosing is theirs.
    const QString folder = QFileInfo(path).absolutePath();
    if (!(AppPaths::isAppFolder(folder) ? AppPaths::makePrivateFolder(folder) : QDir().mkpath(folder)))
        return fail("record", u"cannot create the folder of %1"_s.arg(path), ExitFailure);

    std::unique_ptr<OverlayServer> overlayServer;
    if (parser.isSet(overlay)) {
        overlayServer = std::make_unique<OverlayServer>(OverlayServer::generateToken());
        if (!overlayServer->listen(quint16(port)))
            return fail("record", u"the overlay cannot listen: %1"_s.arg(overlayServer->errorString()), ExitFailure);
    }

    // The app's alert rules, run headless.
    std::unique_ptr<AlertEngine> alertEngine;
    if (parser.isSet(alerts)) {
        alertEngine = makeAlertEngine(parser.value(alerts), "record", overlayServer.get());
        if (!alertEngine)
            return ExitUsage;
    }

    // The same pipeline as a tab of the app: statistics, the recorder, the
    // overlay feed and the alerts, one per channel.
    std::vector<std::unique_ptr<ChannelPipeline>> pipelines;
    Summary summary(targets);
    int finished = 0;
    for (const ChannelTarget &target : targets) {
        auto pipeline = std::make_unique<ChannelPipeline>(sources->create(target));
        SessionWriter::Options store;
        store.maxBufferedEvents = int(bufferEvents);
        addStandardConsumers(*pipeline, {path, overlayServer.get(), store, alertEngine.get()});
        reportStore(pipeline->find<ChannelRecorder>()->writer());
        const qsizetype index = qsizetype(pipelines.size());
        const bool several = targets.size() > 1;
        QObject::connect(
            pipeline.get(), &ChannelPipeline::eventsReceived, [&](const EventBatch &events) { summary.count(events); });
        QObject::connect(pipeline.get(), &ChannelPipeline::statusChanged,
            [&, index, several, last = ConnectionState::Idle](const ChannelStatus &status) mutable {
                summary.setState(index, status);
                if (status.state != last) {
                    last = status.state;
                    QTextStream(stderr) << (::isatty(STDERR_FILENO) ? "\r\x1b[K" : "");
                    reportStatus("record", status, several);
                    // Every channel gone for good: nothing left to record.
                    if (isFinal(status)) {
                        exitCode = ExitFailure;
                        if (++finished == targets.size())
                            QCoreApplication::exit(exitCode);
                    }
                }
            });
        if (overlayServer) {
            // A VOD learns its streamer when it joins; its address comes then.
            if (target.channelId.isEmpty()) {
                QObject::connect(pipeline.get(), &ChannelPipeline::broadcastStarted,
                    [&overlayServer](const BroadcastInfo &info) { printOverlayUrl(*overlayServer, info.channelId); });
            } else {
                printOverlayUrl(*overlayServer, target.channelId);
            }
        }
        pipelines.push_back(std::move(pipeline));
    }

    // Every channel's writer counts for itself; the line adds them up.
    const auto storeCounts = [&pipelines](SessionWriter::Counters &sum) {
        for (const std::unique_ptr<ChannelPipeline> &pipeline : pipelines) {
            const SessionWriter::Counters &c = pipeline->find<ChannelRecorder>()->writer()->counters();
            sum.written += c.written.load();
            sum.pending += c.pending.load();
            sum.dropped += c.dropped.load();
            sum.droppedNoSession += c.droppedNoSession.load();
            sum.droppedBufferFull += c.droppedBufferFull.load();
            sum.droppedAtClose += c.droppedAtClose.load();
            sum.gapMarkers += c.gapMarkers.load();
        }
    };
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        SessionWriter::Counters counts;
        storeCounts(counts);
        summary.print(counts);
    });
    ticker.start(1000);
    quitOnSignals();
    if (limit > 0)
        QTimer::singleShot(std::chrono::seconds(limit), qApp, &QCoreApplication::quit);
    for (const std::unique_ptr<ChannelPipeline> &pipeline : pipelines)
        pipeline->start(clientOptions.password());
    QCoreApplication::exec();
    for (const std::unique_ptr<ChannelPipeline> &pipeline : pipelines)
        pipeline->stop();
    QCoreApplication::processEvents(); // the last batches and the stops
    ticker.stop();
    // The writers end their sessions, commit the rest and close: only then
    // are "saved" and "dropped" final (nothing counts as saved that is not
    // committed).
    QStringList files {path};
    for (const std::unique_ptr<ChannelPipeline> &pipeline : pipelines) {
        SessionWriter *writer = pipeline->find<ChannelRecorder>()->writer();
        writer->close();
        if (!files.contains(writer->path()))
            files.append(writer->path());
    }
    SessionWriter::Counters counts;
    storeCounts(counts);
    summary.finish(counts, files);
    return exitCode;
}

} // namespace cli
