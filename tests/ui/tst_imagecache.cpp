// The chat's image cache against the simulator's image server on a real socket: an image is
// fetched once, kept on disk across a restart, the disk cap evicts the least recently used,
// and what a hostile or absent server answers ends as a placeholder (a null image and a reason),
// never as a decoded 20000x20000 picture.
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

#include "sim/ImageServer.h"
#include "ui/chat/ImageCache.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

constexpr int Timeout = 15'000;
// What the real decoder builds (PacketDecoder) and the demo's wiring sends to the simulator.
constexpr auto StickerHost = "ogq-sticker-global-cdn-z01.sooplive.com";

QString sticker(int group, int id)
{
    return u"https://%1/sticker/%2/%3_160.png"_s.arg(QLatin1StringView(StickerHost)).arg(group).arg(id);
}

} // namespace

class TestImageCache : public QObject
{
    Q_OBJECT

private:
    ImageCache::Options options(const QString &folder) const
    {
        ImageCache::Options result;
        result.directory = folder + u"/images"_s;
        QUrl base;
        base.setScheme(u"http"_s);
        base.setHost(u"127.0.0.1"_s);
        base.setPort(m_server.port());
        result.hostRedirects.insert(QString::fromLatin1(StickerHost), base);
        result.hostRedirects.insert(u"hostile.test"_s, base);
        return result;
    }

