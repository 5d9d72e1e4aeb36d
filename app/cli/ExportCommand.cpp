#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QTextStream>

#include "cli/CliCommand.h"
#include "cli/TotalsOutput.h"
#include "core/store/SessionExporter.h"
#include "core/store/SessionReader.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

// "+1h30m", "+90s", "+45m": an offset from the session's start; otherwise an
// ISO 8601 date and time (local time unless it names a zone). 0 = invalid.
qint64 parseTime(const QString &text, qint64 sessionStartMs)
{
    static const QRegularExpression offset(u"^\\+(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$"_s);
    const QRegularExpressionMatch match = offset.match(text.trimmed());
    if (match.hasMatch() && text.trimmed().size() > 1)
        return sessionStartMs +
            (match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60 +
                match.captured(3).toLongLong()) *
            1000;
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text.trimmed().replace(u' ', u'T'), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace

int exportSession(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"SESSION"_s, u"The session id (see soopchat-cli sessions)."_s);
    const QCommandLineOption db(u"db"_s, u"The recording database (default: %1)."_s.arg(SessionDatabase::defaultPath()),
        u"FILE"_s, SessionDatabase::defaultPath());
    const QCommandLineOption format(
        u"format"_s, u"csv (for spreadsheets) or jsonl (EVENTS.md JSON lines)."_s, u"FORMAT"_s);
    const QCommandLineOption out(
        u"out"_s, u"The file to write; replaced only once the export is complete."_s, u"FILE"_s);
    const QCommandLineOption from(u"from"_s,
        u"Only events at or after TIME: ISO 8601 (2026-11-22T21:00:00, local time unless a zone is given) or an "
        "offset from the session start (+1h30m, +90s)."_s,
        u"TIME"_s);
    const QCommandLineOption to(u"to"_s, u"Only events before TIME (same forms as --from)."_s, u"TIME"_s);
    const QCommandLineOption filter(u"filter"_s,
        u"Only what the chat list's filter shows for QUERY (from:NICK, type:balloon, words)."_s, u"QUERY"_s);
    parser.addOptions({db, format, out, from, to, filter});
    if (const int exit = parse(parser, "export", arguments); exit >= 0)
        return exit;

    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 sessionId = positional.value(0).toLongLong(&ok);
    if (positional.size() != 1 || !ok || sessionId <= 0)
        return fail("export", u"takes one SESSION id (a positive number; see soopchat-cli sessions)"_s);
    if (!parser.isSet(out))
        return fail("export", u"--out FILE is required"_s);
    const QString formatName = parser.value(format).toLower();
    if (formatName != "csv"_L1 && formatName != "jsonl"_L1)
        return fail("export", u"--format must be csv or jsonl, not \"%1\""_s.arg(parser.value(format)));

    ExportRequest request;
    request.databasePath = parser.value(db);
    request.outputPath = parser.value(out);
    request.format = formatName == "csv"_L1 ? ExportFormat::Csv : ExportFormat::Jsonl;
    request.query.sessionId = sessionId;

    if (parser.isSet(from) || parser.isSet(to)) {
        SessionReader reader;
        StoreError error = reader.open(request.databasePath);
        const std::optional<SessionSummary> session =
            error.isError() ? std::nullopt : reader.session(sessionId, &error);
        if (error.isError())
            return fail("export", error.message, ExitFailure);
        if (!session)
            return fail(
                "export", u"there is no session %1 in %2"_s.arg(sessionId).arg(request.databasePath), ExitFailure);
        for (const auto &[option, target] :
            {std::pair {&from, &request.query.fromMs}, std::pair {&to, &request.query.toMs}}) {
            if (!parser.isSet(*option))
                continue;
            *target = parseTime(parser.value(*option), session->info.startedAtMs);
            if (*target <= 0)
                return fail("export",
                    u"--%1 must be a date and time like 2026-11-22T21:00:00 or an offset like +1h30m, not \"%2\""_s.arg(
                        option->names().first(), parser.value(*option)));
        }
    }
    if (parser.isSet(filter)) {
        QString badType;
        request.query.filter = EventFilter::fromQuery(parser.value(filter), &badType);
        if (!badType.isEmpty())
            return fail("export", u"--filter: unknown type \"%1\""_s.arg(badType));
    }

    SessionExporter exporter;
    const ExportResult result = exporter.run(request);
    if (result.status != ExportResult::Status::Done)
        return fail("export", result.message, ExitFailure);
    // The summary: what was exported, counted as the session totals are.
    QTextStream(stderr) << "exported " << result.rows << " events to " << QDir::toNativeSeparators(request.outputPath)
                        << '\n'
                        << "totals: " << totalsLine(result.totals) << '\n';
    // A damaged file: what could be read is exported, and it says how much could not.
    if (result.unreadable != 0) {
        QTextStream(stderr) << "soopchat-cli export: " << request.databasePath << " is damaged; "
                            << (result.unreadable > 0 ? QString::number(result.unreadable) : u"some"_s)
                            << " events of session " << sessionId << " could not be read\n";
        return ExitOk; // the file is written: what was there to save is saved
    }
    return ExitOk;
}

} // namespace cli
