#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include "cli/CliCommand.h"
#include "cli/ClientOptions.h"
#include "core/events/EventJson.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

int listen(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"CHANNEL"_s,
        u"A SOOP streamer id or play./ch./vod. address, or a CHZZK channel id or chzzk.naver.com address."_s);
    ClientOptions clientOptions(parser);
    const QCommandLineOption seconds(u"seconds"_s, u"Stop after N seconds (default: until Ctrl+C)."_s, u"N"_s);
    parser.addOption(seconds);
    if (const int exit = parse(parser, "listen", arguments); exit >= 0)
        return exit;

    int exitCode = ExitOk;
    qint64 limit = 0;
    if (!intOption(parser, seconds.names().first(), 1, 365 * 24 * 3600, &limit, "listen", &exitCode))
        return exitCode;
    QList<ChannelTarget> targets;
    std::unique_ptr<ChatSources> sources;
    if (!clientOptions.read(parser, "listen", 1, &targets, &sources, &exitCode))
        return exitCode;

    QFile out;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    const std::unique_ptr<ChatSource> source = sources->create(targets.first());
    ChatSource &client = *source;
    QObject::connect(&client, &ChatSource::eventsReceived, [&out](const EventBatch &events) {
        QByteArray lines;
        for (const EventPtr &event : events) {
            EventJson::append(lines, *event);
            lines.append('\n');
        }
        out.write(lines);
    });
    QObject::connect(&client, &ChatSource::statusChanged, [&](const ChannelStatus &status) {
        reportStatus("listen", status);
        if (isFinal(status)) {
            exitCode = ExitFailure;
            QCoreApplication::exit(exitCode);
        }
    });

    quitOnSignals();
    if (limit > 0)
        QTimer::singleShot(std::chrono::seconds(limit), qApp, &QCoreApplication::quit);
    client.start(clientOptions.password());
    const int loopCode = QCoreApplication::exec();
    client.stop();
    return exitCode != ExitOk ? exitCode : loopCode;
}

} // namespace cli
