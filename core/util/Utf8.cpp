#include "core/util/Utf8.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace soopchat::Utf8 {

namespace {

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// How many bytes of a word have their high bit set, given only high bits:
// the multiply gathers them in the top byte. (std::popcount is a library
// call on baseline x86-64, which has no POPCNT instruction.)
qsizetype highBitCount(quint64 highBits)
{
    return qsizetype(((highBits >> 7) * 0x0101010101010101ull) >> 56);
}

// UTF-16 units the bytes decode to if they are valid: one per byte that is
// not a continuation (10xxxxxx), one more per four-byte lead (11110xxx).
// Exact sizing avoids a reallocation and keeps Korean text at a third of the
// memory a bytes-sized buffer would take.
qsizetype utf16Length(const unsigned char *p, const unsigned char *end)
{
    constexpr quint64 High = 0x8080808080808080ull;
    qsizetype units = end - p;
    for (; end - p >= 8; p += 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        const quint64 continuation = w & ~(w << 1) & High;
        const quint64 fourByteLead = w & (w << 1) & (w << 2) & (w << 3) & High;
        units += highBitCount(fourByteLead) - highBitCount(continuation);
    }
    for (; p < end; ++p)
        units += (*p >= 0xF0) - isContinuation(*p);
    return units;
}

// Walks strict UTF-8 and hands each UTF-16 unit to `out.put()`, which says
// whether to go on. One walker for decoding and for comparing, so that the
// two can never disagree on what is valid.
template<typename Units>
bool walk(QByteArrayView bytes, Units &out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned c = *p;
        if (c < 0x80) {
            if (!out.put(char16_t(c)))
                return false;
            ++p;
        } else if (c >= 0xE0 && c < 0xF0) {
            // Three bytes: Hangul and most CJK, the common case in SOOP chat.
            if (end - p < 3 || !isContinuation(p[1]) || !isContinuation(p[2]))
                return false;
            if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0))
                return false; // overlong, or a UTF-16 surrogate
            if (!out.put(char16_t(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F))))
                return false;
            p += 3;
        } else if (c >= 0xC2 && c < 0xE0) {
            if (end - p < 2 || !isContinuation(p[1]) || !out.put(char16_t(((c & 0x1F) << 6) | (p[1] & 0x3F))))
                return false;
            p += 2;
        } else if (c >= 0xF0 && c < 0xF5) {
            if (end - p < 4 || !isContinuation(p[1]) || !isContinuation(p[2]) || !isContinuation(p[3]))
                return false;
            if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90))
                return false; // overlong, or above U+10FFFF
            const char32_t codePoint =
                ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
            const char32_t offset = codePoint - 0x10000;
            if (!out.put(char16_t(0xD800 + (offset >> 10))) || !out.put(char16_t(0xDC00 + (offset & 0x3FF))))
                return false;
            p += 4;
        } else {
            return false; // a stray continuation byte, an overlong lead, or 0xF5..0xFF
        }
    }
    return out.atEnd();
}

// A range of UTF-16 units that the walker fills in...
struct Writer
{
    char16_t *d;
    char16_t *const end;

    bool put(char16_t unit)
    {
        if (d == end)
            return false;
        *d++ = unit;
        return true;
    }
    bool atEnd() const { return d == end; }
};

// ... or checks, unit by unit.
struct Matcher
{
    const char16_t *s;
    const char16_t *const end;

    bool put(char16_t unit)
    {
        if (s == end || *s != unit)
            return false;
        ++s;
        return true;
    }
    bool atEnd() const { return s == end; }
};

} // namespace

qsizetype units(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    return utf16Length(p, p + bytes.size());
}

bool decode(QByteArrayView bytes, char16_t *out, qsizetype count)
{
    Writer writer {out, out + count};
    return walk(bytes, writer);
}

bool decode(QByteArrayView bytes, QString &out)
{
    out = QString(units(bytes), Qt::Uninitialized);
    return decode(bytes, reinterpret_cast<char16_t *>(out.data()), out.size());
}

bool equals(QByteArrayView bytes, QStringView text)
{
    // Never more UTF-16 units than bytes.
    if (text.size() > bytes.size())
        return false;
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const sEnd = s + text.size();
#if defined(__SSE2__)
    // Ids are ASCII: eight bytes at a time, widened and compared in one go,
    // until the first byte that is not.
    const __m128i zero = _mm_setzero_si128();
    for (; end - p >= 8 && sEnd - s >= 8; p += 8, s += 8) {
        const __m128i chunk = _mm_loadl_epi64(reinterpret_cast<const __m128i *>(p));
        if (_mm_movemask_epi8(chunk) != 0)
            break;
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_unpacklo_epi8(chunk, zero), units)) != 0xFFFF)
            return false;
    }
#endif
    Matcher matcher {s, sEnd};
    return walk(QByteArrayView(p, end - p), matcher);
}

} // namespace soopchat::Utf8
