#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>

namespace soopchat::sim {

// The image hosts of SOOP's chat on 127.0.0.1, for the demo and the tests: OGQ stickers
// (GET /sticker/<group>/<id>_160.<ext>, as ogq-sticker-global-cdn-z01.sooplive.com) and the
// built-in emoticons (GET /images/chat/emoticon/small/<n>.png, as res.sooplive.com), each a
// small PNG of its own colour made here. The app's wiring points those hosts here. Hostile
// answers for the image cache's tests:
//   /hostile/huge.png      a PNG whose header claims 20000 x 20000 pixels
//   /hostile/big.png       image/png, 2 MiB long
//   /hostile/page.png      text/html
//   /hostile/broken.png    image/png that is no image
//   /hostile/missing.png   404
class ImageServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Rgb
    {
        quint8 red, green, blue;
    };

    explicit ImageServer(QObject *parent = nullptr);

    bool listen(quint16 port, QString *error);
    quint16 port() const { return m_port; }

    // Requests answered, in all and by path.
    int requests() const { return m_requests; }
    int requests(const QString &path) const { return m_byPath.value(path); }

    // The colour of the image at `path` (what a test looks for in the pixels).
    static Rgb colorFor(const QString &path);
    // A WxH PNG of one colour with a 2-pixel darker frame.
    static QByteArray png(int width, int height, Rgb color);
    // A PNG header claiming width x height, with no pixel data worth the name.
    static QByteArray pngHeaderOnly(int width, int height);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    quint16 m_port = 0;
    int m_requests = 0;
    QHash<QString, int> m_byPath;
};

} // namespace soopchat::sim
