#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include "cli/CliCommand.h"
#include "sim/HostileServer.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"
#include "sim/chzzk/ChzzkSimulator.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat::sim;

namespace {

constexpr const char *SimName = "sim"; // the command name in messages

QString scenarioHelp()
{
    return u"Fault scenario: %1 (default normal). See sim/README.md."_s.arg(scenarioNames().join(u", "_s));
}

// `sim --hostile MODE`: sim/HostileServer for a client to be tried against.
int runHostile(const QString &name, quint16 port, qint64 runSeconds)
{
    const std::optional<HostileServer::Mode> mode = HostileServer::modeFromName(name);
    if (!mode) {
        return fail(
            SimName, u"unknown hostile mode \"%1\" (one of: %2)"_s.arg(name, HostileServer::modeNames().join(u", "_s)));
    }
    HostileServer server(*mode);
    if (!server.listen(QHostAddress::LocalHost, port))
        return fail(SimName, u"cannot listen on port %1"_s.arg(port), ExitFailure);
    QTextStream out(stdout);
    out << "api-base=" << server.apiBase().toString() << '\n' << "hostile=" << name << '\n';
    out.flush();
    quitOnSignals();
    if (runSeconds > 0)
        QTimer::singleShot(std::chrono::seconds(runSeconds), QCoreApplication::instance(), &QCoreApplication::quit);
    QCoreApplication::exec();
    QTextStream(stderr) << server.bytesSent() << " hostile bytes sent\n";
    return ExitOk;
}

// `sim --platform chzzk`: the CHZZK simulator alone (sim/chzzk).
int runChzzk(const QCommandLineParser &parser, ChzzkSimOptions options, qint64 runSeconds)
{
    const QString name = parser.isSet(u"scenario"_s) ? parser.value(u"scenario"_s) : u"normal"_s;
    const std::optional<ChzzkScenario> scenario = chzzkScenarioFromName(name);
    if (!scenario) {
        return fail(
            SimName, u"unknown CHZZK scenario \"%1\" (one of: %2)"_s.arg(name, chzzkScenarioNames().join(u", "_s)));
    }
    options.scenario = *scenario;
    ChzzkSimulator simulator(options);
    QString error;
    if (!simulator.start(&error))
        return fail(SimName, error, ExitFailure);
    QTextStream out(stdout);
    out << "chzzk-api-base=" << simulator.apiBase().toString() << '\n';
    out << "chat-port=" << simulator.chatPort() << '\n';
    out << "scenario=" << chzzkScenarioName(options.scenario) << '\n';
    out.flush();
    quitOnSignals();
    if (runSeconds > 0)
        QTimer::singleShot(std::chrono::seconds(runSeconds), QCoreApplication::instance(), &QCoreApplication::quit);
    QTimer statsTimer;
    if (parser.isSet(u"stats"_s)) {
        QObject::connect(&statsTimer, &QTimer::timeout, &simulator, [&] {
            const ChzzkSimulator::Counters c = simulator.counters();
            QTextStream(stderr) << c.framesSent << " frames sent, " << c.linesSent << " lines, "
                                << simulator.openConnections() << " connections\n";
        });
        statsTimer.start(std::chrono::seconds(1));
    }
    QCoreApplication::exec();
    simulator.stop();
    const ChzzkSimulator::Counters c = simulator.counters();
    QTextStream(stderr) << c.connections << " connections, " << c.joins << " joins, " << c.rejectedJoins
                        << " rejected, " << c.framesSent << " frames sent\n";
    return ExitOk;
}

} // namespace

