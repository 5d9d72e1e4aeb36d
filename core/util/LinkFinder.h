#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace soopchat {

// Web addresses in chat text, for a view to draw as links. Only http:// and https:// addresses
// (and "www." ones, taken as https) are links; javascript:, file:, data: and every other scheme
// never are. An address ends at a space or at a character no address holds unescaped (Hangul
// right after it, quotes, angle brackets); closing punctuation at its end (".", ",", "!", "?",
// ")" without its "(" ...) belongs to the sentence, not to the address.
class LinkFinder
{
public:
    struct Link
    {
        qsizetype start = 0; // in the text, UTF-16 units
        qsizetype length = 0;
        QUrl url;
        friend bool operator==(const Link &, const Link &) = default;
    };

    // Longer addresses are not links (nobody types one; a spam line can).
    static constexpr qsizetype MaxLength = 2000;

    // Cheap enough for every chat line: text without "://" or "www." costs one scan.
    static QList<Link> find(QStringView text);

    // Whether `url` is one a click may open: http or https with a host.
    static bool isOpenable(const QUrl &url);
};

} // namespace soopchat
