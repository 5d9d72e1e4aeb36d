#include "core/soop/PacketWriter.h"

#include <cstdio>

#include "core/soop/Packet.h"

namespace soopchat::soop::PacketWriter {

namespace {

void appendHeader(QByteArray &out, quint16 service, qsizetype bodyLength, quint16 returnCode)
{
    char header[HeaderSize + 1];
    std::snprintf(header, sizeof header, "\x1b\t%04u%06u%02u", unsigned(service) % 10000,
        unsigned(bodyLength) % 1000000, unsigned(returnCode) % 100);
    out.append(header, HeaderSize);
}

// `key=value` pairs of the log element, with the ACK-wrapped separators.
void appendLogPair(QByteArray &out, const char *key, QStringView value)
{
    out.append("\x06&\x06").append(key).append("\x06=\x06").append(sanitizeField(value));
}

void appendElement(QByteArray &out, const char *key, QByteArrayView value)
{
    out.append(key).append('\x11').append(value).append('\x12');
}

} // namespace

QByteArray sanitizeField(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace(FieldSeparator, ' ');
    return utf8;
}

QByteArray packetWithBody(quint16 service, QByteArrayView body, quint16 returnCode)
{
    QByteArray out;
    out.reserve(HeaderSize + body.size());
    appendHeader(out, service, body.size(), returnCode);
    out.append(body);
    return out;
}

QByteArray packet(quint16 service, std::initializer_list<QByteArrayView> fields, quint16 returnCode)
{
    QByteArray body;
    body.append(FieldSeparator);
    for (QByteArrayView field : fields)
        body.append(field).append(FieldSeparator);
    return packetWithBody(service, body, returnCode);
}

QByteArray guestLogin()
{
    return ticketLogin({}, 16);
}

QByteArray ticketLogin(QByteArrayView ticket, quint32 flag)
{
    return packet(quint16(Service::Login), {ticket, {}, QByteArray::number(flag)});
}

QByteArray joinInfo(const JoinRequest &request)
{
    const JoinLog &log = request.log;
    QByteArray logValue;
    appendLogPair(logValue, "set_bps", log.bps);
    appendLogPair(logValue, "view_bps", log.bps);
    appendLogPair(logValue, "quality", log.quality);
    appendLogPair(logValue, "uuid", log.uuid);
    appendLogPair(logValue, "geo_cc", log.geoCc);
    appendLogPair(logValue, "geo_rc", log.geoRc);
    appendLogPair(logValue, "acpt_lang", log.acceptLanguage);
    appendLogPair(logValue, "svc_lang", log.serviceLanguage);
    appendLogPair(logValue, "subscribe", u"0");
    appendLogPair(logValue, "lowlatency", log.lowLatency ? u"1" : u"0");
    appendLogPair(logValue, "mode", u"landing");

    QByteArray info;
    appendElement(info, "log", logValue);
    appendElement(info, "pwd", sanitizeField(request.password));
    appendElement(info, "auth_info", "NULL");
    appendElement(info, "pver", "2");
    appendElement(info, "access_system", "html5");
    if (!request.nationLanguage.isEmpty())
        appendElement(info, "nation_lang", sanitizeField(request.nationLanguage));
    return info;
}

QByteArray join(const JoinRequest &request)
{
    const QByteArray chatNo = sanitizeField(request.chatNo);
    if (!request.withInfo)
        return packet(quint16(Service::Join), {chatNo, {}, {}, {}, {}});
    return packet(quint16(Service::Join), {chatNo, sanitizeField(request.fanTicket), "0", {}, joinInfo(request)});
}

QByteArray keepalive()
{
    return packet(quint16(Service::Keepalive), {});
}

QByteArray chatMessage(QStringView text)
{
    QString clean = text.toString();
    clean.remove(u'\r');
    return packet(quint16(Service::Chat), {sanitizeField(clean), "0"});
}

QByteArray enterInfo(quint32 flag1, quint32 flag2)
{
    const QByteArray flag = QByteArray::number(flag1) + '|' + QByteArray::number(flag2);
    return packet(quint16(Service::SetUserFlag), {flag, "0"});
}

QByteArray requestUserList()
{
    return packet(quint16(Service::UserList), {});
}

} // namespace soopchat::soop::PacketWriter
