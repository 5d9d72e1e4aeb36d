#pragma once

#include <cstddef>
#include <memory>

#include "core/events/ChatEvent.h"

namespace soopchat {

// Memory for events. A chat storm builds and frees events by the hundred
// thousand, each one block of the same size (the event with its shared_ptr
// control block); the general heap spends more on them than decoding does
// (docs/BENCHMARKS.md, "Protocol decoding"). The pool hands out and takes back
// those blocks from a free list per thread: no lock, no search, no header.
// Blocks freed on one thread (the GUI, the recorder) reach the decoding
// thread again in batches, through one short lock per batch.
//
// The one piece of process-wide state in core, on purpose: like the heap it
// replaces, it must serve every thread and outlive every event. It keeps its
// memory until the process ends, so it holds at most the peak number of live
// events (the chat list's rows and the recorder's queue), never more.
//
// Under AddressSanitizer free blocks are poisoned, so a use after free is
// still caught while the block is in the pool.
class EventPool
{
public:
    // Room for one event and its control block (allocate_shared puts both in
    // one block: two counts and a vtable pointer before the event; a test
    // checks that it fits), in whole cache lines, so that an event never
    // shares a line with another and touches as few as it can. Bigger
    // requests go to the heap.
    static constexpr std::size_t BlockAlign = 64;
    static constexpr std::size_t BlockBytes =
        (sizeof(ChatEvent) + 2 * sizeof(void *) + BlockAlign - 1) / BlockAlign * BlockAlign;
    static constexpr std::size_t BlocksPerBatch = 256;

    static void *allocate(std::size_t bytes);
    static void deallocate(void *block, std::size_t bytes) noexcept;

    // For tests and benchmarks: blocks the pool has taken from the heap so
    // far, in all threads, and blocks waiting in the shared batches.
    static std::size_t blocksCreated();
    static std::size_t blocksInBatches();
};

// An allocator over EventPool, for std::allocate_shared.
template<class T>
struct EventAllocator
{
    using value_type = T;

    EventAllocator() = default;
    template<class U>
    EventAllocator(const EventAllocator<U> &) noexcept
    { }

    T *allocate(std::size_t n)
    {
        static_assert(alignof(T) <= EventPool::BlockAlign);
        return static_cast<T *>(EventPool::allocate(n * sizeof(T)));
    }
    void deallocate(T *p, std::size_t n) noexcept { EventPool::deallocate(p, n * sizeof(T)); }

    template<class U>
    friend bool operator==(const EventAllocator &, const EventAllocator<U> &) noexcept
    {
        return true;
    }
};

// A new, empty event in pooled memory: what decoders and readers build.
inline std::shared_ptr<ChatEvent> makeEvent()
{
    return std::allocate_shared<ChatEvent>(EventAllocator<ChatEvent>());
}

} // namespace soopchat
