#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include "cli/CliCommand.h"
#include "core/events/EventJson.h"
#include "core/soop/EventStreamDecoder.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

int decode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        u"FILE"_s, u"Raw SOOP packet bytes; standard input when left out or \"-\"."_s, u"[FILE]"_s);
    if (const int exit = parse(parser, "decode", arguments); exit >= 0)
        return exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail("decode", u"takes one FILE, got %1"_s.arg(files.size()));

    QFile input;
    const QString path = files.value(0, u"-"_s);
    const bool opened = path == "-"_L1 ? input.open(stdin, QIODevice::ReadOnly)
                                       : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!opened)
        return fail("decode", u"cannot read %1: %2"_s.arg(path, input.errorString()), ExitFailure);

    QFile output;
    output.open(stdout, QIODevice::WriteOnly);
    soop::EventStreamDecoder decoder;
    EventBatch events;
    QByteArray lines;
    auto flush = [&] {
        for (const EventPtr &event : std::as_const(events)) {
            EventJson::append(lines, *event);
            lines.append('\n');
        }
        events.clear();
        output.write(lines);
        lines.clear();
    };
    while (!input.atEnd()) {
        const QByteArray chunk = input.read(64 * 1024);
        if (chunk.isEmpty() && input.error() != QFileDevice::NoError)
            return fail("decode", u"reading %1 failed: %2"_s.arg(path, input.errorString()), ExitFailure);
        decoder.feed(chunk, events);
        flush();
    }
    decoder.finish(events);
    flush();
    output.flush();

    const auto &counters = decoder.counters();
    QTextStream(stderr) << counters.packets << " packets, " << counters.malformed << " malformed\n";
    return ExitOk;
}

} // namespace cli
