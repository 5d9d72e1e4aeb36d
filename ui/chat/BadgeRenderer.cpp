#include "ui/chat/BadgeRenderer.h"

#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

BadgeRenderer::Icon BadgeRenderer::iconFor(Role role)
{
    switch (role) {
    case Role::Operator:
        return Icon::Operator;
    case Role::Host:
        return Icon::Host;
    case Role::Manager:
        return Icon::Manager;
    case Role::TopFan:
        return Icon::TopFan;
    case Role::FanClub:
        return Icon::FanClub;
    case Role::Subscriber:
        return Icon::Subscriber;
    case Role::Supporter:
        return Icon::Supporter;
    }
    return Icon::Operator;
}

std::optional<BadgeRenderer::Icon> BadgeRenderer::iconFor(EventType type)
{
    switch (type) {
    case EventType::Balloon:
        return Icon::Balloon;
    case EventType::AdBalloon:
    case EventType::StationAdBalloon:
        return Icon::AdBalloon;
    case EventType::VideoBalloon:
        return Icon::VideoBalloon;
    case EventType::VodBalloon:
        return Icon::VodBalloon;
    case EventType::Subscription:
    case EventType::SubscriptionRenewal:
        return Icon::Subscription;
    case EventType::SubscriptionGift:
        return Icon::Gift;
    case EventType::Notice:
    case EventType::AdminNotice:
        return Icon::Notice;
    default:
        return std::nullopt;
    }
}

QString BadgeRenderer::resourcePath(Icon icon)
{
    switch (icon) {
    case Icon::Operator:
        return u":/badges/operator.svg"_s;
    case Icon::Host:
        return u":/badges/host.svg"_s;
    case Icon::Manager:
        return u":/badges/manager.svg"_s;
    case Icon::TopFan:
        return u":/badges/top_fan.svg"_s;
    case Icon::FanClub:
        return u":/badges/fan_club.svg"_s;
    case Icon::Subscriber:
        return u":/badges/subscriber.svg"_s;
    case Icon::Supporter:
        return u":/badges/supporter.svg"_s;
    case Icon::Balloon:
        return u":/badges/balloon.svg"_s;
    case Icon::AdBalloon:
        return u":/badges/ad_balloon.svg"_s;
    case Icon::VideoBalloon:
        return u":/badges/video_balloon.svg"_s;
    case Icon::VodBalloon:
        return u":/badges/vod_balloon.svg"_s;
    case Icon::Subscription:
        return u":/badges/subscription.svg"_s;
    case Icon::Gift:
        return u":/badges/gift.svg"_s;
    case Icon::Notice:
        return u":/badges/notice.svg"_s;
    }
    return {};
}

QPixmap BadgeRenderer::pixmap(Icon icon, int logicalSize, qreal devicePixelRatio)
{
    if (logicalSize <= 0)
        return {};
    const int dprKey = int(std::lround(devicePixelRatio * 100));
    const quint64 key = (quint64(icon) << 48) | (quint64(quint16(logicalSize)) << 32) | quint32(dprKey);
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;

    // Render at the device resolution so the badge stays crisp on HiDPI.
    const int devicePixels = int(std::lround(logicalSize * devicePixelRatio));
    QSvgRenderer renderer(resourcePath(icon));
    QPixmap result;
    if (!renderer.isValid()) {
        qCWarning(lcUi) << "badge icon missing:" << resourcePath(icon);
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