    // Asks for `url` until it is ready or failed; returns the image (null when failed).
    static QImage await(ImageCache &cache, const QString &url)
    {
        QImage image = cache.image(url);
        if (!image.isNull())
            return image;
        std::ignore = QTest::qWaitFor(
            [&] {
                const ImageCache::State state = cache.state(url);
                return state == ImageCache::State::Ready || state == ImageCache::State::Failed;
            },
            Timeout);
        return cache.image(url);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.listen(0, &error), qPrintable(error));
    }

    void fetchedOnceThenFromMemoryAndDisk()
    {
        QTemporaryDir folder;
        const QString url = sticker(1000, 1);
        const QString path = u"/sticker/1000/1_160.png"_s;
        const int before = m_server.requests(path);
        {
            ImageCache cache(options(folder.path()));
            QVERIFY(cache.image(url).isNull()); // not here yet: the view draws a placeholder
            QCOMPARE(cache.state(url), ImageCache::State::Loading);
            QSignalSpy ready(&cache, &ImageCache::imageReady);
            QVERIFY(ready.wait(Timeout));
            QCOMPARE(ready.first().first().toString(), url);
            const QImage image = cache.image(url);
            QCOMPARE(image.size(), QSize(160, 160));
            const sim::ImageServer::Rgb rgb = sim::ImageServer::colorFor(path);
            QCOMPARE(image.pixelColor(80, 80), QColor(rgb.red, rgb.green, rgb.blue));
            // Asked for many times, painted at a size: still one request.
            for (int i = 0; i < 50; ++i)
                QVERIFY(!cache.pixmap(url, QSize(40, 40), 1.0).isNull());
            QCOMPARE(cache.pixmap(url, QSize(40, 40), 2.0).deviceIndependentSize(), QSizeF(40, 40));
            QCOMPARE(m_server.requests(path) - before, 1);
            QCOMPARE(cache.networkRequests(), 1);
            // Kept on disk for this user only.
            const QFileInfo file(cache.filePath(url));
            QTRY_VERIFY_WITH_TIMEOUT(file.exists(), Timeout);
            const QFile::Permissions permissions = QFile::permissions(file.filePath());
            QVERIFY(permissions.testFlag(QFile::ReadOwner) && permissions.testFlag(QFile::WriteOwner));
            QVERIFY(!(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
        }
        // A restart: a new cache on the same folder reads the disk, not the network.
        ImageCache again(options(folder.path()));
        const QImage image = await(again, url);
        QCOMPARE(image.size(), QSize(160, 160));
        QCOMPARE(again.networkRequests(), 0);
        QCOMPARE(m_server.requests(path) - before, 1);
    }

    void diskCapEvictsLeastRecentlyUsed()
    {
        QTemporaryDir folder;
        ImageCache::Options small = options(folder.path());
        const qint64 one =
            sim::ImageServer::png(160, 160, sim::ImageServer::colorFor(u"/sticker/2000/1_160.png"_s)).size();
        small.maxDiskBytes = one * 3 + one / 2; // about three stickers
        ImageCache cache(small);
        for (int id = 1; id <= 3; ++id) {
            QVERIFY(!await(cache, sticker(2000, id)).isNull());
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(cache.filePath(sticker(2000, id))), Timeout);
            // File times order the uses: the next use comes after this file's time.
            const QDateTime written = QFileInfo(cache.filePath(sticker(2000, id))).lastModified();
            QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTime() > written, Timeout);
        }
        // The first is used again (a read from disk touches it), then two new ones come.
        cache.clearMemory();
        QVERIFY(!await(cache, sticker(2000, 1)).isNull());
        QCOMPARE(cache.networkRequests(), 3);
        for (int id = 4; id <= 5; ++id) {
            const QDateTime used = QFileInfo(cache.filePath(sticker(2000, id - 1 == 3 ? 1 : id - 1))).lastModified();
            QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTime() > used, Timeout);
            QVERIFY(!await(cache, sticker(2000, id)).isNull());
        }
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(cache.filePath(sticker(2000, 5))), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(cache.diskBytes() <= small.maxDiskBytes, Timeout);
        QVERIFY(QFileInfo::exists(cache.filePath(sticker(2000, 1)))); // used recently: kept
        QVERIFY(!QFileInfo::exists(cache.filePath(sticker(2000, 2)))); // least recently used: gone
        QVERIFY(!QFileInfo::exists(cache.filePath(sticker(2000, 3))));
        QVERIFY(QFileInfo::exists(cache.filePath(sticker(2000, 4))));
    }

    void hostileAnswersAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("20000x20000 png") << u"/hostile/huge.png"_s << u"20000 x 20000 pixels"_s;
        QTest::newRow("2 MiB") << u"/hostile/big.png"_s << u"too large"_s;
        QTest::newRow("html") << u"/hostile/page.png"_s << u"not an image (text/html"_s;
        QTest::newRow("garbage") << u"/hostile/broken.png"_s << u"not an image"_s;
        QTest::newRow("404") << u"/hostile/missing.png"_s << u""_s;
    }

    void hostileAnswersAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QTemporaryDir folder;
        ImageCache cache(options(folder.path()));
        const QString url = u"https://hostile.test"_s + path;
        QSignalSpy failed(&cache, &ImageCache::imageFailed);
        QVERIFY(cache.image(url).isNull());
        QVERIFY(failed.wait(Timeout));
        QCOMPARE(cache.state(url), ImageCache::State::Failed);
        QVERIFY2(cache.failure(url).contains(reason), qPrintable(cache.failure(url)));
        QVERIFY(cache.image(url).isNull());
        QVERIFY(cache.pixmap(url, QSize(40, 40), 1.0).isNull());
        // Not asked for again at once, and nothing kept on disk.
        QCOMPARE(cache.networkRequests(), 1);
        QVERIFY(!QFileInfo::exists(cache.filePath(url)));
    }

    void onlyHttpsOrThisComputer()
    {
        QTemporaryDir folder;
        ImageCache cache(options(folder.path()));
        QVERIFY(!cache.fetchUrl(u"http://example.com/a.png"_s).isValid());
        QVERIFY(!cache.fetchUrl(u"file:///etc/passwd"_s).isValid());
        QVERIFY(cache.fetchUrl(u"https://example.com/a.png"_s).isValid());
        QCOMPARE(cache.fetchUrl(sticker(1, 2)).host(), u"127.0.0.1"_s);
        QSignalSpy failed(&cache, &ImageCache::imageFailed);
        QVERIFY(cache.image(u"file:///etc/passwd"_s).isNull());
        QVERIFY(failed.wait(Timeout));
        QCOMPARE(cache.networkRequests(), 0);
    }

    void offlineShowsThePlaceholder()
    {
        // A port nobody listens on: the image host cannot be reached.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QTemporaryDir folder;
        ImageCache::Options offline = options(folder.path());
        offline.hostRedirects.insert(QString::fromLatin1(StickerHost), QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        ImageCache cache(offline);
        const QString url = sticker(3000, 1);
        QSignalSpy failed(&cache, &ImageCache::imageFailed);
        QVERIFY(cache.image(url).isNull());
        QVERIFY(failed.wait(Timeout));
        QCOMPARE(cache.state(url), ImageCache::State::Failed);
        QVERIFY(!cache.failure(url).isEmpty());
        QVERIFY(cache.pixmap(url, QSize(40, 40), 1.0).isNull());
    }

private:
    sim::ImageServer m_server;
};

QTEST_MAIN(TestImageCache)
#include "tst_imagecache.moc"
