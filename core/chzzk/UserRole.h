#pragma once

#include <QByteArrayView>

#include "core/events/Roles.h"

namespace soopchat::chzzk {

// The neutral role of a profile's `userRoleCode` (docs/CHZZK-PROTOCOL.md §6):
// the streamer is the host; chat, channel and platform managers are
// managers; everyone else (common_user, settlement managers) has none.
Roles rolesOfUserRoleCode(QByteArrayView code);

} // namespace soopchat::chzzk
