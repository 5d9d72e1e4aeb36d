#include "core/chzzk/UserRole.h"

namespace soopchat::chzzk {

Roles rolesOfUserRoleCode(QByteArrayView code)
{
    if (code.isEmpty() || code == "common_user")
        return {};
    if (code == "streamer")
        return Role::Host;
    if (code == "streaming_chat_manager" || code == "streaming_channel_manager" || code == "manager")
        return Role::Manager;
    return {}; // streaming_settlement_manager: money, not chat
}

} // namespace soopchat::chzzk
