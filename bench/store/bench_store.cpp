// bench_store [--events N] [--dir DIR] [--keep] [--insert-only] [--db FILE]
//             [--flush-threshold N] [--index-always]
//
// Records N synthetic events (default 1,000,000; chat-heavy, Korean text,
// balloons, enters) through SessionWriter as fast as it takes them, then
// exports the session as CSV and JSONL (whole and filtered) and times
// full-text searches over it. Prints Markdown rows for docs/BENCHMARKS.md.
// --db FILE skips recording and measures an existing database (session 1).
// The writer hands over faster than it commits, so it is "behind" and leaves
// the full-text index for later (SessionWriter::Options::indexBacklogLimit);
// the time the index then needs to catch up is reported. --index-always
// indexes in every transaction instead, as a writer that keeps up does.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <limits>

#include "core/store/SessionExporter.h"
#include "core/store/SessionReader.h"
#include "core/store/SessionWriter.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

QTextStream out(stdout);

const QStringList Phrases = {u"ㅋㅋㅋㅋㅋ"_s, u"안녕하세요 오늘도 방송 재미있어요"_s, u"형님 이거 실화인가요"_s,
    u"와 대박"_s, u"ㄷㄷㄷ 미쳤다"_s, u"오늘 몇 시까지 하세요?"_s, u"GG"_s, u"노래 한 곡 불러주세요 제발"_s,
    u"방금 그거 다시 보여주세요"_s, u"ㅎㅇㅎㅇ"_s, u"배고프다 치킨 먹고 싶다"_s, u"이 게임 이름이 뭐예요?"_s};

