#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

namespace soopchat {

// The overlay page's files, compiled in from resources/overlay, and the icons
// of the badge table (:/badges, the same SVGs the app draws), with the
// content types and security headers they are served with.
class OverlayAssets
{
public:
    struct File
    {
        QByteArray contentType;
        QByteArray bytes;
        QByteArray version; // of a badge: a hash of its bytes, for cacheable URLs
    };

    // /overlay/CHANNEL: the page itself.
    const File &page() const;
    // /alerts/CHANNEL: the alert box.
    const File &alertPage() const;
    // /overlay/static/NAME, or null when NAME is not one of the page's files.
    const File *staticFile(QStringView name) const;
    // /overlay/badges/ICON.svg, or null when ICON is not a role badge's key or
    // one of eventIcons() of core/events/Badges.h.
    const File *badge(QStringView fileName) const;
    // Where a page loads an icon: "/overlay/badges/top_fan.svg?v=HASH". The
    // version changes with the file, so the URL may be cached for good.
    QString badgeUrl(QLatin1StringView icon) const;

    // No inline or foreign script, nothing fetched from elsewhere, and the
    // websocket only back to the server the page came from (`host` is the
    // request's Host header, used only when it looks like host[:port]).
    static QByteArray contentSecurityPolicy(QByteArrayView host);

private:
    const File *load(const QString &name) const;

    mutable QHash<QString, File> m_cache;
    mutable QHash<QString, File> m_badges; // by file name
};

} // namespace soopchat
