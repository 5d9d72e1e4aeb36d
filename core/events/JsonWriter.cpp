#include "core/events/JsonWriter.h"

namespace soopchat {

void JsonWriter::separate()
{
    if (m_needComma)
        m_out.append(',');
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_needComma = true;
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out.append('"').append(name.data(), name.size()).append("\":", 2);
    m_needComma = false;
}

void JsonWriter::key(QStringView name)
{
    separate();
    appendEscaped(m_out, name.toUtf8());
    m_out.append(':');
    m_needComma = false;
}

void JsonWriter::value(QStringView text)
{
    separate();
    appendEscaped(m_out, text.toUtf8());
    m_needComma = true;
}

void JsonWriter::value(QLatin1StringView text)
{
    separate();
    appendEscaped(m_out, QByteArrayView(text.data(), text.size()));
    m_needComma = true;
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out.append(QByteArray::number(number));
    m_needComma = true;
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    m_needComma = true;
}

void JsonWriter::rawValue(QByteArrayView json)
{
    separate();
    m_out.append(json);
    m_needComma = true;
}

void JsonWriter::appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.append('"');
    const char *begin = utf8.data();
    const char *end = begin + utf8.size();
    const char *run = begin;
    for (const char *p = begin; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 0xf]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(run, end - run);
    out.append('"');
}

} // namespace soopchat
