#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "cli/CliCommand.h"
#include "cli/TotalsOutput.h"
#include "core/stats/SessionStats.h"
#include "core/store/BroadcastDays.h"
#include "core/store/SessionReader.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

constexpr qsizetype Batch = 1024;

// The time form of EVENTS.md's received_at; null when unknown.
QJsonValue utcTime(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)) : QJsonValue();
}

// The figures of a snapshot, without what they are of.
QJsonObject figuresJson(const SessionStatsSnapshot &s)
{
    QJsonArray minutes;
    for (const SessionStatsSnapshot::Minute &m : s.minutes) {
        minutes.append(
            QJsonObject {{u"start"_s, utcTime(m.startMs)}, {u"balloons"_s, m.balloons}, {u"chats"_s, m.chats},
                {u"cumulative_balloons"_s, m.cumulativeBalloons}, {u"cumulative_chats"_s, m.cumulativeChats}});
    }
    QJsonArray donors;
    for (const SessionStatsSnapshot::Donor &d : s.topDonors) {
        donors.append(QJsonObject {{u"user_id"_s, d.userId}, {u"nickname"_s, d.nickname}, {u"balloons"_s, d.balloons},
            {u"star_balloons"_s, d.starBalloons}, {u"video_balloons"_s, d.videoBalloons},
            {u"ad_balloons"_s, d.adBalloons}, {u"replay_balloons"_s, d.replayBalloons}, {u"cheese"_s, d.cheese},
            {u"balloons_won"_s, SessionTotals::donationsWon(d.starBalloons, d.videoBalloons, d.cheese).won}});
    }
    QJsonArray words;
    for (const SessionStatsSnapshot::Word &w : s.topWords)
        words.append(QJsonObject {{u"word"_s, w.word}, {u"count"_s, w.count}, {u"error"_s, w.error}});
    return {{u"first_event_at"_s, utcTime(s.startMs)}, {u"last_event_at"_s, utcTime(s.lastEventMs)},
        {u"duration_ms"_s, s.startMs > 0 ? s.durationMs() : 0}, {u"totals"_s, totalsJson(s.totals)},
        {u"minutes"_s, minutes}, {u"top_donors"_s, donors}, {u"top_words"_s, words}};
}

QJsonObject toJson(const SessionSummary &session, const SessionStatsSnapshot &s)
{
    const QJsonObject info {{u"id"_s, session.id}, {u"platform"_s, session.info.platform},
        {u"channel"_s, session.info.channelId}, {u"broadcast_no"_s, session.info.broadcastNo},
        {u"title"_s, session.info.title}, {u"streamer_nickname"_s, session.info.streamerNickname},
        {u"started_at"_s, utcTime(session.info.startedAtMs)}, {u"ended_at"_s, utcTime(session.endedAtMs)}};
    QJsonObject object = figuresJson(s);
    object.insert(u"session"_s, info);
    return object;
}

QJsonObject toJson(const BroadcastDay &day, const SessionStatsSnapshot &s)
{
    QJsonObject object = figuresJson(s);
    object.insert(u"day"_s, day.day.toString(Qt::ISODate));
    object.insert(u"platform"_s, day.platform);
    object.insert(u"channel"_s, day.channelId);
    QJsonArray ids;
    for (qint64 id : day.sessionIds)
        ids.append(id);
    object.insert(u"sessions"_s, ids);
    return object;
}

