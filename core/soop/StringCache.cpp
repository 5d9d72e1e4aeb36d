#include "core/soop/StringCache.h"

#include <bit>
#include <cstring>

#include "core/soop/PacketDecoder.h"

namespace soopchat::soop {

StringCache::StringCache(int slotCount)
    : m_slots(new Slot[std::bit_ceil(quint64(std::max(slotCount, 2)))]),
      m_setMask((std::bit_ceil(quint64(std::max(slotCount, 2))) - 1) & ~quint64(1))
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
    // The table is indexed by the low bits, and a product's low bits only
    // depend on the factors' low bits: without this finish (MurmurHash3's
    // fmix64), keys of up to eight bytes that differ only in their last
    // bytes ("viewer12", "viewer34") all landed in one set.
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 33);
}

} // namespace

inline bool StringCache::Slot::holds(QByteArrayView bytes) const
{
    return length == bytes.size() && std::memcmp(key, bytes.data(), size_t(bytes.size())) == 0;
}

QString StringCache::get(QByteArrayView bytes)
{
    if (bytes.size() > MaxKeyBytes)
        return decodeText(bytes);
    Slot *set = &m_slots[hashKey(bytes) & m_setMask];
    for (int way = 0; way < 2; ++way) {
        if (set[way].holds(bytes)) {
            ++m_hits;
            return set[way].value;
        }
    }
    ++m_misses;
    // The ways are replaced in turn: the name that came in first goes first.
    Slot &slot = set[set[0].replaceNext];
    set[0].replaceNext ^= 1;
    slot.length = quint8(bytes.size());
    std::memcpy(slot.key, bytes.data(), size_t(bytes.size()));
    slot.value = decodeText(bytes);
    return slot.value;
}

} // namespace soopchat::soop
