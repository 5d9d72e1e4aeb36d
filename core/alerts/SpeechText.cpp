#include "core/alerts/SpeechText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <limits>

#include "core/util/DisplayText.h"
#include "core/util/LinkFinder.h"

namespace soopchat {

namespace {

// The code point at `i` and how many UTF-16 units it takes; a lone surrogate is itself.
char32_t codePointAt(const QString &text, qsizetype i, qsizetype &units)
{
    const char16_t c = text.at(i).unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
        units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1).unicode());
    }
    units = 1;
    return c;
}

bool isHangul(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) ||
        (c >= 0xA960 && c <= 0xA97F) || (c >= 0xD7B0 && c <= 0xD7FF);
}

bool isWordCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

enum class Fate : quint8 { Keep, Space, Drop };

Fate fateOf(char32_t c)
{
    if (c < 0x80)
        return c < 0x20 || c == 0x7F ? Fate::Space : (c == u'^' || c == u'`' ? Fate::Drop : Fate::Keep);
    if (c >= 0xAC00 && c <= 0xD7A3)
        return Fate::Keep;
    if (isVariationSelector(c))
        return Fate::Drop;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Separator_Space:
        return Fate::Space;
    case QChar::Other_Format: // joiners, zero-width spaces, tags, bidi controls, soft hyphens
    case QChar::Other_Surrogate: // a lone half of a pair
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Symbol_Other: // emoji, pictographs, ♥, ★, regional indicators
    case QChar::Symbol_Modifier: // skin tones, ^, `
    case QChar::Mark_Enclosing: // the keycap around 1️⃣
        return Fate::Drop;
    default:
        return Fate::Keep;
    }
}

QString collapseSpaces(const QString &text)
{
    return text.simplified();
}

} // namespace

SpeechText::Words SpeechText::wordsFor(const QString &locale)
{
    if (QLocale(locale).language() == QLocale::Korean)
        return {QStringLiteral("링크"), QStringLiteral("삐")};
    return {QStringLiteral("link"), QStringLiteral("beep")};
}

QString SpeechText::prepare(const QString &text, const AlertSpeech &speech)
{
    return prepare(text, speech.maxCharacters, speech.blockedWords, wordsFor(speech.locale));
}

QString SpeechText::prepare(const QString &text, int maxCharacters, const QStringList &blockedWords, const Words &words)
{
    // The display form first, with no limit of its own: ours comes last.
    QString out = DisplayText::shown(text, std::numeric_limits<qsizetype>::max() / 4);
    out = replaceLinks(out, words.link);
    out = stripUnspoken(out);
    out = mask(out, blockedWords, words.mask);
    out = collapseSpaces(out);
    return limit(out, maxCharacters);
}

QString SpeechText::replaceLinks(const QString &text, const QString &word)
{
    const QList<LinkFinder::Link> links = LinkFinder::find(text);
    if (links.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const LinkFinder::Link &link : links) {
        out.append(QStringView(text).mid(at, link.start - at));
        out.append(u' ').append(word).append(u' ');
        at = link.start + link.length;
    }
    out.append(QStringView(text).mid(at));
    return collapseSpaces(out);
}

QString SpeechText::stripUnspoken(const QString &text)
{
    QString out;
    out.reserve(text.size());
    char32_t previous = 0; // the last character kept
    char32_t runOf = 0;
    int run = 0;
    bool dropped = false; // something was dropped since `previous`
    for (qsizetype i = 0; i < text.size();) {
        qsizetype units = 1;
        const char32_t c = codePointAt(text, i, units);
        const QStringView unit = QStringView(text).mid(i, units);
        i += units;
        switch (fateOf(c)) {
        case Fate::Drop:
            dropped = true;
            continue;
        case Fate::Space:
            out.append(u' ');
            previous = u' ';
            runOf = 0;
            run = 0;
            dropped = false;
            continue;
        case Fate::Keep:
            break;
        }
        // Digits are exempt: "1000000" is a number, not a laugh.
        if (c == runOf && !QChar::isDigit(c)) {
            if (++run > RepeatLimit)
                continue;
        } else {
            runOf = c;
            run = 1;
        }
        // An emoji between two words keeps them apart ("great👍thanks"), except
        // next to Hangul, which reads the same glued ("감사👍합니다", "1️⃣등"), and
        // a blocked word hidden by one, "바🍎보", is still found.
        if (dropped && isWordCharacter(previous) && isWordCharacter(c) && !isHangul(previous) && !isHangul(c))
            out.append(u' ');
        dropped = false;
        out.append(unit);
        previous = c;
    }
    return out;
}

QString SpeechText::mask(const QString &text, const QStringList &blockedWords, const QString &word)
{
    QStringList words;
    for (const QString &blocked : blockedWords) {
        const QString simplified = blocked.simplified();
        if (!simplified.isEmpty())
            words.append(QRegularExpression::escape(simplified));
    }
    if (words.isEmpty() || text.isEmpty())
        return text;
    // The longest first, so "바보야" is one mask, not "삐야".
    std::stable_sort(
        words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QRegularExpression blocked(
        words.join(u'|'), QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    qsizetype at = 0;
    auto matches = blocked.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.capturedLength() == 0)
            continue;
        out.append(QStringView(text).mid(at, match.capturedStart() - at));
        // Apart from a word it was glued to, so it is said as a word ("dumb beep").
        const qsizetype end = match.capturedEnd();
        if (!out.isEmpty() && out.back().isLetterOrNumber())
            out.append(u' ');
        out.append(word);
        if (end < text.size() && text.at(end).isLetterOrNumber())
            out.append(u' ');
        at = end;
    }
    out.append(QStringView(text).mid(at));
    return out;
}

QString SpeechText::limit(const QString &text, int maxCharacters)
{
    if (maxCharacters <= 0 || maxCharacters > HardLimit)
        maxCharacters = HardLimit;
    if (text.size() <= maxCharacters)
        return text; // a character is at least one UTF-16 unit
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype cut = 0;
    for (int count = 0; count < maxCharacters; ++count) {
        cut = graphemes.toNextBoundary();
        if (cut < 0)
            return text;
    }
    if (cut >= text.size())
        return text;
    QString out = text.left(cut);
    while (!out.isEmpty() && out.back().isSpace())
        out.chop(1);
    out.append(u'…');
    return out;
}

} // namespace soopchat
