#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace soopchat::sim {

// One packet a client sent, cut out of its websocket frame.
struct ClientPacket
{
    quint16 service = 0;
    QByteArray bytes; // header and body, exactly as received
    QByteArrayView body() const { return QByteArrayView(bytes).sliced(14); }
};

// What a JOIN carried (§4.4).
struct JoinRequestFields
{
    QByteArray chatNo;
    QByteArray fanTicket;
    bool minimal = true; // `\x0c<CHATNO>\x0c\x0c\x0c\x0c\x0c`
    std::optional<QByteArray> password; // the pwd element, when the info element has one
};

// Checks client packets as strictly as the protocol documents them and names
// the return code (§4.8) a violation gets. 0 means valid.
class ClientPacketValidator
{
public:
    // Cuts a frame into packets. Every packet needs ESC TAB, twelve digits,
    // return code 00 and exactly the body length its header declares (UTF-8
    // bytes): anything else is 14 PACKETHEADER.
    static quint16 split(QByteArrayView frame, QList<ClientPacket> &out, quint16 *service);

    // LOGIN 0001: `\x0c<ticket>\x0c\x0c<flag>\x0c`; else 15 PACKETBODY.
    static quint16 checkLogin(QByteArrayView body, QByteArray *ticket, quint32 *flag);

    // JOIN 0002: the minimal form or `\x0c<CHATNO>\x0c<FTK>\x0c0\x0c\x0c<info>\x0c` with
    // info a run of `key\x11value\x12` elements; else 15 PACKETBODY.
    static quint16 checkJoin(QByteArrayView body, JoinRequestFields *join);

    // KEEPALIVE 0000: the body is a single form feed; else 15 PACKETBODY.
    static quint16 checkKeepalive(QByteArrayView body);
};

} // namespace soopchat::sim
