#include "core/soop/StringCache.h"

#include <bit>
#include <cstring>

#include "core/soop/PacketDecoder.h"
#include "core/util/Utf8.h"

namespace soopchat::soop {

StringCache::StringCache(int slotCount)
    : m_sets(new Set[std::bit_ceil(quint64(std::max(slotCount, 2))) / 2]),
      m_setMask(std::bit_ceil(quint64(std::max(slotCount, 2))) / 2 - 1)
{ }

StringCache::~StringCache() = default;

namespace {

// A quick multiply-and-mix hash for keys of at most MaxKeyBytes. A crafted
// collision only costs a cache miss: a hit is always confirmed on the text.
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
        // The last bytes, read whole rather than copied byte by byte (a
        // word assembled that way is read back with a stall). The length is
        // already in the hash, so overlapping reads that cover every byte
        // tell keys apart as well as a plain copy would.
        const char *const end = p + left;
        quint64 word;
        if (bytes.size() >= 8) {
            std::memcpy(&word, end - 8, 8);
        } else if (left >= 4) {
            quint32 first;
            quint32 last;
            std::memcpy(&first, p, 4);
            std::memcpy(&last, end - 4, 4);
            word = first | quint64(last) << 32;
        } else {
            word = quint64(quint8(p[0])) | quint64(quint8(p[left / 2])) << 8 | quint64(quint8(end[-1])) << 16;
        }
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

QString StringCache::get(QByteArrayView bytes)
{
    if (bytes.size() > MaxKeyBytes)
        return decodeText(bytes);
    const quint64 hash = hashKey(bytes);
    const quint64 tag = hash | 1;
    Way *ways = m_sets[hash & m_setMask].ways;
    for (int way = 0; way < 2; ++way) {
        if (ways[way].hash == tag && Utf8::equals(bytes, ways[way].value)) {
            ++m_hits;
            return ways[way].value;
        }
    }
    ++m_misses;
    // Only UTF-8 is kept, since that is what a hit is confirmed against; the
    // rare CP949 name is decoded each time.
    QString value;
    if (!Utf8::decode(bytes, value))
        return decodeText(bytes);
    ways[1] = std::move(ways[0]);
    ways[0] = {tag, value};
    return value;
}

} // namespace soopchat::soop
