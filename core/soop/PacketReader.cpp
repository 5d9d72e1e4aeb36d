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

// Whether the bytes from `at` to the end of the buffer, fewer than a header,
// are how a header begins.
bool PacketReader::isHeaderPrefixAt(qsizetype at) const
{
    const qsizetype available = m_buffer.size() - at;
    const char *p = m_buffer.constData() + at;
    return available < HeaderSize && p[0] == Escape && (available < 2 || p[1] == Tab) &&
        allDigits(p + 2, std::max<qsizetype>(available - 2, 0));
}

// Whether a header could start at `at`: a complete one, or, while more bytes
// may follow, the start of one running to the end of the buffer.
bool PacketReader::couldBeHeaderAt(qsizetype at) const
{
    return isHeaderAt(at) || (!m_finished && isHeaderPrefixAt(at));
}

// Where reading resumes after damage: the next place a header could start, at
// or after `from`; the buffer size when there is none. Skipping everything up
// to a plausible header makes one stretch of noise one malformed item, however
// many stray ESC TAB pairs it holds.
qsizetype PacketReader::findResyncPoint(qsizetype from) const
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    while (from < size) {
        const void *hit = std::memchr(data + from, Escape, size_t(size - from));
        if (!hit)
            return size;
        const qsizetype at = static_cast<const char *>(hit) - data;
        if (couldBeHeaderAt(at))
            return at;
        from = at + 1;
    }
    return size;
}

// The first place inside [from, to) where a header starts (or, while more
// bytes may come, could start); -1 when there is none.
qsizetype PacketReader::findEmbeddedHeader(qsizetype from, qsizetype to) const
{
    const char *data = m_buffer.constData();
    while (from < to) {
        const void *hit = std::memchr(data + from, Escape, size_t(to - from));
        if (!hit)
            return -1;
        const qsizetype at = static_cast<const char *>(hit) - data;
        if (couldBeHeaderAt(at))
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

// Whether the packet whose body starts at `bodyStart` was cut short by a
// header inside [bodyStart, to): Yes makes it one malformed item up to there;
// Maybe when that header is not all there yet.
PacketReader::CutShort PacketReader::cutShort(Item &item, qsizetype bodyStart, qsizetype to, int bodyLength)
{
    const qsizetype embedded = findEmbeddedHeader(bodyStart, to);
    if (embedded < 0)
        return CutShort::No;
    if (!isHeaderAt(embedded))
        return CutShort::Maybe;
    malformed(item, embedded,
        u"truncated packet: header promised %1 body bytes, the next header came after %2"_s.arg(bodyLength)
            .arg(embedded - bodyStart));
    return CutShort::Yes;
}

// A packet is believed when all of it is there, its body ends as a server's
// does (a form feed) and what follows it is the start of another header or
// the end of what has arrived: then its declared length is the truth,
// whatever its text holds (a chatter can type ESC TAB and twelve digits).
// Only a packet that fails that test is searched for the header that cut it
// short (§3.3). A packet cut short whose promised length happens to end
// exactly where a later packet ends passes the test and swallows what lies
// between: that is the price of never letting chat text end a broadcast.
bool PacketReader::next(Item &item)
{
    const qsizetype size = m_buffer.size();
    const qsizetype available = size - m_pos;
    if (available == 0)
        return false;
    const char *p = m_buffer.constData() + m_pos;

    if (p[0] != Escape || (available >= 2 && p[1] != Tab)) {
        const qsizetype start = findResyncPoint(m_pos + 1);
        malformed(item, start, u"%1 bytes of noise before a packet header"_s.arg(start - m_pos));
        return true;
    }
    if (available < HeaderSize) {
        if (!isHeaderPrefixAt(m_pos)) {
            const qsizetype resume = findResyncPoint(m_pos + 1);
            malformed(item, resume, u"invalid packet header \"%1\""_s.arg(printable(QByteArrayView(p, available))));
            return true;
        }
        if (!m_finished)
            return false;
        malformed(item, size, u"truncated header: %1 of %2 bytes"_s.arg(available).arg(HeaderSize));
        return true;
    }
    if (!allDigits(p + 2, 12)) {
        const qsizetype resume = findResyncPoint(m_pos + 1);
        malformed(item, resume, u"invalid packet header \"%1\""_s.arg(printable(QByteArrayView(p, HeaderSize))));
        return true;
    }

    const int bodyLength = parseDigits(p + 6, 6); // digits were checked above
    const qsizetype total = HeaderSize + bodyLength;
    const qsizetype bodyStart = m_pos + HeaderSize;
    const qsizetype end = m_pos + total;
    if (end > size) {
        if (!m_finished)
            return false; // the rest may still come: wait for all of it before judging
        if (cutShort(item, bodyStart, size, bodyLength) == CutShort::Yes)
            return true;
        malformed(item, size, u"truncated packet: %1 of %2 body bytes"_s.arg(available - HeaderSize).arg(bodyLength));
        return true;
    }
    // A server's body ends with a form feed (§3.2); a packet cut short by the
    // next one ends wherever its promised length happens to fall.
    const bool endsLikeABody = bodyLength == 0 || p[total - 1] == FieldSeparator;
    if (!endsLikeABody || (end < size && !couldBeHeaderAt(end))) {
        switch (cutShort(item, bodyStart, end, bodyLength)) {
        case CutShort::Yes:
            return true;
        case CutShort::Maybe:
            return false; // the header that may have cut it short is still arriving
        case CutShort::No:
            break; // nothing cut it short: the packet stands and what follows is noise
        }
    }

    item.kind = Item::Kind::Packet;
    item.reason.clear();
    item.offset = m_base + m_pos;
    item.packet.service = quint16(parseDigits(p + 2, 4));
    item.packet.returnCode = quint16(parseDigits(p + 12, 2));
    item.packet.body = QByteArrayView(p + HeaderSize, bodyLength);
    item.packet.offset = item.offset;
    m_pos = end;
    return true;
}

} // namespace soopchat::soop
