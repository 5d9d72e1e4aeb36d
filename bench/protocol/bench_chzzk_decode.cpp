// CHZZK decode throughput on one core, JSON inside strings included: the
// recorded frames of tests/data/fixtures/chzzk, and their chat frames (93101)
// alone, the storm case. Target: at least 500,000 chat lines/s. Each case
// runs with the simdjson decoder the client uses and with the first one, on
// Qt's JSON parser, so that `--benchmark_repetitions` gives paired runs.
#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <benchmark/benchmark.h>

#include "QtJsonFrameDecoder.h"
#include "core/chzzk/FrameDecoder.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

// Which frames: all the server sent, or its chat frames only.
enum class Frames { All, Chat };

QList<QByteArray> recordedFrames(Frames which)
{
    QList<QByteArray> frames;
    for (const char *name :
        {"live-2026-09-29", "live-restrictions-2026-09-30", "recent-chat-2026-09-28", "recent-chat-2026-09-30"}) {
        QFile file(
            QStringLiteral(SOOPCHAT_TEST_DATA "/fixtures/chzzk/") + QLatin1StringView(name) + u".frames.jsonl"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            if (record.value("dir"_L1).toString() != "in"_L1 || record.contains("url"_L1))
                continue;
            const QByteArray frame = record.value("text"_L1).toString().toUtf8();
            if (which == Frames::All || frame.contains(R"("cmd":93101)"))
                frames.append(frame);
        }
    }
    return frames;
}

template<class Decoder>
void decodeFrames(benchmark::State &state, Frames which)
{
    const QList<QByteArray> frames = recordedFrames(which);
    Decoder decoder;
    EventBatch events;
    events.reserve(256);
    for (auto _ : state) {
        for (const QByteArray &frame : frames) {
            decoder.decode(frame, events);
            events.clear();
        }
    }
    const double lines = double(decoder.counters().lines);
    state.SetItemsProcessed(qint64(lines));
    state.counters["lines/s"] = benchmark::Counter(lines, benchmark::Counter::kIsRate);
    state.counters["frames/s"] = benchmark::Counter(double(decoder.counters().frames), benchmark::Counter::kIsRate);
}

void BM_ChzzkChat(benchmark::State &state)
{
    decodeFrames<chzzk::FrameDecoder>(state, Frames::Chat);
}
void BM_ChzzkChat_QtJson(benchmark::State &state)
{
    decodeFrames<chzzk::QtJsonFrameDecoder>(state, Frames::Chat);
}
void BM_ChzzkRecorded(benchmark::State &state)
{
    decodeFrames<chzzk::FrameDecoder>(state, Frames::All);
}
void BM_ChzzkRecorded_QtJson(benchmark::State &state)
{
    decodeFrames<chzzk::QtJsonFrameDecoder>(state, Frames::All);
}

} // namespace

BENCHMARK(BM_ChzzkChat);
BENCHMARK(BM_ChzzkChat_QtJson);
BENCHMARK(BM_ChzzkRecorded);
BENCHMARK(BM_ChzzkRecorded_QtJson);
BENCHMARK_MAIN();
