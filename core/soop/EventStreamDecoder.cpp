#include "core/soop/EventStreamDecoder.h"

#include <utility>

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
    m_afterFreeze = false;
}

void EventStreamDecoder::drain(EventBatch &out, qint64 receivedAtMs)
{
    PacketReader::Item item;
    while (m_reader.next(item)) {
        std::shared_ptr<ChatEvent> event = item.kind == PacketReader::Item::Kind::Packet
            ? PacketDecoder::decode(item.packet, &m_strings, &m_texts)
            : PacketDecoder::malformed(item.reason, item.offset);
        if (event->type == EventType::Malformed)
            ++m_counters.malformed;
        else
            ++m_counters.packets;
        // Two compares for all but freezes and the packet after one.
        if ((m_afterFreeze || event->type == EventType::Freeze) && isEcho(*event)) {
            ++m_counters.echoes;
            continue;
        }
        event->receivedAtMs = receivedAtMs;
        event->sequence = ++m_sequence;
        out.append(std::move(event));
    }
}

// SOOP announces a freeze twice, 0021 and right after it the old 0019 with
// the same state (SOOP-PROTOCOL.md, 0021/0019): one freeze, one event, so the
// list, the recording and the export show it once.
bool EventStreamDecoder::isEcho(const ChatEvent &event)
{
    if (event.type == EventType::Malformed)
        return false; // bytes that were not a packet do not part the two
    const bool afterFreeze = std::exchange(m_afterFreeze, false);
    if (event.type != EventType::Freeze)
        return false;
    if (event.service == quint16(Service::Freeze)) {
        m_afterFreeze = true;
        m_frozen = event.details().frozen;
        return false;
    }
    return afterFreeze && event.service == quint16(Service::FreezeOld) && event.details().frozen == m_frozen;
}

} // namespace soopchat::soop
