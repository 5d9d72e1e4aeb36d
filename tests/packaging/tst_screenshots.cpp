// The screenshots of the AppStream data, rendered by the real app on the
// demo's simulator under the offscreen platform: every image the metainfo
// names is made here, in English and Korean as it says. They land in
// <build>/screenshots/appstream, or in $SOOPCHAT_SCREENSHOT_DIR (scripts/
// package.sh: build/package/screenshots, to be published at
// SOOPCHAT_SCREENSHOT_URL).
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "support/TestData.h"
#include "ui/chat/ChatListModel.h"
#include "ui/main/AppContext.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/MainWindow.h"
#include "ui/overlay/OverlayWindow.h"
#include "ui/overlay/OverlayWindowController.h"
#include "ui/stats/StatsPanel.h"
#include "wiring/DemoPlatforms.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

constexpr int Timeout = 30'000;
constexpr QSize WindowSize {1180, 760}; // the app's default size

QString outputDir()
{
    const QString dir = qEnvironmentVariable("SOOPCHAT_SCREENSHOT_DIR");
    return dir.isEmpty() ? testdata::buildDir() + u"/screenshots/appstream"_s : dir;
}

// The images the AppStream template names, in its order.
QStringList namedInMetainfo()
{
    const QString metainfo = QString::fromUtf8(testdata::readFile(
        QStringLiteral(SOOPCHAT_PACKAGING_SOURCE) + u"/io.github.soopchat.soopchat.metainfo.xml.in"_s));
    static const QRegularExpression image(u"@SCREENSHOT_URL@/([a-z0-9-]+\\.png)"_s);
    QStringList names;
    for (QRegularExpressionMatchIterator it = image.globalMatch(metainfo); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

// Colours in a picture: a blank or half-painted one has a handful.
qsizetype colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return colours.size();
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    // The demo as `soopchat --demo --lang LANGUAGE` opens it, its first channel lively.
    struct Demo
    {
        Demo(wiring::DemoPlatforms &platforms, const QString &folder, const QString &language)
            : context(options(platforms, folder, language)), window(context)
        {
            window.resize(WindowSize);
            window.show();
            for (const QString &channel : platforms.channels())
                window.openChannel(channel);
            window.tabWidget()->setCurrentIndex(0);
        }

        static AppContext::Options options(
            wiring::DemoPlatforms &platforms, const QString &folder, const QString &language)
        {
            AppContext::Options options;
            options.settingsPath = folder + u"/soopchat.ini"_s;
            options.dataDir = folder + u"/data"_s;
            options.makeSources = platforms.sources();
            options.demo = true;
            options.language = language;
            options.overlayServer = false;
            return options;
        }

        // Waits until the chat has filled the window and the statistics have something to show.
        bool settle()
        {
            ChannelTab *tab = window.currentTab();
            if (!tab)
                return false;
            const bool busy = QTest::qWaitFor(
                [&] { return tab->model()->rowCount() > 60 && tab->stats().snapshot().totals.starBalloons > 0; },
                Timeout);
            tab->statsPanel()->refresh();
            tab->model()->flush();
            return busy && QTest::qWaitForWindowExposed(&window);
        }

        AppContext context;
        MainWindow window;
    };

    QImage mainWindow(const QString &language)
    {
        QTemporaryDir folder;
        Demo demo(m_platforms, folder.path(), language);
        if (!demo.settle())
            return {};
        return demo.window.grab().toImage();
    }

    QImage overlayWindow()
    {
        QTemporaryDir folder;
        Demo demo(m_platforms, folder.path(), u"ko"_s);
        if (!demo.settle())
            return {};
        OverlayWindowController *overlay = demo.window.currentTab()->overlayWindow();
        overlay->popOut();
        OverlayWindow *window = overlay->window();
        window->resize(400, 600);
        OverlayWindowOptions options = overlay->options();
        options.locked = true; // as it is on stream: no frame, no hints
        overlay->setOptions(options);
        if (!QTest::qWaitFor([&] { return window->shownLines().size() > 8; }, Timeout))
            return {};
        return window->grab().toImage();
    }

    wiring::DemoPlatforms m_platforms;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_platforms.start(&error), qPrintable(error));
        QVERIFY(QDir().mkpath(outputDir()));
    }

    void everyScreenshotTheMetainfoNamesIsRendered_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = namedInMetainfo();
        QVERIFY(!names.isEmpty());
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyScreenshotTheMetainfoNamesIsRendered()
    {
        QFETCH(QString, name);
        QImage image;
        if (name == "main-window.png"_L1)
            image = mainWindow(u"en"_s);
        else if (name == "main-window-ko.png"_L1)
            image = mainWindow(u"ko"_s);
        else if (name == "overlay-window.png"_L1)
            image = overlayWindow();
        else
            QFAIL(qPrintable(u"the metainfo names a screenshot this test does not render: "_s + name));
        QVERIFY2(!image.isNull(), "the demo did not fill the window in time");
        QVERIFY2(colourCount(image) > 200, qPrintable(u"%1 colours"_s.arg(colourCount(image))));
        const QString path = outputDir() + u'/' + name;
        QVERIFY(image.save(path));
        qInfo().noquote() << "rendered" << path;
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
