// Recording sessions and reading them back: the same EVENTS.md JSON comes
// out as went in, totals match the events, the v1 schema migrates, and the
// full-text search finds Korean substrings across sessions.
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "StoreTestSupport.h"
#include "core/events/EventJson.h"
#include "core/store/SessionExporter.h"
#include "core/store/SessionReader.h"
#include "core/store/SessionRecount.h"
#include "core/store/SessionWriter.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace storetest;

namespace {

SessionInfo info(const QString &channel, qint64 startedAtMs)
{
    return {u"soop"_s, channel, u"280000001"_s, u"오늘의 방송"_s, u"스트리머"_s, startedAtMs};
}

// Every kind of event a session can hold, in the order they happened.
EventBatch variedEvents()
{
    EventBatch events;
    qint64 t = BaseTimeMs;
    events.append(event(EventType::Keepalive, 0, t)); // not recorded
    events.append(event(EventType::JoinReply, 2, t)); // not recorded
    events.append(chat(t += 10, u"viewer1"_s, u"시청자1"_s, u"안녕하세요 😀"_s));
    events.append(chat(t += 10, u"viewer2"_s, u"시청자2"_s, u"ㅋㅋㅋ, \"quoted\"\nnext line"_s));
    events.append(chat(t += 10, u"viewer1"_s, u"시청자1"_s, u"=1+1"_s));
    events.append(balloon(EventType::Balloon, 18, t += 10, u"fan1"_s, 100));
    events.append(balloon(EventType::VodBalloon, 86, t += 10, u"fan2"_s, 5));
    events.append(balloon(EventType::AdBalloon, 87, t += 10, u"fan3"_s, 300));
    events.append(balloon(EventType::StationAdBalloon, 107, t += 10, u"fan3"_s, 20));
    events.append(balloon(EventType::VideoBalloon, 105, t += 10, u"fan4"_s, 7));
    auto sub = event(EventType::Subscription, 91, t += 10);
    sub->userId = u"sub1"_s;
    sub->nickname = u"구독자"_s;
    sub->editDetails().itemType = 1;
    events.append(sub);
    auto renewal = event(EventType::SubscriptionRenewal, 93, t += 10);
    renewal->userId = u"sub2"_s;
    renewal->editDetails().months = 12;
    events.append(renewal);
    auto enter = event(EventType::UserEnter, 4, t += 10);
    enter->editDetails().users = {{u"a"_s, u"에이"_s, UserFlags {4, 0, Role::Host}}};
    events.append(enter);
    auto gap = event(EventType::Gap, 0, t += 10);
    gap->editDetails().gapFromMs = t - 5000;
    gap->editDetails().gapToMs = t;
    events.append(gap);
    auto malformed = event(EventType::Malformed, 0, t += 10);
    malformed->editDetails().reason = u"short packet"_s;
    malformed->editDetails().offset = 7;
    events.append(malformed);
    auto mission = event(EventType::Mission, 121, t += 10);
    mission->editDetails().payload = QJsonObject {{u"type"_s, u"GIFT"_s}, {u"count"_s, 3}};
    events.append(mission);
    events.append(chat(t += 10, u"manager1"_s, u"매니저"_s, u"공지 확인해 주세요"_s));
    return events;
}

QList<QByteArray> storedJson(SessionReader &reader, const EventQuery &query)
{
    QList<QByteArray> lines;
    const StoreError error = reader.readEvents(query, [&](const StoredEvent &row) {
        lines.append(row.json);
        return true;
    });
    if (error.isError())
        qWarning() << error.message << error.detail;
    return lines;
}

void runScript(const QString &dbPath, const QString &scriptPath)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
    db.setDatabaseName(dbPath);
    QVERIFY(db.open());
    QSqlQuery query(db);
    const QString script = QString::fromUtf8(testdata::readFile(scriptPath));
    // One statement per exec(); the fixture ends each one with ";\n".
    for (const QString &statement : script.split(u";\n"_s, Qt::SkipEmptyParts)) {
        QString sql;
        for (const QString &line : statement.split(u'\n')) {
            if (!line.trimmed().startsWith("--"_L1))
                sql += line + u'\n';
        }
        if (sql.trimmed().isEmpty())
            continue;
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + u" in "_s + sql));
    }
    query = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"fixture"_s);
}

