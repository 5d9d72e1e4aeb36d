#pragma once

#include <QByteArrayView>

#include <memory>

#include "core/events/ChatEvent.h"

namespace soopchat::chzzk {

// Turns CHZZK chat websocket frames (one JSON object each) into neutral
// events (docs/CHZZK-PROTOCOL.md §3-§9 has the mapping, docs/EVENTS.md the
// events). A frame can carry many lines (recent chat, 93101 batches); each
// becomes its own event, recent chat in the order it was said. Nothing is
// dropped: commands and line kinds it does not know become `unknown` events
// with the raw JSON, and a frame it cannot read becomes `malformed`. The only
// frames that make no event are the gift announcements whose receivers
// arrive as lines of their own (counted as duplicates).
class FrameDecoder
{
public:
    struct Counters
    {
        quint64 frames = 0;
        quint64 lines = 0; // chat lines (of every kind) in the frames
        quint64 malformed = 0;
        quint64 unknown = 0;
        quint64 duplicates = 0;
    };

    FrameDecoder();
    ~FrameDecoder();
    FrameDecoder(FrameDecoder &&) noexcept;
    FrameDecoder &operator=(FrameDecoder &&) noexcept;

    // Appends the frame's events to `out`, stamped with the receive time and
    // the next sequence numbers.
    void decode(QByteArrayView frame, EventBatch &out, qint64 receivedAtMs = 0);

    const Counters &counters() const { return m_counters; }

    // Reserves `count` sequence numbers for events a client adds (a gap),
    // so that they sort among the decoded ones; returns the first.
    quint64 takeSequences(quint64 count = 1)
    {
        const quint64 first = m_sequence + 1;
        m_sequence += count;
        return first;
    }

    struct Parsers; // the JSON parsers, kept between frames

private:
    std::unique_ptr<Parsers> m_parsers;
    Counters m_counters;
    quint64 m_sequence = 0;
};

} // namespace soopchat::chzzk
