#include "core/events/EventPool.h"

#include <mutex>
#include <new>
#include <utility>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define SOOPCHAT_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SOOPCHAT_ASAN 1
#endif
#endif
#ifdef SOOPCHAT_ASAN
#include <sanitizer/asan_interface.h>
#endif

namespace soopchat {

namespace {

struct FreeBlock
{
    FreeBlock *next;
};

// A free block is poisoned except while the pool itself reads or writes its
// link, so that AddressSanitizer reports any other access.
void poison([[maybe_unused]] FreeBlock *block)
{
#ifdef SOOPCHAT_ASAN
    ASAN_POISON_MEMORY_REGION(block, EventPool::BlockBytes);
#endif
}

void unpoison([[maybe_unused]] FreeBlock *block)
{
#ifdef SOOPCHAT_ASAN
    ASAN_UNPOISON_MEMORY_REGION(block, EventPool::BlockBytes);
#endif
}

struct FreeList
{
    FreeBlock *head = nullptr;
    std::size_t count = 0;

    void push(void *memory)
    {
        auto *block = static_cast<FreeBlock *>(memory);
        block->next = head;
        poison(block);
        head = block;
        ++count;
    }

    void *pop()
    {
        FreeBlock *block = head;
        unpoison(block);
        head = block->next;
        --count;
        return block;
    }
};

// The batches that threads hand on: full ones from threads that free more
// than they allocate, and whatever a thread held when it ended.
class SharedBatches
{
public:
    FreeList take()
    {
        std::scoped_lock lock(m_mutex);
        if (m_batches.empty())
            return newBatch();
        FreeList batch = m_batches.back();
        m_batches.pop_back();
        m_waiting -= batch.count;
        return batch;
    }

    // Never throws: if the batch cannot be recorded (no memory for the
    // vector), its blocks are lost to the pool, not freed twice.
    void give(FreeList batch) noexcept
    {
        if (!batch.head)
            return;
        try {
            std::scoped_lock lock(m_mutex);
            m_batches.push_back(batch);
            m_waiting += batch.count;
        } catch (...) { }
    }

    std::size_t created() const
    {
        std::scoped_lock lock(m_mutex);
        return m_created;
    }

    std::size_t waiting() const
    {
        std::scoped_lock lock(m_mutex);
        return m_waiting;
    }

private:
    // Called with the lock held.
    FreeList newBatch()
    {
        constexpr std::size_t SlabBytes = EventPool::BlockBytes * EventPool::BlocksPerBatch;
        m_slabs.reserve(m_slabs.size() + 1); // may throw; then nothing is lost
        auto *slab = static_cast<std::byte *>(::operator new(SlabBytes, std::align_val_t(EventPool::BlockAlign)));
        m_slabs.push_back(slab); // kept reachable for leak checkers
        m_created += EventPool::BlocksPerBatch;
        FreeList batch;
        for (std::size_t i = EventPool::BlocksPerBatch; i-- > 0;)
            batch.push(slab + i * EventPool::BlockBytes);
        return batch;
    }

    mutable std::mutex m_mutex;
    std::vector<FreeList> m_batches;
    std::vector<std::byte *> m_slabs;
    std::size_t m_created = 0;
    std::size_t m_waiting = 0;
};

// Never destroyed: threads give their blocks back as they end, which may be
// after static destructors have run.
SharedBatches &shared()
{
    static auto *batches = new SharedBatches;
    return *batches;
}

// Each thread frees onto one list and allocates from it first, then from a
// batch taken from the shared ones; a full list of freed blocks goes to the
// shared batches in one step, without walking it.
// Trivially destructible, so that it stays usable while the thread's other
// thread-local objects are destroyed (Qt's among them may free events).
struct ThreadCache
{
    FreeList allocating;
    FreeList freed;
    bool ended = false; // the blocks went back to the shared batches
};

thread_local ThreadCache t_cache;

// Gives a thread's blocks back when it ends. Registered on first use.
struct ThreadCacheReturn
{
    ~ThreadCacheReturn()
    {
        t_cache.ended = true;
        shared().give(std::exchange(t_cache.allocating, {}));
        shared().give(std::exchange(t_cache.freed, {}));
    }
};

thread_local ThreadCacheReturn t_return;

} // namespace

void *EventPool::allocate(std::size_t bytes)
{
    if (bytes > BlockBytes)
        return ::operator new(bytes);
    ThreadCache &cache = t_cache;
    if (cache.ended) [[unlikely]] {
        // An event made while the thread ends: one block, straight from
        // the shared batches and back, so that none stays with the thread.
        FreeList batch = shared().take();
        void *block = batch.pop();
        shared().give(batch);
        return block;
    }
    // The block freed last is the one most likely still in the CPU's cache.
    if (cache.freed.head)
        return cache.freed.pop();
    if (!cache.allocating.head) {
        static_cast<void>(&t_return);
        cache.allocating = shared().take();
    }
    return cache.allocating.pop();
}

void EventPool::deallocate(void *block, std::size_t bytes) noexcept
{
    if (bytes > BlockBytes) {
        ::operator delete(block);
        return;
    }
    ThreadCache &cache = t_cache;
    if (cache.ended) [[unlikely]] {
        FreeList one;
        one.push(block);
        shared().give(one);
        return;
    }
    if (!cache.freed.head)
        static_cast<void>(&t_return);
    cache.freed.push(block);
    if (cache.freed.count >= BlocksPerBatch)
        shared().give(std::exchange(cache.freed, {}));
}

std::size_t EventPool::blocksCreated()
{
    return shared().created();
}

std::size_t EventPool::blocksInBatches()
{
    return shared().waiting();
}

} // namespace soopchat
