#pragma once

#include <QByteArray>
#include <QString>

#include "core/soop/Packet.h"

namespace soopchat::soop {

// Splits a byte stream into SOOP packets (§3): several packets per frame, a
// packet split over frames, zero-length bodies. A complete packet followed by
// a header or by the end of the input is taken at its declared length, so
// header-like bytes in a chat line stay text. Noise before a header, a broken
// header or a packet cut short by the next header comes out as one malformed
// item per damaged stretch, and reading resumes where a header can start. It
// never reads outside its buffer and holds at most one incomplete packet
// (at most HeaderSize + MaxBodySize bytes).
class PacketReader
{
public:
    struct Item
    {
        enum class Kind { Packet, Malformed };
        Kind kind = Kind::Packet;
        RawPacket packet; // Kind::Packet; body valid until the next feed()
        QString reason; // Kind::Malformed
        qint64 offset = 0; // stream offset where the item starts
    };

    // Takes the bytes without copying when nothing is buffered.
    void feed(const QByteArray &bytes);
    void feed(QByteArrayView bytes);

    // Fills `item` and returns true, or returns false when more bytes are needed.
    bool next(Item &item);

    // No more bytes will come: what is left is reported as truncated.
    void finish() { m_finished = true; }
    void reset();

    qsizetype buffered() const { return m_buffer.size() - m_pos; }
    qint64 consumed() const { return m_base + m_pos; }

private:
    qsizetype findResyncPoint(qsizetype from) const;
    qsizetype findEmbeddedHeader(qsizetype from, qsizetype to) const;
    bool isHeaderAt(qsizetype at) const;
    bool isHeaderPrefixAt(qsizetype at) const;
    bool couldBeHeaderAt(qsizetype at) const;
    void malformed(Item &item, qsizetype end, QString reason);
    enum class CutShort : quint8 { No, Yes, Maybe };
    CutShort cutShort(Item &item, qsizetype bodyStart, qsizetype to, int bodyLength);
    void compact();

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_base = 0; // stream offset of m_buffer[0]
    bool m_finished = false;
};

} // namespace soopchat::soop
