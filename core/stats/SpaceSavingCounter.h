#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace soopchat {

// The most frequent strings of an unbounded stream in bounded memory: the
// Space-Saving algorithm (Metwally, Agrawal, El Abbadi 2005) with `capacity`
// counters kept in an indexed min-heap, O(log capacity) per add.
//
// While fewer than `capacity` distinct keys have been seen every count is
// exact. After that a new key takes over the counter with the smallest count
// m and starts at m + 1 with error m. Guarantees, with N = total():
//  - a reported count overestimates the true count by at most its `error`,
//    and every error is at most N / capacity;
//  - every key whose true count exceeds N / capacity is being tracked.
class SpaceSavingCounter
{
public:
    struct Entry
    {
        QString key;
        qint64 count = 0;
        qint64 error = 0; // count - error is a guaranteed lower bound

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    explicit SpaceSavingCounter(int capacity);

    void add(const QString &key);

    // The n largest counts, highest first; equal counts by smaller error, then
    // by key, so the order is stable between calls.
    QList<Entry> top(int n) const;

    qint64 total() const { return m_total; }
    int capacity() const { return m_capacity; }
    int size() const { return int(m_slots.size()); }
    void clear();

private:
    struct Slot
    {
        QString key;
        qint64 count = 0;
        qint64 error = 0;
        int heapPos = 0;
    };

    void siftDown(int pos);
    void swapHeap(int a, int b);

    int m_capacity;
    qint64 m_total = 0;
    std::vector<Slot> m_slots;
    std::vector<int> m_heap; // slot indexes, min count at the root
    QHash<QString, int> m_index; // key -> slot
};

} // namespace soopchat
