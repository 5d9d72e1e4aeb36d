#include "core/util/LinkFinder.h"

#include <algorithm>

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

// What an address may hold (RFC 3986's unreserved, reserved and '%'), plus non-ASCII letters
// of an internationalised path; Hangul syllables end it, since Korean text is written right
// after addresses without a space ("https://example.com에서").
bool isUrlCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
            return true;
        return QStringView(u"-._~:/?#[]@!$&'()*+,;=%").contains(c);
    }
    if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F))
        return false; // Hangul
    if (c.isSpace() || u == 0x2026 || u == 0xFFFC || c.isPunct() || c.isSymbol())
        return false;
    return c.isLetterOrNumber() || c.isMark();
}

bool startsWithAt(QStringView text, qsizetype at, QStringView what)
{
    return text.mid(at).startsWith(what, Qt::CaseInsensitive);
}

// Where an address starting at `at` ends, sentence punctuation left out.
qsizetype addressEnd(QStringView text, qsizetype at)
{
    qsizetype end = at;
    while (end < text.size() && isUrlCharacter(text[end]))
        ++end;
    // Trailing punctuation belongs to the sentence; a closing bracket only when unbalanced
    // (https://ko.wikipedia.org/wiki/X_(Y) keeps its ")").
    while (end > at) {
        const QChar last = text[end - 1];
        if (QStringView(u".,;:!?'*").contains(last)) {
            --end;
            continue;
        }
        if (last == u')' || last == u']') {
            const QChar open = last == u')' ? u'(' : u'[';
            const QStringView body = text.mid(at, end - at);
            if (body.count(open) < body.count(last)) {
                --end;
                continue;
            }
        }
        break;
    }
    return end;
}

bool boundaryBefore(QStringView text, qsizetype at)
{
    // "xhttps://" is not a link start; "(https://", " https://", "링크:https://" are.
    return at == 0 || !(text[at - 1].isLetterOrNumber() && text[at - 1].unicode() < 0x80);
}

} // namespace

bool LinkFinder::isOpenable(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == "https"_L1 || scheme == "http"_L1) && !url.host().isEmpty() &&
        url.userName().isEmpty();
}

QList<LinkFinder::Link> LinkFinder::find(QStringView text)
{
    QList<Link> links;
    if (!text.contains(u"://") && !text.contains(u"www.", Qt::CaseInsensitive))
        return links;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype prefix = 0;
        bool bare = false;
        if (startsWithAt(text, i, u"https://"))
            prefix = 8;
        else if (startsWithAt(text, i, u"http://"))
            prefix = 7;
        else if (startsWithAt(text, i, u"www.")) {
            prefix = 4;
            bare = true;
        }
        if (prefix == 0 || !boundaryBefore(text, i)) {
            ++i;
            continue;
        }
        const qsizetype end = addressEnd(text, i);
        const qsizetype length = end - i;
        if (length <= prefix || length > MaxLength) {
            i = std::max(end, i + prefix);
            continue;
        }
        const QString written = text.mid(i, length).toString();
        QUrl url(bare ? QString(u"https://"_s + written) : written, QUrl::TolerantMode);
        if (isOpenable(url) && url.host().contains(u'.'))
            links.append({i, length, url});
        i = end;
    }
    return links;
}

} // namespace soopchat
