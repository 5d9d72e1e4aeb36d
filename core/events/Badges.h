#pragma once

#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <span>

#include "core/events/EventType.h"
#include "core/events/Roles.h"

class QTranslator;

namespace soopchat {

// The one badge table. The chat list, the user card, the overlay window and
// the browser-source overlay all take a role's icon, colours, order and
// tooltip from here, and the icons are the same SVG files everywhere
// (resources/badges, compiled in as :/badges/<icon>.svg and served to the
// overlay page), so no two views can disagree about what a badge means.
struct RoleBadge
{
    Role role;
    QLatin1StringView key; // EVENTS.md role name, CSS class and icon file stem: "top_fan"
    quint32 badgeRgb; // the badge's background in its SVG, 0xRRGGBB
    quint32 nicknameRgbOnLight; // a nickname in this role on a light background
    quint32 nicknameRgbOnDark; // ... on a dark one
    const char *label; // untranslated; roleLabel() translates it
};

// Every role, in the order badges are drawn; a user's first role in this
// order is their main role (it colours the nickname).
std::span<const RoleBadge> roleBadges();
const RoleBadge &roleBadge(Role role);
std::optional<Role> mainRole(Roles roles);

QString roleLabel(Role role); // "Top fan" / "열혈팬"
// The label in the language of `translator` instead of the app's: the overlay
// page picks its own. The English label when the translator has none.
QString roleLabel(Role role, const QTranslator &translator);
// The tooltip of a badge: the label, or for a subscriber with known months
// "Subscriber, 5 months".
QString roleTooltip(Role role, qint64 subscriptionMonths = 0);

// The SVG of a badge or icon by its stem: ":/badges/top_fan.svg".
QString badgeResourcePath(QLatin1StringView icon);

// The icon of a donation, subscription or notice row ("balloon", "gift", ...);
// nullopt for rows without one.
std::optional<QLatin1StringView> eventIcon(EventType type);
// Every icon stem that eventIcon() can return, for whoever serves them.
std::span<const QLatin1StringView> eventIcons();

} // namespace soopchat
