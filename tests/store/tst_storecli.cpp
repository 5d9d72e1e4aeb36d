// soopchat-cli sessions, stats, export and search against a real recording:
// readable output, exact files, and one-line errors with a non-zero exit for
// bad arguments and missing or damaged databases.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "StoreCli.h"
#include "StoreTestSupport.h"
#include "core/events/EventJson.h"
#include "core/store/SessionWriter.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace storetest;

class TestStoreCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    EventBatch m_events;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"sessions.db"_s);
        SessionWriter writer(m_db);
        writer.beginSession({u"soop"_s, u"bjone"_s, u"1"_s, u"첫 방송"_s, u"하나"_s, BaseTimeMs});
        m_events = {chat(BaseTimeMs + 1000, u"u1"_s, u"시청자"_s, u"안녕하세요 여러분"_s),
            balloon(EventType::Balloon, 18, BaseTimeMs + 2000, u"fan"_s, 100),
            chat(BaseTimeMs + 3000, u"u2"_s, u"둘"_s, u"=HYPERLINK(\"x\")"_s)};
        writer.record(m_events);
        writer.endSession(BaseTimeMs + 3'723'000);
        writer.beginSession({u"soop"_s, u"bjtwo"_s, u"2"_s, u"두 번째"_s, u"둘"_s, BaseTimeMs + 86'400'000});
        writer.record({chat(BaseTimeMs + 86'401'000, u"u3"_s, u"셋"_s, u"여러분 또 만나요"_s)});
        writer.endSession(BaseTimeMs + 86'460'000);
        QVERIFY(flushed(writer));
    }

    void sessionsListsEachSessionWithItsTotals()
    {
        const Run run = cli({u"sessions"_s, u"--db"_s, m_db});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(u"ID"_s));
        QVERIFY(lines[0].contains(u"CHATTERS"_s));
        QVERIFY2(lines[1].contains(u"bjone"_s) && lines[1].contains(u"2026-11-18 11:06"_s) &&
                lines[1].contains(u"1:02:03"_s) && lines[1].contains(u"첫 방송"_s),
            qPrintable(lines[1]));
        QCOMPARE(lines[0].split(u' ', Qt::SkipEmptyParts),
            (QStringList {u"ID"_s, u"CHANNEL"_s, u"STARTED"_s, u"DURATION"_s, u"EVENTS"_s, u"CHATS"_s, u"CHATTERS"_s,
                u"BALLOONS"_s, u"STAR"_s, u"VIDEO"_s, u"GIFTS"_s, u"DONORS"_s, u"AD"_s, u"REPLAY"_s, u"SUBS"_s,
                u"WON"_s, u"TITLE"_s}));
        const QStringList cells = lines[1].split(u' ', Qt::SkipEmptyParts);
        // id, channel, date, time, duration, events, chats, chatters, balloons, star, video, gifts, donors, ad,
        // replay, subs, won (100 star balloons at 110 won), title...
        QCOMPARE(cells.mid(0, 17),
            (QStringList {u"1"_s, u"bjone"_s, u"2026-11-18"_s, u"11:06"_s, u"1:02:03"_s, u"3"_s, u"2"_s, u"2"_s,
                u"100"_s, u"100"_s, u"0"_s, u"1"_s, u"1"_s, u"0"_s, u"0"_s, u"0"_s, u"11000"_s}));
        QVERIFY(lines[2].contains(u"bjtwo"_s));
    }

    void statsPrintsTheSessionsStatisticsAsJsonAndText()
    {
        Run run = cli({u"stats"_s, u"1"_s, u"--json"_s, u"--db"_s, m_db});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QJsonParseError parseError;
        const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonObject totals = stats.value(u"totals"_s).toObject();
        QCOMPARE(totals.value(u"events"_s).toInteger(), 3);
        QCOMPARE(totals.value(u"chats"_s).toInteger(), 2);
        QCOMPARE(totals.value(u"unique_chatters"_s).toInteger(), 2);
        QCOMPARE(totals.value(u"balloons"_s).toInteger(), 100);
        QCOMPARE(totals.value(u"gifts"_s).toInteger(), 1);
        QCOMPARE(totals.value(u"donors"_s).toInteger(), 1);
        QCOMPARE(totals.value(u"balloons_won"_s).toInteger(), 11'000);
        QCOMPARE(totals.value(u"balloons_unpriced"_s).toInteger(), 0);
        QCOMPARE(totals.size(), 17);

        const QJsonObject session = stats.value(u"session"_s).toObject();
        QCOMPARE(session.value(u"id"_s).toInteger(), 1);
        QCOMPARE(session.value(u"channel"_s).toString(), u"bjone"_s);
        QCOMPARE(session.value(u"platform"_s).toString(), u"soop"_s);
        QCOMPARE(session.value(u"started_at"_s).toString(), u"2026-11-18T11:06:40.000Z"_s);
        QCOMPARE(stats.value(u"first_event_at"_s).toString(), u"2026-11-18T11:06:41.000Z"_s);
        QCOMPARE(stats.value(u"duration_ms"_s).toInteger(), 2000);

        // All three events fall in the session's first minute.
        const QJsonArray minutes = stats.value(u"minutes"_s).toArray();
        QCOMPARE(minutes.size(), 1);
        QCOMPARE(minutes.first().toObject(),
            (QJsonObject {{u"start"_s, u"2026-11-18T11:06:00.000Z"_s}, {u"balloons"_s, 100}, {u"chats"_s, 2},
                {u"cumulative_balloons"_s, 100}, {u"cumulative_chats"_s, 2}}));
        const QJsonArray donors = stats.value(u"top_donors"_s).toArray();
        QCOMPARE(donors.size(), 1);
        QCOMPARE(donors.first().toObject().value(u"user_id"_s).toString(), u"fan"_s);
        QCOMPARE(donors.first().toObject().value(u"star_balloons"_s).toInteger(), 100);
        QStringList words;
        for (const QJsonValue &word : stats.value(u"top_words"_s).toArray())
            words.append(word.toObject().value(u"word"_s).toString());
        QVERIFY2(words.contains(u"안녕하세요"_s) && words.contains(u"여러분"_s), qPrintable(words.join(u' ')));

        run = cli({u"stats"_s, u"1"_s, u"--db"_s, m_db, u"--words"_s, u"1"_s});
        QCOMPARE(run.exitCode, 0);
        static const QRegularExpression balloons(u"^  balloons +100$"_s, QRegularExpression::MultilineOption);
        QVERIFY2(balloons.match(run.out).hasMatch(), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"후원자 fan (fan): 100 balloons (star 100, video 0)"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Top words"_s));
    }

    void exportWritesTheFileAskedFor()
    {
        const QString jsonl = m_dir.filePath(u"one.jsonl"_s);
        Run run = cli({u"export"_s, u"1"_s, u"--format"_s, u"jsonl"_s, u"--out"_s, jsonl, u"--db"_s, m_db});
        QCOMPARE(run.exitCode, 0);
        QByteArray expected;
        for (const EventPtr &e : std::as_const(m_events))
            expected += EventJson::toJson(*e) + '\n';
        QCOMPARE(testdata::readFile(jsonl), expected);

        const QString csv = m_dir.filePath(u"one.csv"_s);
        run = cli({u"export"_s, u"1"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv, u"--db"_s, m_db});
        QCOMPARE(run.exitCode, 0);
        const QByteArray bytes = testdata::readFile(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "session_id,seq,"));
        QVERIFY(bytes.contains(",\"'=HYPERLINK(\"\"x\"\")\",,soop,\r\n"));
        QCOMPARE(bytes.count("\r\n"), 4);

        // A range as offsets from the start, and a filter.
        run = cli({u"export"_s, u"1"_s, u"--format"_s, u"jsonl"_s, u"--out"_s, jsonl, u"--db"_s, m_db, u"--from"_s,
            u"+2s"_s, u"--to"_s, u"2026-11-18T11:06:43Z"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(testdata::readFile(jsonl), EventJson::toJson(*m_events[1]) + '\n');
        run = cli({u"export"_s, u"1"_s, u"--format"_s, u"jsonl"_s, u"--out"_s, jsonl, u"--db"_s, m_db, u"--filter"_s,
            u"안녕"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(testdata::readFile(jsonl), EventJson::toJson(*m_events[0]) + '\n');
    }

    void searchFindsTextAcrossSessions()
    {
        Run run = cli({u"search"_s, u"여러분"_s, u"--db"_s, m_db});
        QCOMPARE(run.exitCode, 0);
        QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(
            lines[0].contains(u"bjtwo"_s) && lines[0].contains(u"셋 (u3): 여러분 또 만나요"_s), qPrintable(lines[0]));
        QVERIFY(lines[1].contains(u"2026-11-18 11:06:41"_s));

        run = cli({u"search"_s, u"여러분"_s, u"--db"_s, m_db, u"--channel"_s, u"bjone"_s, u"--limit"_s, u"5"_s});
        QCOMPARE(run.exitCode, 0);
        lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines[0].contains(u"안녕하세요 여러분"_s));
    }

    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"sessions", "stats", "export", "search"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void everyCommandHasHelp()
    {
        QFETCH(QString, command);
        const Run run = cli({command, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"soopchat-cli "_s + command));
        QVERIFY(run.out.contains(u"--db"_s));
    }

    void badArgumentsGiveOneLineAndAnError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString db = m_db;
        QTest::newRow("sessions extra") << QStringList {u"sessions"_s, u"x"_s} << 2;
        QTest::newRow("sessions unknown option") << QStringList {u"sessions"_s, u"--nope"_s} << 2;
        QTest::newRow("export no session")
            << QStringList {u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, u"x"_s} << 2;
        QTest::newRow("export bad session")
            << QStringList {u"export"_s, u"abc"_s, u"--format"_s, u"csv"_s, u"--out"_s, u"x"_s} << 2;
        QTest::newRow("export bad format")
            << QStringList {u"export"_s, u"1"_s, u"--format"_s, u"xml"_s, u"--out"_s, u"x"_s} << 2;
        QTest::newRow("export no out") << QStringList {u"export"_s, u"1"_s, u"--format"_s, u"csv"_s} << 2;
        QTest::newRow("export bad time") << QStringList {u"export"_s, u"1"_s, u"--format"_s, u"csv"_s, u"--out"_s,
                                                u"x"_s, u"--db"_s, db, u"--from"_s, u"yesterday"_s}
                                         << 2;
        QTest::newRow("export bad filter") << QStringList {u"export"_s, u"1"_s, u"--format"_s, u"csv"_s, u"--out"_s,
                                                  u"x"_s, u"--db"_s, db, u"--filter"_s, u"type:nothing"_s}
                                           << 2;
        QTest::newRow("export unknown session")
            << QStringList {u"export"_s, u"99"_s, u"--format"_s, u"csv"_s, u"--out"_s, u"x"_s, u"--db"_s, db} << 1;
        QTest::newRow("stats no session") << QStringList {u"stats"_s, u"--json"_s} << 2;
        QTest::newRow("stats bad session") << QStringList {u"stats"_s, u"x"_s} << 2;
        QTest::newRow("stats bad donors") << QStringList {u"stats"_s, u"1"_s, u"--donors"_s, u"x"_s} << 2;
        QTest::newRow("stats unknown session") << QStringList {u"stats"_s, u"99"_s, u"--db"_s, db} << 1;
        QTest::newRow("search nothing") << QStringList {u"search"_s} << 2;
        QTest::newRow("search bad limit") << QStringList {u"search"_s, u"x"_s, u"--limit"_s, u"0"_s} << 2;
    }

    void badArgumentsGiveOneLineAndAnError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(u"soopchat-cli "_s + arguments.first() + u": "_s), qPrintable(run.err));
    }

    void missingOrDamagedDatabasesGiveAClearMessage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << u"missing.db"_s << u"no recording database"_s;
        QTest::newRow("garbage") << u"garbage.db"_s << u"damaged"_s;
    }

    void missingOrDamagedDatabasesGiveAClearMessage()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        const QString path = m_dir.filePath(file);
        if (file == "garbage.db"_L1) {
            QFile garbage(path);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(8192, 'x'));
        }
        const QList<QStringList> commands = {{u"sessions"_s, u"--db"_s, path}, {u"search"_s, u"abc"_s, u"--db"_s, path},
            {u"stats"_s, u"1"_s, u"--json"_s, u"--db"_s, path},
            {u"export"_s, u"1"_s, u"--format"_s, u"csv"_s, u"--out"_s, m_dir.filePath(u"x.csv"_s), u"--db"_s, path}};
        for (const QStringList &arguments : commands) {
            const Run run = cli(arguments);
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.err.count(u'\n'), 1);
            QVERIFY2(run.err.contains(says) && run.err.contains(path), qPrintable(run.err));
        }
        QCOMPARE(QFile::exists(path), file != "missing.db"_L1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.csv"_s)));
    }
};

QTEST_GUILESS_MAIN(TestStoreCli)
#include "tst_storecli.moc"
