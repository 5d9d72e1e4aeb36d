#include "core/chzzk/ChzzkInput.h"

#include <QCoreApplication>
#include <QUrl>

namespace soopchat::chzzk {

using namespace Qt::StringLiterals;

namespace {

// The context lupdate files these strings under (the namespace's full name).
QString tr(const char *text)
{
    return QCoreApplication::translate("soopchat::chzzk::ChzzkInput", text);
}

bool isChzzkHost(QStringView host)
{
    constexpr QLatin1StringView Domain = "chzzk.naver.com"_L1;
    return host == Domain ||
        (host.endsWith(Domain) && host.size() > Domain.size() && host[host.size() - Domain.size() - 1] == u'.');
}

} // namespace

bool ChzzkInput::isChannelId(QStringView text)
{
    if (text.size() != 32)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

QString ChzzkInput::keyOf(const QString &channelId)
{
    return u"chzzk.naver.com/live/"_s + channelId;
}

ChzzkInput::Result ChzzkInput::parse(QStringView input)
{
    const QString text = input.trimmed().toString();
    if (isChannelId(text))
        return {text.toLower(), {}};
    // Only what names CHZZK's host is CHZZK's: everything else (a SOOP id or
    // address, a typo) is left to the other platforms, without an error.
    if (!text.contains(u"chzzk.naver.com"_s, Qt::CaseInsensitive))
        return {};
    const QUrl url = QUrl::fromUserInput(text);
    const QString host = url.host().toLower();
    if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) || !isChzzkHost(host))
        return {};

    const QStringList path = url.path().split(u'/', Qt::SkipEmptyParts);
    if (path.isEmpty())
        return {std::nullopt, tr("This CHZZK address has no channel id in it.")};
    qsizetype at = 0;
    if (path[0] == "live"_L1) {
        at = 1;
    } else if (path[0] == "video"_L1 || path[0] == "clips"_L1 || path[0] == "embed"_L1) {
        return {std::nullopt,
            tr("CHZZK videos and clips cannot be opened: use the channel's address "
               "(chzzk.naver.com/live/ and the channel id).")};
    }
    if (path.size() <= at)
        return {std::nullopt, tr("This CHZZK address has no channel id in it.")};
    if (!isChannelId(path[at])) {
        return {std::nullopt,
            tr("“%1” is not a CHZZK channel id: a channel id has 32 characters, the digits 0-9 and the letters a-f.")
                .arg(path[at])};
    }
    return {path[at].toLower(), {}};
}

} // namespace soopchat::chzzk
