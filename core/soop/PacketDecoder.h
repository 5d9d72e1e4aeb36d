#pragma once

#include <QList>
#include <QString>

#include "core/events/ChatEvent.h"
#include "core/soop/Packet.h"

namespace soopchat::soop {

class StringCache;

// The fields of a packet body (§3.2): the leading form feed skipped, split on
// form feeds, a trailing empty field dropped. Views into the body. Fields are
// split on demand, so a decoder that reads F[0]..F[7] of a 16-field chat
// packet never scans the rest.
class PacketFields
{
public:
    explicit PacketFields(QByteArrayView body);

    qsizetype size() const; // splits everything
    bool has(qsizetype index) const { return index < m_count || splitUpTo(index); }
    QByteArrayView operator[](qsizetype index) const { return has(index) ? field(index) : QByteArrayView(); }

private:
    static constexpr qsizetype Inline = 24; // more than any packet but a user list has

    bool splitUpTo(qsizetype index) const;
    QByteArrayView field(qsizetype index) const { return index < Inline ? m_inline[index] : m_more[index - Inline]; }

    mutable const char *m_next;
    const char *m_end;
    mutable qsizetype m_count = 0;
    mutable QByteArrayView m_inline[Inline];
    mutable QList<QByteArrayView> m_more; // the rest of a long user list
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

std::shared_ptr<ChatEvent> decode(const RawPacket &packet, StringCache *cache = nullptr);
std::shared_ptr<ChatEvent> malformed(QString reason, qint64 offset);

} // namespace PacketDecoder

} // namespace soopchat::soop
