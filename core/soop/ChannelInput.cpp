#include "core/soop/ChannelInput.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace soopchat::soop {

using namespace Qt::StringLiterals;

namespace {

// The context lupdate files these strings under (the namespace's full name):
// with any other context the catalogue's translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("soopchat::soop::ChannelInput", text);
}

bool isServiceDomain(QStringView host)
{
    for (QLatin1StringView domain : {"sooplive.com"_L1, "sooplive.co.kr"_L1, "afreecatv.com"_L1}) {
        if (host == domain ||
            (host.endsWith(domain) && host.size() > domain.size() && host[host.size() - domain.size() - 1] == u'.'))
            return true;
    }
    return false;
}

QString subdomain(QStringView host)
{
    const qsizetype dot = host.indexOf(u'.');
    return dot < 0 ? QString() : host.first(dot).toString();
}

std::optional<qint64> positiveNumber(QStringView text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

} // namespace

QString ChannelTarget::displayName() const
{
    if (!streamerId.isEmpty())
        return streamerId;
    return u"VOD %1"_s.arg(vodNo);
}

bool ChannelInput::isStreamerId(QStringView text)
{
    if (text.size() < 2 || text.size() > 32)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

ChannelInput::Result ChannelInput::parse(QStringView input)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return {std::nullopt, tr("Enter a streamer id or a SOOP address.")};
    if (isStreamerId(text))
        return {ChannelTarget {text.toLower()}, {}};

    const bool looksLikeAddress = text.contains(u'/') || text.contains(u'.');
    const bool hasHangul = std::any_of(text.begin(), text.end(), [](QChar c) {
        return (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) || (c.unicode() >= 0x3131 && c.unicode() <= 0x318E);
    });
    if (!looksLikeAddress && hasHangul) {
        // A streamer's nickname, typed as their fans know them: say what works instead.
        return {std::nullopt,
            tr("“%1” looks like a nickname. Enter the streamer's id instead, the part after "
               "sooplive.co.kr/ in their channel address (e.g. gosegu2), or paste that address.")
                .arg(text)};
    }
    if (!looksLikeAddress) {
        return {
            std::nullopt, tr("“%1” is not a streamer id: ids have only letters, digits and underscores.").arg(text)};
    }
    QUrl url = QUrl::fromUserInput(text);
    const QString host = url.host().toLower();
    if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) || !isServiceDomain(host)) {
        return {std::nullopt,
            tr("“%1” is not a SOOP address. Enter a streamer id, or an address on sooplive.com, "
               "sooplive.co.kr or afreecatv.com.")
                .arg(text)};
    }

    const QStringList path = url.path().split(u'/', Qt::SkipEmptyParts);
    const QString service = subdomain(host);
    if (service == "vod"_L1) {
        // vod.sooplive.co.kr/player/<no>[/catch], vod.afreecatv.com/PLAYER/STATION/<no>
        for (qsizetype i = 0; i < path.size(); ++i) {
            if (const std::optional<qint64> no = positiveNumber(path[i]); no && i > 0)
                return {ChannelTarget {{}, 0, *no}, {}};
        }
        return {std::nullopt, tr("This VOD address has no VOD number in it.")};
    }
    if (service == "play"_L1 || service == "play-origin"_L1 || service == "ch"_L1 || service == "bj"_L1 ||
        service == "m"_L1 || service == "www"_L1) {
        qsizetype at = 0;
        if (service == "www"_L1 || service == "m"_L1) {
            // www.sooplive.co.kr/station/<id>
            if (path.size() >= 2 && (path[0] == "station"_L1 || path[0] == "live"_L1))
                at = 1;
        }
        if (path.size() > at && isStreamerId(path[at])) {
            ChannelTarget target {path[at].toLower()};
            if (service.startsWith("play"_L1) && path.size() > at + 1)
                target.broadcastNo = positiveNumber(path[at + 1]).value_or(0);
            return {target, {}};
        }
        return {std::nullopt, tr("This address has no streamer id in it.")};
    }
    return {std::nullopt, tr("“%1” is not a channel address: use a play., ch. or vod. address.").arg(host)};
}

} // namespace soopchat::soop
