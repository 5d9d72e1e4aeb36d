#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

#include "cli/CliCommand.h"
#include "cli/ClientOptions.h"
#include "core/channel/ChannelPipeline.h"
#include "core/channel/ChannelRecorder.h"
#include "core/channel/ChannelServices.h"
#include "core/overlay/OverlayServer.h"
#include "core/stats/SessionTotals.h"
#include "core/store/SessionDatabase.h"
#include "core/store/SessionWriter.h"

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

    void print(qint64 written, bool force = false)
    {
        if (!m_terminal && !force && ++m_ticks % 10 != 0)
            return;
        const QLocale c = QLocale::c();
        QStringList channels;
        for (const Channel &channel : m_channels)
            channels.append(channel.name + u" · "_s + channel.state);
        const QString line = u"recording %1 · %2 events (%3 saved) · %4 balloons · %5 reconnects"_s.arg(
            channels.join(u", "_s), c.toString(m_totals.events), c.toString(written), c.toString(m_totals.balloons),
            QString::number(m_reconnects));
        QTextStream err(stderr);
        if (m_terminal)
            err << '\r' << line << "\x1b[K";
        else
            err << line << '\n';
        err.flush();
    }

    void finish(qint64 written)
    {
        print(written, true);
        if (m_terminal)
            QTextStream(stderr) << '\n';
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

// What the store says of itself, on stderr, whichever channel's writer it is.
void reportStore(SessionWriter *writer)
{
    QObject::connect(writer, &SessionWriter::error,
        [](const StoreError &error) { QTextStream(stderr) << "\nsoopchat-cli record: " << error.message << '\n'; });
    QObject::connect(writer, &SessionWriter::switchedToFile, [](const QString &file) {
        QTextStream(stderr) << "\nsoopchat-cli record: recording goes on in " << file << '\n';
    });
    QObject::connect(writer, &SessionWriter::eventsDropped,
        [](qint64, const QString &message) { QTextStream(stderr) << "\nsoopchat-cli record: " << message << '\n'; });
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
    parser.addPositionalArgument(u"CHANNEL"_s, u"Streamer ids or play./ch./vod. addresses."_s, u"CHANNEL..."_s);
    ClientOptions clientOptions(parser);
    const QCommandLineOption db(u"db"_s, u"The recording database (default: %1)."_s.arg(SessionDatabase::defaultPath()),
        u"FILE"_s, SessionDatabase::defaultPath());
    const QCommandLineOption seconds(u"seconds"_s, u"Stop after N seconds (default: until Ctrl+C)."_s, u"N"_s);
    const QCommandLineOption overlay(u"overlay"_s,
        u"Also serve the browser-source overlay of the channels on 127.0.0.1 and print their addresses "
        "(overlay=URL lines on stdout, with a token made for this run)."_s);
    const QCommandLineOption overlayPort(
        u"overlay-port"_s, u"The overlay's port (default: any free one)."_s, u"PORT"_s, u"0"_s);
    for (const QCommandLineOption &option : {db, seconds, overlay, overlayPort})
        parser.addOption(option);
    if (const int exit = parse(parser, "record", arguments); exit >= 0)
        return exit;

    int exitCode = ExitOk;
    qint64 limit = 0;
    if (!intOption(parser, seconds.names().first(), 1, 365 * 24 * 3600, &limit, "record", &exitCode))
        return exitCode;
    qint64 port = 0;
    if (!intOption(parser, overlayPort.names().first(), 0, 65535, &port, "record", &exitCode))
        return exitCode;
    QList<ChannelTarget> targets;
    std::unique_ptr<ChatSources> sources;
    if (!clientOptions.read(parser, "record", 0, &targets, &sources, &exitCode))
        return exitCode;
    const QString path = parser.value(db);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail("record", u"cannot create the folder of %1"_s.arg(path), ExitFailure);

    std::unique_ptr<OverlayServer> overlayServer;
    if (parser.isSet(overlay)) {
        overlayServer = std::make_unique<OverlayServer>(OverlayServer::generateToken());
        if (!overlayServer->listen(quint16(port)))
            return fail("record", u"the overlay cannot listen: %1"_s.arg(overlayServer->errorString()), ExitFailure);
    }

    // The same pipeline as a tab of the app: statistics, the recorder and
    // the overlay feed, one per channel.
    std::vector<std::unique_ptr<ChannelPipeline>> pipelines;
    Summary summary(targets);
    int finished = 0;
    for (const ChannelTarget &target : targets) {
        auto pipeline = std::make_unique<ChannelPipeline>(sources->create(target));
        addStandardConsumers(*pipeline, {path, overlayServer.get()});
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

    const auto written = [&pipelines](bool pending) {
        qint64 total = 0;
        for (const std::unique_ptr<ChannelPipeline> &pipeline : pipelines) {
            const SessionWriter *writer = pipeline->find<ChannelRecorder>()->writer();
            total += writer->eventsWritten() + (pending ? writer->pendingEvents() : 0);
        }
        return total;
    };
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { summary.print(written(false)); });
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
    // The recorders end their sessions and the writers commit the rest as the
    // pipelines go.
    summary.finish(written(true));
    return exitCode;
}

} // namespace cli
