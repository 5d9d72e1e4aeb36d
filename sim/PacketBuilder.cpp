#include "sim/PacketBuilder.h"

#include "core/soop/Packet.h"

namespace soopchat::sim {

namespace {

void writeDigits(char *at, quint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

PacketBuilder::PacketBuilder(QByteArray &out, quint16 service, quint16 returnCode) : m_out(out), m_start(out.size())
{
    char header[soop::HeaderSize + 1];
    header[0] = soop::Escape;
    header[1] = soop::Tab;
    writeDigits(header + 2, service % 10000, 4);
    writeDigits(header + 6, 0, 6);
    writeDigits(header + 12, returnCode % 100, 2);
    header[soop::HeaderSize] = soop::FieldSeparator;
    m_out.append(header, soop::HeaderSize + 1);
}

PacketBuilder::~PacketBuilder()
{
    finish();
}

PacketBuilder &PacketBuilder::field(QByteArrayView value)
{
    const qsizetype at = m_out.size();
    m_out.append(value.data(), value.size());
    // A form feed inside a value would split it into two fields.
    if (value.contains(soop::FieldSeparator)) {
        for (qsizetype i = at; i < m_out.size(); ++i) {
            if (m_out[i] == soop::FieldSeparator)
                m_out[i] = ' ';
        }
    }
    m_out.append(soop::FieldSeparator);
    return *this;
}

PacketBuilder &PacketBuilder::endField()
{
    m_out.append(soop::FieldSeparator);
    return *this;
}

PacketBuilder &PacketBuilder::field(QStringView text)
{
    return field(QByteArrayView(text.toUtf8()));
}

void PacketBuilder::appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    int n = 0;
    const bool negative = value < 0;
    quint64 magnitude = negative ? quint64(-(value + 1)) + 1 : quint64(value);
    do {
        digits[n++] = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative)
        digits[n++] = '-';
    const qsizetype at = out.size();
    out.resize(at + n);
    char *p = out.data() + at;
    for (int i = 0; i < n; ++i)
        p[i] = digits[n - 1 - i];
}

PacketBuilder &PacketBuilder::number(qint64 value)
{
    appendNumber(m_out, value);
    m_out.append(soop::FieldSeparator);
    return *this;
}

PacketBuilder &PacketBuilder::flags(quint32 flag1, quint32 flag2)
{
    // Written as "flag1|flag2" in one field.
    number(flag1);
    m_out[m_out.size() - 1] = '|';
    return number(flag2);
}

qsizetype PacketBuilder::finish()
{
    const qsizetype size = m_out.size() - m_start;
    if (!m_finished) {
        m_finished = true;
        writeDigits(m_out.data() + m_start + 6, quint64(size - soop::HeaderSize) % 1000000, 6);
    }
    return size;
}

QByteArray PacketBuilder::make(quint16 service, std::initializer_list<QByteArrayView> fields, quint16 returnCode)
{
    QByteArray out;
    {
        PacketBuilder builder(out, service, returnCode);
        for (QByteArrayView f : fields)
            builder.field(f);
    }
    return out;
}

} // namespace soopchat::sim
