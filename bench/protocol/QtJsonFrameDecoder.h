#pragma once

#include <QByteArrayView>

#include "core/events/ChatEvent.h"

namespace soopchat::chzzk {

// chzzk::FrameDecoder as first written, on QJsonDocument: the baseline the
// simdjson decoder is measured against (bench_chzzk_decode).
class QtJsonFrameDecoder
{
public:
    struct Counters
    {
        quint64 frames = 0;
        quint64 lines = 0;
        quint64 malformed = 0;
        quint64 unknown = 0;
        quint64 duplicates = 0;
    };

    void decode(QByteArrayView frame, EventBatch &out, qint64 receivedAtMs = 0);
    const Counters &counters() const { return m_counters; }

private:
    Counters m_counters;
    quint64 m_sequence = 0;
};

} // namespace soopchat::chzzk
