#include <QTest>

#include <array>
#include <cstdint>
#include <thread>
#include <vector>

#include "core/events/EventPool.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

// Blocks that are neither waiting in the shared batches nor anywhere else
// but with a thread: live events and the blocks each thread keeps at hand.
std::size_t blocksHeldByThreads()
{
    return EventPool::blocksCreated() - EventPool::blocksInBatches();
}

std::vector<EventPtr> makeEvents(std::size_t n)
{
    std::vector<EventPtr> events;
    events.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        auto event = makeEvent();
        event->type = EventType::Chat;
        event->text = u"ㅋㅋㅋ %1"_s.arg(i);
        event->sequence = i;
        events.push_back(std::move(event));
    }
    return events;
}

// EventAllocator that notes the size allocate_shared asks for.
template<class T>
struct RecordingAllocator : EventAllocator<T>
{
    using value_type = T;
    template<class U>
    struct rebind
    {
        using other = RecordingAllocator<U>;
    };
    static inline std::size_t requested = 0;

    RecordingAllocator() = default;
    template<class U>
    RecordingAllocator(const RecordingAllocator<U> &) noexcept
    { }

    T *allocate(std::size_t n)
    {
        RecordingAllocator<ChatEvent>::requested = n * sizeof(T);
        return EventAllocator<T>::allocate(n);
    }
};

} // namespace

class TestEventPool : public QObject
{
    Q_OBJECT

private slots:
    void anEventAndItsControlBlockFitInOneBlock()
    {
        // allocate_shared asks for one block of the control block's size;
        // anything bigger would quietly go to the heap.
        RecordingAllocator<ChatEvent>::requested = 0;
        auto recorded = std::allocate_shared<ChatEvent>(RecordingAllocator<ChatEvent>());
        QVERIFY(RecordingAllocator<ChatEvent>::requested > sizeof(ChatEvent));
        QVERIFY2(RecordingAllocator<ChatEvent>::requested <= EventPool::BlockBytes,
            qPrintable(u"%1 bytes asked, blocks of %2"_s.arg(RecordingAllocator<ChatEvent>::requested)
                           .arg(EventPool::BlockBytes)));
        recorded.reset();
        const std::size_t created = EventPool::blocksCreated();
        auto event = makeEvent();
        QVERIFY(EventPool::blocksCreated() > 0);
        QVERIFY(EventPool::blocksCreated() - created <= EventPool::BlocksPerBatch);
        QCOMPARE(event->type, EventType::Unknown);
        QVERIFY(!event->text);
        QCOMPARE(event.use_count(), 1);
    }

    void everyBlockIsThreeWholeCacheLines()
    {
        // docs/BENCHMARKS.md: a bigger event, or one that starts inside a
        // line, costs a fourth line each time a cold event is built or freed.
        QCOMPARE(EventPool::BlockBytes, std::size_t(192));
        std::vector<EventPtr> events = makeEvents(2 * EventPool::BlocksPerBatch);
        for (const EventPtr &event : events) {
            // The control block comes first, in the same block.
            const auto block = reinterpret_cast<std::uintptr_t>(event.get()) & ~std::uintptr_t(63);
            QCOMPARE(reinterpret_cast<std::uintptr_t>(event.get()) - block, std::uintptr_t(16));
        }
    }

    void aFreedBlockIsTheNextOneHandedOut()
    {
        auto first = makeEvent();
        const void *address = first.get();
        first.reset();
        auto second = makeEvent();
        QCOMPARE(static_cast<const void *>(second.get()), address);
        // And it is a fresh event, not what the first one held.
        QVERIFY(!second->text);
    }

    void eventsFreedOnAnotherThreadComeBackToTheDecodingThread()
    {
        // The app's shape: the network thread decodes, the GUI and the
        // recorder free. Without the shared batches the decoding thread
        // would take new memory for every event.
        constexpr std::size_t PerRound = 4 * EventPool::BlocksPerBatch;
        constexpr int Rounds = 25;
        const std::size_t createdBefore = EventPool::blocksCreated();
        for (int round = 0; round < Rounds; ++round) {
            std::vector<EventPtr> events = makeEvents(PerRound);
            QCOMPARE(events.back()->sequence, PerRound - 1);
            std::thread freer([batch = std::move(events)]() mutable { batch.clear(); });
            freer.join();
        }
        const std::size_t created = EventPool::blocksCreated() - createdBefore;
        QVERIFY2(created <= 3 * PerRound,
            qPrintable(u"%1 blocks created for %2 rounds of %3 events"_s.arg(created).arg(Rounds).arg(PerRound)));
    }

    void aThreadGivesItsBlocksBackWhenItEnds()
    {
        const std::size_t heldBefore = blocksHeldByThreads();
        std::thread worker([] {
            // The thread takes a batch, and ends holding the rest of it and
            // the blocks it freed.
            std::vector<EventPtr> events = makeEvents(10);
            events.clear();
        });
        worker.join();
        QCOMPARE(blocksHeldByThreads(), heldBefore);
    }

    void blocksOfOtherSizesComeFromTheHeap()
    {
        using Big = std::array<char, EventPool::BlockBytes * 2>;
        const std::size_t created = EventPool::blocksCreated();
        EventAllocator<Big> allocator;
        Big *big = allocator.allocate(1);
        big->fill('x');
        QCOMPARE(big->back(), 'x');
        allocator.deallocate(big, 1);
        QCOMPARE(EventPool::blocksCreated(), created);
    }
};

QTEST_GUILESS_MAIN(TestEventPool)
#include "tst_eventpool.moc"
