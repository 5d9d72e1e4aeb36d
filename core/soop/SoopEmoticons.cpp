#include "core/soop/SoopEmoticons.h"

#include <algorithm>
#include <array>

namespace soopchat::soop {

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    const char16_t *name;
    int file; // small/<file>.png
};

// The first thirteen entries of the player's picker, on which both sources agree (SOOP-PROTOCOL.md).
constexpr std::array<Entry, 13> Table {{
    {u"샤방", 1},
    {u"윽", 2},
    {u"휘파람", 3},
    {u"짜증", 4},
    {u"헉", 5},
    {u"하이", 6},
    {u"개좋아", 7},
    {u"개도발", 8},
    {u"개털림", 9},
    {u"개감상", 10},
    {u"개화나", 11},
    {u"개이득", 12},
    {u"개번쩍", 13},
}};

constexpr qsizetype LongestName = 3;

} // namespace

QString SoopEmoticons::imageUrl(QStringView name)
{
    for (const Entry &entry : Table) {
        if (name == QStringView(entry.name))
            return QString::fromLatin1(ImageBase) + QString::number(entry.file) + u".png"_s;
    }
    return {};
}

QList<Emoticon> SoopEmoticons::find(QStringView text)
{
    QList<Emoticon> found;
    qsizetype open = text.indexOf(u'/');
    while (open >= 0) {
        const qsizetype close = text.indexOf(u'/', open + 1);
        if (close < 0)
            break;
        const QStringView name = text.mid(open + 1, close - open - 1);
        if (!name.isEmpty() && name.size() <= LongestName) {
            if (QString url = imageUrl(name); !url.isEmpty()) {
                const bool seen = std::any_of(
                    found.cbegin(), found.cend(), [&](const Emoticon &e) { return QStringView(e.name) == name; });
                if (!seen)
                    found.append({name.toString(), std::move(url)});
                open = text.indexOf(u'/', close + 1);
                continue;
            }
        }
        open = close; // "/ㅋ/샤방/": the closing slash may open the next token
    }
    std::sort(found.begin(), found.end(), [](const Emoticon &a, const Emoticon &b) { return a.name < b.name; });
    return found;
}

} // namespace soopchat::soop
