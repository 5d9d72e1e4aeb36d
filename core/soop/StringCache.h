#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

namespace soopchat::soop {

// Decoded field text for the strings that repeat: user ids, nicknames,
// streamer ids. A hit costs a hash and a compare instead of a UTF-8 decode
// and an allocation, and every event from the same user shares one QString,
// which matters when the chat list keeps 100,000 rows. Direct-mapped, with
// the raw bytes kept inline so that a miss allocates nothing extra.
class StringCache
{
public:
    static constexpr qsizetype MaxKeyBytes = 46;

    explicit StringCache(int slotCount = 16384); // rounded up to a power of two
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
        QString value;
    };

    std::unique_ptr<Slot[]> m_slots;
    quint64 m_mask;
    quint64 m_hits = 0;
    quint64 m_misses = 0;
};

} // namespace soopchat::soop
