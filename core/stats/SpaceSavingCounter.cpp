#include "core/stats/SpaceSavingCounter.h"

#include <algorithm>

namespace soopchat {

SpaceSavingCounter::SpaceSavingCounter(int capacity) : m_capacity(std::max(1, capacity))
{
    m_slots.reserve(size_t(m_capacity));
    m_heap.reserve(size_t(m_capacity));
    m_index.reserve(m_capacity);
}

void SpaceSavingCounter::clear()
{
    m_total = 0;
    m_slots.clear();
    m_heap.clear();
    m_index.clear();
}

void SpaceSavingCounter::add(const QString &key)
{
    ++m_total;
    if (const auto it = m_index.constFind(key); it != m_index.cend()) {
        Slot &slot = m_slots[size_t(*it)];
        ++slot.count;
        siftDown(slot.heapPos);
        return;
    }
    if (int(m_slots.size()) < m_capacity) {
        const int slotIndex = int(m_slots.size());
        m_slots.push_back({key, 1, 0, int(m_heap.size())});
        m_heap.push_back(slotIndex);
        m_index.insert(key, slotIndex);
        // Every existing count is >= 1, so a new leaf with count 1 never
        // needs to move up: the heap stays valid without sifting.
        return;
    }
    // Take over the counter with the smallest count.
    const int slotIndex = m_heap.front();
    Slot &slot = m_slots[size_t(slotIndex)];
    m_index.remove(slot.key);
    slot.key = key;
    slot.error = slot.count;
    ++slot.count;
    m_index.insert(key, slotIndex);
    siftDown(0);
}

void SpaceSavingCounter::swapHeap(int a, int b)
{
    std::swap(m_heap[size_t(a)], m_heap[size_t(b)]);
    m_slots[size_t(m_heap[size_t(a)])].heapPos = a;
    m_slots[size_t(m_heap[size_t(b)])].heapPos = b;
}

void SpaceSavingCounter::siftDown(int pos)
{
    const int n = int(m_heap.size());
    for (;;) {
        const int left = 2 * pos + 1;
        if (left >= n)
            return;
        int smallest = left;
        const int right = left + 1;
        if (right < n && m_slots[size_t(m_heap[size_t(right)])].count < m_slots[size_t(m_heap[size_t(left)])].count)
            smallest = right;
        if (m_slots[size_t(m_heap[size_t(smallest)])].count >= m_slots[size_t(m_heap[size_t(pos)])].count)
            return;
        swapHeap(pos, smallest);
        pos = smallest;
    }
}

QList<SpaceSavingCounter::Entry> SpaceSavingCounter::top(int n) const
{
    std::vector<const Slot *> order;
    order.reserve(m_slots.size());
    for (const Slot &slot : m_slots)
        order.push_back(&slot);
    const auto before = [](const Slot *a, const Slot *b) {
        if (a->count != b->count)
            return a->count > b->count;
        if (a->error != b->error)
            return a->error < b->error;
        return a->key < b->key;
    };
    const size_t wanted = std::min(order.size(), size_t(std::max(0, n)));
    std::partial_sort(order.begin(), order.begin() + qsizetype(wanted), order.end(), before);

    QList<Entry> result;
    result.reserve(qsizetype(wanted));
    for (size_t i = 0; i < wanted; ++i)
        result.append({order[i]->key, order[i]->count, order[i]->error});
    return result;
}

} // namespace soopchat
