#include "core/events/Roles.h"

namespace soopchat {

using namespace Qt::StringLiterals;

QLatin1StringView roleName(Role role)
{
    switch (role) {
    case Role::Operator:
        return "operator"_L1;
    case Role::Host:
        return "host"_L1;
    case Role::Manager:
        return "manager"_L1;
    case Role::TopFan:
        return "top_fan"_L1;
    case Role::FanClub:
        return "fan_club"_L1;
    case Role::Subscriber:
        return "subscriber"_L1;
    case Role::Supporter:
        return "supporter"_L1;
    }
    return {};
}

} // namespace soopchat
