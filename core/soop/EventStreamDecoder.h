#pragma once

#include <QByteArray>

#include "core/events/ChatEvent.h"
#include "core/soop/PacketReader.h"

namespace soopchat::soop {

// Bytes in, events out: a PacketReader and the PacketDecoder together. What
// the client, `soopchat-cli decode` and the fuzzer all use.
class EventStreamDecoder
{
public:
    struct Counters
    {
        quint64 bytes = 0;
        quint64 packets = 0;
        quint64 malformed = 0;
    };

    void feed(const QByteArray &bytes, EventBatch &out);
    void finish(EventBatch &out);
    void reset();

    const Counters &counters() const { return m_counters; }

private:
    void drain(EventBatch &out);

    PacketReader m_reader;
    Counters m_counters;
};

} // namespace soopchat::soop
