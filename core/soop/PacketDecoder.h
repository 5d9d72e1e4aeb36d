#pragma once

#include <QString>
#include <QVarLengthArray>

#include "core/events/ChatEvent.h"
#include "core/soop/Packet.h"

namespace soopchat::soop {

// The fields of a packet body (§3.2): the leading form feed skipped, split on
// form feeds, a trailing empty field dropped. Views into the body.
class PacketFields
{
public:
    explicit PacketFields(QByteArrayView body);

    qsizetype size() const { return m_fields.size(); }
    bool has(qsizetype index) const { return index < m_fields.size(); }
    QByteArrayView operator[](qsizetype index) const { return has(index) ? m_fields[index] : QByteArrayView(); }

private:
    QVarLengthArray<QByteArrayView, 24> m_fields;
};

// Field text as UTF-8, falling back to CP949 per field when the bytes are
// not UTF-8 (§3.2, S5).
QString decodeText(QByteArrayView bytes);

// Turns one framed packet into a typed event (docs/EVENTS.md). Never returns
// null: unknown service codes become `unknown` events with their raw fields,
// and a field that cannot be read as its type makes the event `malformed`.
// The event is still mutable so that the receiver can stamp its receive time
// and sequence number before sharing it.
namespace PacketDecoder {

std::shared_ptr<ChatEvent> decode(const RawPacket &packet);
std::shared_ptr<ChatEvent> malformed(QString reason, qint64 offset);

} // namespace PacketDecoder

} // namespace soopchat::soop
