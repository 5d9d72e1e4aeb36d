#include "core/util/Utf8.h"

#include <cstring>

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

} // namespace

bool decode(QByteArrayView bytes, QString &out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    out = QString(utf16Length(p, end), Qt::Uninitialized);
    auto *d = reinterpret_cast<char16_t *>(out.data());
    const auto *dEnd = d + out.size();

    while (p < end) {
        const unsigned c = *p;
        if (c < 0x80) {
            if (d == dEnd)
                return false;
            *d++ = char16_t(c);
            ++p;
        } else if (c >= 0xE0 && c < 0xF0) {
            // Three bytes: Hangul and most CJK, the common case in SOOP chat.
            if (end - p < 3 || !isContinuation(p[1]) || !isContinuation(p[2]) || d == dEnd)
                return false;
            if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0))
                return false; // overlong, or a UTF-16 surrogate
            *d++ = char16_t(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
            p += 3;
        } else if (c >= 0xC2 && c < 0xE0) {
            if (end - p < 2 || !isContinuation(p[1]) || d == dEnd)
                return false;
            *d++ = char16_t(((c & 0x1F) << 6) | (p[1] & 0x3F));
            p += 2;
        } else if (c >= 0xF0 && c < 0xF5) {
            if (end - p < 4 || !isContinuation(p[1]) || !isContinuation(p[2]) || !isContinuation(p[3]) || dEnd - d < 2)
                return false;
            if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90))
                return false; // overlong, or above U+10FFFF
            const char32_t codePoint =
                ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
            const char32_t offset = codePoint - 0x10000;
            *d++ = char16_t(0xD800 + (offset >> 10));
            *d++ = char16_t(0xDC00 + (offset & 0x3FF));
            p += 4;
        } else {
            return false; // a stray continuation byte, an overlong lead, or 0xF5..0xFF
        }
    }
    return d == dEnd;
}

} // namespace soopchat::Utf8
