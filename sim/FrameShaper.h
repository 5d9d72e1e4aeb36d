#pragma once

#include <QByteArray>
#include <QList>

#include <functional>

#include "sim/ChannelConfig.h"
#include "sim/SimRandom.h"

namespace soopchat::sim {

// Cuts packets into websocket frames for one connection: one per frame, or
// split across frames, packed several to a frame, with noise and broken
// packets in between (FrameShape). Frames are views into the caller's
// buffer or into the shaper's own scratch, valid only during the `send` call.
class FrameShaper
{
public:
    using Send = std::function<void(QByteArrayView frame)>;
    enum class Garbage : quint8 { Never, Allowed }; // only between broadcast packets, never in the handshake

    FrameShaper(FrameShapes shapes, quint64 seed);

    FrameShapes shapes() const { return m_shapes; }
    void setShapes(FrameShapes shapes) { m_shapes = shapes; }

    // `data` holds packets back to back; packet i ends at ends[i] (offsets
    // relative to data, from `first` to `last` exclusive).
    void shape(QByteArrayView data, const QList<qsizetype> &ends, qsizetype first, qsizetype last, Garbage garbage,
        const Send &send);

    quint64 garbageFrames() const { return m_garbageFrames; }

private:
    void sendPiece(QByteArrayView piece, const Send &send);
    void sendGarbage(QByteArrayView next, const Send &send); // before the packet `next`

    FrameShapes m_shapes;
    SimRandom m_random;
    QByteArray m_scratch;
    quint64 m_garbageFrames = 0;
};

} // namespace soopchat::sim
