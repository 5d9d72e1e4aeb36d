// One session, one set of totals: the demo's donation recording (October
// 2026, with two video balloons added to it) is decoded, recorded through the
// real SessionWriter into a real SQLite file, and then the store's totals,
// SessionStats' (the statistics panel's), `soopchat-cli sessions`,
// `soopchat-cli stats --json` and the export summary all say the same.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "StoreCli.h"
#include "StoreTestSupport.h"
#include "core/soop/EventStreamDecoder.h"
#include "core/soop/PacketWriter.h"
#include "core/stats/SessionStats.h"
#include "core/store/SessionExporter.h"
#include "core/store/SessionReader.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace storetest;

namespace {

constexpr qint64 StartMs = 1'790'852'400'000; // 2026-10-01T11:00:00Z
constexpr qint64 MinuteMs = 60'000;

// A video balloon packet (service 0105) as SOOP's chat server sends it.
QByteArray videoBalloon(const char *userId, const QString &nickname, int count)
{
    const QByteArray amount = QByteArray::number(count);
    const QByteArray image = "videoballoon_" + amount;
    return soop::PacketWriter::packet(105,
        {"280000001", "devil0108", userId, nickname.toUtf8(), amount, "0", "0", "0", "0", "0", "", "", image, "1",
            "ko_KR"});
}

// The recording's frames and two video balloons after them: 1,000 from a
// newcomer, who then gave the most, and 28 from viewer002, a star donor.
EventBatch donationRecording()
{
    QList<testdata::Frame> frames = testdata::fixtureFrames(u"donations-2026-10.frames.jsonl"_s);
    frames.append({19 * MinuteMs, videoBalloon("viewer900", u"영상팬"_s, 1000)});
    frames.append({19 * MinuteMs + 30'000, videoBalloon("viewer002", u"시청자2"_s, 28)});
    return testdata::decodeFrames(frames, StartMs);
}

// Counted by hand from the fixture's README and the two packets above.
SessionTotals expectedTotals()
{
    SessionTotals t;
    t.events = 24; // 22 packets + 2 video balloons
    t.balloons = 1490;
    t.starBalloons = 462; // 16 packets: eleven of 10, 19, 33, three of 100
    t.videoBalloons = 1028;
    t.gifts = 18;
    t.donors = 14; // 13 star donors and viewer900; viewer001 gave an ad balloon only
    t.adBalloons = 10;
    t.newSubscriptions = 1;
    t.subscriptionRenewals = 4;
    return t;
}

// The same totals by the names soopchat-cli prints (README.md).
QJsonObject expectedJson()
{
    return {{u"events"_s, 24}, {u"chats"_s, 0}, {u"unique_chatters"_s, 0}, {u"balloons"_s, 1490},
        {u"star_balloons"_s, 462}, {u"video_balloons"_s, 1028}, {u"ad_balloons"_s, 10}, {u"replay_balloons"_s, 0},
        {u"cheese"_s, 0}, {u"balloons_won"_s, 462 * 110}, {u"balloons_unpriced"_s, 1028}, {u"gifts"_s, 18},
        {u"donors"_s, 14}, {u"subscriptions"_s, 5}, {u"new_subscriptions"_s, 1}, {u"subscription_renewals"_s, 4},
        {u"subscription_gifts"_s, 0}};
}

} // namespace

class TestTotalsAgreement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_session = 0;
    EventBatch m_events;

private slots:
    void initTestCase()
    {
        m_events = donationRecording();
        QCOMPARE(m_events.size(), 24);
        QCOMPARE(m_events.last()->type, EventType::VideoBalloon);
        QCOMPARE(*m_events.last()->count, 28);

        m_db = m_dir.filePath(u"demo-sessions.db"_s);
        SessionWriter writer(m_db);
        QSignalSpy started(&writer, &SessionWriter::sessionStarted);
        writer.beginSession({u"soop"_s, u"devil0108"_s, u"280000001"_s, u"후원 감사 방송"_s, u"악마"_s, StartMs});
        for (qsizetype i = 0; i < m_events.size(); i += 5) // a few commits, as a live session has
            writer.record(m_events.mid(i, 5));
        writer.endSession(StartMs + 20 * MinuteMs);
        QVERIFY(flushed(writer));
        QCOMPARE(started.size(), 1);
        m_session = started.first().first().toLongLong();
    }

    void theStoreKeepsTheTotals()
    {
        SessionReader reader;
        QVERIFY(!reader.open(m_db).isError());
        const QList<SessionSummary> sessions = reader.sessions();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().totals, expectedTotals());
    }

    void theStatisticsOfTheLiveEventsAreTheSame()
    {
        // As the live tab's panel counts: the decoded events, in one batch.
        SessionStats stats;
        stats.add(m_events);
        const SessionStatsSnapshot s = stats.snapshot(3);
        QCOMPARE(s.totals, expectedTotals());
        QCOMPARE(s.minutes.last().cumulativeBalloons, 1490);
        QCOMPARE(s.topDonors.first().userId, u"viewer900"_s);
        QCOMPARE(s.topDonors.first().videoBalloons, 1000);
        QCOMPARE(s.topDonors.first().balloons, 1000);
        QVERIFY(s.totals.gifts >= s.totals.donors);

        // And as a recorded tab's panel counts: the events read back.
        SessionReader reader;
        QVERIFY(!reader.open(m_db).isError());
        SessionStats recorded;
        recorded.add(reader.loadEvents({m_session, 0, 0, {}}));
        QCOMPARE(recorded.snapshot().totals, expectedTotals());
        QCOMPARE(recorded.snapshot(3).topDonors, s.topDonors);
        QCOMPARE(recorded.snapshot().minutes, s.minutes);
    }

