#include "sim/FrameShaper.h"

#include <cstdio>

#include "core/soop/Packet.h"

namespace soopchat::sim {

namespace {
constexpr int GarbagePerMille = 125; // before one packet in eight
} // namespace

FrameShaper::FrameShaper(FrameShapes shapes, quint64 seed) : m_shapes(shapes), m_random(seed)
{ }

void FrameShaper::shape(QByteArrayView data, const QList<qsizetype> &ends, qsizetype first, qsizetype last,
    Garbage garbage, const Send &send)
{
    const bool pack = m_shapes.testFlag(FrameShape::Pack);
    const bool withGarbage = garbage == Garbage::Allowed && m_shapes.testFlag(FrameShape::Garbage);
    qsizetype i = first;
    while (i < last) {
        // Garbage goes before a good packet, never last, so a reader that
        // resynchronises on the next header always finds one right after.
        const qsizetype begin = i == 0 ? 0 : ends[i - 1];
        if (withGarbage && m_random.chance(GarbagePerMille))
            sendGarbage(data.sliced(begin, ends[i] - begin), send);
        qsizetype count = 1;
        if (pack)
            count = std::min<qsizetype>(last - i, m_random.between(2, 5));
        const qsizetype end = ends[i + count - 1];
        sendPiece(data.sliced(begin, end - begin), send);
        i += count;
    }
}

void FrameShaper::sendPiece(QByteArrayView piece, const Send &send)
{
    if (!m_shapes.testFlag(FrameShape::Split) || piece.size() < 2) {
        send(piece);
        return;
    }
    // Two or three pieces, cut anywhere: inside the header, inside a UTF-8
    // character, right after ESC.
    const int parts = piece.size() >= 3 && m_random.chance(400) ? 3 : 2;
    qsizetype cut1 = qsizetype(m_random.between(1, piece.size() - 1));
    qsizetype cut2 = piece.size();
    if (parts == 3) {
        cut2 = qsizetype(m_random.between(1, piece.size() - 1));
        if (cut2 < cut1)
            std::swap(cut1, cut2);
        if (cut2 == cut1)
            cut2 = piece.size();
    }
    send(piece.first(cut1));
    send(piece.sliced(cut1, cut2 - cut1));
    if (cut2 < piece.size())
        send(piece.sliced(cut2));
}

void FrameShaper::sendGarbage(QByteArrayView next, const Send &send)
{
    ++m_garbageFrames;
    m_scratch.resize(0);
    switch (m_random.below(3)) {
    case 0: { // noise: random bytes, never ESC, so the reader skips to the next header
        const int size = int(m_random.between(4, 40));
        for (int k = 0; k < size; ++k) {
            char c = char(m_random.below(256));
            if (c == soop::Escape)
                c = 'x';
            m_scratch.append(c);
        }
        break;
    }
    case 1: // a broken header: letters where the service code belongs
        m_scratch.append("\x1b\t00x5000012zz\x0cbroken header\x0c");
        break;
    default: { // a packet cut short: its header promises more than follows
        // It promises a body that would end inside the next packet, on a byte
        // that no server body ends with (not a form feed): cut short beyond
        // doubt. One whose promise happened to end exactly where a later
        // packet ends could not be told from a whole packet, and the reader
        // believes a whole packet's length (docs/SOOP-PROTOCOL.md §3.3).
        const QByteArray body = "\x0c\xeb\xb6\x80\xeb\xb6\x84\x0c"; // "부분": a partial body
        qsizetype into =
            std::max<qsizetype>(1, qsizetype(m_random.between(1, std::max<qsizetype>(1, next.size() - 1))));
        while (into > 1 && next[into - 1] == soop::FieldSeparator)
            --into;
        const qsizetype promised = body.size() + into;
        m_scratch.append("\x1b\t0005");
        char digits[7];
        std::snprintf(digits, sizeof digits, "%06d", int(promised));
        m_scratch.append(digits, 6).append("00").append(body);
        break;
    }
    }
    send(m_scratch);
}

} // namespace soopchat::sim
