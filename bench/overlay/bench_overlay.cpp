// Overlay fan-out: events published at a steady rate to pages connected over
// real websockets, the pages running in a second process so that the server's
// CPU figure is its own. Reports delivery latency (publish() to a page's
// receive, both on CLOCK_MONOTONIC) and the server process's CPU.
//
//   bench_overlay [--rate 1000] [--clients 50] [--seconds 20] [--warmup 3] [--batch 1]
// --batch N publishes N events per publish() call, as SoopClient does for a burst.
// The same binary is the client process (--client-mode), started by the server side.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

#include "core/overlay/OverlayServer.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
        double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<qint64> &values, double p)
{
    if (values.empty())
        return 0;
    const auto index = std::size_t(std::min(double(values.size() - 1), p / 100.0 * double(values.size())));
    std::nth_element(values.begin(), values.begin() + qsizetype(index), values.end());
    return double(values[index]);
}

// ---- the pages: a second process ------------------------------------------

int runClients(const QUrl &url, int clients, qint64 skipBelowSeq, qint64 lastSeq)
{
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    std::vector<qint64> latenciesNs;
    latenciesNs.reserve(std::size_t(clients) * std::size_t(std::max<qint64>(0, lastSeq - skipBelowSeq + 1)));
    int ready = 0, finished = 0;
    qint64 received = 0, droppedNotices = 0;
    const QByteArray marker = R"("text":"s=)";

    for (int i = 0; i < clients; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *raw = socket.get();
        auto done = std::make_shared<bool>(false);
        QObject::connect(raw, &QWebSocket::binaryMessageReceived, raw, [&, done](const QByteArray &message) {
            const qint64 now = monotonicNs();
            if (message.startsWith(R"({"kind":"hello")")) {
                if (++ready == clients) {
                    std::fputs("ready\n", stdout);
                    std::fflush(stdout);
                }
                return;
            }
            if (message.startsWith(R"({"kind":"dropped")")) {
                ++droppedNotices;
                return;
            }
            // Events carry "s=SEQ t=PUBLISH_NS" as their text; no full JSON parse, to keep this side cheap.
            for (qsizetype at = message.indexOf(marker); at >= 0; at = message.indexOf(marker, at + 1)) {
                const qsizetype seqStart = at + marker.size();
                const qsizetype space = message.indexOf(' ', seqStart);
                const qint64 seq = message.mid(seqStart, space - seqStart).toLongLong();
                const qsizetype tStart = space + 3; // " t="
                const qsizetype tEnd = message.indexOf(' ', tStart);
                const qint64 sentNs = message.mid(tStart, tEnd - tStart).toLongLong();
                ++received;
                if (seq >= skipBelowSeq)
                    latenciesNs.push_back(now - sentNs);
                if (seq == lastSeq && !*done) {
                    *done = true;
                    if (++finished == clients)
                        QCoreApplication::quit();
                }
            }
        });
        raw->open(url);
        sockets.push_back(std::move(socket));
    }
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QCoreApplication::exec();
    const double cpu = cpuSeconds() - cpuBefore;

    QJsonObject result {
        {"received"_L1, received},
        {"dropped_notices"_L1, droppedNotices},
        {"samples"_L1, qint64(latenciesNs.size())},
        {"p50_ms"_L1, percentile(latenciesNs, 50) / 1e6},
        {"p90_ms"_L1, percentile(latenciesNs, 90) / 1e6},
        {"p99_ms"_L1, percentile(latenciesNs, 99) / 1e6},
        {"p999_ms"_L1, percentile(latenciesNs, 99.9) / 1e6},
        {"max_ms"_L1,
            latenciesNs.empty() ? 0.0 : double(*std::max_element(latenciesNs.begin(), latenciesNs.end())) / 1e6},
        {"client_cpu_percent"_L1, 100.0 * cpu / (double(wall.nsecsElapsed()) / 1e9)},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

// ---- the server side ---------------------------------------------------------

EventPtr benchEvent(qint64 seq, qint64 sentNs)
{
    auto e = std::make_shared<ChatEvent>();
    e->type = EventType::Chat;
    e->service = 5;
    e->userId = u"viewer%1"_s.arg(seq % 997);
    e->nickname = u"시청자%1"_s.arg(seq % 997);
    e->flags = UserFlags {268501024, 163840, Roles(Role::FanClub) | Role::Subscriber};
    e->subscriptionMonths = 3;
    e->receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    // A typical chat line after the timing fields.
    e->text = u"s=%1 t=%2 오늘 방송 진짜 재밌네요 ㅋㅋ"_s.arg(seq).arg(sentNs);
    return e;
}

int runServer(int rate, int clients, int seconds, int warmupSeconds, int batchSize)
{
    OverlayServer::Limits limits;
    limits.maxClients = std::max(limits.maxClients, clients);
    OverlayServer server(OverlayServer::generateToken(), limits);
    if (!server.listen()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const qint64 total = qint64(rate) * (warmupSeconds + seconds);
    const qint64 firstMeasured = qint64(rate) * warmupSeconds + 1;
    QUrl url(u"ws://127.0.0.1/overlay/ws/bench"_s);
    url.setPort(server.port());
    url.setQuery(u"token="_s + server.token());

    QProcess pages;
    pages.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    pages.start(QCoreApplication::applicationFilePath(),
        {u"--client-mode"_s, u"--url"_s, url.toString(), u"--clients"_s, QString::number(clients), u"--skip-below"_s,
            QString::number(firstMeasured), u"--last"_s, QString::number(total)});

    qint64 published = 0;
    std::vector<qint64> publishNs;
    publishNs.reserve(std::size_t(total));
    QElapsedTimer clock;
    double cpuAtStart = 0, cpuAtEnd = 0;
    qint64 wallAtStartNs = 0, wallAtEndNs = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &server, [&] {
        // Publish what is due by now, `batchSize` events per call (the last call may be shorter).
        const qint64 due = std::min(total, clock.nsecsElapsed() * rate / 1000000000);
        while (due - published >= batchSize || (due == total && published < total)) {
            const qint64 before = monotonicNs();
            EventBatch events;
            for (int i = 0; i < batchSize && published < total; ++i) {
                ++published;
                if (published == firstMeasured) {
                    cpuAtStart = cpuSeconds();
                    wallAtStartNs = clock.nsecsElapsed();
                }
                events.append(benchEvent(published, before));
            }
            server.publish(u"bench"_s, events);
            publishNs.push_back(monotonicNs() - before);
        }
        if (published == total && tick.isActive()) {
            tick.stop();
            cpuAtEnd = cpuSeconds();
            wallAtEndNs = clock.nsecsElapsed();
        }
    });
    QObject::connect(&pages, &QProcess::readyReadStandardOutput, &server, [&] {
        if (!tick.isActive() && published == 0 && pages.canReadLine() && pages.readLine().startsWith("ready")) {
            std::fprintf(stderr, "%d pages connected; publishing %d events/s for %d s (+%d s warm-up)\n", clients, rate,
                seconds, warmupSeconds);
            clock.start();
            tick.start();
        }
    });
    QObject::connect(&pages, &QProcess::finished, &server, [] { QCoreApplication::quit(); });
    QTimer::singleShot(std::chrono::seconds(warmupSeconds + seconds + 60), &server, [&] {
        std::fprintf(stderr, "timed out; the pages did not receive everything\n");
        pages.kill();
    });
    QCoreApplication::exec();

    const QJsonObject result = QJsonDocument::fromJson(pages.readAllStandardOutput().trimmed()).object();
    if (result.isEmpty()) {
        std::fprintf(stderr, "no result from the page process\n");
        return 1;
    }
    const double wallSeconds = double(wallAtEndNs - wallAtStartNs) / 1e9;
    quint64 dropped = 0;
    for (const OverlayServer::ClientInfo &info : server.clients())
        dropped += info.droppedEvents;
    std::printf("overlay fan-out: %d events/s to %d pages in batches of %d, %d s measured after %d s warm-up\n", rate,
        clients, batchSize, seconds, warmupSeconds);
    std::printf(
        "  delivery latency  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  p99.9 %.2f ms  max %.2f ms  (%lld samples)\n",
        result["p50_ms"_L1].toDouble(), result["p90_ms"_L1].toDouble(), result["p99_ms"_L1].toDouble(),
        result["p999_ms"_L1].toDouble(), result["max_ms"_L1].toDouble(), qint64(result["samples"_L1].toInteger()));
    std::printf("  server CPU        %.1f %% of one core (user+sys while publishing)\n",
        wallSeconds > 0 ? 100.0 * (cpuAtEnd - cpuAtStart) / wallSeconds : 0.0);
    std::printf("  publish() call    p50 %.1f us  p99 %.1f us\n", percentile(publishNs, 50) / 1e3,
        percentile(publishNs, 99) / 1e3);
    std::printf("  page process CPU  %.1f %% of one core\n", result["client_cpu_percent"_L1].toDouble());
    std::printf("  events received   %lld of %lld; dropped by the server %llu\n",
        qint64(result["received"_L1].toInteger()), total * clients, static_cast<unsigned long long>(dropped));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"rate"_s, u"events per second"_s, u"n"_s, u"1000"_s},
        {u"clients"_s, u"connected pages"_s, u"n"_s, u"50"_s},
        {u"seconds"_s, u"measured seconds"_s, u"n"_s, u"20"_s},
        {u"warmup"_s, u"seconds before measuring"_s, u"n"_s, u"3"_s},
        {u"batch"_s, u"events per publish() call"_s, u"n"_s, u"1"_s},
        {u"client-mode"_s, u"internal: run the pages"_s},
        {u"url"_s, u"internal: feed URL"_s, u"url"_s},
        {u"skip-below"_s, u"internal: first measured sequence number"_s, u"n"_s},
        {u"last"_s, u"internal: last sequence number"_s, u"n"_s},
    });
    parser.process(app);
    if (parser.isSet(u"client-mode"_s)) {
        return runClients(QUrl(parser.value(u"url"_s)), parser.value(u"clients"_s).toInt(),
            parser.value(u"skip-below"_s).toLongLong(), parser.value(u"last"_s).toLongLong());
    }
    return runServer(parser.value(u"rate"_s).toInt(), parser.value(u"clients"_s).toInt(),
        parser.value(u"seconds"_s).toInt(), parser.value(u"warmup"_s).toInt(),
        std::max(1, parser.value(u"batch"_s).toInt()));
}
