#include "core/stats/WordTokenizer.h"

#include <algorithm>

namespace soopchat {

namespace {

bool isLaughOrCryJamo(char32_t c)
{
    return c == U'ㅋ' || c == U'ㅎ' || c == U'ㅠ' || c == U'ㅜ';
}

bool isWordCharacter(char32_t c)
{
    if (c < 0x80) // fast path: most chat is ASCII or Hangul
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    if (c >= 0xAC00 && c <= 0xD7A3) // precomposed Hangul syllables
        return true;
    if (isLaughOrCryJamo(c))
        return false;
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

void appendLower(QString &word, char32_t c)
{
    if (c < 0x80) {
        word.append(QChar(char16_t(c >= u'A' && c <= u'Z' ? c + 32 : c)));
        return;
    }
    const char32_t lower = QChar::toLower(c);
    if (QChar::requiresSurrogates(lower)) {
        word.append(QChar(QChar::highSurrogate(lower)));
        word.append(QChar(QChar::lowSurrogate(lower)));
    } else {
        word.append(QChar(char16_t(lower)));
    }
}

// The code point at i; steps i over a surrogate pair's second half.
char32_t codePointAt(QStringView text, qsizetype &i)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        ++i;
        return QChar::surrogateToUcs4(c, text[i]);
    }
    return c.unicode();
}

} // namespace

bool WordTokenizer::isNoise(QStringView word)
{
    // Counted in code points so that a supplementary-plane letter is one.
    qsizetype length = 0;
    bool allDigits = true;
    bool oneRepeated = true;
    char32_t first = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char32_t c = codePointAt(word, i);
        if (length == 0)
            first = c;
        else if (c != first)
            oneRepeated = false;
        if (!QChar::isDigit(c))
            allDigits = false;
        ++length;
    }
    // "gg" is a word, "zzz", "ㄷㄷ" and "ㅇㅇ" are reactions.
    const bool isJamo = first >= 0x3131 && first <= 0x318E;
    const bool repeatedNoise = oneRepeated && (length >= 3 || isJamo);
    return length < 2 || length > MaxWordLength || allDigits || repeatedNoise;
}

void WordTokenizer::split(QStringView text, Words &out)
{
    out.clear();
    QString word;
    const auto flush = [&out, &word] {
        if (word.isEmpty())
            return;
        if (!isNoise(word) && std::find(out.cbegin(), out.cend(), word) == out.cend())
            out.append(word);
        word.clear();
    };

    for (qsizetype i = 0; i < text.size() && out.size() < MaxWordsPerMessage; ++i) {
        const char32_t c = codePointAt(text, i);
        if (isWordCharacter(c)) {
            if (word.size() <= MaxWordLength + 1) // longer is noise anyway; stop growing
                appendLower(word, c);
        } else {
            flush();
        }
    }
    if (out.size() < MaxWordsPerMessage)
        flush();
}

} // namespace soopchat
