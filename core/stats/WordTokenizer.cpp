#include "core/stats/WordTokenizer.h"

#include <algorithm>
#include <vector>

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

// Words that fill a sentence without saying what the chat is about: Korean
// adverbs, pronouns, demonstratives and set phrases that top every room's
// list ("너무", "이거", "돼요", "뭐예요"), and English function words.
// Shorter words are dropped as noise anyway.
constexpr QStringView FillerWords[] = {u"너무", u"완전", u"약간", u"많이", u"조금", u"그냥", u"근데", u"근데요",
    u"그래서", u"그리고", u"그러면", u"그럼", u"이제", u"지금", u"아니", u"아니야", u"아니요", u"아니다", u"네네",
    u"뭐야", u"뭐예요", u"뭐에요", u"뭐지", u"뭐임", u"뭔가", u"뭐가", u"뭐하", u"이거", u"저거", u"그거", u"이건",
    u"그건", u"저건", u"이게", u"그게", u"저게", u"여기", u"거기", u"저기", u"이렇게", u"그렇게", u"저렇게", u"어떻게",
    u"우리", u"나도", u"저도", u"제가", u"내가", u"나는", u"저는", u"돼요", u"되나", u"된다", u"되는", u"해요", u"했어",
    u"했는데", u"하는", u"하고", u"하면", u"해서", u"있어", u"있는", u"있어요", u"없어", u"없는", u"같은", u"같아",
    u"같아요", u"같은데", u"인데", u"이네", u"이다", u"입니다", u"합니다", u"the", u"and", u"you", u"this", u"that",
    u"what", u"for", u"are", u"was", u"its", u"it", u"is", u"to", u"of", u"in", u"on", u"me", u"my", u"so", u"do",
    u"be", u"we", u"just", u"with"};

bool isFiller(QStringView word)
{
    static const std::vector<QStringView> sorted = [] {
        std::vector<QStringView> words(std::begin(FillerWords), std::end(FillerWords));
        std::sort(words.begin(), words.end());
        return words;
    }();
    return std::binary_search(sorted.begin(), sorted.end(), word);
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
    return length < 2 || length > MaxWordLength || allDigits || repeatedNoise || (length <= 4 && isFiller(word));
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
