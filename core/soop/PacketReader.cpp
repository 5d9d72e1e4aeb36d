#include "core/soop/PacketReader.h"

#include <cstring>

#include "core/util/Printable.h"

namespace soopchat::soop {

namespace {
using namespace Qt::StringLiterals;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(const char *p, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        if (!isDigit(p[i]))
            return false;
    }
    return true;
}

int parseDigits(const char *p, qsizetype n)
{
    int value = 0;
    for (qsizetype i = 0; i < n; ++i)
        value = value * 10 + (p[i] - '0');
    return value;
}

} // namespace

void PacketReader::feed(const QByteArray &bytes)
{
    if (m_pos == m_buffer.size()) {
        m_base += m_buffer.size();
        m_buffer = bytes; // implicitly shared: no copy
        m_pos = 0;
        return;
    }
    compact();
    m_buffer.append(bytes);
}

void PacketReader::feed(QByteArrayView bytes)
{
    compact();
    m_buffer.append(bytes);
}

void PacketReader::compact()
{
    if (m_pos == 0)
        return;
    m_base += m_pos;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
}

void PacketReader::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_base = 0;
    m_finished = false;
}

bool PacketReader::isHeaderAt(qsizetype at) const
{
    const char *p = m_buffer.constData() + at;
    return m_buffer.size() - at >= HeaderSize && p[0] == Escape && p[1] == Tab && allDigits(p + 2, 12);
}

// The next ESC TAB at or after `from`; a lone ESC at the very end counts while
// more bytes may follow. Returns the buffer size when there is none.
qsizetype PacketReader::findHeaderStart(qsizetype from) const
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    while (from < size) {
        const void *hit = std::memchr(data + from, Escape, size_t(size - from));
        if (!hit)
            return size;
        const qsizetype at = static_cast<const char *>(hit) - data;
        if (at + 1 == size)
            return m_finished ? size : at;
        if (data[at + 1] == Tab)
            return at;
        from = at + 1;
    }
    return size;
}

// A complete header inside [from, to): the packet before it was cut short.
qsizetype PacketReader::findEmbeddedHeader(qsizetype from, qsizetype to) const
{
    const char *data = m_buffer.constData();
    while (from < to) {
        const void *hit = std::memchr(data + from, Escape, size_t(to - from));
        if (!hit)
            return -1;
        const qsizetype at = static_cast<const char *>(hit) - data;
        if (isHeaderAt(at))
            return at;
        from = at + 1;
    }
    return -1;
}

void PacketReader::malformed(Item &item, qsizetype end, QString reason)
{
    item.kind = Item::Kind::Malformed;
    item.packet = {};
    item.reason = std::move(reason);
    item.offset = m_base + m_pos;
    m_pos = end;
}

bool PacketReader::next(Item &item)
{
    const qsizetype size = m_buffer.size();
    const qsizetype available = size - m_pos;
    if (available == 0)
        return false;
    const char *p = m_buffer.constData() + m_pos;

    if (p[0] != Escape || (available >= 2 && p[1] != Tab)) {
        const qsizetype start = findHeaderStart(m_pos + 1);
        malformed(item, start, u"%1 bytes of noise before a packet header"_s.arg(start - m_pos));
        return true;
    }
    if (available < HeaderSize) {
        if (!m_finished)
            return false;
        malformed(item, size, u"truncated header: %1 of %2 bytes"_s.arg(available).arg(HeaderSize));
        return true;
    }
    if (!allDigits(p + 2, 12)) {
        const qsizetype resume = findHeaderStart(m_pos + 2);
        malformed(item, resume, u"invalid packet header \"%1\""_s.arg(printable(QByteArrayView(p, HeaderSize))));
        return true;
    }

    const int bodyLength = parseDigits(p + 6, 6); // digits were checked above
    const qsizetype total = HeaderSize + bodyLength;
    const qsizetype bodyStart = m_pos + HeaderSize;
    const qsizetype bodyEnd = std::min(m_pos + total, size);
    const qsizetype embedded = findEmbeddedHeader(bodyStart, bodyEnd);
    if (embedded >= 0) {
        malformed(item, embedded,
            u"truncated packet: header promised %1 body bytes, the next header came after %2"_s.arg(bodyLength)
                .arg(embedded - bodyStart));
        return true;
    }
    if (available < total) {
        if (!m_finished)
            return false;
        malformed(item, size, u"truncated packet: %1 of %2 body bytes"_s.arg(available - HeaderSize).arg(bodyLength));
        return true;
    }

    item.kind = Item::Kind::Packet;
    item.reason.clear();
    item.offset = m_base + m_pos;
    item.packet.service = quint16(parseDigits(p + 2, 4));
    item.packet.returnCode = quint16(parseDigits(p + 12, 2));
    item.packet.body = QByteArrayView(p + HeaderSize, bodyLength);
    item.packet.offset = item.offset;
    m_pos += total;
    return true;
}

} // namespace soopchat::soop
