#pragma once

#include <QLatin1StringView>

namespace soopchat::soop {

// Return codes in header bytes 12-13 of server packets (§4.8).
enum class ReturnCode : quint16 {
    Success = 0,
    System = 1,
    NotLogin = 2,
    Protocol = 3,
    DuplicateSession = 7,
    InvalidChatNo = 12,
    PacketHeader = 14,
    PacketBody = 15,
    NotJoined = 16,
    PasswordError = 57,
};

// The constant's name from the player ("DUPSESS"), or an empty view.
QLatin1StringView returnCodeName(quint16 code);

} // namespace soopchat::soop
