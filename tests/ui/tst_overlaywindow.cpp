// The pop-out overlay window on the offscreen platform: options that persist
// per channel and apply live, lock and click-through, lines that are capped
// and fade, donations-only, donation emphasis and badges, and pictures of
// the window over a chroma key and with a transparent background.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QPainter>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWindow>

#include "ChatTestEvents.h"
#include "core/events/Badges.h"
#include "core/events/Donation.h"
#include "support/TestData.h"
#include "ui/common/AppSettings.h"
#include "ui/overlay/OverlayLineRenderer.h"
#include "ui/overlay/OverlayOptionsDialog.h"
#include "ui/overlay/OverlayWindow.h"
#include "ui/overlay/OverlayWindowController.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace chattest;
using Background = OverlayWindowOptions::Background;
using TextEffect = OverlayWindowOptions::TextEffect;

namespace {

// A clock the test moves by hand.
struct ManualClock
{
    qint64 nowMs = 1'000;
    OverlayWindow::Clock clock()
    {
        return [this] { return nowMs; };
    }
};

// Lines fade in for a moment; pictures and pixel checks want them settled.
void settle(OverlayWindow &window, ManualClock &time)
{
    time.nowMs += 1'000;
    window.updateFading();
}

OverlayWindowOptions quietOptions()
{
    OverlayWindowOptions options;
    options.fadeSeconds = 0;
    return options;
}

EventPtr balloon(const QString &nick, qint64 count, Roles roles = {}, const QString &text = {})
{
    auto e = std::make_shared<ChatEvent>(*donation(EventType::Balloon, nick, nick + u"_id"_s, count, text));
    e->flags = UserFlags {0, 0, roles};
    return e;
}

QStringList shownTexts(OverlayWindow &window)
{
    QStringList texts;
    for (const OverlayWindow::ShownLine &line : window.shownLines())
        texts.append(line.event->text.value_or(QString()));
    return texts;
}

// What the window paints, with its alpha, as OBS would capture it.
QImage renderWithAlpha(OverlayWindow &window)
{
    QImage image(window.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    window.render(&image, QPoint(), QRegion(), QWidget::RenderFlags());
    return image;
}

// Pixels of the host badge's red (#E5484D) in `rect`; the host's name is a lighter red.
int badgeRedPixels(const QImage &image, const QRect &rect)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += (c.alpha() == 255 && c.red() > 200 && c.green() < 90 && c.blue() < 95) ? 1 : 0;
        }
    }
    return count;
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(line[x]) > 0 ? 1 : 0;
    }
    return count;
}

// The intended Korean of the few chat-list phrases the overlay uses (noted
// in ChatEventText.cpp), so the pictures read as they will for a Korean
// streamer before the translation file is filled in.
class KoreanSample : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "soopchat::ChatEventText") != 0 && qstrcmp(context, "soopchat::EventWords") != 0)
            return {};
        static const QHash<QByteArray, QString> words {
            {"sent %Ln star balloon(s)", u"별풍선 %Ln개 선물"_s},
            {"sent %Ln ad balloon(s)", u"애드벌룬 %Ln개 선물"_s},
            {"subscribed for %Ln month(s)", u"구독 연장 (%Ln개월째)"_s},
            {"gifted a subscription to %1", u"%1님에게 구독권 선물"_s},
            {"Notice", u"공지"_s},
            {"sticker", u"스티커"_s},
            {"managers", u"매니저"_s},
        };
        return words.value(QByteArray(source));
    }
};