void printText(QTextStream &out, const QString &heading, const SessionStatsSnapshot &s)
{
    const auto local = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm:ss"_s); };
    out << heading << '\n';
    if (s.startMs > 0)
        out << "Events from " << local(s.startMs) << " to " << local(s.lastEventMs) << '\n';
    out << "\nTotals\n";
    for (const TotalsField &field : totalsFields(s.totals))
        out << "  " << QString::fromLatin1(field.name).leftJustified(22) << field.value << '\n';

    out << "\nPer minute (local time; minutes without balloons or chats left out)\n";
    out << "  " << u"MINUTE"_s.leftJustified(17) << u"BALLOONS"_s.rightJustified(10) << u"CHATS"_s.rightJustified(8)
        << u"TOTAL BALLOONS"_s.rightJustified(16) << u"TOTAL CHATS"_s.rightJustified(13) << '\n';
    for (const SessionStatsSnapshot::Minute &m : s.minutes) {
        out << "  " << QDateTime::fromMSecsSinceEpoch(m.startMs).toString(u"yyyy-MM-dd HH:mm"_s).leftJustified(17)
            << QString::number(m.balloons).rightJustified(10) << QString::number(m.chats).rightJustified(8)
            << QString::number(m.cumulativeBalloons).rightJustified(16)
            << QString::number(m.cumulativeChats).rightJustified(13) << '\n';
    }

    out << "\nTop donors (by balloons: star + video)\n";
    int rank = 0;
    for (const SessionStatsSnapshot::Donor &d : s.topDonors) {
        out << "  " << QString::number(++rank).rightJustified(2) << ". " << d.nickname << " (" << d.userId
            << "): " << d.balloons << " balloons (star " << d.starBalloons << ", video " << d.videoBalloons << ')';
        if (const WonValue won = SessionTotals::donationsWon(d.starBalloons, d.videoBalloons); won.hasWon())
            out << ", " << won.won << " won";
        if (d.adBalloons > 0)
            out << ", ad " << d.adBalloons;
        if (d.replayBalloons > 0)
            out << ", replay " << d.replayBalloons;
        out << '\n';
    }
    if (s.topDonors.isEmpty())
        out << "  (none)\n";

    out << "\nTop words (messages using the word)\n";
    for (const SessionStatsSnapshot::Word &w : s.topWords)
        out << "  " << w.word << "  " << w.count
            << (w.error > 0 ? u" (at least %1)"_s.arg(w.count - w.error) : QString()) << '\n';
    if (s.topWords.isEmpty())
        out << "  (none)\n";
}

// The recorded events of `sessionIds`, in batches as a client delivers
// them, into the panel's own statistics; false (and a message) on an error.
bool readInto(SessionReader &reader, const QList<qint64> &sessionIds, SessionStats &statistics)
{
    EventBatch batch;
    batch.reserve(Batch);
    qint64 unreadable = 0;
    for (qint64 sessionId : sessionIds) {
        const StoreError error = reader.readEvents({sessionId, 0, 0, {}}, [&](const StoredEvent &row) {
            if (EventPtr event = row.toEvent())
                batch.append(std::move(event));
            else
                ++unreadable;
            if (batch.size() >= Batch) {
                statistics.add(batch);
                batch.clear();
            }
            return true;
        });
        statistics.add(batch);
        batch.clear();
        if (error.isError()) {
            fail("stats", error.message, ExitFailure);
            return false;
        }
    }
    if (unreadable > 0)
        QTextStream(stderr) << "soopchat-cli stats: " << unreadable << " recorded events could not be read and are "
                            << "left out\n";
    return true;
}

struct Sizes
{
    int donors = 10;
    int words = 20;
};

// One channel's broadcast day (BroadcastDays): every session of it read
// into one SessionStats, so that a donor of two sessions counts once.
int dayStats(const QString &path, const QString &channel, QDate date, Sizes sizes, bool json)
{
    SessionReader reader;
    StoreError error = reader.open(path);
    const QList<SessionSummary> sessions = error.isError() ? QList<SessionSummary> {} : reader.sessions(&error);
    if (error.isError())
        return fail("stats", error.message, ExitFailure);
    std::optional<BroadcastDay> day;
    for (const BroadcastDay &d : BroadcastDays::group(sessions)) {
        if (d.day == date && d.channelId == channel)
            day = d; // any platform: the channel as the user typed it
    }
    if (!day)
        return fail("stats",
            u"there is no session of %1 on %2 in %3"_s.arg(channel, date.toString(Qt::ISODate), reader.path()),
            ExitFailure);

    SessionStats statistics;
    if (!readInto(reader, day->sessionIds, statistics))
        return ExitFailure;
    const SessionStatsSnapshot snapshot = statistics.snapshot(sizes.donors, sizes.words);
    QTextStream out(stdout);
    if (json) {
        out << QJsonDocument(toJson(*day, snapshot)).toJson(QJsonDocument::Indented);
    } else {
        QStringList ids;
        for (qint64 id : day->sessionIds)
            ids.append(QString::number(id));
        printText(out,
            u"Day %1  %2  sessions %3"_s.arg(day->day.toString(Qt::ISODate), day->channelId, ids.join(u", "_s)),
            snapshot);
    }
    return ExitOk;
}

} // namespace

int stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The statistics panel's figures for a recorded session, computed by the same code: the totals, balloons and "
        "chats per minute, top donors and top words. With --day, those of all the sessions of one channel's broadcast "
        "day together."_s);
    parser.addPositionalArgument(
        u"SESSION"_s, u"The session id (see soopchat-cli sessions); with --day, the CHANNEL (streamer id)."_s);
    const QCommandLineOption db(u"db"_s, u"The recording database (default: %1)."_s.arg(SessionDatabase::defaultPath()),
        u"FILE"_s, SessionDatabase::defaultPath());
    const QCommandLineOption json(u"json"_s, u"Print one JSON object instead of text."_s);
    const QCommandLineOption donors(u"donors"_s, u"How many top donors (default 10)."_s, u"N"_s);
    const QCommandLineOption words(u"words"_s, u"How many top words (default 20)."_s, u"N"_s);
    const QCommandLineOption day(u"day"_s,
        u"The sessions of CHANNEL on this broadcast day (YYYY-MM-DD, local time: the day its broadcast was first "
        "recorded), added up."_s,
        u"DATE"_s);
    parser.addOptions({db, json, donors, words, day});
    if (const int exit = parse(parser, "stats", arguments); exit >= 0)
        return exit;

    const QStringList positional = parser.positionalArguments();
    qint64 topDonors = 10;
    qint64 topWords = 20;
    int exitCode = ExitOk;
    if (!intOption(parser, u"donors"_s, 0, 100'000, &topDonors, "stats", &exitCode) ||
        !intOption(parser, u"words"_s, 0, SessionStats::DefaultTrackedWords, &topWords, "stats", &exitCode))
        return exitCode;
    if (parser.isSet(day)) {
        const QDate date = QDate::fromString(parser.value(day), Qt::ISODate);
        if (!date.isValid())
            return fail("stats", u"--day takes a date as YYYY-MM-DD, got \"%1\""_s.arg(parser.value(day)));
        if (positional.size() != 1 || positional.first().isEmpty())
            return fail("stats", u"with --day, takes one CHANNEL (the streamer id; see soopchat-cli sessions)"_s);
        return dayStats(
            parser.value(db), positional.first(), date, {int(topDonors), int(topWords)}, parser.isSet(json));
    }
    bool ok = false;
    const qint64 sessionId = positional.value(0).toLongLong(&ok);
    if (positional.size() != 1 || !ok || sessionId <= 0)
        return fail("stats", u"takes one SESSION id (a positive number; see soopchat-cli sessions)"_s);

    SessionReader reader;
    StoreError error = reader.open(parser.value(db));
    const std::optional<SessionSummary> session = error.isError() ? std::nullopt : reader.session(sessionId, &error);
    if (error.isError())
        return fail("stats", error.message, ExitFailure);
    if (!session)
        return fail("stats", u"there is no session %1 in %2"_s.arg(sessionId).arg(reader.path()), ExitFailure);

    SessionStats statistics;
    if (!readInto(reader, {sessionId}, statistics))
        return ExitFailure;

    const SessionStatsSnapshot snapshot = statistics.snapshot(int(topDonors), int(topWords));
    QTextStream out(stdout);
    if (parser.isSet(json))
        out << QJsonDocument(toJson(*session, snapshot)).toJson(QJsonDocument::Indented);
    else
        printText(
            out, u"Session %1  %2  %3"_s.arg(session->id).arg(session->info.channelId, session->info.title), snapshot);
    return ExitOk;
}

} // namespace cli
