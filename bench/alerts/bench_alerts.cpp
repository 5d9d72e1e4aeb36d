// What the alert rules cost per event (issue #14: the desktop benchmark must
// hold with ten rules active): AlertEngine::process over batches of 50 events
// (one socket read's worth in a storm) with the event mix of a busy Korean
// stream, with no rule, and with ten rules a streamer might keep all evening
// (amounts, roles, entries, three phrases, two regular expressions, users,
// cool-downs). The actions go to a runner that does nothing: delivery is
// each runner's own cost, queued off the pipeline.
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <benchmark/benchmark.h>

#include "bench/support/AlertRules.h"
#include "core/alerts/AlertEngine.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

class NullRunner : public AlertActionRunner
{
public:
    AlertAction::Kind kind() const override { return AlertAction::Kind::Notification; }
    void run(const Alert &, int, const AlertAction &, const QString &) override { ++runs; }
    qint64 runs = 0;
};

EventBatch makeEvents(int count, int users)
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
        const int kind = int(random.bounded(100));
        if (kind < 2) {
            e->type = EventType::Balloon;
            e->count = random.bounded(10) == 0 ? 1000 : 10 * (1 + random.bounded(10));
            e->text = u"항상 응원합니다!"_s;
        } else if (kind == 2) {
            e->type = EventType::SubscriptionRenewal;
            e->editDetails().months = 1 + random.bounded(24);
        } else if (kind < 8) {
            e->type = EventType::UserEnter;
            e->editDetails().users = {ChatUser {e->userId.value(), e->nickname.value(),
                UserFlags {0, 0, random.bounded(20) == 0 ? Roles(Role::TopFan) : Roles(Role::FanClub)}}};
        } else {
            e->type = EventType::Chat;
            e->text = QString::fromUtf16(lines[random.bounded(int(std::size(lines)))]);
            e->flags = UserFlags {65568, 163840, Role::FanClub};
        }
        events.append(e);
    }
    return events;
}

void processBatches(benchmark::State &state, const QList<AlertRule> &rules)
{
    AlertEngine engine;
    auto *runner = new NullRunner;
    engine.addRunner(runner);
    AlertConfig config;
    config.rules = rules;
    engine.setConfig(config);
    const EventBatch events = makeEvents(50'000, 5'000);
    qsizetype at = 0;
    for (auto _ : state) {
        engine.process(u"bench_bj"_s, events.mid(at, 50));
        at = (at + 50) % events.size();
    }
    state.SetItemsProcessed(state.iterations() * 50);
    state.counters["alerts"] = double(runner->runs);
}

void BM_NoRules(benchmark::State &state)
{
    processBatches(state, {});
}
BENCHMARK(BM_NoRules);

void BM_TenRules(benchmark::State &state)
{
    processBatches(state, bench::benchAlertRules());
}
BENCHMARK(BM_TenRules);

} // namespace

BENCHMARK_MAIN();