EventBatch sampleSession()
{
    auto renewal =
        std::make_shared<ChatEvent>(*donation(EventType::SubscriptionRenewal, u"달빛소나타"_s, u"moon"_s, 0));
    renewal->editDetails().months = 12;
    renewal->flags = UserFlags {0, 0, Role::Subscriber};
    auto sticker = std::make_shared<ChatEvent>(*chat(u"스티커장인"_s, u"sticker"_s, u"귀여워"_s, Role::FanClub));
    sticker->type = EventType::OgqSticker;
    return {notice(u"오늘 방송은 밤 11시까지 진행됩니다"_s),
        chat(u"별빛토끼"_s, u"rabbit"_s, u"안녕하세요~ 오늘도 왔어요"_s),
        chat(u"방장"_s, u"host"_s, u"어서 오세요! 랭크 갑니다"_s, Role::Host),
        chat(u"매니저봇"_s, u"bot"_s, u"채팅 예절을 지켜 주세요"_s, Role::Manager),
        chat(u"열혈팬하늘"_s, u"sky"_s, u"가즈아!!! 이긴다"_s, Roles(Role::TopFan) | Role::FanClub),
        balloon(u"후원왕"_s, 100, Role::FanClub, u"오늘도 재밌어요"_s), sticker,
        chat(u"구독자민트"_s, u"mint"_s, u"<b>태그</b>도 글자로"_s, Roles(Role::Subscriber) | Role::Supporter), renewal,
        balloon(u"큰손"_s, 10000, Role::TopFan), chat(u"지나가던시청자"_s, u"passer"_s, u"ㅋㅋㅋㅋ 대박"_s)};
}

} // namespace

