#include "sim/ImageServer.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QtEndian>

#include <array>

#include "core/util/Logging.h"

namespace soopchat::sim {

using namespace Qt::StringLiterals;

namespace {

quint32 crc32(QByteArrayView bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char b : bytes)
        c = table[(c ^ quint8(b)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &out, const char *type, QByteArrayView data)
{
    appendU32(out, quint32(data.size()));
    QByteArray body(type, 4);
    body.append(data);
    out.append(body);
    appendU32(out, crc32(body));
}

QByteArray header(int width, int height)
{
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    appendU32(ihdr, quint32(width));
    appendU32(ihdr, quint32(height));
    ihdr.append(char(8)); // bit depth
    ihdr.append(char(6)); // RGBA
    ihdr.append(char(0)).append(char(0)).append(char(0));
    appendChunk(out, "IHDR", ihdr);
    return out;
}

QByteArray zlibStream(const QByteArray &raw)
{
    // qCompress() is a 4-byte length, then a zlib stream: what IDAT holds.
    return qCompress(raw, 9).mid(4);
}

} // namespace

ImageServer::ImageServer(QObject *parent) : QAbstractHttpServer(parent)
{ }

bool ImageServer::listen(quint16 port, QString *error)
{
    m_port = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        *error = u"cannot open the image server on 127.0.0.1"_s;
        return false;
    }
    qCDebug(lcSim).nospace() << "image server on http://127.0.0.1:" << m_port;
    return true;
}

ImageServer::Rgb ImageServer::colorFor(const QString &path)
{
    // Bright and saturated: one channel high, one low, one from the path.
    const size_t h = qHash(path, 7);
    const quint8 mid = quint8(60 + h % 160);
    switch ((h / 160) % 3) {
    case 0:
        return {230, mid, 40};
    case 1:
        return {40, 230, mid};
    default:
        return {mid, 40, 230};
    }
}

QByteArray ImageServer::png(int width, int height, Rgb color)
{
    const Rgb frame {quint8(color.red / 2), quint8(color.green / 2), quint8(color.blue / 2)};
    QByteArray raw;
    raw.reserve(height * (1 + width * 4));
    for (int y = 0; y < height; ++y) {
        raw.append(char(0)); // filter: none
        for (int x = 0; x < width; ++x) {
            const bool edge = x < 2 || y < 2 || x >= width - 2 || y >= height - 2;
            const Rgb c = edge ? frame : color;
            raw.append(char(c.red)).append(char(c.green)).append(char(c.blue)).append(char(255));
        }
    }
    QByteArray out = header(width, height);
    appendChunk(out, "IDAT", zlibStream(raw));
    appendChunk(out, "IEND", {});
    return out;
}

QByteArray ImageServer::pngHeaderOnly(int width, int height)
{
    QByteArray out = header(width, height);
    appendChunk(out, "IDAT", zlibStream(QByteArray(1024, '\0')));
    appendChunk(out, "IEND", {});
    return out;
}

bool ImageServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    ++m_requests;
    ++m_byPath[path];
    QHttpServerResponder responder = makeResponder(request, socket);
    static const QRegularExpression sticker(u"^/sticker/\\d+/\\d+(_\\d+)?\\.(png|webp)$"_s);
    static const QRegularExpression emoticon(u"^/images/chat/emoticon/small/\\d+\\.png$"_s);
    if (sticker.match(path).hasMatch()) {
        // The real ones are 160 px, of which the list shows a fraction.
        responder.write(png(160, 160, colorFor(path)), "image/png");
    } else if (emoticon.match(path).hasMatch()) {
        responder.write(png(38, 38, colorFor(path)), "image/png");
    } else if (path == "/hostile/huge.png"_L1) {
        responder.write(pngHeaderOnly(20000, 20000), "image/png");
    } else if (path == "/hostile/big.png"_L1) {
        QByteArray big = png(64, 64, {255, 0, 0});
        big.append(QByteArray(2 * 1024 * 1024, 'x'));
        responder.write(big, "image/png");
    } else if (path == "/hostile/page.png"_L1) {
        responder.write("<html><body>not an image</body></html>", "text/html");
    } else if (path == "/hostile/broken.png"_L1) {
        responder.write(QByteArray(4096, '\x7f'), "image/png");
    } else {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }
    return true;
}

void ImageServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace soopchat::sim
