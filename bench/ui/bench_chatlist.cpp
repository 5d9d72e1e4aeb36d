// Per-message cost of the chat list: the model (append + flush), the filter
// proxy, a whole frame at 5,000 messages a second, and the delegate
// (sizeHint and paint of a typical row, with and without its cached layout).
// Run under the offscreen platform; see docs/BENCHMARKS.md, "Chat list".
#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QPainter>

#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatListView.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

const QString Texts[] = {
    u"안녕하세요 오늘도 방송 재밌게 보고 갑니다"_s,
    u"ㅋㅋㅋㅋㅋㅋㅋ 이건 진짜 레전드다"_s,
    u"혹시 다음 주에도 같은 시간에 방송하시나요? 저번에 말한 게임도 해주세요"_s,
    u"gg"_s,
    u"first time here, hello from Busan"_s,
};

// A typical mix: mostly chat, some with badges, a balloon now and then.
EventBatch makeEvents(int n)
{
    EventBatch events;
    events.reserve(n);
    for (int i = 0; i < n; ++i) {
        auto e = std::make_shared<ChatEvent>();
        e->receivedAtMs = 1'790'000'000'000 + i * 10;
        e->userId = u"viewer%1"_s.arg(i % 997);
        e->nickname = u"시청자%1"_s.arg(i % 997);
        if (i % 50 == 49) {
            e->type = EventType::Balloon;
            e->count = (i % 7 + 1) * 10;
        } else {
            e->type = EventType::Chat;
            e->text = Texts[i % std::size(Texts)];
            Roles roles;
            if (i % 3 == 0)
                roles |= Role::FanClub;
            if (i % 4 == 0)
                roles |= Role::Subscriber;
            e->flags = UserFlags {0, 0, roles};
            e->subscriptionMonths = i % 4 == 0 ? i % 24 + 1 : -1;
        }
        events.append(e);
    }
    return events;
}

QStyleOptionViewItem rowOption(int width)
{
    QStyleOptionViewItem option;
    option.font = QApplication::font();
    option.fontMetrics = QFontMetrics(option.font);
    option.palette = QApplication::palette();
    option.rect = QRect(0, 0, width, 0);
    return option;
}

// Appending `batch` messages and flushing them into a full 10,000-row ring
// (so every flush also evicts as many rows from the front).
void BM_ModelAppendFlush(benchmark::State &state)
{
    const int batch = int(state.range(0));
    const EventBatch events = makeEvents(20'000);
    ChatListModel model;
    model.append(events.mid(0, ChatListModel::DefaultMaxRows));
    model.flush();
    int next = 0;
    for (auto _ : state) {
        model.append(events.mid(next, batch));
        model.flush();
        next = (next + batch) % (events.size() - batch);
    }
    state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_ModelAppendFlush)->Arg(1)->Arg(83)->Arg(1000);

// The same with the filter proxy in front (default categories), as the view sees it.
void BM_ModelWithProxyAppendFlush(benchmark::State &state)
{
    const int batch = int(state.range(0));
    const int rows = int(state.range(1));
    const EventBatch events = makeEvents(rows + 20'000);
    ChatListModel model;
    model.setMaxRows(rows);
    ChatFilterProxy proxy;
    proxy.setSourceModel(&model);
    model.append(events.mid(0, rows));
    model.flush();
    int next = 0;
    for (auto _ : state) {
        model.append(events.mid(rows + next, batch));
        model.flush();
        next = (next + batch) % (20'000 - batch);
    }
    state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_ModelWithProxyAppendFlush)->Args({83, 10'000})->Args({83, 100'000})->Args({1000, 10'000});

// One frame at 5,000 messages/s (83 per 16.7 ms frame): flush, proxy,
// the view's relayout and a full repaint of a 480x800 list.
void BM_FrameAt5000PerSecond(benchmark::State &state)
{
    const int rows = int(state.range(0));
    constexpr int PerFrame = 83;
    const EventBatch events = makeEvents(rows + 20'000);
    ChatListModel model;
    model.setMaxRows(rows);
    ChatFilterProxy proxy;
    proxy.setSourceModel(&model);
    ChatDelegate delegate;
    ChatListView view;
    view.setItemDelegate(&delegate);
    view.setModel(&proxy);
    view.resize(480, 800);
    view.show();
    model.append(events.mid(0, rows));
    model.flush();
    QCoreApplication::processEvents();
    int next = 0;
    for (auto _ : state) {
        model.append(events.mid(rows + next, PerFrame));
        model.flush();
        QCoreApplication::processEvents();
        view.viewport()->repaint();
        next = (next + PerFrame) % (20'000 - PerFrame);
    }
    state.SetItemsProcessed(state.iterations() * PerFrame);
}
BENCHMARK(BM_FrameAt5000PerSecond)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

struct DelegateFixture
{
    ChatListModel model;
    ChatDelegate delegate;
    QStyleOptionViewItem option = rowOption(480);

    explicit DelegateFixture(int rows)
    {
        model.setMaxRows(std::max(rows, ChatListModel::MinMaxRows));
        model.append(makeEvents(rows));
        model.flush();
    }
};

void BM_DelegateSizeHintCached(benchmark::State &state)
{
    DelegateFixture f(100);
    const QModelIndex index = f.model.index(2);
    f.delegate.sizeHint(f.option, index);
    for (auto _ : state)
        benchmark::DoNotOptimize(f.delegate.sizeHint(f.option, index));
}
BENCHMARK(BM_DelegateSizeHintCached);

void BM_DelegateSizeHintUncached(benchmark::State &state)
{
    // A tiny cache over many rows: every call lays the row out again.
    DelegateFixture f(10'000);
    f.delegate.setLayoutCacheLimit(64);
    int row = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(f.delegate.sizeHint(f.option, f.model.index(row)));
        row = (row + 1) % 10'000;
    }
}
BENCHMARK(BM_DelegateSizeHintUncached);

void paintRows(benchmark::State &state, bool cached)
{
    DelegateFixture f(10'000);
    if (!cached)
        f.delegate.setLayoutCacheLimit(64);
    QImage image(480, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option = f.option;
    option.rect.setHeight(40);
    int row = 0;
    for (auto _ : state) {
        // Cached: the same few rows repainted, as when scrolling by a pixel.
        const QModelIndex index = f.model.index(cached ? row % 32 : row);
        f.delegate.paint(&painter, option, index);
        row = (row + 1) % 10'000;
    }
}

void BM_DelegatePaintCached(benchmark::State &state)
{
    paintRows(state, true);
}
BENCHMARK(BM_DelegatePaintCached);

void BM_DelegatePaintUncached(benchmark::State &state)
{
    paintRows(state, false);
}
BENCHMARK(BM_DelegatePaintUncached);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The font of the tests' screenshots, so figures compare across machines with Nanum installed.
    QApplication::setFont(QFont(u"NanumGothic"_s, 10));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