EventBatch makeBatch(qint64 first, int count, qint64 atMs, QRandomGenerator &random)
{
    EventBatch batch;
    batch.reserve(count);
    for (qint64 n = first; n < first + count; ++n) {
        auto e = std::make_shared<ChatEvent>();
        e->receivedAtMs = atMs + n; // 1 ms apart: a 1,000,000-event session spans about 17 minutes
        const quint32 user = random.bounded(20'000u);
        e->userId = u"viewer%1"_s.arg(user);
        e->nickname = u"시청자%1"_s.arg(user);
        e->flags = UserFlags {32, 0, Role::FanClub};
        const quint32 roll = random.bounded(100u);
        if (roll < 2) {
            e->type = EventType::Balloon;
            e->service = 18;
            e->editDetails().streamerId = u"benchbj"_s;
            e->count = 1 + random.bounded(1000);
            e->editDetails().fanClubOrdinal = 0;
        } else if (roll < 6) {
            e->type = EventType::UserEnter;
            e->service = 4;
            e->editDetails().users = {{*e->userId, *e->nickname, e->flags}};
        } else {
            e->type = EventType::Chat;
            e->service = 5;
            e->text = Phrases[random.bounded(qsizetype(Phrases.size()))] + u' ' + QString::number(n);
            e->subscriptionMonths = -1;
        }
        batch.append(e);
    }
    return batch;
}

// Runs the event loop until `signal` of `sender` fires.
template<typename Signal>
void waitFor(const SessionWriter *sender, Signal signal)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

QString rate(qint64 count, qint64 ms)
{
    return QString::number(ms > 0 ? count * 1000 / ms : count);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool insertOnly = args.contains(u"--insert-only"_s);
    const qint64 total =
        args.contains(u"--events"_s) ? args.value(args.indexOf(u"--events"_s) + 1).toLongLong() : 1'000'000;
    QTemporaryDir temporary(
        args.contains(u"--dir"_s) ? args.value(args.indexOf(u"--dir"_s) + 1) + u"/bench-XXXXXX"_s : QString());
    temporary.setAutoRemove(!args.contains(u"--keep"_s));
    const QString given = args.contains(u"--db"_s) ? args.value(args.indexOf(u"--db"_s) + 1) : QString();
    const QString db = given.isEmpty() ? temporary.filePath(u"sessions.db"_s) : given;
    QRandomGenerator random(42);

    out << "| measurement | figure |\n|---|---|\n";

    // 1. Insert: hand over batches of 100 (a busy chat's socket read) as
    // fast as the writer takes them, and time until all are committed.
    qint64 sessionId = 1;
    if (given.isEmpty()) {
        SessionWriter::Options options;
        if (args.contains(u"--index-always"_s))
            options.indexBacklogLimit = std::numeric_limits<int>::max();
        if (args.contains(u"--flush-threshold"_s))
            options.flushThreshold = args.value(args.indexOf(u"--flush-threshold"_s) + 1).toInt();
        SessionWriter writer(db, options);
        QObject::connect(&writer, &SessionWriter::sessionStarted, [&](qint64 id) { sessionId = id; });
        writer.beginSession({u"soop"_s, u"benchbj"_s, u"1"_s, u"bench"_s, u"벤치"_s, 1'795'000'000'000});
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        constexpr int Batch = 100;
        qint64 maxPending = 0;
        for (qint64 first = 1; first <= total; first += Batch) {
            writer.record(makeBatch(first, int(std::min<qint64>(Batch, total - first + 1)), 1'795'000'000'000, random));
            // Keep the queue bounded the way a live feed would (it cannot
            // outrun the disk forever): wait when 50,000 are pending.
            if (writer.pendingEvents() > 50'000) {
                QCoreApplication::processEvents();
                while (writer.pendingEvents() > 25'000)
                    QThread::msleep(1);
            }
            maxPending = std::max(maxPending, writer.pendingEvents());
        }
        writer.flush();
        waitFor(&writer, &SessionWriter::flushed);
        const qint64 ms = timer.elapsed();
        // CPU time of both threads: on a shared machine, the wall-clock
        // figure depends on what else runs; this one much less.
        const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        out << "| insert " << total << " events through SessionWriter | " << ms << " ms, " << rate(total, ms)
            << " events/s (CPU " << cpuMs << " ms: " << rate(total, cpuMs) << " events per CPU second) |\n";
        out.flush();

        // How long the full-text index takes to catch up once the storm is over.
        QElapsedTimer catchUp;
        catchUp.start();
        const std::clock_t catchUpCpu = std::clock();
        {
            QSqlDatabase progress = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"progress"_s);
            progress.setDatabaseName(db);
            progress.open();
            QSqlQuery query(progress);
            auto behind = [&] {
                return query.exec(u"SELECT (SELECT MAX(id) FROM events) - indexed_to FROM fts_progress"_s) &&
                    query.next() && query.value(0).toLongLong() > 0;
            };
            while (behind()) {
                QCoreApplication::processEvents();
                QThread::msleep(20);
            }
        }
        QSqlDatabase::removeDatabase(u"progress"_s);
        const qint64 catchUpMs = catchUp.elapsed();
        const qint64 catchUpCpuMs = qint64(std::clock() - catchUpCpu) * 1000 / CLOCKS_PER_SEC;
        out << "| full-text index complete | " << catchUpMs << " ms after the last commit (CPU " << catchUpCpuMs
            << " ms); recording and indexing together: " << rate(total, ms + catchUpMs) << " events/s, "
            << rate(total, cpuMs + catchUpCpuMs) << " events per CPU second |\n";
        out.flush();
    }
    out << "| database size | " << QFileInfo(db).size() / (1024 * 1024) << " MiB ("
        << QFileInfo(db).size() / std::max<qint64>(1, total) << " bytes/event with index) |\n";

    if (insertOnly)
        return 0;

    // 2. Export.
    const struct
    {
        const char *name;
        ExportFormat format;
        std::optional<EventFilter> filter;
    } exports[] = {
        {"export CSV, whole session", ExportFormat::Csv, std::nullopt},
        {"export JSONL, whole session", ExportFormat::Jsonl, std::nullopt},
        {"export CSV, filter \"type:balloon\"", ExportFormat::Csv, EventFilter::fromQuery(u"type:balloon"_s)},
        {"export CSV, filter \"방송\" (query: JSON parsed per row)", ExportFormat::Csv,
            EventFilter::fromQuery(u"방송"_s)},
    };
    for (const auto &e : exports) {
        SessionExporter exporter;
        QElapsedTimer timer;
        timer.start();
        ExportRequest request;
        request.databasePath = db;
        request.query.sessionId = sessionId;
        request.query.filter = e.filter;
        request.format = e.format;
        request.outputPath = temporary.filePath(u"out"_s);
        const ExportResult result = exporter.run(request);
        const qint64 ms = timer.elapsed();
        out << "| " << e.name << " | " << ms << " ms, " << result.rows << " rows, "
            << rate(e.filter ? total : result.rows, ms) << " rows/s read, "
            << QFileInfo(temporary.filePath(u"out"_s)).size() / (1024 * 1024) << " MiB |\n";
        out.flush();
    }

    // 3. Search: median of 15 runs of each query, a fresh reader per query.
    const struct
    {
        const char *name;
        SearchQuery query;
    } searches[] = {
        {"search \"치킨 먹고\" (trigram index, ~8% of rows match), limit 50", {u"치킨 먹고"_s, {}, 50}},
        {"search \"999999\" (trigram index, 1 match)", {u"999999"_s, {}, 50}},
        {"search \"없는 말입니다\" (trigram index, no match)", {u"없는 말입니다"_s, {}, 50}},
        {"search \"치킨 먹고\" --channel benchbj, limit 50", {u"치킨 먹고"_s, u"benchbj"_s, 50}},
        {"search \"대박\" (2 characters: LIKE scan), limit 50", {u"대박"_s, {}, 50}},
        {"search \"GG\" (2 characters: LIKE scan, 1 in 12 rows), limit 1000", {u"GG"_s, {}, 1000}},
        {"search \"ㅋ\" (1 character: LIKE scan), limit 10", {u"ㅋ"_s, {}, 10}},
        {"search \"없음\" (2 characters, no match: LIKE scans every row)", {u"없음"_s, {}, 50}},
        {"search \"치킨 먹고\" --channel other (index matches, no session does)", {u"치킨 먹고"_s, u"other"_s, 50}},
    };
    SessionReader reader;
    reader.open(db);
    for (const auto &s : searches) {
        QList<qint64> times;
        qsizetype hits = 0;
        for (int i = 0; i < 15; ++i) {
            QElapsedTimer timer;
            timer.start();
            hits = reader.search(s.query).size();
            times.append(timer.nsecsElapsed() / 1000);
        }
        std::sort(times.begin(), times.end());
        out << "| " << s.name << " | " << QString::number(double(times[times.size() / 2]) / 1000.0, 'f', 2) << " ms ("
            << hits << " hits) |\n";
        out.flush();
    }
    return 0;
}
