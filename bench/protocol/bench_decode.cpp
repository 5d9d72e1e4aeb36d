// Decode throughput on one core: the recorded corpus, and a chat-heavy stream
// in the 2026 layout, one packet per websocket frame as the service sends it.
// Target: at least 2 million chat packets/s.
#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <cmath>

#include "core/events/EventJson.h"
#include "core/soop/EventStreamDecoder.h"
#include "core/soop/PacketWriter.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

QList<QByteArray> recordedFrames()
{
    QList<QByteArray> frames;
    for (const char *name : {"chat-2026-09.frames.jsonl", "donations-2026-10.frames.jsonl"}) {
        QFile file(QStringLiteral(SOOPCHAT_TEST_DATA "/fixtures/") + QLatin1StringView(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                frames.append(QByteArray::fromBase64(
                    QJsonDocument::fromJson(line).object().value("b64"_L1).toString().toLatin1()));
        }
    }
    return frames;
}

// Chat in the 16-field 2026 layout with Korean text of realistic lengths,
// from a room of 5,000 viewers whose activity is long-tailed (log-uniform:
// a few chat constantly, most now and then), as in a busy broadcast.
QList<QByteArray> chatFrames(int count)
{
    static const char16_t *lines[] = {u"ㅋㅋㅋㅋㅋㅋ", u"안녕하세요~", u"오늘 방송 진짜 재밌네요 ㅋㅋ",
        u"저번에 한다던 낚시겜은 안해?", u"와 대박", u"ㅠㅠ 너무 슬퍼요", u"이거 어디서 살 수 있나요? 링크 좀 주세요",
        u"👍👍👍"};
    QRandomGenerator random(42);
    QList<QByteArray> frames;
    frames.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int viewer = int(std::pow(5000.0, random.generateDouble())) - 1;
        const QByteArray text = QString::fromUtf16(lines[random.bounded(8)]).toUtf8();
        const QByteArray id = "viewer" + QByteArray::number(viewer) + (viewer % 7 == 0 ? "(2)" : "");
        const QByteArray nick = u"시청자"_s.toUtf8() + QByteArray::number(viewer);
        frames.append(soop::PacketWriter::packet(
            5, {text, id, "0", "0", "3", nick, "65568|163840", "-1", "E07E0A", "D39750", "-1", "-1", "", "-1"}));
    }
    return frames;
}

void decodeFrames(benchmark::State &state, const QList<QByteArray> &frames)
{
    qint64 bytes = 0;
    for (const QByteArray &frame : frames)
        bytes += frame.size();
    soop::EventStreamDecoder decoder;
    EventBatch events;
    events.reserve(frames.size());
    // Warm up first: a client has been running for a while when a storm hits.
    for (const QByteArray &frame : frames)
        decoder.feed(frame, events);
    events.clear();
    const quint64 hitsBefore = decoder.strings().hits();
    const quint64 missesBefore = decoder.strings().misses();
    for (auto _ : state) {
        for (const QByteArray &frame : frames)
            decoder.feed(frame, events);
        benchmark::DoNotOptimize(events.data());
        events.clear();
    }
    const double hits = double(decoder.strings().hits() - hitsBefore);
    const double misses = double(decoder.strings().misses() - missesBefore);
    state.counters["name_hit_rate"] = hits + misses > 0 ? hits / (hits + misses) : 0;
    state.SetItemsProcessed(state.iterations() * frames.size());
    state.SetBytesProcessed(state.iterations() * bytes);
}

void BM_DecodeRecordedCorpus(benchmark::State &state)
{
    decodeFrames(state, recordedFrames());
}
BENCHMARK(BM_DecodeRecordedCorpus);

void BM_DecodeChatHeavy(benchmark::State &state)
{
    decodeFrames(state, chatFrames(10'000));
}
BENCHMARK(BM_DecodeChatHeavy);

// The same stream with every packet in one buffer (what the reader sees when
// a server packs frames): framing cost without the per-frame overhead.
void BM_DecodeChatHeavyPacked(benchmark::State &state)
{
    QByteArray all;
    for (const QByteArray &frame : chatFrames(10'000))
        all.append(frame);
    decodeFrames(state, {all});
    state.SetItemsProcessed(state.iterations() * 10'000);
}
BENCHMARK(BM_DecodeChatHeavyPacked);

// Framing alone, without building events.
void BM_ReadOnlyChatHeavy(benchmark::State &state)
{
    const QList<QByteArray> frames = chatFrames(10'000);
    qint64 bytes = 0;
    for (const QByteArray &frame : frames)
        bytes += frame.size();
    soop::PacketReader reader;
    soop::PacketReader::Item item;
    for (auto _ : state) {
        for (const QByteArray &frame : frames) {
            reader.feed(frame);
            while (reader.next(item))
                benchmark::DoNotOptimize(item.packet.body.data());
        }
    }
    state.SetItemsProcessed(state.iterations() * frames.size());
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_ReadOnlyChatHeavy);

// EVENTS.md JSON of decoded chat (the decode CLI, JSONL export, overlay feed).
void BM_ChatToJson(benchmark::State &state)
{
    soop::EventStreamDecoder decoder;
    EventBatch events;
    for (const QByteArray &frame : chatFrames(10'000))
        decoder.feed(frame, events);
    QByteArray out;
    for (auto _ : state) {
        for (const EventPtr &event : events) {
            out.clear();
            EventJson::append(out, *event);
            benchmark::DoNotOptimize(out.data());
        }
    }
    state.SetItemsProcessed(state.iterations() * events.size());
}
BENCHMARK(BM_ChatToJson);

} // namespace

BENCHMARK_MAIN();
