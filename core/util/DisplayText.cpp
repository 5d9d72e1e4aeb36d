#include "core/util/DisplayText.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace soopchat {

namespace {

constexpr char16_t ZeroWidthJoiner = 0x200D;
constexpr char16_t FirstStrongIsolate = 0x2068;
constexpr char16_t PopDirectionalIsolate = 0x2069;
// Past the cut, read this many more characters so that the grapheme finder sees what follows
// (an emoji after a joiner, the second half of a flag).
constexpr qsizetype Lookahead = 8;

enum class Kind : quint8 { Plain, Control, BidiControl, Mark };

// Below U+0300 nothing is a combining mark; Hangul syllables neither: most chat is
// classified without a table look-up.
inline bool isPlainFast(char16_t c)
{
    return (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0x300) || (c >= 0xAC00 && c <= 0xD7A3);
}

Kind kindOf(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029)
        return Kind::Control;
    if (DisplayText::isBidiControl(c))
        return Kind::BidiControl;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return Kind::Mark;
    case QChar::Other_Control:
        return Kind::Control;
    default:
        return Kind::Plain;
    }
}

// The code point at `i` and how many UTF-16 units it takes; a lone surrogate is itself.
inline char32_t codePointAt(const QChar *data, qsizetype size, qsizetype i, qsizetype &units)
{
    const char16_t c = data[i].unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(data[i + 1].unicode())) {
        units = 2;
        return QChar::surrogateToUcs4(c, data[i + 1].unicode());
    }
    units = 1;
    return c;
}

// What shown() would do to `text`: whether anything changes and how many characters it has.
struct Scan
{
    bool changes = false;
    qsizetype characters = 0;
};

Scan scan(const QString &text, qsizetype maxCharacters, bool countAll)
{
    Scan result;
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    int marks = 0;
    for (qsizetype i = 0; i < size;) {
        const char16_t c = data[i].unicode();
        if (isPlainFast(c)) {
            marks = 0;
            ++result.characters;
            ++i;
        } else {
            qsizetype units = 1;
            const char32_t cp = codePointAt(data, size, i, units);
            i += units;
            switch (kindOf(cp)) {
            case Kind::Control:
                result.changes = true;
                marks = 0;
                ++result.characters;
                break;
            case Kind::BidiControl:
                result.changes = true;
                break;
            case Kind::Mark:
                if (++marks > DisplayText::MarksPerCharacter)
                    result.changes = true;
                break;
            case Kind::Plain:
                // A format character (a joiner, a zero-width space) neither ends a stack of
                // marks nor is free: interleaving them must not let marks pile up.
                if (QChar::category(cp) != QChar::Other_Format)
                    marks = 0;
                ++result.characters;
                break;
            }
        }
        if (result.characters > maxCharacters)
            result.changes = true;
        if (result.changes && !countAll)
            return result;
    }
    return result;
}

} // namespace

QString DisplayText::shown(const QString &text, qsizetype maxCharacters)
{
    if (!scan(text, maxCharacters, false).changes)
        return text;

    maxCharacters = std::max<qsizetype>(1, maxCharacters);
    QString out;
    out.reserve(std::min(text.size(), (maxCharacters + Lookahead) * 2) + 1);
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    qsizetype characters = 0;
    qsizetype cut = -1; // where the character past the limit starts in `out`
    int marks = 0;
    for (qsizetype i = 0; i < size;) {
        qsizetype units = 1;
        const char32_t cp = codePointAt(data, size, i, units);
        const QChar *at = data + i;
        i += units;
        const bool fast = isPlainFast(at->unicode());
        const Kind kind = fast ? Kind::Plain : kindOf(cp);
        if (kind == Kind::BidiControl)
            continue;
        if (kind == Kind::Mark) {
            if (++marks <= MarksPerCharacter)
                out.append(at, units);
            continue;
        }
        if (fast || kind == Kind::Control || QChar::category(cp) != QChar::Other_Format)
            marks = 0;
        if (++characters > maxCharacters) {
            if (cut < 0)
                cut = out.size();
            if (characters > maxCharacters + Lookahead)
                break;
        }
        if (kind == Kind::Control)
            out.append(u' ');
        else
            out.append(at, units);
    }
    if (cut < 0)
        return out;

    // Cut where a character the reader sees ends: not inside an emoji sequence or a flag.
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, out);
    graphemes.setPosition(cut);
    if (!graphemes.isAtBoundary()) {
        // One giant cluster (a long chain of joined emoji) keeps the cut at a code point.
        if (const qsizetype previous = graphemes.toPreviousBoundary(); previous > 0)
            cut = previous;
    }
    out.truncate(cut);
    while (!out.isEmpty() && out.back() == QChar(ZeroWidthJoiner))
        out.chop(1);
    out.append(u'…');
    return out;
}

bool DisplayText::isShortened(const QString &text, Field field)
{
    const qsizetype max = limit(field);
    if (text.size() <= max)
        return false; // a character is at least one UTF-16 unit
    return scan(text, max, true).characters > max;
}

QString DisplayText::isolated(const QString &text)
{
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const char16_t c = data[i].unicode();
        if (c < 0x0590 || (c >= 0xAC00 && c <= 0xD7A3)) { // nothing right-to-left below Hebrew
            ++i;
            continue;
        }
        qsizetype units = 1;
        const char32_t cp = codePointAt(data, size, i, units);
        i += units;
        switch (QChar::direction(cp)) {
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirAN:
        case QChar::DirLRE:
        case QChar::DirLRO:
        case QChar::DirRLE:
        case QChar::DirRLO:
        case QChar::DirPDF:
        case QChar::DirLRI:
        case QChar::DirRLI:
        case QChar::DirFSI:
        case QChar::DirPDI:
            return QChar(FirstStrongIsolate) + text + QChar(PopDirectionalIsolate);
        default:
            break;
        }
    }
    return text;
}

QString DisplayText::oneLine(const QString &text)
{
    const auto isBreak = [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() < 0xA0) || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator;
    };
    if (std::none_of(text.cbegin(), text.cend(), isBreak))
        return text;
    QString result = text;
    for (QChar &c : result) {
        if (isBreak(c))
            c = u' ';
    }
    return result;
}

} // namespace soopchat
