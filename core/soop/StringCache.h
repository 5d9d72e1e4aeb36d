#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace soopchat::soop {

// Decoded field text for the strings that repeat: user ids, nicknames,
// streamer ids. A hit costs a hash and a compare instead of a UTF-8 decode
// and an allocation, and every event from the same user shares one QString,
// which matters when the chat list keeps 100,000 rows.
//
// In a storm the table is too big to stay in the processor's cache, so its
// layout is about cache lines: a set of two ways is one 64-byte line, and a
// way keeps only its key's hash beside the text. A hash match is confirmed
// against the text itself (Utf8::equals), whose first bytes share a line
// with the reference count that a hit has to touch anyway. Two ways, so
// that two busy names that share a set both stay.
class StringCache
{
public:
    static constexpr qsizetype MaxKeyBytes = 64; // longer fields are decoded each time

    explicit StringCache(int slotCount = 16384); // ways, rounded up to a power of two, at least 2
    ~StringCache();

    // decodeText(bytes), shared with earlier calls for the same bytes.
    QString get(QByteArrayView bytes);

    quint64 hits() const { return m_hits; }
    quint64 misses() const { return m_misses; }

private:
    struct Way
    {
        quint64 hash = 0; // with its low bit set, so never 0 when the way holds a name
        QString value;
    };
    struct alignas(64) Set
    {
        Way ways[2]; // ways[0] is the newer: a miss pushes ways[1] out
    };
    static_assert(sizeof(Set) == 64, "a set is one cache line");

    std::unique_ptr<Set[]> m_sets;
    quint64 m_setMask;
    quint64 m_hits = 0;
    quint64 m_misses = 0;
};

} // namespace soopchat::soop
