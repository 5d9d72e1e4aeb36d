#include "core/soop/ReturnCode.h"

#include <utility>

namespace soopchat::soop {

using namespace Qt::StringLiterals;

QLatin1StringView returnCodeName(quint16 code)
{
    static constexpr std::pair<quint16, QLatin1StringView> Names[] = {
        {0, "SUCCESS"_L1},
        {1, "SYSTEM"_L1},
        {2, "NOTLOGIN"_L1},
        {3, "PROTOCOL"_L1},
        {4, "NOSERVICE"_L1},
        {5, "NOTIMPL"_L1},
        {6, "SESSKEY"_L1},
        {7, "DUPSESS"_L1},
        {8, "MINUSERIDLEN"_L1},
        {9, "MAXUSERIDLEN"_L1},
        {10, "ALREADYJOIN"_L1},
        {11, "MAXOPENCHANNEL"_L1},
        {12, "INVALIDCHNO"_L1},
        {13, "BUFOVERFLOW"_L1},
        {14, "PACKETHEADER"_L1},
        {15, "PACKETBODY"_L1},
        {16, "NOTJOINCH"_L1},
        {17, "NOTCHCREATOR"_L1},
        {18, "SHORTCHNAME"_L1},
        {19, "DUMBUSER"_L1},
        {20, "USERNOTFOUND"_L1},
        {21, "SELFCOMMAND"_L1},
        {22, "NOTADMIN"_L1},
        {23, "SETBJOFFLINE"_L1},
        {24, "NOTALLOWADMIN"_L1},
        {25, "NOTALLOWSUBBJ"_L1},
        {26, "DUPSUBBJ"_L1},
        {27, "OVERSUBBJ"_L1},
        {28, "NONESUBBJ"_L1},
        {29, "REALNAME"_L1},
        {30, "ALIASSUBBJ"_L1},
        {31, "MAXNICKNAMELEN"_L1},
        {32, "NODIRECT"_L1},
        {33, "HOSTDENIED"_L1},
        {34, "CHATPENALTY"_L1},
        {35, "GUEST"_L1},
        {36, "HACKVERSION"_L1},
        {37, "NICKTIME"_L1},
        {39, "ICEMODE"_L1},
        {40, "SPACEONLY"_L1},
        {41, "KICKEDUSER"_L1},
        {42, "NOTAVAILCHAT"_L1},
        {43, "DANGEROUSTAG"_L1},
        {44, "INVALIDNICK"_L1},
        {45, "BALLOONHACK"_L1},
        {46, "DUPNICK"_L1},
        {47, "SLOWMODE"_L1},
        {48, "DUPITEM"_L1},
        {49, "ICEMODE_FAN"_L1},
        {50, "ICEMODE_SUP"_L1},
        {51, "ICEMODE_FAN_SUP"_L1},
        {52, "KICK_ACCUMULATION"_L1},
        {53, "BANWORD"_L1},
        {54, "KICKLIST_EMPTY"_L1},
        {55, "DENY_CHAT_USER"_L1},
        {56, "ABUSE_JOIN"_L1},
        {57, "PASSWORD_ERROR"_L1},
        {58, "TRANS"_L1},
        {59, "TRANS_NOT_ALLOW"_L1},
        {60, "TRANS_DELAY"_L1},
        {61, "TRANS_DISABLE"_L1},
        {62, "TRANS_ABUSE"_L1},
        {64, "TRANS_AUTH_SHARE"_L1},
        {67, "OGQPENALTY"_L1},
    };
    for (const auto &[value, name] : Names) {
        if (value == code)
            return name;
    }
    return {};
}

} // namespace soopchat::soop
