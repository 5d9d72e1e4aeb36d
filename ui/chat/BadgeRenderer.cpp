#include "ui/chat/BadgeRenderer.h"

#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

#include "core/util/Logging.h"

namespace soopchat {

namespace {

// The icon's place among the table's role badges and then its event icons:
// a small number for the cache key, and unknown names never reach the file system.
int iconIndex(QLatin1StringView icon)
{
    int index = 0;
    for (const RoleBadge &badge : roleBadges()) {
        if (badge.key == icon)
            return index;
        ++index;
    }
    for (QLatin1StringView eventIcon : eventIcons()) {
        if (eventIcon == icon)
            return index;
        ++index;
    }
    return -1;
}

} // namespace

QPixmap BadgeRenderer::pixmap(QLatin1StringView icon, int logicalSize, qreal devicePixelRatio)
{
    const int index = iconIndex(icon);
    if (logicalSize <= 0 || index < 0)
        return {};
    const int dprKey = int(std::lround(devicePixelRatio * 100));
    const quint64 key = (quint64(index) << 48) | (quint64(quint16(logicalSize)) << 32) | quint32(dprKey);
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;

    // Render at the device resolution so the badge stays crisp on HiDPI.
    const int devicePixels = int(std::lround(logicalSize * devicePixelRatio));
    const QString path = badgeResourcePath(icon);
    QSvgRenderer renderer(path);
    QPixmap result;
    if (!renderer.isValid()) {
        qCWarning(lcUi) << "badge icon missing:" << path;
    } else {
        QImage image(devicePixels, devicePixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, devicePixels, devicePixels));
        painter.end();
        result = QPixmap::fromImage(std::move(image));
        result.setDevicePixelRatio(devicePixelRatio);
    }
    m_cache.insert(key, result);
    return result;
}

} // namespace soopchat
