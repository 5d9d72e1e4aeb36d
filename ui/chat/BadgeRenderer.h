#pragma once

#include <QHash>
#include <QLatin1StringView>
#include <QPixmap>

#include "core/events/Badges.h"

namespace soopchat {

// The SVG icons of the badge table (core/events/Badges.h, resources/badges),
// rendered once per logical size and device pixel ratio and kept as pixmaps:
// painting a row then costs a blit, never an SVG parse.
class BadgeRenderer
{
public:
    // A pixmap of the icon `icon` (a role badge's key or one of eventIcons())
    // of `logicalSize` device-independent pixels for a screen of
    // `devicePixelRatio`; a null pixmap for an icon the table does not know.
    QPixmap pixmap(QLatin1StringView icon, int logicalSize, qreal devicePixelRatio);
    QPixmap pixmap(Role role, int logicalSize, qreal devicePixelRatio)
    {
        return pixmap(roleBadge(role).key, logicalSize, devicePixelRatio);
    }

    int cachedCount() const { return int(m_cache.size()); }
    void clear() { m_cache.clear(); }

private:
    QHash<quint64, QPixmap> m_cache;
};

} // namespace soopchat
