#pragma once

#include <QByteArray>
#include <QString>

#include <initializer_list>

namespace soopchat::soop {

// What the web player puts into the JOIN info element (§4.4). Values come
// from the live-info answer; empty ones are sent empty.
struct JoinLog
{
    QString bps; // BPS, used for set_bps and view_bps
    QString quality = QStringLiteral("ori");
    QString uuid; // the _au cookie, or a random hex id per install
    QString geoCc;
    QString geoRc;
    QString acceptLanguage;
    QString serviceLanguage;
    bool lowLatency = true;
};

struct JoinRequest
{
    QString chatNo;
    QString fanTicket; // FTK
    QString password; // room password, empty when there is none
    JoinLog log;
    QString nationLanguage; // STRM_LANG_TYPE, optional
    bool withInfo = true; // false: the minimal guest JOIN with only CHATNO
};

// Builds client packets byte for byte as §4 and §5 describe. Lengths are
// counted in UTF-8 bytes; a form feed inside a field would break the framing,
// so it is replaced by a space.
namespace PacketWriter {

QByteArray packet(quint16 service, std::initializer_list<QByteArrayView> fields, quint16 returnCode = 0);
QByteArray packetWithBody(quint16 service, QByteArrayView body, quint16 returnCode = 0);

QByteArray guestLogin();
QByteArray ticketLogin(QByteArrayView ticket, quint32 flag);
QByteArray join(const JoinRequest &request);
QByteArray joinInfo(const JoinRequest &request);
QByteArray keepalive();
QByteArray chatMessage(QStringView text);
QByteArray enterInfo(quint32 flag1, quint32 flag2); // 0012 after a logged-in JOIN
QByteArray requestUserList(); // 0004

QByteArray sanitizeField(QStringView text);

} // namespace PacketWriter

} // namespace soopchat::soop
