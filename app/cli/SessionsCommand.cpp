#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>

#include "cli/CliCommand.h"
#include "core/store/RecordingFiles.h"
#include "core/store/SessionReader.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

QString duration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    return u"%1:%2:%3"_s.arg(s / 3600).arg(s / 60 % 60, 2, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
}

} // namespace

int sessions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(u"db"_s, u"The recording database (default: %1)."_s.arg(SessionDatabase::defaultPath()),
        u"FILE"_s, SessionDatabase::defaultPath());
    parser.addOption(db);
    if (const int exit = parse(parser, "sessions", arguments); exit >= 0)
        return exit;
    if (!parser.positionalArguments().isEmpty())
        return fail("sessions", u"takes no arguments, got \"%1\""_s.arg(parser.positionalArguments().first()));

    // Every recording file of this database, on stderr: a damaged one is
    // only read, and what went on while it could not be written is in the
    // fallback file beside it.
    const auto listFiles = [path = parser.value(db)] {
        QTextStream err(stderr);
        for (const RecordingFiles::File &file : RecordingFiles::list(path)) {
            if (file.damaged)
                err << "soopchat-cli sessions: " << file.path << " is damaged (found "
                    << file.markedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                    << "); it is never written again, and what can be read is still listed and exported\n";
            else if (file.role != RecordingFiles::Role::Main)
                err << "soopchat-cli sessions: more recordings are in " << file.path << " (--db " << file.path << ")\n";
        }
    };
    SessionReader reader;
    StoreError error = reader.open(parser.value(db));
    const QList<SessionSummary> list = error.isError() ? QList<SessionSummary> {} : reader.sessions(&error);
    if (error.isError()) {
        listFiles();
        return fail("sessions", error.message, ExitFailure);
    }
    listFiles();

    // The totals are SessionTotals' (README.md explains each column).
    const QStringList header = {u"ID"_s, u"CHANNEL"_s, u"STARTED"_s, u"DURATION"_s, u"EVENTS"_s, u"CHATS"_s,
        u"CHATTERS"_s, u"BALLOONS"_s, u"STAR"_s, u"VIDEO"_s, u"GIFTS"_s, u"DONORS"_s, u"AD"_s, u"REPLAY"_s, u"SUBS"_s,
        u"WON"_s, u"TITLE"_s};
    QList<QStringList> rows;
    bool unfinished = false;
    for (const SessionSummary &s : list) {
        const SessionTotals &t = s.totals;
        QString length = duration(s.effectiveEndMs() - s.info.startedAtMs);
        if (s.endedAtMs == 0) {
            length += u'*';
            unfinished = true;
        }
        rows.append({QString::number(s.id), s.info.channelId,
            QDateTime::fromMSecsSinceEpoch(s.info.startedAtMs).toString(u"yyyy-MM-dd HH:mm"_s), length,
            QString::number(t.events), QString::number(t.chats), QString::number(t.uniqueChatters),
            QString::number(t.balloons), QString::number(t.starBalloons), QString::number(t.videoBalloons),
            QString::number(t.gifts), QString::number(t.donors), QString::number(t.adBalloons),
            QString::number(t.replayBalloons), QString::number(t.subscriptions()),
            QString::number(t.donationsWon().won), s.info.title});
    }

    // Every column but the last (free text of any width) is padded.
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QTextStream out(stdout);
    auto print = [&](const QStringList &row) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool number = i == 0 || (i >= 4 && i + 1 < row.size());
            if (i + 1 == row.size())
                out << row[i];
            else
                out << (number ? row[i].rightJustified(widths[i]) : row[i].leftJustified(widths[i])) << "  ";
        }
        out << '\n';
    };
    if (rows.isEmpty()) {
        out << "No sessions recorded in " << reader.path() << '\n';
        return ExitOk;
    }
    print(header);
    for (const QStringList &row : std::as_const(rows))
        print(row);
    if (unfinished)
        out << "* not ended: still recording, or the recorder stopped without ending it (duration to the last event)\n";
    return ExitOk;
}

} // namespace cli
