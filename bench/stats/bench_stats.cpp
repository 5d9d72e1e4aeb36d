// Per-event cost of the session statistics and the user directory, on one
// core, with the event mix of a busy Korean stream: mostly chat with the
// typical short lines, a balloon every ~50 events, a few subscriptions.
// A chat storm is a few thousand events a second; the budget is a few µs each.
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <benchmark/benchmark.h>

#include "core/stats/SessionStats.h"
#include "core/stats/UserDirectory.h"
#include "core/stats/WordTokenizer.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

constexpr qint64 StartMs = 1'790'852'400'000;

// `distinctWords` > 0 appends a word from that many distinct ones to every
// line, the worst case for the top-words counter (constant churn).
EventBatch makeEvents(int count, int users, int distinctWords = 0, qint64 spacingMs = 5)
{
    static const char16_t *const lines[] = {u"ㅋㅋㅋㅋㅋㅋ", u"안녕하세요~", u"오늘 방송 진짜 재밌네요 ㅋㅋ",
        u"저번에 한다던 낚시겜은 안해?", u"와 대박", u"ㅠㅠ 너무 슬퍼요", u"이거 어디서 살 수 있나요? 링크 좀 주세요",
        u"👍👍👍", u"GG 수고하셨습니다", u"보스 잡자!!"};
    QRandomGenerator random(42);
    EventBatch events;
    events.reserve(count);
    for (int i = 0; i < count; ++i) {
        auto e = std::make_shared<ChatEvent>();
        const int user = int(random.bounded(users));
        e->userId = u"viewer%1"_s.arg(user);
        e->nickname = u"시청자%1"_s.arg(user);
        e->receivedAtMs = StartMs + qint64(i) * spacingMs; // 200 events/s by default
        const int kind = int(random.bounded(100));
        if (kind < 2) {
            e->type = EventType::Balloon;
            e->count = 10 * (1 + random.bounded(10));
        } else if (kind == 2) {
            e->type = EventType::SubscriptionRenewal;
            e->editDetails().months = 3;
        } else {
            e->type = EventType::Chat;
            QString text = QString::fromUtf16(lines[random.bounded(int(std::size(lines)))]);
            if (distinctWords > 0)
                text += u" 단어%1"_s.arg(random.bounded(distinctWords));
            e->text = text;
            e->flags = UserFlags {65568, 163840, Role::FanClub};
            e->subscriptionMonths = -1;
        }
        events.append(e);
    }
    return events;
}

// Feeds batches of 50 (one socket read's worth in a storm).
template<typename Consumer>
void feed(benchmark::State &state, Consumer &consumer, const EventBatch &events)
{
    constexpr int BatchSize = 50;
    QList<EventBatch> batches;
    for (qsizetype i = 0; i < events.size(); i += BatchSize)
        batches.append(events.mid(i, BatchSize));
    qsizetype next = 0;
    for (auto _ : state) {
        consumer.add(batches[next]);
        next = (next + 1) % batches.size();
    }
    state.SetItemsProcessed(state.iterations() * BatchSize);
}

void BM_SessionStatsAdd(benchmark::State &state)
{
    const EventBatch events = makeEvents(100'000, int(state.range(0)), int(state.range(1)));
    SessionStats stats;
    stats.add(events); // warm: the words and chatters are known, as after the first minutes
    feed(state, stats, events);
}
BENCHMARK(BM_SessionStatsAdd)->Args({5'000, 0})->Args({50'000, 0})->Args({5'000, 100'000});

void BM_UserDirectoryAdd(benchmark::State &state)
{
    const EventBatch events = makeEvents(100'000, int(state.range(0)));
    UserDirectory users;
    users.add(events);
    feed(state, users, events);
}
// 5,000 users fit; 200,000 exceed the default 50,000 and make it evict all the time.
BENCHMARK(BM_UserDirectoryAdd)->Arg(5'000)->Arg(200'000);

void BM_WordTokenizer(benchmark::State &state)
{
    const QString text = u"오늘 방송 진짜 재밌네요 ㅋㅋㅋ GG 수고하셨습니다!!"_s;
    WordTokenizer::Words words;
    for (auto _ : state) {
        WordTokenizer::split(text, words);
        benchmark::DoNotOptimize(words.data());
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_WordTokenizer);

void BM_Snapshot(benchmark::State &state)
{
    // Four hours with 20,000 chatters and a long tail of words: what the
    // panel copies a few times a second (240 minutes, top 10 donors, 24 words).
    SessionStats stats;
    stats.add(makeEvents(200'000, 20'000, 50'000, 72));
    for (auto _ : state)
        benchmark::DoNotOptimize(stats.snapshot(10, 24));
}
BENCHMARK(BM_Snapshot)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
