#include "core/soop/StringCache.h"

#include <bit>
#include <cstring>

#include "core/soop/PacketDecoder.h"

namespace soopchat::soop {

StringCache::StringCache(int slotCount)
    : m_slots(new Slot[std::bit_ceil(quint64(std::max(slotCount, 1)))]),
      m_mask(std::bit_ceil(quint64(std::max(slotCount, 1))) - 1)
{ }

StringCache::~StringCache() = default;

namespace {

// A quick multiply-and-mix hash for keys of at most MaxKeyBytes. A crafted
// collision only costs a cache miss: the slot always compares the bytes.
quint64 hashKey(QByteArrayView bytes)
{
    constexpr quint64 Multiplier = 0x9E3779B97F4A7C15ull;
    quint64 h = quint64(bytes.size()) * Multiplier;
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    for (; left >= 8; left -= 8, p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        h = (h ^ word) * Multiplier;
        h ^= h >> 29;
    }
    if (left > 0) {
        quint64 word = 0;
        std::memcpy(&word, p, size_t(left));
        h = (h ^ word) * Multiplier;
    }
    return h ^ (h >> 32);
}

} // namespace

QString StringCache::get(QByteArrayView bytes)
{
    if (bytes.size() > MaxKeyBytes)
        return decodeText(bytes);
    Slot &slot = m_slots[hashKey(bytes) & m_mask];
    if (slot.length == bytes.size() && std::memcmp(slot.key, bytes.data(), size_t(bytes.size())) == 0) {
        ++m_hits;
        return slot.value;
    }
    ++m_misses;
    slot.length = quint8(bytes.size());
    std::memcpy(slot.key, bytes.data(), size_t(bytes.size()));
    slot.value = decodeText(bytes);
    return slot.value;
}

} // namespace soopchat::soop
