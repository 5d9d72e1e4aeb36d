#include "ui/chat/ImageCache.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QImageReader>
#include <QNetworkReply>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

qint64 imageBytes(const QImage &image)
{
    return std::max<qint64>(1, image.sizeInBytes());
}

QString scaledKey(const QString &url, QSize size, qreal dpr)
{
    return u"%1x%2@%3 "_s.arg(size.width()).arg(size.height()).arg(dpr) + url;
}

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host == "localhost"_L1 || (!address.isNull() && address.isLoopback());
}

} // namespace

ImageCache::ImageCache(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_network(this)
{
    if (m_options.directory.isEmpty())
        m_options.directory = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/images"_s;
    m_images.setMaxCost(std::max<qint64>(1, m_options.maxMemoryBytes / 2));
    m_scaled.setMaxCost(std::max<qint64>(1, m_options.maxMemoryBytes / 2));
    m_worker.setMaxThreadCount(1); // one writer of the folder: eviction never races a write
    m_worker.setExpiryTimeout(5000);
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_network.setTransferTimeout(15'000);
}

ImageCache::~ImageCache()
{
    m_worker.clear();
    m_worker.waitForDone();
}

QString ImageCache::filePath(const QString &url) const
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_options.directory + u'/' + QString::fromLatin1(hash.left(40));
}

QUrl ImageCache::fetchUrl(const QString &text) const
{
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userName().isEmpty())
        return {};
    if (const auto it = m_options.hostRedirects.constFind(url.host().toLower()); it != m_options.hostRedirects.cend()) {
        url.setScheme(it->scheme());
        url.setHost(it->host());
        url.setPort(it->port());
    }
    if (url.scheme() == "https"_L1 || (url.scheme() == "http"_L1 && isLoopback(url.host())))
        return url;
    return {};
}

ImageCache::State ImageCache::state(const QString &url) const
{
    if (m_images.contains(url))
        return State::Ready;
    return m_entries.value(url).state;
}

QString ImageCache::failure(const QString &url) const
{
    return m_entries.value(url).failure;
}

QImage ImageCache::image(const QString &url)
{
    if (const QImage *image = m_images.object(url))
        return *image;
    Entry &entry = m_entries[url];
    if (entry.state == State::Loading)
        return {};
    if (entry.state == State::Failed &&
        QDateTime::currentMSecsSinceEpoch() - entry.failedAtMs <
            std::chrono::duration_cast<std::chrono::milliseconds>(m_options.retryAfter).count()) {
        return {};
    }
    startLoad(url);
    return {};
}

QPixmap ImageCache::pixmap(const QString &url, QSize size, qreal dpr)
{
    const QString key = scaledKey(url, size, dpr);
    if (const QPixmap *cached = m_scaled.object(key))
        return *cached;
    const QImage original = image(url);
    if (original.isNull())
        return {};
    QPixmap scaled = QPixmap::fromImage(
        original.scaled(size * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation), Qt::NoFormatConversion);
    scaled.setDevicePixelRatio(dpr);
    m_scaled.insert(key, new QPixmap(scaled), std::max<qint64>(1, qint64(scaled.width()) * scaled.height() * 4));
    return scaled;
}

void ImageCache::clearMemory()
{
    m_images.clear();
    m_scaled.clear();
    m_entries.clear();
}

qint64 ImageCache::diskBytes() const
{
    qint64 total = 0;
    const QFileInfoList files = QDir(m_options.directory).entryInfoList(QDir::Files);
    for (const QFileInfo &file : files)
        total += file.size();
    return total;
}

void ImageCache::startLoad(const QString &url)
{
    m_entries[url].state = State::Loading;
    const QString path = filePath(url);
    const QSize maxPixels = m_options.maxPixels;
    m_worker.start([this, url, path, maxPixels] {
        QFile file(path);
        Decoded decoded;
        bool onDisk = false;
        if (file.open(QIODevice::ReadOnly)) {
            onDisk = true;
            decoded = decode(file.read(64LL * 1024 * 1024), maxPixels);
            file.close();
            // Least recently used goes first: a use is a touch.
            if (QFile touch(path); touch.open(QIODevice::ReadWrite))
                touch.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
        }
        QMetaObject::invokeMethod(
            this,
            [this, url, decoded, onDisk] {
                if (onDisk && !decoded.image.isNull())
                    arrived(url, decoded.image, {}, true);
                else
                    fetch(url);
            },
            Qt::QueuedConnection);
    });
}