    void sessionsCommandPrintsTheTotals()
    {
        const Run run = cli({u"sessions"_s, u"--db"_s, m_db});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList header = lines[0].split(u' ', Qt::SkipEmptyParts);
        const QStringList cells = lines[1].split(u' ', Qt::SkipEmptyParts);
        // STARTED is a date and a time: one header, two cells.
        auto cell = [&](const QString &name) {
            const qsizetype column = header.indexOf(name);
            return column < 0 ? u"<no %1>"_s.arg(name) : cells.value(column > 2 ? column + 1 : column);
        };
        QCOMPARE(cell(u"ID"_s), QString::number(m_session));
        QCOMPARE(cell(u"EVENTS"_s), u"24"_s);
        QCOMPARE(cell(u"CHATS"_s), u"0"_s);
        QCOMPARE(cell(u"CHATTERS"_s), u"0"_s);
        QCOMPARE(cell(u"BALLOONS"_s), u"1490"_s);
        QCOMPARE(cell(u"STAR"_s), u"462"_s);
        QCOMPARE(cell(u"VIDEO"_s), u"1028"_s);
        QCOMPARE(cell(u"GIFTS"_s), u"18"_s);
        QCOMPARE(cell(u"DONORS"_s), u"14"_s);
        QCOMPARE(cell(u"AD"_s), u"10"_s);
        QCOMPARE(cell(u"REPLAY"_s), u"0"_s);
        QCOMPARE(cell(u"SUBS"_s), u"5"_s);
        QCOMPARE(cell(u"WON"_s), u"50820"_s); // the 462 star balloons at 110 won; video balloons have no price
    }

    void statsCommandPrintsThePanelsFigures()
    {
        const Run run = cli({u"stats"_s, QString::number(m_session), u"--json"_s, u"--db"_s, m_db});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError parseError;
        const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QCOMPARE(stats.value(u"totals"_s).toObject(), expectedJson());

        SessionStats reference;
        reference.add(m_events);
        const SessionStatsSnapshot s = reference.snapshot();
        const QJsonArray minutes = stats.value(u"minutes"_s).toArray();
        QCOMPARE(minutes.size(), s.minutes.size());
        QCOMPARE(minutes.last().toObject().value(u"cumulative_balloons"_s).toInteger(), 1490);
        QCOMPARE(minutes.last().toObject().value(u"balloons"_s).toInteger(), 1028); // minute 19: both video balloons
        QCOMPARE(minutes.last().toObject().value(u"start"_s).toString(), u"2026-10-01T11:19:00.000Z"_s);
        const QJsonObject top = stats.value(u"top_donors"_s).toArray().first().toObject();
        QCOMPARE(top.value(u"user_id"_s).toString(), u"viewer900"_s);
        QCOMPARE(top.value(u"nickname"_s).toString(), u"영상팬"_s);
        QCOMPARE(top.value(u"balloons"_s).toInteger(), 1000);
        QCOMPARE(top.value(u"video_balloons"_s).toInteger(), 1000);
        QCOMPARE(top.value(u"star_balloons"_s).toInteger(), 0);
        QCOMPARE(top.value(u"balloons_won"_s).toInteger(), 0); // video balloons only: no won figure
        QCOMPARE(stats.value(u"top_donors"_s).toArray().size(), 10);
        QCOMPARE(stats.value(u"top_words"_s).toArray().size(), 0);
        QCOMPARE(stats.value(u"session"_s).toObject().value(u"channel"_s).toString(), u"devil0108"_s);
    }

    void theExportSummaryCountsTheSame()
    {
        SessionExporter exporter;
        const ExportResult result =
            exporter.run({m_db, {m_session, 0, 0, {}}, ExportFormat::Jsonl, m_dir.filePath(u"all.jsonl"_s)});
        QCOMPARE(result.status, ExportResult::Status::Done);
        QCOMPARE(result.rows, 24);
        QCOMPARE(result.totals, expectedTotals());

        // The command line prints the same summary, by the names of the JSON.
        const Run run = cli({u"export"_s, QString::number(m_session), u"--format"_s, u"csv"_s, u"--out"_s,
            m_dir.filePath(u"all.csv"_s), u"--db"_s, m_db});
        QCOMPARE(run.exitCode, 0);
        QStringList wanted;
        const QJsonObject expected = expectedJson();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            wanted.append(it.key() + u'=' + QString::number(it.value().toInteger()));
        QStringList printed;
        for (const QString &line : run.err.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u"totals: "_s))
                printed = line.mid(8).split(u' ');
        }
        printed.sort();
        wanted.sort();
        QCOMPARE(printed, wanted);
    }
};

QTEST_GUILESS_MAIN(TestTotalsAgreement)
#include "tst_totalsagreement.moc"
