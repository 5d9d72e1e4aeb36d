#pragma once

#include <QHash>
#include <QPixmap>
#include <QString>

#include "core/events/ChatEvent.h"

namespace soopchat {

// The SVG icons of the chat list (resources/badges/), rendered once per
// logical size and device pixel ratio and kept as pixmaps: painting a row
// then costs a blit, never an SVG parse.
class BadgeRenderer
{
public:
    enum class Icon : quint8 {
        Operator,
        Host,
        Manager,
        TopFan,
        FanClub,
        Subscriber,
        Supporter,
        Balloon,
        AdBalloon,
        VideoBalloon,
        VodBalloon,
        Subscription,
        Gift,
        Notice,
    };

    static Icon iconFor(Role role);
    // The icon of a donation or notice row; nullopt when the row has none.
    static std::optional<Icon> iconFor(EventType type);
    static QString resourcePath(Icon icon);

    // A pixmap of `logicalSize` device-independent pixels for a screen of
    // `devicePixelRatio`; a null pixmap if the resource is missing.
    QPixmap pixmap(Icon icon, int logicalSize, qreal devicePixelRatio);

    int cachedCount() const { return int(m_cache.size()); }
    void clear() { m_cache.clear(); }

private:
    QHash<quint64, QPixmap> m_cache;
};

} // namespace soopchat
