// A day's total from real recording files: the sessions of one channel on one
// broadcast day (split by a restart of the app, and by the broadcast ending
// and coming back) add up to the day; the next day and another channel stay
// apart; and soopchat-cli stats --day prints the same figures.
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <time.h>

#include "StoreCli.h"
#include "StoreTestSupport.h"
#include "core/store/BroadcastDays.h"
#include "core/store/SessionReader.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace storetest;

namespace {

// Local times (UTC: initTestCase).
qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute)).toMSecsSinceEpoch();
}

struct Recording
{
    QString channel;
    QString broadcastNo;
    qint64 startMs;
    qint64 star;
    qint64 video;
};

} // namespace

class TestBroadcastDays : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QList<qint64> m_ids;

    // Each recording by a writer of its own, as a new run of the app records.
    qint64 record(const Recording &r)
    {
        SessionWriter writer(m_db);
        QSignalSpy started(&writer, &SessionWriter::sessionStarted);
        writer.beginSession({u"soop"_s, r.channel, r.broadcastNo, u"저녁 방송"_s, u"스트리머"_s, r.startMs});
        EventBatch events {chat(r.startMs + 1000, u"v1"_s, u"시청자"_s, u"안녕"_s)};
        if (r.star > 0)
            events.append(balloon(EventType::Balloon, 18, r.startMs + 2000, u"fan1"_s, r.star));
        if (r.video > 0)
            events.append(balloon(EventType::VideoBalloon, 0x105, r.startMs + 3000, u"fan2"_s, r.video));
        writer.record(events);
        writer.endSession(r.startMs + 3'600'000);
        if (!flushed(writer) || started.size() != 1)
            return 0;
        return started.first().first().toLongLong();
    }

private slots:
    void initTestCase()
    {
        // soopchat-cli runs in UTC (StoreCli.h); so does this test, so that
        // the days it asks the tool for are the days it recorded.
        qputenv("TZ", "UTC");
        tzset();
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"sessions.db"_s);
        const Recording recordings[] = {
            {u"bj"_s, u"B1"_s, at(20, 19), 100, 0}, // the evening begins
            {u"bj"_s, u"B1"_s, at(20, 20, 30), 50, 28}, // the app restarted: the same broadcast
            {u"bj"_s, u"B2"_s, at(20, 22), 10, 0}, // the broadcast ended and came back
            {u"bj"_s, u"B3"_s, at(21, 19), 1000, 0}, // the next day
            {u"other"_s, u"O1"_s, at(20, 21), 7, 0}, // another channel the same evening
            {u"bj"_s, u"B2"_s, at(21, 0, 30), 5, 0}, // B2 after a restart past midnight: still the 20th
        };
        for (const Recording &r : recordings) {
            const qint64 id = record(r);
            QVERIFY(id > 0);
            m_ids.append(id);
        }
    }

    void theDayAddsExactlyItsSessions()
    {
        SessionReader reader;
        QVERIFY(!reader.open(m_db).isError());
        const QList<SessionSummary> sessions = reader.sessions();
        QCOMPARE(sessions.size(), 6);

        const std::optional<BroadcastDay> day = BroadcastDays::find(sessions, u"soop"_s, u"bj"_s, QDate(2026, 11, 20));
        QVERIFY(day);
        QCOMPARE(day->sessionIds, (QList<qint64> {m_ids[0], m_ids[1], m_ids[2], m_ids[5]}));
        QCOMPARE(day->totals.starBalloons, 100 + 50 + 10 + 5);
        QCOMPARE(day->totals.videoBalloons, 28);
        QCOMPARE(day->totals.balloons, 193);
        QCOMPARE(day->totals.gifts, 5);
        QCOMPARE(day->totals.chats, 4);
        QCOMPARE(day->totals.donationsWon(), (WonValue {165 * 110, 28}));
        QCOMPARE(day->firstStartMs, at(20, 19));
        QCOMPARE(day->lastEndMs, at(21, 1, 30));

        const std::optional<BroadcastDay> next = BroadcastDays::find(sessions, u"soop"_s, u"bj"_s, QDate(2026, 11, 21));
        QVERIFY(next);
        QCOMPARE(next->sessionIds, QList<qint64> {m_ids[3]});
        QCOMPARE(next->totals.balloons, 1000);
        QCOMPARE(next->totals.donationsWon().won, 110'000);

        const std::optional<BroadcastDay> other =
            BroadcastDays::find(sessions, u"soop"_s, u"other"_s, QDate(2026, 11, 20));
        QVERIFY(other);
        QCOMPARE(other->sessionIds, QList<qint64> {m_ids[4]});
        QVERIFY(!BroadcastDays::find(sessions, u"soop"_s, u"bj"_s, QDate(2026, 11, 22)));

        // Every session is in exactly one day; the newest day first.
        const QList<BroadcastDay> days = BroadcastDays::group(sessions);
        QCOMPARE(days.size(), 3);
        QCOMPARE(days.first().day, QDate(2026, 11, 21));
        qsizetype counted = 0;
        for (const BroadcastDay &d : days)
            counted += d.sessionIds.size();
        QCOMPARE(counted, 6);
        QCOMPARE(BroadcastDays::ofSession(sessions, m_ids[5])->day, QDate(2026, 11, 20));
    }

    void theCliPrintsTheDay()
    {
        const Run run = cli({u"stats"_s, u"--db"_s, m_db, u"--day"_s, u"2026-11-20"_s, u"--json"_s, u"bj"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object[u"day"_s].toString(), u"2026-11-20"_s);
        QCOMPARE(object[u"channel"_s].toString(), u"bj"_s);
        QCOMPARE(object[u"sessions"_s].toArray().size(), 4);
        const QJsonObject totals = object[u"totals"_s].toObject();
        QCOMPARE(totals[u"balloons"_s].toInteger(), 193);
        QCOMPARE(totals[u"star_balloons"_s].toInteger(), 165);
        QCOMPARE(totals[u"balloons_won"_s].toInteger(), 18'150);
        QCOMPARE(totals[u"balloons_unpriced"_s].toInteger(), 28);
        QCOMPARE(totals[u"donors"_s].toInteger(), 2); // fan1 and fan2, each once over the day

        const Run text = cli({u"stats"_s, u"--db"_s, m_db, u"--day"_s, u"2026-11-20"_s, u"bj"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"balloons_won"_s) && text.out.contains(u"18150"_s), qPrintable(text.out));

        const Run none = cli({u"stats"_s, u"--db"_s, m_db, u"--day"_s, u"2026-11-25"_s, u"bj"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(u"no session of bj"_s));
        const Run bad = cli({u"stats"_s, u"--db"_s, m_db, u"--day"_s, u"20.11.2026"_s, u"bj"_s});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestBroadcastDays)
#include "tst_broadcastdays.moc"
