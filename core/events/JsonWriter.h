#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QStringView>

namespace soopchat {

// Appends compact JSON to a byte array. Much cheaper than building a
// QJsonObject, which matters on the decode and export paths. The caller is
// responsible for well-formed nesting; commas are handled here.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) { }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);
    void key(QStringView name); // a name from the input, escaped

    void value(QStringView text);
    void value(QLatin1StringView text);
    void value(qint64 number);
    void value(bool flag);
    void rawValue(QByteArrayView json); // already-serialised JSON

    static void appendEscaped(QByteArray &out, QByteArrayView utf8);

private:
    void separate();

    QByteArray &m_out;
    bool m_needComma = false;
};

} // namespace soopchat
