#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace soopchat::soop {

// Decoded field text for the strings that repeat: user ids, nicknames,
// streamer ids. A hit costs a hash and a compare instead of a UTF-8 decode
// and an allocation, and every event from the same user shares one QString,
// which matters when the chat list keeps 100,000 rows. Two-way set
// associative, so that two busy names that share a set both stay (each loss
// is a decode and an allocation), with the raw bytes kept inline so that a
// miss allocates nothing extra.
class StringCache
{
public:
    static constexpr qsizetype MaxKeyBytes = 46;

    explicit StringCache(int slotCount = 16384); // rounded up to a power of two, at least 2
    ~StringCache();

    // decodeText(bytes), shared with earlier calls for the same bytes.
    QString get(QByteArrayView bytes);

    quint64 hits() const { return m_hits; }
    quint64 misses() const { return m_misses; }

private:
    struct Slot
    {
        quint8 length = 0xff; // 0xff: empty
        char key[MaxKeyBytes];
        quint8 replaceNext = 0; // in a set's first slot: which way a miss replaces
        QString value;

        bool holds(QByteArrayView bytes) const;
    };

    std::unique_ptr<Slot[]> m_slots;
    quint64 m_setMask; // of the index of a set's first slot
    quint64 m_hits = 0;
    quint64 m_misses = 0;
};

} // namespace soopchat::soop
