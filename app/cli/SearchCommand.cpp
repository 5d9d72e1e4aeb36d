#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>

#include "cli/CliCommand.h"
#include "core/store/SessionReader.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

int search(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"TEXT"_s, u"What to find anywhere in messages (any language, any case)."_s);
    const QCommandLineOption db(u"db"_s, u"The recording database (default: %1)."_s.arg(SessionDatabase::defaultPath()),
        u"FILE"_s, SessionDatabase::defaultPath());
    const QCommandLineOption channel(u"channel"_s, u"Only sessions of this channel (streamer id)."_s, u"ID"_s);
    const QCommandLineOption limit(u"limit"_s, u"At most N matches, newest first (default 50)."_s, u"N"_s);
    parser.addOptions({db, channel, limit});
    if (const int exit = parse(parser, "search", arguments); exit >= 0)
        return exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first().trimmed().isEmpty())
        return fail("search", u"takes one TEXT to look for (quote it if it has spaces)"_s);
    qint64 maxHits = 50;
    int exitCode = ExitOk;
    if (!intOption(parser, u"limit"_s, 1, 1'000'000, &maxHits, "search", &exitCode))
        return exitCode;

    SessionReader reader;
    StoreError error = reader.open(parser.value(db));
    const QList<SearchHit> hits = error.isError()
        ? QList<SearchHit> {}
        : reader.search({positional.first(), parser.value(channel), int(maxHits)}, &error);
    if (error.isError())
        return fail("search", error.message, ExitFailure);

    QTextStream out(stdout);
    for (const SearchHit &hit : hits) {
        QString text = hit.text;
        text.replace(u'\n', u' ');
        out << QDateTime::fromMSecsSinceEpoch(hit.receivedAtMs).toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  #"
            << hit.sessionId << "  " << hit.channelId << "  " << hit.nickname << " (" << hit.userId << "): " << text
            << '\n';
    }
    out.flush();
    QTextStream(stderr) << hits.size() << (hits.size() == 1 ? " match" : " matches")
                        << (hits.size() == maxHits ? " (limit reached; --limit shows more)" : "") << '\n';
    return ExitOk;
}

} // namespace cli
