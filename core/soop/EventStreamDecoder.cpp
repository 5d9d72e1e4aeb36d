#include "core/soop/EventStreamDecoder.h"

#include "core/soop/PacketDecoder.h"

namespace soopchat::soop {

void EventStreamDecoder::feed(const QByteArray &bytes, EventBatch &out, qint64 receivedAtMs)
{
    m_counters.bytes += quint64(bytes.size());
    m_reader.feed(bytes);
    drain(out, receivedAtMs);
}

void EventStreamDecoder::finish(EventBatch &out)
{
    m_reader.finish();
    drain(out, 0);
}

void EventStreamDecoder::reset()
{
    m_reader.reset();
}

void EventStreamDecoder::drain(EventBatch &out, qint64 receivedAtMs)
{
    PacketReader::Item item;
    while (m_reader.next(item)) {
        std::shared_ptr<ChatEvent> event = item.kind == PacketReader::Item::Kind::Packet
            ? PacketDecoder::decode(item.packet, &m_strings, &m_texts)
            : PacketDecoder::malformed(item.reason, item.offset);
        event->receivedAtMs = receivedAtMs;
        event->sequence = ++m_sequence;
        if (event->type == EventType::Malformed)
            ++m_counters.malformed;
        else
            ++m_counters.packets;
        out.append(std::move(event));
    }
}

} // namespace soopchat::soop
