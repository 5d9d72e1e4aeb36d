#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "cli/CliCommand.h"
#include "core/chzzk/FrameDecoder.h"
#include "core/events/EventJson.h"
#include "core/soop/EventStreamDecoder.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

void writeEvents(QFile &output, EventBatch &events)
{
    QByteArray lines;
    for (const EventPtr &event : std::as_const(events)) {
        EventJson::append(lines, *event);
        lines.append('\n');
    }
    events.clear();
    output.write(lines);
}

// CHZZK frames as recorded (frames.jsonl: one websocket frame a line, as
// `text` or base64 `b64`, with `dir` and `t`): the server's frames are
// decoded; the client's and the HTTP answers (`url`) are not chat.
int decodeChzzk(QFile &input, const QString &path)
{
    QFile output;
    output.open(stdout, QIODevice::WriteOnly);
    chzzk::FrameDecoder decoder;
    EventBatch events;
    quint64 skipped = 0;
    while (!input.atEnd()) {
        const QByteArray line = input.readLine().trimmed();
        if (line.isEmpty()) {
            if (input.error() != QFileDevice::NoError)
                return fail("decode", u"reading %1 failed: %2"_s.arg(path, input.errorString()), ExitFailure);
            continue;
        }
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.isEmpty()) {
            decoder.decode(line, events); // not a recording line: shown as the malformed frame it is
        } else if (record.value("dir"_L1).toString() != "in"_L1 || record.contains("url"_L1)) {
            ++skipped;
            continue;
        } else if (record.value("text"_L1).isString()) {
            decoder.decode(record.value("text"_L1).toString().toUtf8(), events);
        } else if (record.value("b64"_L1).isString()) {
            decoder.decode(QByteArray::fromBase64(record.value("b64"_L1).toString().toLatin1()), events);
        } else {
            ++skipped;
            continue;
        }
        writeEvents(output, events);
    }
    output.flush();
    const auto &counters = decoder.counters();
    QTextStream(stderr) << counters.frames << " frames, " << counters.lines << " lines, " << counters.malformed
                        << " malformed, " << counters.unknown << " unknown, " << skipped
                        << " other records (client frames, HTTP answers)\n";
    return ExitOk;
}

} // namespace

int decode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s,
        u"Raw SOOP packet bytes, or recorded CHZZK frames (frames.jsonl) with --platform chzzk; standard input when "
        "left out or \"-\"."_s,
        u"[FILE]"_s);
    parser.addOption(
        {u"platform"_s, u"Whose protocol FILE holds: soop (the default) or chzzk."_s, u"PLATFORM"_s, u"soop"_s});
    if (const int exit = parse(parser, "decode", arguments); exit >= 0)
        return exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail("decode", u"takes one FILE, got %1"_s.arg(files.size()));
    const QString platform = parser.value(u"platform"_s);
    if (platform != "soop"_L1 && platform != "chzzk"_L1)
        return fail("decode", u"--platform is soop or chzzk, not \"%1\""_s.arg(platform));

    QFile input;
    const QString path = files.value(0, u"-"_s);
    const bool opened = path == "-"_L1 ? input.open(stdin, QIODevice::ReadOnly)
                                       : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!opened)
        return fail("decode", u"cannot read %1: %2"_s.arg(path, input.errorString()), ExitFailure);
    if (platform == "chzzk"_L1)
        return decodeChzzk(input, path);

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