void ImageCache::fetch(const QString &url)
{
    const QUrl target = fetchUrl(url);
    if (!target.isValid()) {
        fail(url, tr("not an image address this app fetches")); // ko: 이 앱이 가져오지 않는 이미지 주소
        return;
    }
    QNetworkRequest request(target);
    request.setMaximumRedirectsAllowed(3);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SoopChat"));
    ++m_networkRequests;
    QNetworkReply *reply = m_network.get(request);
    const qint64 cap = m_options.maxImageBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, url, cap] {
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (!type.isEmpty() && !type.startsWith("image/"_L1)) {
            reply->setProperty("refused", tr("not an image (%1)").arg(type)); // ko: 이미지가 아님 (%1)
            reply->abort();
        } else if (length > cap) {
            reply->setProperty("refused", tr("too large")); // ko: 너무 큼
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, cap](qint64 received, qint64) {
        if (received > cap && reply->isRunning()) {
            reply->setProperty("refused", tr("too large"));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] { finishFetch(reply, url); });
}

void ImageCache::finishFetch(QNetworkReply *reply, const QString &url)
{
    reply->deleteLater();
    if (const QString refused = reply->property("refused").toString(); !refused.isEmpty()) {
        fail(url, refused);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(url, reply->errorString());
        return;
    }
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
    if (!type.startsWith("image/"_L1)) {
        fail(url, tr("not an image (%1)").arg(type));
        return;
    }
    const QByteArray bytes = reply->readAll();
    if (bytes.size() > m_options.maxImageBytes) {
        fail(url, tr("too large"));
        return;
    }
    const QString directory = m_options.directory;
    const QString path = filePath(url);
    const QSize maxPixels = m_options.maxPixels;
    const qint64 maxDisk = m_options.maxDiskBytes;
    m_worker.start([this, url, bytes, directory, path, maxPixels, maxDisk] {
        const Decoded decoded = decode(bytes, maxPixels);
        if (!decoded.image.isNull())
            store(directory, path, bytes, maxDisk);
        QMetaObject::invokeMethod(
            this, [this, url, decoded] { arrived(url, decoded.image, decoded.error, false); }, Qt::QueuedConnection);
    });
}

void ImageCache::arrived(const QString &url, const QImage &image, const QString &error, bool fromDisk)
{
    if (image.isNull()) {
        fail(url, error);
        return;
    }
    Entry &entry = m_entries[url];
    entry.state = State::Ready;
    entry.failure.clear();
    m_images.insert(url, new QImage(image), imageBytes(image));
    qCDebug(lcUi) << "image" << url << (fromDisk ? "from disk" : "from the network") << image.size();
    emit imageReady(url);
}

void ImageCache::fail(const QString &url, const QString &reason)
{
    Entry &entry = m_entries[url];
    entry.state = State::Failed;
    entry.failure = reason;
    entry.failedAtMs = QDateTime::currentMSecsSinceEpoch();
    qCDebug(lcUi) << "image" << url << "failed:" << reason;
    emit imageFailed(url, reason);
}

ImageCache::Decoded ImageCache::decode(const QByteArray &bytes, QSize maxPixels)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    static const QList<QByteArray> allowed {"png", "jpeg", "jpg", "gif", "webp"};
    if (!allowed.contains(format))
        return {{}, tr("not an image")}; // ko: 이미지가 아님
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > maxPixels.width() || size.height() > maxPixels.height())
        return {
            {}, tr("%1 x %2 pixels is too large").arg(size.width()).arg(size.height())}; // ko: %1 x %2 픽셀은 너무 큼
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return {{}, tr("not an image")};
    return {image.convertToFormat(QImage::Format_ARGB32_Premultiplied), {}};
}

void ImageCache::store(const QString &directory, const QString &path, const QByteArray &bytes, qint64 maxDiskBytes)
{
    if (!QDir().mkpath(directory))
        return;
    QFile::setPermissions(directory, OwnerOnly | QFile::ExeOwner);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(OwnerOnly);
    file.write(bytes);
    if (!file.commit())
        return;
    QFile::setPermissions(path, OwnerOnly);

    // Least recently used (oldest modification: a read touches its file) first.
    QFileInfoList files = QDir(directory).entryInfoList(QDir::Files, QDir::Time); // newest first
    qint64 total = 0;
    for (const QFileInfo &info : std::as_const(files))
        total += info.size();
    while (total > maxDiskBytes && !files.isEmpty()) {
        const QFileInfo oldest = files.takeLast();
        if (oldest.filePath() == path)
            break; // keep the one just written even when it alone is over the cap
        if (QFile::remove(oldest.filePath()))
            total -= oldest.size();
    }
}

} // namespace soopchat
