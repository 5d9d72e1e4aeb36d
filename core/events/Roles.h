#pragma once

#include <QFlags>
#include <QLatin1StringView>
#include <QList>

namespace soopchat {

// Platform-neutral roles, in the order docs/EVENTS.md lists them.
enum class Role : quint8 {
    Operator = 1 << 0,
    Host = 1 << 1,
    Manager = 1 << 2,
    TopFan = 1 << 3,
    FanClub = 1 << 4,
    Subscriber = 1 << 5,
    Supporter = 1 << 6,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

inline constexpr Role AllRoles[] = {
    Role::Operator, Role::Host, Role::Manager, Role::TopFan, Role::FanClub, Role::Subscriber, Role::Supporter};

QLatin1StringView roleName(Role role); // "top_fan"

} // namespace soopchat
