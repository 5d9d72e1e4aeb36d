#pragma once

#include <QStringView>

#include <optional>

#include "core/events/ChatEvent.h"

namespace soopchat::soop {

// flag1 bits that carry a role (§8.1).
namespace Flag1 {
inline constexpr quint32 Admin = 1u << 0;
inline constexpr quint32 Host = 1u << 2;
inline constexpr quint32 Guest = 1u << 4;
inline constexpr quint32 FanClub = 1u << 5;
inline constexpr quint32 FixedManager = 1u << 6;
inline constexpr quint32 Manager = 1u << 8;
inline constexpr quint32 TopFan = 1u << 15;
inline constexpr quint32 Supporter = 1u << 20;
inline constexpr quint32 Subscriber = 1u << 28;
} // namespace Flag1

Roles rolesFromFlag1(quint32 flag1);
UserFlags makeFlags(quint32 flag1, quint32 flag2);

// The roles a chat freeze (0021 F[2], §9.1) still lets chat: 16 streamer,
// 32 fan club, 64 supporter, 128 top fan, 256 subscriber, 512 manager.
Roles freezeAllowedRoles(qint64 mask);

// "flag1|flag2" (or a lone "flag1"); nullopt when it is not that.
std::optional<UserFlags> parseFlags(QByteArrayView text);

// A user id without its "(N)" suffix (§8.4): "viewer7(2)" -> "viewer7".
QByteArrayView stripIdSuffix(QByteArrayView id);

} // namespace soopchat::soop
