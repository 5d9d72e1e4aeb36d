#pragma once

#include <QByteArray>

#include "core/events/ChatEvent.h"
#include "core/soop/PacketReader.h"
#include "core/soop/StringCache.h"
#include "core/util/TextArena.h"

namespace soopchat::soop {

// Bytes in, events out: a PacketReader and the PacketDecoder together. What
// the client, `soopchat-cli decode` and the fuzzer all use. Events are
// stamped with the given receive time and a sequence number that keeps
// counting across reset(), so it orders everything one client ever received.
class EventStreamDecoder
{
public:
    struct Counters
    {
        quint64 bytes = 0;
        quint64 packets = 0;
        quint64 malformed = 0;
        quint64 echoes = 0; // packets that only repeat the one before (0019 after 0021)
    };

    void feed(const QByteArray &bytes, EventBatch &out, qint64 receivedAtMs = 0);
    void finish(EventBatch &out);
    void reset(); // a new connection: drop any partial packet

    // Sequence numbers for events the receiver makes itself (gaps): the
    // first of `count` consecutive ones.
    quint64 takeSequences(quint64 count = 1)
    {
        const quint64 first = m_sequence + 1;
        m_sequence += count;
        return first;
    }

    const Counters &counters() const { return m_counters; }
    // Hits and misses of the names cache, for benchmarks.
    const StringCache &strings() const { return m_strings; }

private:
    void drain(EventBatch &out, qint64 receivedAtMs);
    bool isEcho(const ChatEvent &event);

    PacketReader m_reader;
    StringCache m_strings;
    TextArena m_texts;
    Counters m_counters;
    quint64 m_sequence = 0;
    // Whether the last packet was a freeze (0021), and its state.
    bool m_afterFreeze = false;
    std::optional<bool> m_frozen;
};

} // namespace soopchat::soop
