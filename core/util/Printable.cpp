#include "core/util/Printable.h"

namespace soopchat {

QString printable(QByteArrayView bytes, qsizetype maxBytes)
{
    const QByteArrayView shown = bytes.first(std::min(bytes.size(), maxBytes));
    QByteArray out;
    out.reserve(shown.size() + 8);
    for (char c : shown) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            static constexpr char Hex[] = "0123456789abcdef";
            out.append("\\x").append(Hex[u >> 4]).append(Hex[u & 0xf]);
        } else {
            out.append(c);
        }
    }
    QString text = QString::fromUtf8(out);
    if (shown.size() < bytes.size())
        text.append(u'…');
    return text;
}

} // namespace soopchat
