#pragma once

#include <QByteArray>
#include <QStringView>

#include "core/soop/Packet.h"

namespace soopchat::sim {

// Appends one server packet (§3) to a buffer in place: header, then the
// fields each followed by a form feed, then the body length patched into the
// header. Generators write whole ticks into one reused buffer this way, so a
// packet costs no allocation of its own.
class PacketBuilder
{
public:
    PacketBuilder(QByteArray &out, quint16 service, quint16 returnCode = 0);
    PacketBuilder(QByteArray &out, soop::Service service, quint16 returnCode = 0)
        : PacketBuilder(out, quint16(service), returnCode)
    { }
    PacketBuilder(const PacketBuilder &) = delete;
    PacketBuilder &operator=(const PacketBuilder &) = delete;
    ~PacketBuilder();

    PacketBuilder &field(QByteArrayView value);
    PacketBuilder &field(const char *value) { return field(QByteArrayView(value)); }
    PacketBuilder &field(const QByteArray &value) { return field(QByteArrayView(value)); }
    PacketBuilder &field(QStringView text); // UTF-8; a form feed becomes a space
    PacketBuilder &number(qint64 value);
    PacketBuilder &flags(quint32 flag1, quint32 flag2);
    PacketBuilder &empty() { return field(QByteArrayView()); }
    // For a field written straight into the buffer (no form feeds in it):
    // append the value to out(), then end the field.
    QByteArray &out() { return m_out; }
    PacketBuilder &endField();

    // Patches the length; called by the destructor when not called before.
    // Returns the packet's size in bytes.
    qsizetype finish();

    // Decimal digits without a separator, for values built from pieces.
    static void appendNumber(QByteArray &out, qint64 value);

    // A whole packet as its own array (handshake replies, tests).
    static QByteArray make(quint16 service, std::initializer_list<QByteArrayView> fields, quint16 returnCode = 0);
    static QByteArray make(soop::Service service, std::initializer_list<QByteArrayView> fields, quint16 returnCode = 0)
    {
        return make(quint16(service), fields, returnCode);
    }

private:
    QByteArray &m_out;
    qsizetype m_start;
    bool m_finished = false;
};

} // namespace soopchat::sim
