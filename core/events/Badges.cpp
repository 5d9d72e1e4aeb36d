#include "core/events/Badges.h"

#include <QCoreApplication>
#include <QTranslator>

#include <array>

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

// Badge colours are the SVGs' own (tst_badges checks that they match).
// Nickname colours are the badge's hue, darkened for light backgrounds and
// lightened for dark ones so that they keep their contrast.
constexpr std::array<RoleBadge, 7> Table = {{
    {Role::Host, "host"_L1, 0xE5484D, 0xD1242A, 0xFF6B6E, QT_TRANSLATE_NOOP("soopchat::Badges", "Streamer")},
    {Role::Operator, "operator"_L1, 0x2F6FE4, 0x1F5FD6, 0x7FB0FF, QT_TRANSLATE_NOOP("soopchat::Badges", "Operator")},
    {Role::Manager, "manager"_L1, 0x23945A, 0x138048, 0x4FD18B, QT_TRANSLATE_NOOP("soopchat::Badges", "Manager")},
    {Role::TopFan, "top_fan"_L1, 0xE0306F, 0xC2185B, 0xFF6FA6, QT_TRANSLATE_NOOP("soopchat::Badges", "Top fan")},
    {Role::FanClub, "fan_club"_L1, 0x128C9B, 0x0A7A88, 0x4DD0DE, QT_TRANSLATE_NOOP("soopchat::Badges", "Fan club")},
    {Role::Subscriber, "subscriber"_L1, 0x7A5AF0, 0x6A45E0, 0xB39DFF,
        QT_TRANSLATE_NOOP("soopchat::Badges", "Subscriber")},
    {Role::Supporter, "supporter"_L1, 0xE08A00, 0xB06300, 0xFFB84D, QT_TRANSLATE_NOOP("soopchat::Badges", "Supporter")},
}};

constexpr std::array<QLatin1StringView, 8> EventIcons = {"balloon"_L1, "ad_balloon"_L1, "video_balloon"_L1,
    "vod_balloon"_L1, "subscription"_L1, "gift"_L1, "notice"_L1, "cheese"_L1};

} // namespace

std::span<const RoleBadge> roleBadges()
{
    return Table;
}

const RoleBadge &roleBadge(Role role)
{
    for (const RoleBadge &badge : Table) {
        if (badge.role == role)
            return badge;
    }
    return Table.front();
}

std::optional<Role> mainRole(Roles roles)
{
    for (const RoleBadge &badge : Table) {
        if (roles.testFlag(badge.role))
            return badge.role;
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    return QCoreApplication::translate("soopchat::Badges", roleBadge(role).label);
}

QString roleLabel(Role role, const QTranslator &translator)
{
    const char *label = roleBadge(role).label;
    const QString translated = translator.translate("soopchat::Badges", label);
    return translated.isEmpty() ? QString::fromUtf8(label) : translated;
}

QString roleTooltip(Role role, qint64 subscriptionMonths)
{
    if (role == Role::Subscriber && subscriptionMonths > 0)
        return QCoreApplication::translate(
            "soopchat::Badges", "Subscriber, %n month(s)", nullptr, int(subscriptionMonths));
    return roleLabel(role);
}

QString badgeResourcePath(QLatin1StringView icon)
{
    return ":/badges/"_L1 + icon + ".svg"_L1;
}

std::optional<QLatin1StringView> eventIcon(EventType type)
{
    switch (type) {
    case EventType::Balloon:
        return EventIcons[0];
    case EventType::AdBalloon:
    case EventType::StationAdBalloon:
        return EventIcons[1];
    case EventType::VideoBalloon:
        return EventIcons[2];
    case EventType::VodBalloon:
        return EventIcons[3];
    case EventType::Subscription:
    case EventType::SubscriptionRenewal:
        return EventIcons[4];
    case EventType::SubscriptionGift:
        return EventIcons[5];
    case EventType::Notice:
    case EventType::AdminNotice:
        return EventIcons[6];
    case EventType::Cheese:
    case EventType::VideoCheese:
    case EventType::MissionCheese:
        return EventIcons[7];
    default:
        return std::nullopt;
    }
}

std::span<const QLatin1StringView> eventIcons()
{
    return EventIcons;
}

} // namespace soopchat
