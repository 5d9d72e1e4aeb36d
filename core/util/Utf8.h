#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace soopchat::Utf8 {

// Strict UTF-8 to UTF-16: rejects overlong forms, surrogates, code points
// above U+10FFFF and cut sequences, returning false (with `out` unspecified)
// when the bytes are not UTF-8. Unlike QString::fromUtf8 it says whether the
// input was valid, so no second pass looking for U+FFFD is needed, and its
// three-byte path (every Hangul syllable) is tight.
bool decode(QByteArrayView bytes, QString &out);

// The same into memory of the caller's: units(bytes) is how many UTF-16
// units valid bytes decode to, and decode() fills exactly that many.
qsizetype units(QByteArrayView bytes);
bool decode(QByteArrayView bytes, char16_t *out, qsizetype count);

// Whether the bytes are UTF-8 that decode() would turn into exactly `text`,
// found without building a string.
bool equals(QByteArrayView bytes, QStringView text);

} // namespace soopchat::Utf8
