#pragma once

#include <QList>
#include <QString>

#include "core/events/ChatEvent.h"
#include "core/soop/Packet.h"

namespace soopchat {
class TextArena;
}

namespace soopchat::soop {

class StringCache;

// The fields of a packet body (§3.2): the leading form feed skipped, split on
// form feeds, a trailing empty field dropped. Views into the body, found in
// one vectorised pass.
class PacketFields
{
public:
    explicit PacketFields(QByteArrayView body);

    qsizetype size() const { return m_count; }
    bool has(qsizetype index) const { return index < m_count; }
    QByteArrayView operator[](qsizetype index) const
    {
        if (index >= m_count)
            return {};
        const Span &span = index < Inline ? m_inline[index] : m_more[index - Inline];
        return QByteArrayView(span.data, span.size);
    }

private:
    // A trivial type, so that the inline array costs nothing to set up.
    struct Span
    {
        const char *data;
        qsizetype size;
    };
    static constexpr qsizetype Inline = 24; // more than any packet but a user list has

    void add(const char *begin, const char *end)
    {
        if (m_count < Inline) [[likely]]
            m_inline[m_count] = {begin, end - begin};
        else
            m_more.append({begin, end - begin});
        ++m_count;
    }

    qsizetype m_count = 0;
    Span m_inline[Inline];
    QList<Span> m_more; // the rest of a long user list
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

// With a stream's caches, names come from `names` and free text is placed in
// `texts` (both optional).
std::shared_ptr<ChatEvent> decode(const RawPacket &packet, StringCache *names = nullptr, TextArena *texts = nullptr);
std::shared_ptr<ChatEvent> malformed(QString reason, qint64 offset);

} // namespace PacketDecoder

} // namespace soopchat::soop
