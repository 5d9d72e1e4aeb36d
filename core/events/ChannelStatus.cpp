#include "core/events/ChannelStatus.h"

namespace soopchat {

using namespace Qt::StringLiterals;

QLatin1StringView connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Idle:
        return "idle"_L1;
    case ConnectionState::Resolving:
        return "resolving"_L1;
    case ConnectionState::Connecting:
        return "connecting"_L1;
    case ConnectionState::Joining:
        return "joining"_L1;
    case ConnectionState::Live:
        return "live"_L1;
    case ConnectionState::Reconnecting:
        return "reconnecting"_L1;
    case ConnectionState::WaitingForLive:
        return "waiting-for-live"_L1;
    case ConnectionState::PasswordRequired:
        return "password-required"_L1;
    case ConnectionState::LoginRequired:
        return "login-required"_L1;
    case ConnectionState::Unavailable:
        return "unavailable"_L1;
    case ConnectionState::NotFound:
        return "not-found"_L1;
    case ConnectionState::Stopped:
        return "stopped"_L1;
    }
    return {};
}

} // namespace soopchat
