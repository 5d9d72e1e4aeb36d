#pragma once

#include <QByteArrayView>

namespace soopchat::soop {

// Framing constants of the SOOP chat protocol (docs/SOOP-PROTOCOL.md §3).
inline constexpr char Escape = '\x1b';
inline constexpr char Tab = '\t';
inline constexpr char FieldSeparator = '\x0c';
inline constexpr qsizetype HeaderSize = 14; // ESC TAB SSSS LLLLLL RR
inline constexpr qsizetype MaxBodySize = 999'999; // six decimal digits

// Service codes the client sends or treats specially. Everything the decoder
// knows is listed in PacketDecoder.cpp.
enum class Service : quint16 {
    Keepalive = 0,
    Login = 1,
    Join = 2,
    UserList = 4,
    Chat = 5,
    SetUserFlag = 12,
    BroadcastEnd = 88,
};

// One framed packet. The body view points into the reader's buffer and is
// valid until the reader is fed or read again.
struct RawPacket
{
    quint16 service = 0;
    quint16 returnCode = 0;
    QByteArrayView body;
    qint64 offset = 0; // stream offset of the header
};

} // namespace soopchat::soop
