#include "sim/ClientPacketValidator.h"

#include "core/soop/Packet.h"
#include "core/soop/ReturnCode.h"

namespace soopchat::sim {

namespace {

using soop::ReturnCode;

constexpr quint16 code(ReturnCode c)
{
    return quint16(c);
}

bool allDigits(QByteArrayView text)
{
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int digitsValue(QByteArrayView text)
{
    int value = 0;
    for (char c : text)
        value = value * 10 + (c - '0');
    return value;
}

// The fields between the leading and the trailing form feed, or nothing when
// the body is not framed by them.
std::optional<QList<QByteArrayView>> fieldsOf(QByteArrayView body)
{
    if (body.size() < 1 || body.front() != soop::FieldSeparator || body.back() != soop::FieldSeparator)
        return std::nullopt;
    QList<QByteArrayView> fields;
    if (body.size() == 1)
        return fields;
    QByteArrayView rest = body.sliced(1, body.size() - 2);
    for (;;) {
        const qsizetype at = rest.indexOf(soop::FieldSeparator);
        if (at < 0) {
            fields.append(rest);
            return fields;
        }
        fields.append(rest.first(at));
        rest = rest.sliced(at + 1);
    }
}

} // namespace

quint16 ClientPacketValidator::split(QByteArrayView frame, QList<ClientPacket> &out, quint16 *service)
{
    qsizetype pos = 0;
    if (frame.isEmpty())
        return code(ReturnCode::PacketHeader);
    while (pos < frame.size()) {
        const QByteArrayView rest = frame.sliced(pos);
        if (rest.size() >= 6 && allDigits(rest.sliced(2, 4)))
            *service = quint16(digitsValue(rest.sliced(2, 4)));
        if (rest.size() < soop::HeaderSize || rest[0] != soop::Escape || rest[1] != soop::Tab ||
            !allDigits(rest.first(soop::HeaderSize).sliced(2)) || rest.sliced(12, 2) != "00")
            return code(ReturnCode::PacketHeader);
        const qsizetype length = digitsValue(rest.sliced(6, 6));
        if (soop::HeaderSize + length > rest.size())
            return code(ReturnCode::PacketHeader); // the header promises more than was sent
        ClientPacket packet;
        packet.service = quint16(digitsValue(rest.sliced(2, 4)));
        packet.bytes = rest.first(soop::HeaderSize + length).toByteArray();
        out.append(std::move(packet));
        pos += soop::HeaderSize + length; // bytes beyond the length must be a next header
    }
    return 0;
}

quint16 ClientPacketValidator::checkLogin(QByteArrayView body, QByteArray *ticket, quint32 *flag)
{
    const auto fields = fieldsOf(body);
    if (!fields || fields->size() != 3 || !(*fields)[1].isEmpty())
        return code(ReturnCode::PacketBody);
    const QByteArrayView flagText = (*fields)[2];
    if (flagText.isEmpty() || flagText.size() > 10 || !allDigits(flagText))
        return code(ReturnCode::PacketBody);
    *ticket = (*fields)[0].toByteArray();
    *flag = quint32(flagText.toByteArray().toULongLong());
    return 0;
}

quint16 ClientPacketValidator::checkJoin(QByteArrayView body, JoinRequestFields *join)
{
    const auto fields = fieldsOf(body);
    if (!fields || fields->size() != 5)
        return code(ReturnCode::PacketBody);
    const QList<QByteArrayView> &f = *fields;
    if (f[0].isEmpty() || !f[3].isEmpty() || (f[2] != "" && f[2] != "0"))
        return code(ReturnCode::PacketBody);
    join->chatNo = f[0].toByteArray();
    join->fanTicket = f[1].toByteArray();
    join->minimal = f[1].isEmpty() && f[2].isEmpty() && f[4].isEmpty();
    join->password.reset();

    // The info element: key DC1 value DC2, repeated, nothing left over.
    QByteArrayView info = f[4];
    while (!info.isEmpty()) {
        const qsizetype keyEnd = info.indexOf('\x11');
        const qsizetype valueEnd = info.indexOf('\x12');
        if (keyEnd <= 0 || valueEnd < keyEnd)
            return code(ReturnCode::PacketBody);
        const QByteArrayView key = info.first(keyEnd);
        const QByteArrayView value = info.sliced(keyEnd + 1, valueEnd - keyEnd - 1);
        if (value.contains('\x11'))
            return code(ReturnCode::PacketBody);
        if (key == "pwd")
            join->password = value.toByteArray();
        info = info.sliced(valueEnd + 1);
    }
    return 0;
}

quint16 ClientPacketValidator::checkKeepalive(QByteArrayView body)
{
    return body == "\x0c" ? 0 : code(ReturnCode::PacketBody);
}

} // namespace soopchat::sim