int sim(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption port(
        u"port"_s, u"Live-info API port on 127.0.0.1; 0 picks a free one (default)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption chatPort(u"chat-port"_s,
        u"Chat port CHPT (plain ws); TLS is on CHPT+1. 0 picks a free pair (default)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption scenario(u"scenario"_s, scenarioHelp(), u"NAME"_s, u"normal"_s);
    const QCommandLineOption replay(
        u"replay"_s, u"Play this recorded frames.jsonl on every channel, looped."_s, u"FILE"_s);
    const QCommandLineOption flood(u"flood"_s, u"Numbered flood chat (\"#000123 ...\") instead of the script."_s);
    const QCommandLineOption rate(u"rate"_s,
        u"Packets per second per channel, 1 to 50000 (default: script 20, flood 1000, replay its own timing)."_s,
        u"N"_s);
    const QCommandLineOption speed(u"speed"_s, u"Replay timing scaled by this factor (default 1)."_s, u"X"_s);
    const QCommandLineOption burst(u"burst"_s, u"Rate multiplier during a burst (default 1: none)."_s, u"F"_s);
    const QCommandLineOption burstEvery(u"burst-every"_s, u"Seconds between bursts (default 10)."_s, u"S"_s);
    const QCommandLineOption burstFor(u"burst-for"_s, u"Length of a burst in milliseconds (default 1000)."_s, u"MS"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Stop after N seconds (default: run until Ctrl+C)."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the scripted sessions (default 1)."_s, u"N"_s);
    const QCommandLineOption dropAfter(
        u"drop-after"_s, u"drop-after: seconds from JOIN to the drop (default 10)."_s, u"S"_s);
    const QCommandLineOption endAfter(
        u"end-after"_s, u"end-and-return: seconds of a broadcast before 0088 (default 30)."_s, u"S"_s);
    const QCommandLineOption offlineFor(
        u"offline-for"_s, u"end-and-return: seconds offline before the next broadcast (default 10)."_s, u"S"_s);
    const QCommandLineOption password(u"password"_s, u"wrong-password: the rooms' password (default 0000)."_s, u"PW"_s);
    const QCommandLineOption tick(u"tick"_s, u"Milliseconds between timeline ticks, 1 to 100 (default 5)."_s, u"MS"_s);
    const QCommandLineOption certOut(u"cert-out"_s,
        u"Write the TLS port's test certificate (PEM) to FILE, for clients that verify it."_s, u"FILE"_s);
    const QCommandLineOption media(u"media"_s,
        u"Scripted rooms also send OGQ stickers, emoticons and links, with their images served (image-base=URL)."_s);
    const QCommandLineOption stats(u"stats"_s, u"Print counters to stderr once a second."_s);
    const QCommandLineOption hostile(u"hostile"_s,
        u"Instead, a server that breaks the rules on purpose, API and chat on one port: %1."_s.arg(
            HostileServer::modeNames().join(u", "_s)),
        u"MODE"_s);
    const QCommandLineOption platform(u"platform"_s,
        u"soop (default) or chzzk: the CHZZK simulator alone (its chat on --port + 1; scenarios: %1)."_s.arg(
            chzzkScenarioNames().join(u", "_s)),
        u"NAME"_s, u"soop"_s);
    const QCommandLineOption stallFor(
        u"stall-for"_s, u"--platform chzzk, stall: seconds the server stays stalled (default 60)."_s, u"S"_s);
    parser.addOptions({platform, stallFor, port, chatPort, scenario, replay, flood, rate, speed, burst, burstEvery,
        burstFor, seconds, seed, dropAfter, endAfter, offlineFor, password, tick, certOut, media, stats, hostile});
    if (const int exit = parse(parser, SimName, arguments); exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty())
        return fail(SimName, u"takes no arguments, got \"%1\""_s.arg(parser.positionalArguments().first()));

    SimulatorOptions options;
    int exitCode = ExitOk;
    qint64 apiPort = 0, chat = 0, packetRate = 0, burstFactor = 1, burstSeconds = 10, burstMs = 1000, runSeconds = 0,
           seedValue = 1, dropSeconds = 10, endSeconds = 30, offlineSeconds = 10, tickMs = 5;
    if (!intOption(parser, u"port"_s, 0, 65535, &apiPort, SimName, &exitCode) ||
        !intOption(parser, u"chat-port"_s, 0, 65534, &chat, SimName, &exitCode) ||
        !intOption(parser, u"rate"_s, 1, 50000, &packetRate, SimName, &exitCode) ||
        !intOption(parser, u"burst"_s, 1, 100, &burstFactor, SimName, &exitCode) ||
        !intOption(parser, u"burst-every"_s, 1, 3600, &burstSeconds, SimName, &exitCode) ||
        !intOption(parser, u"burst-for"_s, 1, 3'600'000, &burstMs, SimName, &exitCode) ||
        !intOption(parser, u"seconds"_s, 1, 365LL * 24 * 3600, &runSeconds, SimName, &exitCode) ||
        !intOption(parser, u"seed"_s, 0, std::numeric_limits<qint64>::max(), &seedValue, SimName, &exitCode) ||
        !intOption(parser, u"drop-after"_s, 1, 86400, &dropSeconds, SimName, &exitCode) ||
        !intOption(parser, u"end-after"_s, 1, 86400, &endSeconds, SimName, &exitCode) ||
        !intOption(parser, u"offline-for"_s, 1, 86400, &offlineSeconds, SimName, &exitCode) ||
        !intOption(parser, u"tick"_s, 1, 100, &tickMs, SimName, &exitCode))
        return exitCode;

    if (parser.isSet(hostile))
        return runHostile(parser.value(hostile), quint16(apiPort), runSeconds);
    if (parser.value(platform) == "chzzk"_L1) {
        ChzzkSimOptions chzzk;
        chzzk.apiPort = quint16(apiPort);
        chzzk.seed = quint64(seedValue);
        if (parser.isSet(rate))
            chzzk.rate = double(packetRate);
        if (parser.isSet(replay))
            chzzk.replayFile = QFileInfo(parser.value(replay)).absoluteFilePath();
        if (parser.isSet(speed))
            chzzk.replaySpeed = parser.value(speed).toDouble();
        if (chzzk.replaySpeed <= 0 || chzzk.replaySpeed > 10000)
            return fail(SimName, u"--speed must be a number above 0 and up to 10000"_s);
        chzzk.dropAfter = std::chrono::seconds(dropSeconds);
        qint64 stallSeconds = 60;
        if (!intOption(parser, u"stall-for"_s, 1, 86400, &stallSeconds, SimName, &exitCode))
            return exitCode;
        chzzk.stallFor = std::chrono::seconds(stallSeconds);
        chzzk.newBroadcastAfter = std::chrono::seconds(endSeconds);
        return runChzzk(parser, chzzk, runSeconds);
    }
    if (parser.value(platform) != "soop"_L1)
        return fail(SimName, u"--platform is soop or chzzk, not \"%1\""_s.arg(parser.value(platform)));

    const std::optional<Scenario> named = scenarioFromName(parser.value(scenario));
    if (!named) {
        return fail(SimName,
            u"unknown scenario \"%1\" (one of: %2)"_s.arg(parser.value(scenario), scenarioNames().join(u", "_s)));
    }
    if (parser.isSet(replay) && parser.isSet(flood))
        return fail(SimName, u"--replay and --flood exclude each other"_s);
    if (parser.isSet(speed)) {
        bool ok = false;
        options.replaySpeed = parser.value(speed).toDouble(&ok);
        if (!ok || options.replaySpeed <= 0 || options.replaySpeed > 10000)
            return fail(
                SimName, u"--speed must be a number above 0 and up to 10000, not \"%1\""_s.arg(parser.value(speed)));
    }

    options.apiPort = quint16(apiPort);
    options.chatPort = quint16(chat);
    options.scenario = *named;
    if (parser.isSet(replay)) {
        options.source = SourceKind::Replay;
        options.replayFile = QFileInfo(parser.value(replay)).absoluteFilePath();
    } else if (parser.isSet(flood)) {
        options.source = SourceKind::Flood;
    }
    options.rate = int(packetRate);
    options.burst.factor = double(burstFactor);
    options.burst.every = std::chrono::seconds(burstFactor > 1 ? burstSeconds : 0);
    options.burst.length = std::chrono::milliseconds(burstMs);
    options.seed = quint64(seedValue);
    options.dropAfter = std::chrono::seconds(dropSeconds);
    options.endAfter = std::chrono::seconds(endSeconds);
    options.offlineFor = std::chrono::seconds(offlineSeconds);
    options.tick = std::chrono::milliseconds(tickMs);
    if (parser.isSet(password)) {
        if (parser.value(password).isEmpty())
            return fail(SimName, u"--password must not be empty"_s);
        options.password = parser.value(password);
    }

    if (parser.isSet(certOut)) {
        QFile file(parser.value(certOut));
        if (!file.open(QIODevice::WriteOnly) || file.write(SoopSimulator::certificate().toPem()) < 0)
            return fail(SimName, u"cannot write %1: %2"_s.arg(file.fileName(), file.errorString()), ExitFailure);
    }

    SoopSimulator simulator(options);
    QString error;
    if (!simulator.start(&error))
        return fail(SimName, error, ExitFailure);

    if (parser.isSet(media)) {
        ChannelConfig config = simulator.defaultChannelConfig();
        config.media = true;
        simulator.setDefaultChannelConfig(config);
        for (SimChannel *channel : simulator.channels()) {
            ChannelConfig own = channel->config();
            own.media = true;
            channel->setConfig(own);
        }
    }

    // The first line is what scripts and tests wait for.
    QTextStream out(stdout);
    out << "api-base=" << simulator.apiBase().toString() << '\n';
    out << "chat-port=" << simulator.chatPort() << '\n';
    out << "tls-port=" << simulator.tlsPort() << (simulator.isTlsRefused() ? " (refusing)" : "") << '\n';
    out << "chat-domain=" << simulator.chatDomain() << '\n';
    if (parser.isSet(media))
        out << "image-base=" << simulator.imageBase().toString() << '\n';
    out << "scenario=" << scenarioName(options.scenario) << '\n';
    out.flush();

    quitOnSignals();
    if (runSeconds > 0)
        QTimer::singleShot(std::chrono::seconds(runSeconds), QCoreApplication::instance(), &QCoreApplication::quit);

    QTimer statsTimer;
    SimCounters last;
    if (parser.isSet(stats)) {
        QObject::connect(&statsTimer, &QTimer::timeout, &simulator, [&] {
            const SimCounters now = simulator.counters();
            QTextStream(stderr) << "generated " << now.packetsGenerated - last.packetsGenerated << "/s, sent "
                                << now.packetsSent - last.packetsSent << "/s in " << now.framesSent - last.framesSent
                                << " frames/s, " << simulator.connections().size() << " connections\n";
            last = now;
        });
        statsTimer.start(std::chrono::seconds(1));
    }

    QCoreApplication::exec();
    simulator.stop();
    const SimCounters c = simulator.counters();
    QTextStream(stderr) << c.connections << " connections, " << c.joins << " joins, " << c.rejected << " rejected, "
                        << c.packetsGenerated << " packets generated, " << c.packetsSent << " sent\n";
    return ExitOk;
}

} // namespace cli
