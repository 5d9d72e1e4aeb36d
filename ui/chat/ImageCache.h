#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPixmap>
#include <QSize>
#include <QThreadPool>
#include <QUrl>

#include <chrono>

class QNetworkReply;

namespace soopchat {

// The images chat names (OGQ stickers, emoticons): fetched once over the network, kept on disk
// across runs, never in the way of the list. A view asks for an image when it paints; while it
// is loading, or when it cannot be had (offline, refused), the view draws a placeholder of the
// same size, and imageReady() tells it to paint again.
//
// Nothing a server sends can cost much: only image content types, at most maxImageBytes per
// image (the download stops there), only PNG, JPEG, GIF and WebP whose header says at most
// maxPixels (a 20000x20000 PNG is refused before a pixel is decoded), decoded and written on a
// worker thread. The disk cache is a folder of files only this user can read (0600), at most
// maxDiskBytes, the least recently used files removed first.
//
// GUI thread.
class ImageCache : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString directory; // empty: <QStandardPaths::CacheLocation>/images
        qint64 maxDiskBytes = 64LL * 1024 * 1024;
        qint64 maxImageBytes = 1024 * 1024;
        QSize maxPixels {512, 512};
        qint64 maxMemoryBytes = 48LL * 1024 * 1024; // decoded images and their scaled copies
        // Hosts fetched from somewhere else: the demo and the tests send SOOP's image hosts to the
        // simulator (scheme, host and port of the value; the path stays).
        QHash<QString, QUrl> hostRedirects;
        std::chrono::seconds retryAfter {120}; // a failed image is asked for again after this
    };

    enum class State : quint8 { Unknown, Loading, Ready, Failed };

    explicit ImageCache(Options options, QObject *parent = nullptr);
    ~ImageCache() override;

    // The image at its own size when it is here; otherwise a null image, and it is got (from
    // disk, else from the network) unless that is already under way or recently failed.
    QImage image(const QString &url);
    // The image scaled to fit `size` (device-independent pixels), for painting; null while
    // not here. Scaled copies are kept, so painting a row again costs a look-up.
    QPixmap pixmap(const QString &url, QSize size, qreal devicePixelRatio);

    State state(const QString &url) const;
    QString failure(const QString &url) const; // why an image failed, for a tooltip and tests

    QString directory() const { return m_options.directory; }
    const Options &options() const { return m_options; }
    int networkRequests() const { return m_networkRequests; }
    // The file an image is kept in.
    QString filePath(const QString &url) const;
    // What the folder holds now (counted on this thread; for tests).
    qint64 diskBytes() const;
    // Forget the images in memory (not on disk), e.g. for a test of a restart.
    void clearMemory();

    // Where a URL is fetched from, after hostRedirects; invalid when it must not be fetched
    // (not https, or http anywhere but this computer).
    QUrl fetchUrl(const QString &url) const;

signals:
    void imageReady(const QString &url);
    void imageFailed(const QString &url, const QString &reason);

private:
    struct Entry
    {
        State state = State::Unknown;
        QString failure;
        qint64 failedAtMs = 0;
    };
    struct Decoded
    {
        QImage image;
        QString error;
    };

    void startLoad(const QString &url);
    void fetch(const QString &url);
    void finishFetch(QNetworkReply *reply, const QString &url);
    void arrived(const QString &url, const QImage &image, const QString &error, bool fromDisk);
    void fail(const QString &url, const QString &reason);

    static Decoded decode(const QByteArray &bytes, QSize maxPixels);
    static void store(const QString &directory, const QString &path, const QByteArray &bytes, qint64 maxDiskBytes);

    Options m_options;
    QHash<QString, Entry> m_entries; // a few bytes per image ever asked for
    QCache<QString, QImage> m_images; // cost: bytes; an image pushed out is read from disk again
    QCache<QString, QPixmap> m_scaled;
    QNetworkAccessManager m_network;
    QThreadPool m_worker;
    int m_networkRequests = 0;
};

} // namespace soopchat
