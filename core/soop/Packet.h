#pragma once

#include <QByteArrayView>

namespace soopchat::soop {

// Framing constants of the SOOP chat protocol (docs/SOOP-PROTOCOL.md §3).
inline constexpr char Escape = '\x1b';
inline constexpr char Tab = '\t';
inline constexpr char FieldSeparator = '\x0c';
inline constexpr qsizetype HeaderSize = 14; // ESC TAB SSSS LLLLLL RR
inline constexpr qsizetype MaxBodySize = 999'999; // six decimal digits

// The service codes the client sends or the decoder knows (SOOP's own names
// in the comments; docs/SOOP-PROTOCOL.md §6). Any other code is kept raw.
enum class Service : quint16 {
    Keepalive = 0, // KEEPALIVE
    Login = 1, // LOGIN
    Join = 2, // JOINCH
    UserList = 4, // CHUSER
    Chat = 5, // CHATMESG
    StreamerStatus = 7, // SETBJSTAT
    Mute = 8, // SETDUMB
    Whisper = 9, // DIRECTCHAT
    SetUserFlag = 12, // SETUSERFLAG
    ManagerChange = 13, // SETSUBBJ
    NicknameChange = 14, // SETNICKNAME
    Balloon = 18, // SENDBALLOON
    FreezeOld = 19, // ICEMODE
    Freeze = 21, // ICEMODE_EX
    SlowMode = 23, // SLOWMODE
    ManagerChat = 26, // MANAGERCHAT
    RelayBalloon = 33, // SENDBALLOONSUB
    Poll = 50, // NOTIFY_POLL
    AdminNotice = 58, // SENDADMINNOTICE
    VodBalloon = 86, // VOD_BALLOON
    AdBalloon = 87, // ADCON_EFFECT
    BroadcastEnd = 88, // CLOSE_BROAD
    Subscription = 91, // FOLLOW_ITEM
    SubscriptionRenewal = 93, // FOLLOW_ITEM_EFFECT
    VodAdBalloon = 103, // VODADCON
    StreamerNotice = 104, // BJ_NOTICE
    VideoBalloon = 105, // VIDEOBALLOON
    StationAdBalloon = 107, // STATION_ADCON
    SubscriptionGift = 108, // SENDSUBSCRIPTION
    OgqSticker = 109, // OGQ_EMOTICON
    Mission = 121, // MISSION
    MissionSettle = 125, // MISSION_SETTLE
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