class TestOverlayWindow : public QObject
{
    Q_OBJECT

private slots:
    void optionsPersistPerChannelAndReload()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"soopchat.ini"_s);
        OverlayWindowOptions alpha;
        alpha.background = Background::Transparent;
        alpha.chromaColor = QColor(0x00, 0x00, 0xFF);
        alpha.fontFamily = u"NanumGothic"_s;
        alpha.fontSize = 31;
        alpha.textEffect = TextEffect::Shadow;
        alpha.maxLines = 7;
        alpha.fadeSeconds = 12;
        alpha.showBadges = false;
        alpha.emphasiseDonations = false;
        alpha.donationsOnly = true;
        alpha.locked = true;
        OverlayWindowOptions beta;
        beta.fontSize = 44;
        beta.clickThrough = true;
        QRect alphaGeometry;
        {
            AppSettings settings(path);
            OverlayWindowController a(u"alpha_bj"_s, settings, nullptr);
            OverlayWindowController b(u"beta_bj"_s, settings, nullptr);
            a.setOptions(alpha);
            b.setOptions(beta);
            a.popOut();
            a.window()->setGeometry(120, 140, 333, 444);
            alphaGeometry = a.window()->geometry();
        } // the controllers save as they go

        AppSettings again(path);
        OverlayWindowOptions loaded = OverlayWindowOptions::fromMap(again.overlayWindowOptions(u"alpha_bj"_s));
        QVERIFY(!loaded.geometry.isEmpty());
        loaded.geometry.clear();
        QCOMPARE(loaded, alpha);
        QCOMPARE(OverlayWindowOptions::fromMap(again.overlayWindowOptions(u"beta_bj"_s)).fontSize, 44);
        QVERIFY(OverlayWindowOptions::fromMap(again.overlayWindowOptions(u"beta_bj"_s)).clickThrough);
        QCOMPARE(OverlayWindowOptions::fromMap(again.overlayWindowOptions(u"gamma_bj"_s)), OverlayWindowOptions());

        // A new controller for the channel brings its window back as it was.
        OverlayWindowController reopened(u"alpha_bj"_s, again, nullptr);
        QCOMPARE(reopened.window()->options().fontSize, 31);
        QVERIFY(reopened.window()->options().donationsOnly);
        QVERIFY(reopened.window()->windowFlags().testFlag(Qt::WindowDoesNotAcceptFocus)); // locked
        reopened.popOut();
        QCOMPARE(reopened.window()->geometry(), alphaGeometry);
    }

    void unreadableSettingsFallBackToDefaults()
    {
        QVariantMap broken {{u"background"_s, u"plaid"_s}, {u"chromaColor"_s, u"not a colour"_s}, {u"fontSize"_s, 5000},
            {u"maxLines"_s, u"many"_s}, {u"fadeSeconds"_s, -3}, {u"badges"_s, u"perhaps"_s},
            {u"textEffect"_s, u"sparkles"_s}};
        const OverlayWindowOptions options = OverlayWindowOptions::fromMap(broken);
        const OverlayWindowOptions defaults;
        QCOMPARE(options.background, defaults.background);
        QCOMPARE(options.chromaColor, QColor(0x00, 0xFF, 0x00));
        QCOMPARE(options.fontSize, OverlayWindowOptions::MaxFontSize);
        QCOMPARE(options.maxLines, defaults.maxLines);
        QCOMPARE(options.fadeSeconds, 0);
        QCOMPARE(options.showBadges, true);
        QCOMPARE(options.textEffect, TextEffect::Outline);
    }

    void dialogChangesApplyLiveAndAreSaved()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(u"soopchat.ini"_s);
        AppSettings settings(path);
        OverlayWindowController controller(u"live_bj"_s, settings, nullptr);
        controller.setOptions(quietOptions());
        controller.popOut();
        OverlayWindow *window = controller.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        ManualClock time;
        window->setClock(time.clock());
        window->addEvents({chat(u"시청자"_s, u"v1"_s, u"글자가 커집니다"_s)});
        settle(*window, time);
        const QImage before = renderWithAlpha(*window);
        const int heightBefore = window->shownLines().at(0).rect.height();

        controller.showOptions();
        OverlayOptionsDialog *dialog = controller.optionsDialog();
        QVERIFY(dialog && dialog->isVisible());
        const int frames = window->frameCount();
        dialog->findChild<QSpinBox *>(u"fontSize"_s)->setValue(36);
        QCOMPARE(window->options().fontSize, 36); // at once, no OK button
        QTRY_VERIFY(window->frameCount() > frames); // and painted again
        QVERIFY(window->shownLines().at(0).rect.height() > heightBefore);
        QVERIFY(renderWithAlpha(*window) != before);

        auto *background = dialog->findChild<QComboBox *>(u"background"_s);
        background->setCurrentIndex(background->findData(int(Background::Transparent)));
        QCOMPARE(window->options().background, Background::Transparent);
        QCOMPARE(renderWithAlpha(*window).pixelColor(6, window->height() / 2).alpha(), 0);

        // Saved shortly after, without closing anything.
        QTRY_COMPARE(OverlayWindowOptions::fromMap(AppSettings(path).overlayWindowOptions(u"live_bj"_s)).fontSize, 36);
        QCOMPARE(OverlayWindowOptions::fromMap(AppSettings(path).overlayWindowOptions(u"live_bj"_s)).background,
            Background::Transparent);
    }

    void theBackgroundIsChromaKeyOrFullyTransparent()
    {
        OverlayWindow window(u"bg_bj"_s);
        window.resize(300, 200);
        OverlayWindowOptions options = quietOptions();
        options.locked = true; // no frame or hint drawn
        window.setOptions(options);
        QVERIFY(window.testAttribute(Qt::WA_TranslucentBackground));
        QImage image = renderWithAlpha(window);
        QCOMPARE(image.pixelColor(10, 10), QColor(0x00, 0xFF, 0x00));
        QCOMPARE(image.pixelColor(290, 190), QColor(0x00, 0xFF, 0x00));

        options.chromaColor = QColor(0xFF, 0x00, 0xFF);
        window.setOptions(options);
        QCOMPARE(renderWithAlpha(window).pixelColor(150, 100), QColor(0xFF, 0x00, 0xFF));

        options.background = Background::Transparent;
        window.setOptions(options);
        QCOMPARE(opaquePixels(renderWithAlpha(window)), 0); // not a single pixel without text
        ManualClock time;
        window.setClock(time.clock());
        window.addEvents({chat(u"시청자"_s, u"v1"_s, u"안녕하세요"_s)});
        settle(window, time);
        QVERIFY(opaquePixels(renderWithAlpha(window)) > 100);
    }

    void lockStopsMovingAndResizing()
    {
        OverlayWindow window(u"lock_bj"_s);
        window.setOptions(quietOptions());
        window.setGeometry(100, 100, 300, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Unlocked: dragging the middle moves, dragging the bottom-right corner resizes.
        QTest::mousePress(&window, Qt::LeftButton, {}, QPoint(150, 200));
        QTest::mouseMove(&window, QPoint(190, 230));
        QTest::mouseRelease(&window, Qt::LeftButton, {}, QPoint(190, 230));
        QTRY_COMPARE(window.pos(), QPoint(140, 130));
        QCOMPARE(window.size(), QSize(300, 400));
        QTest::mousePress(&window, Qt::LeftButton, {}, QPoint(297, 397));
        QTest::mouseMove(&window, QPoint(347, 427));
        QTest::mouseRelease(&window, Qt::LeftButton, {}, QPoint(347, 427));
        QTRY_COMPARE(window.size(), QSize(350, 430));
        QCOMPARE(window.pos(), QPoint(140, 130));

        QSignalSpy edited(&window, &OverlayWindow::optionsEdited);
        window.setLocked(true);
        QCOMPARE(edited.size(), 1);
        QVERIFY(window.isVisible()); // the new window flags did not hide it
        QVERIFY(window.windowFlags().testFlag(Qt::WindowDoesNotAcceptFocus));
        QVERIFY(window.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
        QVERIFY(window.windowFlags().testFlag(Qt::FramelessWindowHint));
        const QRect locked = window.geometry();
        QCOMPARE(locked, QRect(QPoint(140, 130), QSize(350, 430)));
        QTest::mousePress(&window, Qt::LeftButton, {}, QPoint(150, 200));
        QTest::mouseMove(&window, QPoint(250, 300));
        QTest::mouseRelease(&window, Qt::LeftButton, {}, QPoint(250, 300));
        QTest::mousePress(&window, Qt::LeftButton, {}, QPoint(347, 427));
        QTest::mouseMove(&window, QPoint(400, 500));
        QTest::mouseRelease(&window, Qt::LeftButton, {}, QPoint(400, 500));
        QTest::mouseDClick(&window, Qt::LeftButton, {}, QPoint(150, 200));
        QCoreApplication::processEvents();
        QCOMPARE(window.geometry(), locked);
        QVERIFY(window.cursor().shape() == Qt::ArrowCursor);

        window.setLocked(false);
        QVERIFY(!window.windowFlags().testFlag(Qt::WindowDoesNotAcceptFocus));
        QCOMPARE(window.geometry(), locked);
    }

    void clickThroughSetsInputTransparencyAndCanBeTurnedOff()
    {
        QTemporaryDir folder;
        AppSettings settings(folder.filePath(u"soopchat.ini"_s));
        OverlayWindowController controller(u"through_bj"_s, settings, nullptr);
        controller.popOut();
        OverlayWindow *window = controller.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!window->windowFlags().testFlag(Qt::WindowTransparentForInput));

        controller.setClickThrough(true);
        QVERIFY(controller.isClickThrough());
        QVERIFY(window->windowFlags().testFlag(Qt::WindowTransparentForInput));
        QVERIFY(window->windowHandle()->flags().testFlag(Qt::WindowTransparentForInput));
        QVERIFY(window->isVisible());
        QVERIFY(window->isHintShown()); // says where the switch is, since the window cannot be clicked now

        // The options dialog (opened from the tab) shows it and turns it off again.
        controller.showOptions();
        auto *box = controller.optionsDialog()->findChild<QCheckBox *>(u"clickThrough"_s);
        QVERIFY(box->isChecked());
        box->setChecked(false);
        QVERIFY(!controller.isClickThrough());
        QVERIFY(!window->windowFlags().testFlag(Qt::WindowTransparentForInput));
        QVERIFY(!window->windowHandle()->flags().testFlag(Qt::WindowTransparentForInput));
        QVERIFY(!window->isHintShown());
        QVERIFY(window->isVisible());

        // And the window's own menu path (setClickThrough) reaches the dialog.
        window->setClickThrough(true);
        QVERIFY(box->isChecked());
        QVERIFY(controller.isClickThrough());
        controller.setClickThrough(false);
        QVERIFY(!box->isChecked());
    }

    void anEmptyUnlockedWindowShowsWhereItIs()
    {
        // A transparent window with nothing in it would be impossible to find and grab.
        OverlayWindow window(u"empty_bj"_s);
        window.resize(400, 300);
        OverlayWindowOptions options = quietOptions();
        options.background = Background::Transparent;
        window.setOptions(options);
        const QImage unlocked = renderWithAlpha(window);
        QVERIFY(opaquePixels(unlocked) > 1'000);
        QVERIFY(qAlpha(unlocked.pixel(1, 150)) > 0); // the frame along the edge
        if (qEnvironmentVariableIsSet("SOOPCHAT_KEEP_PICTURES"))
            unlocked.save(QDir::temp().filePath(u"overlay-window-empty.png"_s));

        options.locked = true; // on stream: nothing but chat
        window.setOptions(options);
        QCOMPARE(opaquePixels(renderWithAlpha(window)), 0);

        options.locked = false;
        options.clickThrough = true; // says once how to undo it, even over nothing
        window.setOptions(options);
        QVERIFY(window.isHintShown());
        const QImage hint = renderWithAlpha(window);
        QVERIFY(opaquePixels(hint) > 1'000);
        if (qEnvironmentVariableIsSet("SOOPCHAT_KEEP_PICTURES"))
            hint.save(QDir::temp().filePath(u"overlay-window-hint.png"_s));
    }

    void onlyTheNewestLinesStay()
    {
        OverlayWindow window(u"lines_bj"_s);
        OverlayWindowOptions options = quietOptions();
        options.maxLines = 5;
        window.setOptions(options);
        window.resize(400, 900);
        window.addEvents(chatBatch(12, 1));
        QCOMPARE(window.lineCount(), 5);
        QCOMPARE(shownTexts(window),
            QStringList({u"message 8"_s, u"message 9"_s, u"message 10"_s, u"message 11"_s, u"message 12"_s}));

        options.maxLines = 2; // applies to what is already there
        window.setOptions(options);
        QCOMPARE(shownTexts(window), QStringList({u"message 11"_s, u"message 12"_s}));

        // A short window shows only the lines that fit whole, newest at the bottom.
        options.maxLines = 200;
        window.setOptions(options);
        window.resize(400, 120);
        window.addEvents(chatBatch(30, 100));
        const QList<OverlayWindow::ShownLine> shown = window.shownLines();
        QVERIFY(shown.size() >= 2 && shown.size() < 6);
        QCOMPARE(shown.last().event->text.value(), u"message 129"_s);
        for (const OverlayWindow::ShownLine &line : shown)
            QVERIFY(QRect(0, 0, 400, 120).contains(line.rect));
    }

    void linesFadeOutAfterTheirTime()
    {
        OverlayWindow window(u"fade_bj"_s);
        ManualClock time;
        window.setClock(time.clock());
        OverlayWindowOptions options = quietOptions();
        options.fadeSeconds = 10;
        window.setOptions(options);
        window.addEvents({chat(u"a"_s, u"a"_s, u"first"_s), chat(u"b"_s, u"b"_s, u"second"_s)});
        time.nowMs += 5'000;
        window.addEvents({chat(u"c"_s, u"c"_s, u"third"_s)});

        time.nowMs += 5'300; // the first two are 10.3 s old: fading
        window.updateFading();
        QList<OverlayWindow::ShownLine> shown = window.shownLines();
        QCOMPARE(shown.size(), 3);
        QVERIFY(shown.at(0).opacity < 1 && shown.at(0).opacity > 0);
        QVERIFY(shown.at(1).opacity < 1);
        QCOMPARE(shown.at(2).opacity, 1.0);

        time.nowMs += 400; // past the fade-out: gone
        window.updateFading();
        QCOMPARE(window.lineCount(), 1);
        QCOMPARE(shownTexts(window), QStringList {u"third"_s});

        time.nowMs += 6'000;
        window.updateFading();
        QCOMPARE(window.lineCount(), 0);

        // 0 = never.
        options.fadeSeconds = 0;
        window.setOptions(options);
        window.addEvents({chat(u"d"_s, u"d"_s, u"forever"_s)});
        time.nowMs += 24 * 3600 * 1000;
        window.updateFading();
        QCOMPARE(window.lineCount(), 1);
    }

    void linesFadeOnTheirOwnWithARealClock()
    {
        OverlayWindow window(u"realfade_bj"_s);
        OverlayWindowOptions options = quietOptions();
        options.fadeSeconds = 1;
        window.setOptions(options);
        window.show();
        window.addEvents({chat(u"a"_s, u"a"_s, u"short-lived"_s)});
        QCOMPARE(window.lineCount(), 1);
        QTRY_VERIFY(!window.shownLines().isEmpty() && window.shownLines().at(0).opacity < 1);
        QTRY_COMPARE(window.lineCount(), 0);
    }

    void donationsOnlyHidesChat()
    {
        OverlayWindow window(u"donations_bj"_s);
        window.setOptions(quietOptions());
        window.addEvents({chat(u"a"_s, u"a"_s, u"chat before"_s), balloon(u"b"_s, 10)});
        QCOMPARE(window.lineCount(), 2);

        OverlayWindowOptions options = quietOptions();
        options.donationsOnly = true;
        window.setOptions(options);
        QCOMPARE(window.lineCount(), 1); // chat already on screen goes too
        auto sub = std::make_shared<ChatEvent>(*ofType(EventType::Subscription));
        sub->nickname = u"구독자"_s;
        window.addEvents({chat(u"c"_s, u"c"_s, u"chat after"_s), notice(u"notice"_s), balloon(u"d"_s, 500), sub});
        QCOMPARE(window.lineCount(), 3);
        for (const OverlayWindow::ShownLine &line : window.shownLines())
            QVERIFY2(line.event->isDonation(), eventTypeName(line.event->type).data());
    }

    void thingsTheOverlayNeverShows()
    {
        OverlayWindow window(u"never_bj"_s);
        window.addEvents({ofType(EventType::Whisper), ofType(EventType::UserEnter), ofType(EventType::UserLeave),
            ofType(EventType::Mute), ofType(EventType::Gap), ofType(EventType::Keepalive), ofType(EventType::Malformed),
            ofType(EventType::Freeze), ofType(EventType::FlagChange)});
        QCOMPARE(window.lineCount(), 0);
    }

    void biggerDonationsAreBigger()
    {
        OverlayWindow window(u"tiers_bj"_s);
        window.resize(420, 900);
        window.setOptions(quietOptions());
        window.addEvents({chat(u"a"_s, u"a"_s, u"plain chat"_s), balloon(u"a"_s, 10), balloon(u"b"_s, 500),
            balloon(u"c"_s, 5000), balloon(u"d"_s, 50000)});
        QList<OverlayWindow::ShownLine> shown = window.shownLines();
        QCOMPARE(shown.size(), 5);
        QCOMPARE(shown.at(0).tier, DonationTier::None);
        QCOMPARE(shown.at(1).fontPixelSize, shown.at(0).fontPixelSize); // the smallest gift is as big as chat
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(shown.at(i).tier, DonationTier(i));
            if (i > 1) {
                QVERIFY2(shown.at(i).fontPixelSize > shown.at(i - 1).fontPixelSize, qPrintable(QString::number(i)));
                QVERIFY(shown.at(i).rect.height() > shown.at(i - 1).rect.height());
            }
        }
        // At the edges, and for subscriptions, the tier is core's donationTier().
        auto renewal = std::make_shared<ChatEvent>(*ofType(EventType::SubscriptionRenewal));
        renewal->editDetails().months = 12;
        const EventBatch edges {balloon(u"e"_s, 99), balloon(u"e"_s, 100), balloon(u"e"_s, 9'999),
            balloon(u"e"_s, 10'000), ofType(EventType::Subscription), renewal};
        OverlayWindow edgeWindow(u"edges_bj"_s);
        edgeWindow.resize(420, 900);
        edgeWindow.setOptions(quietOptions());
        edgeWindow.addEvents(edges);
        const QList<DonationTier> expected {DonationTier::Small, DonationTier::Medium, DonationTier::Large,
            DonationTier::Huge, DonationTier::Medium, DonationTier::Large};
        shown = edgeWindow.shownLines();
        QCOMPARE(shown.size(), edges.size());
        for (qsizetype i = 0; i < edges.size(); ++i) {
            QCOMPARE(shown.at(i).tier, expected.at(i));
            QCOMPARE(shown.at(i).tier, donationTier(*edges.at(i)));
        }
        QCOMPARE(shown.at(0).icon, "balloon"_L1);
        QCOMPARE(shown.at(4).icon, "subscription"_L1);

        // Without emphasis every line is the size of chat.
        OverlayWindowOptions options = quietOptions();
        options.emphasiseDonations = false;
        window.setOptions(options);
        for (const OverlayWindow::ShownLine &line : window.shownLines())
            QCOMPARE(line.fontPixelSize, options.fontSize);
    }

    void badgesCanBeTurnedOff()
    {
        OverlayWindow window(u"badges_bj"_s);
        window.resize(400, 200);
        OverlayWindowOptions options = quietOptions();
        options.locked = true;
        options.background = Background::Transparent;
        window.setOptions(options);
        ManualClock time;
        window.setClock(time.clock());
        window.addEvents({chat(u"방장"_s, u"host"_s, u"어서 오세요"_s, Roles(Role::Host) | Role::TopFan)});
        settle(window, time);
        QCOMPARE(window.shownLines().at(0).badges, QList<QLatin1StringView>({"host"_L1, "top_fan"_L1}));
        const QRect line = window.shownLines().at(0).rect;
        const QRect firstBadge(line.left(), line.top(), line.height(), line.height());
        const QImage with = renderWithAlpha(window);
        QVERIFY2(badgeRedPixels(with, firstBadge) > 40, qPrintable(QString::number(badgeRedPixels(with, firstBadge))));

        options.showBadges = false;
        window.setOptions(options);
        QVERIFY(window.shownLines().at(0).badges.isEmpty());
        const QImage without = renderWithAlpha(window);
        QVERIFY(with != without);
        QCOMPARE(badgeRedPixels(without, firstBadge), 0); // the name starts where the badges were
    }

    void badgesAndNamesFollowTheTable()
    {
        // Each role alone and every role at once: the table's icons in its
        // order, and the name in the main role's colour for a dark background.
        OverlayWindow window(u"table_bj"_s);
        window.resize(500, 900);
        window.setOptions(quietOptions());
        Roles every;
        EventBatch events;
        for (const RoleBadge &badge : roleBadges()) {
            every |= badge.role;
            events.append(chat(u"역할"_s, QString(badge.key), u"안녕"_s, badge.role));
        }
        events.append(chat(u"모두"_s, u"all"_s, u"안녕"_s, every));
        window.addEvents(events);
        const QList<OverlayWindow::ShownLine> shown = window.shownLines();
        QCOMPARE(shown.size(), events.size());
        QList<QLatin1StringView> all;
        for (qsizetype i = 0; i < qsizetype(roleBadges().size()); ++i) {
            const RoleBadge &badge = roleBadges()[size_t(i)];
            all.append(badge.key);
            QCOMPARE(shown.at(i).badges, QList<QLatin1StringView>({badge.key}));
            QCOMPARE(shown.at(i).nickname, QColor(QRgb(badge.nicknameRgbOnDark)));
        }
        QCOMPARE(shown.last().badges, all);
        QCOMPARE(shown.last().nickname, QColor(QRgb(roleBadges()[0].nicknameRgbOnDark)));
    }

    void markupInChatIsDrawnAsText()
    {
        // Glyphs are drawn from plain text: a tag is as wide as its letters, never bold or hidden.
        OverlayWindow window(u"markup_bj"_s);
        window.resize(600, 200);
        window.setOptions(quietOptions());
        window.addEvents({chat(u"a"_s, u"a"_s, u"<b>x</b><img src=y onerror=alert(1)>"_s)});
        QCOMPARE(window.shownLines().at(0).event->text.value(), u"<b>x</b><img src=y onerror=alert(1)>"_s);
        QCOMPARE(window.shownLines().at(0).rect.height(), [&] {
            OverlayWindow plain(u"plain_bj"_s);
            plain.resize(600, 200);
            plain.setOptions(quietOptions());
            plain.addEvents({chat(u"a"_s, u"a"_s, u"x"_s)});
            return plain.shownLines().at(0).rect.height();
        }());
    }

    void picturesForPeople()
    {
        KoreanSample korean;
        QCoreApplication::installTranslator(&korean);
        const QString folder = testdata::buildDir() + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(folder));

        OverlayWindow window(u"gosegu2"_s);
        window.resize(400, 600);
        OverlayWindowOptions options = quietOptions();
        options.locked = true; // as it is on stream: no frame, no hints
        window.setOptions(options);
        ManualClock time;
        window.setClock(time.clock());
        window.addEvents(sampleSession());
        settle(window, time);
        const QImage chroma = renderWithAlpha(window);
        QCOMPARE(chroma.pixelColor(5, 5), QColor(0x00, 0xFF, 0x00));
        QVERIFY(chroma.save(folder + u"/overlay-window-chroma.png"_s));

        options.background = Background::Transparent;
        window.setOptions(options);
        const QImage transparent = renderWithAlpha(window);
        QCOMPARE(transparent.pixelColor(5, 5).alpha(), 0);
        QVERIFY(opaquePixels(transparent) > 5'000);
        QVERIFY(transparent.save(folder + u"/overlay-window-transparent.png"_s));
        // For review: the same alpha over a checkerboard, a dark scene and a bright one.
        QImage preview(transparent.width() * 3, transparent.height(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&preview);
        for (int y = 0; y < preview.height(); y += 16) {
            for (int x = 0; x < transparent.width(); x += 16)
                painter.fillRect(x, y, 16, 16, ((x + y) / 16) % 2 ? QColor(204, 204, 204) : Qt::white);
        }
        QLinearGradient scene(0, 0, 0, preview.height());
        scene.setColorAt(0, QColor(30, 60, 110));
        scene.setColorAt(1, QColor(120, 60, 40));
        painter.fillRect(transparent.width(), 0, transparent.width(), preview.height(), scene);
        painter.fillRect(transparent.width() * 2, 0, transparent.width(), preview.height(), QColor(250, 248, 240));
        for (int i = 0; i < 3; ++i)
            painter.drawImage(transparent.width() * i, 0, transparent);
        painter.end();
        QVERIFY(preview.save(folder + u"/overlay-window-transparent-preview.png"_s));
        QCoreApplication::removeTranslator(&korean);
        qInfo().noquote() << "overlay window pictures in" << folder;
    }
};

QTEST_MAIN(TestOverlayWindow)
#include "tst_overlaywindow.moc"