QStringList schemaOf(QSqlDatabase &db)
{
    QStringList sql;
    QSqlQuery query(db);
    query.exec(u"SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"_s);
    while (query.next())
        sql.append(query.value(0).toString().simplified());
    return sql;
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private slots:
    void eventsComeBackAsTheSameJsonWithRightTotals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        const EventBatch events = variedEvents();
        {
            SessionWriter writer(path);
            QSignalSpy started(&writer, &SessionWriter::sessionStarted);
            QSignalSpy ended(&writer, &SessionWriter::sessionEnded);
            writer.beginSession(info(u"bj1"_s, BaseTimeMs));
            writer.record(events.mid(0, 6));
            writer.record(events.mid(6));
            writer.endSession(BaseTimeMs + 60'000);
            QVERIFY(flushed(writer));
            QCOMPARE(started.size(), 1);
            QCOMPARE(ended.size(), 1);
            QCOMPARE(writer.eventsWritten(), events.size() - 2);
            QCOMPARE(writer.pendingEvents(), 0);
        }

        SessionReader reader;
        QVERIFY(!reader.open(path).isError());
        const QList<SessionSummary> sessions = reader.sessions();
        QCOMPARE(sessions.size(), 1);
        const SessionSummary &s = sessions.first();
        QCOMPARE(s.info.channelId, u"bj1"_s);
        QCOMPARE(s.info.title, u"오늘의 방송"_s);
        QCOMPARE(s.info.startedAtMs, BaseTimeMs);
        QCOMPARE(s.endedAtMs, BaseTimeMs + 60'000);
        SessionTotals expected;
        expected.events = events.size() - 2;
        expected.chats = 4;
        expected.uniqueChatters = 3;
        expected.balloons = 107; // fan1's 100 star and fan4's 7 video balloons
        expected.starBalloons = 100;
        expected.videoBalloons = 7;
        expected.adBalloons = 320;
        expected.replayBalloons = 5; // fan2's VOD balloons
        expected.gifts = 2;
        expected.donors = 2;
        expected.newSubscriptions = 1;
        expected.subscriptionRenewals = 1;
        QCOMPARE(s.totals, expected);

        // Counted again from the rows, the totals come out the same.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"recount"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        StoreError error;
        QCOMPARE(SessionRecount::count(db, path, s.id, &error).value(s.id), expected);
        QVERIFY(!error.isError());
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"recount"_s);

        QList<QByteArray> expectedJson;
        for (const EventPtr &e : events) {
            if (SessionWriter::isRecorded(e->type))
                expectedJson.append(EventJson::toJson(*e));
        }
        QCOMPARE(storedJson(reader, {s.id, 0, 0, {}}), expectedJson);

        // Read back as events, they serialise to the same JSON again.
        const QList<EventPtr> loaded = reader.loadEvents({s.id, 0, 0, {}});
        QCOMPARE(loaded.size(), expectedJson.size());
        for (qsizetype i = 0; i < loaded.size(); ++i)
            QCOMPARE(EventJson::toJson(*loaded[i]), expectedJson[i]);
    }

    void eventsWithoutAReceiveTimeGetTheHandOverTime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        {
            SessionWriter writer(path);
            writer.beginSession(info(u"bj"_s, 0));
            writer.record({chat(0, u"u"_s, u"n"_s, u"no time"_s)});
            QVERIFY(flushed(writer));
        }
        SessionReader reader;
        QVERIFY(!reader.open(path).isError());
        const QList<EventPtr> loaded = reader.loadEvents({reader.sessions().first().id, 0, 0, {}});
        QCOMPARE(loaded.size(), 1);
        QVERIFY(loaded.first()->receivedAtMs >= before);
        QVERIFY(reader.sessions().first().info.startedAtMs >= before);
    }

    void sessionsKeepTheirOwnEventsInOrderAndRangesAndFiltersSelect()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        {
            SessionWriter writer(path);
            writer.beginSession(info(u"first"_s, BaseTimeMs));
            writer.record(flood(1, 50, BaseTimeMs));
            // A second begin ends the first session.
            writer.beginSession(info(u"second"_s, BaseTimeMs + 1000));
            EventBatch second;
            for (int i = 0; i < 10; ++i)
                second.append(chat(BaseTimeMs + 1000 + i * 100, u"u%1"_s.arg(i), u"n"_s, u"msg %1"_s.arg(i)));
            second.append(balloon(EventType::Balloon, 18, BaseTimeMs + 3000, u"fan"_s, 10));
            writer.record(second);
            QVERIFY(flushed(writer));
        }
        SessionReader reader;
        QVERIFY(!reader.open(path).isError());
        const QList<SessionSummary> sessions = reader.sessions();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions[0].totals.events, 50);
        QCOMPARE(sessions[0].endedAtMs, BaseTimeMs + 1000);
        QCOMPARE(sessions[1].totals.events, 11);
        QCOMPARE(sessions[1].lastEventAtMs, BaseTimeMs + 3000);

        QList<qint64> seqs;
        reader.readEvents({sessions[0].id, 0, 0, {}}, [&](const StoredEvent &row) {
            seqs.append(row.seq);
            if (row.text != u"flood %1"_s.arg(row.seq))
                qWarning() << "out of order:" << row.seq << row.text;
            return row.text == u"flood %1"_s.arg(row.seq);
        });
        QCOMPARE(seqs.size(), 50);
        QCOMPARE(seqs.last(), 50);

        // [from, to): events 2..4 of the second session.
        QCOMPARE(reader.countEvents({sessions[1].id, BaseTimeMs + 1200, BaseTimeMs + 1500, {}}), 3);
        QStringList texts;
        reader.readEvents({sessions[1].id, BaseTimeMs + 1200, BaseTimeMs + 1500, {}}, [&](const StoredEvent &row) {
            texts.append(row.text);
            return true;
        });
        QCOMPARE(texts, (QStringList {u"msg 2"_s, u"msg 3"_s, u"msg 4"_s}));

        // The chat list's filter: donations only, and a query.
        int donations = 0;
        EventFilter onlyDonations;
        onlyDonations.setCategories(EventFilter::Category::Donations);
        reader.readEvents({sessions[1].id, 0, 0, onlyDonations}, [&](const StoredEvent &row) {
            donations += row.type == EventType::Balloon;
            return true;
        });
        QCOMPARE(donations, 1);
        const QList<EventPtr> matching = reader.loadEvents({sessions[1].id, 0, 0, EventFilter::fromQuery(u"msg 7"_s)});
        QCOMPARE(matching.size(), 1);
        QCOMPARE(*matching.first()->text, u"msg 7"_s);
    }

    void filteredReadsShowExactlyWhatTheFilterShows_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("categories");
        const int defaults = int(EventFilter::DefaultCategories.toInt());
        const int all = 0x1f;
        for (const char *query : {"", "type:balloon", "type:donation", "type:enter", "from:시청자1", "from:fan", "안녕",
                 "ㅋㅋㅋ quoted", "type:chat 시청자", "type:nope", "FAN3", "from:manager1 공지", "gap"})
            QTest::newRow(query) << QString::fromUtf8(query) << defaults;
        QTest::newRow("all categories, words") << u"시청"_s << all;
        QTest::newRow("donations only") << QString() << int(EventFilter::Category::Donations);
        QTest::newRow("nothing") << QString() << 0;
    }

    // Whatever SQL the reader derives from a filter, the events it returns are
    // those EventFilter::matches accepts, no more and no fewer.
    void filteredReadsShowExactlyWhatTheFilterShows()
    {
        QFETCH(QString, query);
        QFETCH(int, categories);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        const EventBatch events = variedEvents();
        {
            SessionWriter writer(path);
            writer.beginSession(info(u"bj1"_s, BaseTimeMs));
            writer.record(events);
            QVERIFY(flushed(writer));
        }
        EventFilter filter = EventFilter::fromQuery(query);
        filter.setCategories(EventFilter::Categories::fromInt(categories));
        QList<QByteArray> expected;
        for (const EventPtr &e : events) {
            if (SessionWriter::isRecorded(e->type) && filter.matches(*e))
                expected.append(EventJson::toJson(*e));
        }
        SessionReader reader;
        QVERIFY(!reader.open(path).isError());
        QCOMPARE(storedJson(reader, {reader.sessions().first().id, 0, 0, filter}), expected);
    }

    void recordMayBeCalledFromAnotherThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        SessionWriter writer(path);
        writer.beginSession(info(u"bj"_s, BaseTimeMs));
        // As a client on the network thread would: straight from its thread.
        std::unique_ptr<QThread> feeder(QThread::create([&writer] {
            for (qint64 first = 1; first <= 10'000; first += 100)
                writer.record(flood(first, 100, BaseTimeMs));
        }));
        feeder->start();
        QVERIFY(feeder->wait(60'000));
        QVERIFY(flushed(writer));
        QCOMPARE(writer.eventsWritten(), 10'000);
        SessionReader reader;
        QVERIFY(!reader.open(path).isError());
        qint64 expected = 0;
        bool inOrder = true;
        reader.readEvents({reader.sessions().first().id, 0, 0, {}}, [&](const StoredEvent &row) {
            inOrder = row.text == u"flood %1"_s.arg(++expected);
            return inOrder;
        });
        QVERIFY(inOrder);
        QCOMPARE(expected, 10'000);
        // Over several commits, each viewer (user0..user4999) counts once.
        QCOMPARE(reader.sessions().first().totals.chats, 10'000);
        QCOMPARE(reader.sessions().first().totals.uniqueChatters, 5000);
    }

    void closingTheWriterEndsTheOpenSession()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        {
            SessionWriter writer(path);
            writer.beginSession(info(u"bj"_s, BaseTimeMs));
            writer.record(flood(1, 3, BaseTimeMs));
        }
        SessionReader reader;
        QVERIFY(!reader.open(path).isError());
        QVERIFY(reader.sessions().first().endedAtMs > 0);
        QCOMPARE(reader.sessions().first().totals.events, 3);
    }

    void searchFindsSubstringsAcrossSessions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        {
            SessionWriter writer(path);
            writer.beginSession(info(u"bjA"_s, BaseTimeMs));
            writer.record({chat(BaseTimeMs + 1, u"u1"_s, u"가나"_s, u"오늘 방송 재미있어요"_s),
                chat(BaseTimeMs + 2, u"u2"_s, u"다라"_s, u"50% 할인 a_b \"따옴표\" OR NOT"_s),
                chat(BaseTimeMs + 3, u"u3"_s, u"마바"_s, u"Hello World"_s)});
            writer.beginSession(info(u"bjB"_s, BaseTimeMs + 10'000));
            writer.record({chat(BaseTimeMs + 10'001, u"u4"_s, u"사아"_s, u"어제 방송도 재미있었어요"_s)});
            QVERIFY(flushed(writer));
        }
        SessionReader reader;
        QVERIFY(!reader.open(path).isError());
        auto texts = [&](const QString &text, const QString &channel = {}) {
            QStringList found;
            StoreError error;
            for (const SearchHit &hit : reader.search({text, channel, 100}, &error))
                found.append(hit.text);
            if (error.isError())
                qWarning() << error.detail;
            return found;
        };
        // Korean substrings through the trigram index, newest first.
        QCOMPARE(texts(u"재미있"_s), (QStringList {u"어제 방송도 재미있었어요"_s, u"오늘 방송 재미있어요"_s}));
        QCOMPARE(texts(u"재미있"_s, u"bjA"_s), QStringList {u"오늘 방송 재미있어요"_s});
        // Two characters: no trigram, a scan instead; same answer.
        QCOMPARE(texts(u"방송"_s).size(), 2);
        QCOMPARE(texts(u"hello"_s), QStringList {u"Hello World"_s});
        // User input is text, never syntax.
        QCOMPARE(texts(u"\"따옴표\""_s).size(), 1);
        QCOMPARE(texts(u"OR NOT"_s).size(), 1);
        QCOMPARE(texts(u"50%"_s).size(), 1);
        QCOMPARE(texts(u"%"_s).size(), 1);
        QCOMPARE(texts(u"_"_s).size(), 1);
        QCOMPARE(texts(u"a_b"_s).size(), 1);
        QCOMPARE(texts(u"*"_s).size(), 0);
        QCOMPARE(texts(u"없는말"_s).size(), 0);

        const QList<SearchHit> hits = reader.search({u"Hello"_s, {}, 10});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().nickname, u"마바"_s);
        QCOMPARE(hits.first().channelId, u"bjA"_s);
        QCOMPARE(hits.first().receivedAtMs, BaseTimeMs + 3);
        QCOMPARE(hits.first().seq, 3);
    }

    void twoWritersIntoOneFileLeaveEveryMessageSearchable()
    {
        // Two tabs record into the same file at once: each transaction indexes
        // its own rows (schema 3), so interleaved commits leave no row out.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        constexpr qint64 PerWriter = 6000;
        {
            SessionWriter first(path);
            SessionWriter second(path);
            first.beginSession(info(u"bjA"_s, BaseTimeMs));
            second.beginSession(info(u"bjB"_s, BaseTimeMs));
            for (qint64 n = 1; n <= PerWriter; n += 500) {
                first.record(flood(n, 500, BaseTimeMs + n));
                second.record(flood(PerWriter + n, 500, BaseTimeMs + n));
            }
            QVERIFY(flushed(first));
            QVERIFY(flushed(second));
        }
        SessionReader reader;
        QVERIFY(!reader.open(path).isError());
        QCOMPARE(reader.sessions().size(), 2);
        // Every text row is in the index exactly once, and only text rows are.
        for (qint64 n : {qint64(1), qint64(499), qint64(500), qint64(501), PerWriter, PerWriter + 1, 2 * PerWriter}) {
            const QList<SearchHit> hits = reader.search({u"flood %1"_s.arg(n), {}, 100'000});
            const qsizetype exact = std::count_if(
                hits.cbegin(), hits.cend(), [&](const SearchHit &hit) { return hit.text == u"flood %1"_s.arg(n); });
            QVERIFY2(exact == 1, qPrintable(u"flood %1 found %2 times"_s.arg(n).arg(exact)));
        }
        QCOMPARE(reader.search({u"flood"_s, {}, 100'000}).size(), 2 * PerWriter);
    }

    void aStormIsRecordedFirstAndIndexedWhenItCalms()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        auto indexedTo = [&] {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"progress"_s);
            db.setDatabaseName(path);
            qint64 value = -1;
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(u"SELECT indexed_to FROM fts_progress"_s) && query.next())
                    value = query.value(0).toLongLong();
            }
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"progress"_s);
            return value;
        };
        auto texts = [&](const QString &text) {
            SessionReader reader;
            reader.open(path);
            QStringList found;
            for (const SearchHit &hit : reader.search({text, {}, 1000}))
                found.append(hit.text);
            return found;
        };
        {
            // A writer that is always behind never indexes.
            SessionWriter::Options options;
            options.indexBacklogLimit = -1;
            SessionWriter writer(path, options);
            writer.beginSession(info(u"storm"_s, BaseTimeMs));
            for (qint64 n = 1; n <= 3000; n += 500)
                writer.record(flood(n, 500, BaseTimeMs + n));
            QVERIFY(flushed(writer));
        }
        QCOMPARE(indexedTo(), 0);
        // Nothing is indexed, and the search still finds every row.
        const QStringList before = texts(u"flood 12"_s);
        QCOMPARE(before.size(), 1 + 10 + 100); // 12, 120..129, 1200..1299
        QCOMPARE(before.first(), u"flood 1299"_s); // newest first
        QCOMPARE(before.last(), u"flood 12"_s);
        QCOMPARE(texts(u"flood 2999"_s), QStringList {u"flood 2999"_s});

        {
            // A writer with time to spare catches up, a chunk per commit,
            // without waiting for new events.
            SessionWriter::Options options;
            options.indexCatchUpRows = 700;
            SessionWriter writer(path, options);
            writer.beginSession(info(u"calm"_s, BaseTimeMs + 100'000));
            QTRY_COMPARE_WITH_TIMEOUT(indexedTo(), 3000, 30'000);
        }
        // The index answers now, with the same rows in the same order.
        QCOMPARE(texts(u"flood 12"_s), before);
    }

    void aSessionReadsBackInChunksAndFromAMoment()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        {
            SessionWriter writer(path);
            writer.beginSession(info(u"bj"_s, BaseTimeMs));
            EventBatch events;
            for (qint64 n = 1; n <= 250; ++n)
                events.append(chat(BaseTimeMs + n * 1000, u"u%1"_s.arg(n), u"n"_s, u"line %1"_s.arg(n)));
            writer.record(events);
            QVERIFY(flushed(writer));
        }
        SessionReader reader;
        QVERIFY(!reader.open(path).isError());
        const qint64 id = reader.sessions().first().id;
        qint64 after = 0;
        QStringList texts;
        for (;;) {
            const SessionReader::Chunk chunk = reader.loadChunk(id, after, 100);
            QCOMPARE(chunk.events.size(), chunk.seqs.size());
            if (chunk.events.isEmpty())
                break;
            for (const EventPtr &e : chunk.events)
                texts.append(*e->text);
            after = chunk.seqs.last();
        }
        QCOMPARE(texts.size(), 250);
        QCOMPARE(texts.first(), u"line 1"_s);
        QCOMPARE(texts.last(), u"line 250"_s);
        QCOMPARE(reader.seqAt(id, BaseTimeMs + 100'000), 100);
        QCOMPARE(reader.seqAt(id, BaseTimeMs + 100'001), 101);
        QCOMPARE(reader.seqAt(id, BaseTimeMs), 1);
        QCOMPARE(reader.seqAt(id, BaseTimeMs + 251'000), 0);
    }

    void theSchemaKeepsOnlyTheIndexesQueriesUse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        {
            SessionWriter writer(path);
            writer.beginSession(info(u"bj"_s, BaseTimeMs));
            QVERIFY(flushed(writer));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            const QString schema = schemaOf(db).join(u'\n');
            QVERIFY2(!schema.contains(u"events_fts_insert"_s), "no per-row index trigger");
            QVERIFY(!schema.contains(u"events_user"_s));
            QVERIFY(schema.contains(u"CREATE INDEX events_type ON events(session_id, type) WHERE type <> 'chat'"_s));
            QVERIFY(schema.contains(u"events_fts_delete"_s));
            // A type filter without chat reads through the partial index.
            QSqlQuery plan(db);
            QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT seq FROM events WHERE session_id = 1 "
                              "AND type IN ('balloon') AND type <> 'chat' ORDER BY +seq"_s));
            QString steps;
            while (plan.next())
                steps += plan.value(3).toString() + u'\n';
            QVERIFY2(steps.contains(u"events_type"_s), qPrintable(steps));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"schema"_s);
    }

    void theV1FixtureIsTheOriginalSchema()
    {
        QTemporaryDir dir;
        const QString fixture = dir.filePath(u"fixture.db"_s);
        runScript(fixture, testdata::dataDir() + u"/store/sessions-v1.sql"_s);
        QSqlDatabase fresh = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fresh"_s);
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        fresh.setDatabaseName(dir.filePath(u"fresh.db"_s));
        old.setDatabaseName(fixture);
        QVERIFY(fresh.open() && old.open());
        QVERIFY(!SessionDatabase::migrate(fresh, fresh.databaseName(), 1).isError());
        QCOMPARE(SessionDatabase::readVersion(old), 1);
        QCOMPARE(schemaOf(old), schemaOf(fresh));
        fresh.close();
        old.close();
        fresh = old = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"fresh"_s);
        QSqlDatabase::removeDatabase(u"old"_s);
    }

    // A recording made before events were platform-neutral holds its events
    // in the older JSON form: it still reads, and its JSONL export is in
    // today's form like any other, the same events line for line.
    void anOldRecordingExportsInTodaysForm()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        runScript(path, testdata::dataDir() + u"/store/sessions-v1.sql"_s);
        QList<QByteArray> stored;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"stored"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(u"SELECT json FROM events WHERE session_id = 1 ORDER BY seq"_s, db);
            while (query.next())
                stored.append(query.value(0).toByteArray());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"stored"_s);
        QVERIFY(!stored.isEmpty());
        QVERIFY(!EventJson::isCurrentForm(stored.first()));

        const QString out = dir.filePath(u"old.jsonl"_s);
        SessionExporter exporter;
        const ExportResult result = exporter.run({path, {1, 0, 0, {}}, ExportFormat::Jsonl, out});
        QCOMPARE(result.status, ExportResult::Status::Done);
        const QList<QByteArray> lines = testdata::readFile(out).trimmed().split('\n');
        QCOMPARE(lines.size(), stored.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QVERIFY2(EventJson::isCurrentForm(lines[i]), lines[i].constData());
            QVERIFY(lines[i].contains(R"("platform":"soop")"));
            const EventPtr before = EventJson::fromJson(stored[i]);
            const EventPtr after = EventJson::fromJson(lines[i]);
            QVERIFY(before && after);
            QCOMPARE(EventJson::toJson(*after), EventJson::toJson(*before));
        }
    }

    void theV1FixtureMigratesWithoutLosingAnything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        runScript(path, testdata::dataDir() + u"/store/sessions-v1.sql"_s);

        // A reader never migrates: it reads the old schema as it is, and
        // counts the totals the old rows lack from the events.
        const QByteArray before = fileHash(path);
        {
            SessionReader reader;
            QVERIFY(!reader.open(path).isError());
            const QList<SessionSummary> old = reader.sessions();
            QCOMPARE(old.size(), 2);
            QCOMPARE(old[0].totals.uniqueChatters, 2);
            QCOMPARE(old[0].totals.balloons, 50);
            QCOMPARE(reader.search({u"반가워요"_s, {}, 10}).size(), 1); // by scanning
        }
        QCOMPARE(fileHash(path), before);
        {
            SessionWriter writer(path);
            writer.beginSession(info(u"newbj"_s, BaseTimeMs + 86'400'000));
            writer.record({chat(BaseTimeMs + 86'400'001, u"n1"_s, u"새사람"_s, u"마이그레이션 후에 반가워요"_s)});
            QVERIFY(flushed(writer));
        }
        SessionReader reader;
        QVERIFY(!reader.open(path).isError());
        QVERIFY(reader.path() == path);
        const QList<SessionSummary> sessions = reader.sessions();
        QCOMPARE(sessions.size(), 3);
        QCOMPARE(sessions[0].info.channelId, u"oldbj"_s);
        QCOMPARE(sessions[0].totals.events, 4);
        QCOMPARE(sessions[0].totals.chats, 3);
        QCOMPARE(sessions[0].totals.uniqueChatters, 2); // computed by the migration
        QCOMPARE(sessions[0].totals.starBalloons, 50);
        QCOMPARE(sessions[1].totals.uniqueChatters, 1);
        // Rows written under v1 are in the new full-text index.
        const QList<SearchHit> hits = reader.search({u"반가워요"_s, {}, 10});
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].channelId, u"newbj"_s);
        QCOMPARE(hits[1].channelId, u"oldbj"_s);
        QCOMPARE(hits[1].nickname, u"옛날사람"_s);
        // And the old JSON reads back.
        const QList<EventPtr> old = reader.loadEvents({sessions[0].id, 0, 0, {}});
        QCOMPARE(old.size(), 4);
        QCOMPARE(old[3]->type, EventType::Balloon);
        QCOMPARE(*old[3]->count, 50);
    }

    // An old recording counted VOD balloons as star balloons and knew no
    // balloons, gifts or donors. Read without migrating, and migrated, it
    // shows the totals SessionTotals defines, counted from its events.
    void anOldRecordingIsCountedByTheOneDefinition()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        runScript(path, testdata::dataDir() + u"/store/sessions-v1.sql"_s);
        {
            // What the old writer added to session 1 later, with its totals.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            const char *rows[][4] = {{"vod_balloon", "old2", "다른사람", "1000"},
                {"video_balloon", "old3", "세번째", "28"}, {"ad_balloon", "old1", "옛날사람", "300"},
                {"video_balloon", "old2", "다른사람", "2"}};
            qint64 seq = 4;
            for (const auto &row : rows) {
                QVERIFY(query.prepare(u"INSERT INTO events (session_id, received_at, seq, type, user_id, nickname, "
                                      "count, json) VALUES (1, ?, ?, ?, ?, ?, ?, '{}')"_s));
                query.addBindValue(1'790'000'000'000 + ++seq * 1000);
                query.addBindValue(seq);
                for (const char *value : row)
                    query.addBindValue(QString::fromUtf8(value));
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            QVERIFY(query.exec(u"UPDATE sessions SET events = 8, star_balloons = 1050, video_balloons = 30, "
                               "ad_balloons = 300 WHERE id = 1"_s));
            query = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"older"_s);
        }
        SessionTotals expected;
        expected.events = 8;
        expected.chats = 3;
        expected.uniqueChatters = 2;
        expected.balloons = 80;
        expected.starBalloons = 50;
        expected.videoBalloons = 30;
        expected.adBalloons = 300;
        expected.replayBalloons = 1000;
        expected.gifts = 3;
        expected.donors = 2; // old2 (star and video) and old3 (video); old1's ad balloon is not balloons

        const QByteArray before = fileHash(path);
        {
            SessionReader reader;
            QVERIFY(!reader.open(path).isError());
            QCOMPARE(reader.sessions().first().totals, expected);
            QCOMPARE(reader.session(1)->totals, expected);
            QCOMPARE(reader.sessions().at(1).totals.chats, 1);
        }
        QCOMPARE(fileHash(path), before); // counted, not written

        {
            SessionWriter writer(path); // migrates to the current schema
            writer.beginSession(info(u"newbj"_s, BaseTimeMs));
            QVERIFY(flushed(writer));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"migrated"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(SessionDatabase::readVersion(db), SessionDatabase::CurrentVersion);
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT star_balloons, replay_balloons, balloons, gifts, donors, subscriptions "
                               "FROM sessions WHERE id = 1"_s) &&
                query.next());
            // The row itself holds the new totals now.
            QCOMPARE(query.value(0).toLongLong(), 50);
            QCOMPARE(query.value(1).toLongLong(), 1000);
            QCOMPARE(query.value(2).toLongLong(), 80);
            QCOMPARE(query.value(3).toLongLong(), 3);
            QCOMPARE(query.value(4).toLongLong(), 2);
            QCOMPARE(query.value(5).toLongLong(), 0);
            query = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"migrated"_s);
        }
        SessionReader reader;
        QVERIFY(!reader.open(path).isError());
        const QList<SessionSummary> sessions = reader.sessions();
        QCOMPARE(sessions.size(), 3);
        QCOMPARE(sessions[0].totals, expected);
        QCOMPARE(sessions[1].totals.uniqueChatters, 1);
        QCOMPARE(sessions[2].totals, SessionTotals());
    }

    void aNewerSchemaIsRefusedAndNotTouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE future (x)"_s);
            QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        const QByteArray before = fileHash(path);
        SessionReader reader;
        QCOMPARE(reader.open(path).kind, StoreError::Kind::Unsupported);

        SessionWriter writer(path);
        QSignalSpy errors(&writer, &SessionWriter::error);
        QSignalSpy switched(&writer, &SessionWriter::switchedToFile);
        writer.beginSession(info(u"bj"_s, BaseTimeMs));
        QVERIFY(flushed(writer));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<StoreError>().kind, StoreError::Kind::Unsupported);
        QCOMPARE(switched.size(), 1);
        QCOMPARE(fileHash(path), before);
    }

    void aMissingFileIsReportedAndNotCreated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nothing.db"_s);
        SessionReader reader;
        const StoreError error = reader.open(path);
        QCOMPARE(error.kind, StoreError::Kind::Missing);
        QVERIFY(error.message.contains(u"nothing.db"_s));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
