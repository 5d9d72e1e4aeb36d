// The main window's appearance, driven the way a user drives it, against the
// simulator: the theme (light, dark, following the desktop) repaints the
// app and the chat rows; Ctrl+wheel and Ctrl+plus/minus/0 zoom the chat and
// are remembered; compact rows are shorter; always on top and opacity apply
// to the window. Screenshots of both themes, in English and Korean, are kept
// in the build folder.
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusVariant>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QMenu>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <cmath>
#include <memory>

#include "AppTestOptions.h"
#include "core/events/Badges.h"
#include "sim/SoopSimulator.h"
#include "support/Pixels.h"
#include "support/TestData.h"
#include "ui/chat/ChatColors.h"
#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatView.h"
#include "ui/common/Appearance.h"
#include "ui/main/AppContext.h"
#include "ui/main/AppearanceActions.h"
#include "ui/main/AppearancePage.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SettingsDialog.h"
#include "ui/stats/SessionChart.h"
#include "ui/stats/StatsPanel.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

constexpr int Timeout = 20'000;

struct App
{
    App(const sim::SoopSimulator &simulator, const QString &folder, const QString &language = u"en"_s)
        : context(options(simulator, folder, language)), window(context)
    {
        window.resize(1000, 700);
        window.show();
    }

    static AppContext::Options options(
        const sim::SoopSimulator &simulator, const QString &folder, const QString &language)
    {
        return apptest::options(folder, simulator.apiBase(), language);
    }

    // A live channel with rows on screen.
    ChannelTab *watch(const QString &channel = u"gosegu2"_s)
    {
        ChannelTab *tab = window.openChannel(channel);
        if (tab && QTest::qWaitFor([tab] { return tab->model()->rowCount() > 20; }, Timeout))
            tab->model()->flush();
        return tab;
    }

    AppContext context;
    MainWindow window;
};

// How tall the chat list lays out its first chat message now: with the
// list's own font, through the delegate the list paints with.
int firstRowHeight(ChatView *chat)
{
    ChatListView *list = chat->listView();
    QStyleOptionViewItem option;
    option.initFrom(list->viewport());
    option.font = list->font();
    option.rect = QRect(0, 0, list->viewport()->width(), 0);
    for (int row = 0; row < chat->proxy()->rowCount(); ++row) {
        const QModelIndex index = chat->proxy()->index(row, 0);
        if (const EventPtr event = ChatDelegate::eventFor(index); event && event->type == EventType::Chat)
            return chat->delegate()->sizeHint(option, index).height();
    }
    return -1;
}

// What the list shows on screen agrees with what its delegate measures now:
// no row is left with the height of an old font or density.
bool laidOutAgain(ChatView *chat)
{
    ChatListView *list = chat->listView();
    const int row = list->lastVisibleRow();
    if (row < 0)
        return false;
    const QModelIndex index = chat->proxy()->index(row, 0);
    QStyleOptionViewItem option;
    option.initFrom(list->viewport());
    option.font = list->font();
    option.rect = QRect(0, 0, list->viewport()->width(), 0);
    return list->visualRect(index).height() == chat->delegate()->sizeHint(option, index).height();
}

void ctrlWheel(ChatListView *list, int notches)
{
    const QPointF pos = list->viewport()->rect().center();
    QWheelEvent wheel(pos, list->viewport()->mapToGlobal(pos), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
        Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(list->viewport(), &wheel);
}

AppearancePage *appearancePage(SettingsDialog &dialog)
{
    return dialog.findChild<AppearancePage *>();
}

// WCAG's contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The freedesktop portal's Settings interface, as far as the colour scheme
// goes: Read() answers like the real one (a variant in a variant).
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint scheme = 0;

public slots:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        const uint value = group == "org.freedesktop.appearance"_L1 && key == "color-scheme"_L1 ? scheme : 0;
        return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant(value))));
    }

signals:
    void SettingChanged(const QString &group, const QString &key, const QDBusVariant &value);
};

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The desktop of whoever runs the tests must not decide the theme:
        // only tst_appearance_portal talks to a (stand-in) portal.
        if (!qEnvironmentVariableIsSet("SOOPCHAT_TEST_PORTAL"))
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(m_simulator.start());
    }

    void switchingTheThemeRepaintsTheAppAndTheChatRows()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        ChannelTab *tab = app.watch();
        QVERIFY(tab);
        ChatListView *list = tab->chatView()->listView();
        QVERIFY(!app.context.appearance().isDark()); // the offscreen desktop is light
        const QColor lightBase = list->palette().color(QPalette::Base);
        QVERIFY(lightBase.lightness() > 200);
        QVERIFY(testdata::coverage(list->viewport()->grab().toImage(), list->viewport()->rect(), lightBase) > 0.5);

        // Settings → Appearance → Dark, OK.
        {
            SettingsDialog dialog(app.context, &app.window);
            AppearancePage *page = appearancePage(dialog);
            QVERIFY(page);
            auto *theme = page->findChild<QComboBox *>(u"theme"_s);
            theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Dark)));
            dialog.accept();
        }
        QVERIFY(app.context.appearance().isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Base), Appearance::darkPalette().color(QPalette::Base));
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        // Widgets take the application's palette as its change event reaches them.
        QTRY_VERIFY(list->palette().color(QPalette::Base).lightness() < 60);
        const QColor darkBase = list->palette().color(QPalette::Base);
        QTRY_VERIFY(tab->statsPanel()->palette().color(QPalette::Window).lightness() < 128);
        // The rows are painted on the dark base, in light text.
        const QImage dark = list->viewport()->grab().toImage();
        QVERIFY2(testdata::coverage(dark, dark.rect(), darkBase) > 0.5,
            qPrintable(QString::number(testdata::coverage(dark, dark.rect(), darkBase))));
        QVERIFY(testdata::coverage(dark, dark.rect(), lightBase) < 0.02); // an emoji's white at most
        // The statistics chart takes Qt Charts' dark theme.
        auto *chart = tab->statsPanel()->findChild<SessionChart *>();
        QVERIFY(chart);
        QTRY_COMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(app.context.settings().theme(), AppSettings::Theme::Dark);

        // View → Theme → Light: back to the desktop's palette.
        auto *lightAction = app.window.findChild<QAction *>(u"themeMenu"_s)->menu()->actions().at(1);
        lightAction->trigger();
        QVERIFY(!app.context.appearance().isDark());
        QTRY_COMPARE(list->palette().color(QPalette::Base), lightBase);
        const QImage light = list->viewport()->grab().toImage();
        QVERIFY(testdata::coverage(light, light.rect(), lightBase) > 0.5);
        QTRY_COMPARE(chart->chart()->theme(), QChart::ChartThemeLight);
    }

    void followingTheDesktopSwitchesWithItsColourScheme()
    {
        // What the freedesktop portal says (org.freedesktop.appearance
        // color-scheme) decides while the theme follows the desktop.
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        Appearance &appearance = app.context.appearance();
        QCOMPARE(appearance.theme(), AppSettings::Theme::System);
        appearance.setDesktopScheme(Appearance::Scheme::Dark);
        QVERIFY(appearance.isDark());
        QTRY_VERIFY(app.window.palette().color(QPalette::Window).lightness() < 128);
        appearance.setDesktopScheme(Appearance::Scheme::Light);
        QVERIFY(!appearance.isDark());
        QTRY_VERIFY(app.window.palette().color(QPalette::Window).lightness() > 128);
        // A theme the user picked wins over the desktop.
        appearance.setTheme(AppSettings::Theme::Light);
        appearance.setDesktopScheme(Appearance::Scheme::Dark);
        QVERIFY(!appearance.isDark());
    }

    void theDesktopsColourSchemeComesFromThePortal()
    {
        if (!qEnvironmentVariableIsSet("SOOPCHAT_TEST_PORTAL"))
            QSKIP("needs a D-Bus session: ctest runs this in one as tst_appearance_portal");
        // A connection of its own, as the real portal is another process.
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-portal"_s);
        QVERIFY(bus.isConnected());
        FakePortal portal;
        portal.scheme = 1; // prefer dark
        QVERIFY(bus.registerObject(u"/org/freedesktop/portal/desktop"_s, &portal,
            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(bus.registerService(u"org.freedesktop.portal.Desktop"_s));
        {
            QTemporaryDir folder;
            App app(m_simulator, folder.path());
            Appearance &appearance = app.context.appearance();
            QTRY_COMPARE(appearance.desktopScheme(), Appearance::Scheme::Dark);
            QVERIFY(appearance.isDark());
            QTRY_VERIFY(app.window.palette().color(QPalette::Window).lightness() < 128);
            // The desktop switches while the app runs.
            emit portal.SettingChanged(u"org.freedesktop.appearance"_s, u"color-scheme"_s, QDBusVariant(uint(2)));
            QTRY_COMPARE(appearance.desktopScheme(), Appearance::Scheme::Light);
            QVERIFY(!appearance.isDark());
            // Other settings are not the colour scheme.
            emit portal.SettingChanged(u"org.freedesktop.appearance"_s, u"accent-color"_s, QDBusVariant(uint(1)));
            emit portal.SettingChanged(u"org.gnome.desktop.interface"_s, u"color-scheme"_s, QDBusVariant(uint(1)));
            emit portal.SettingChanged(u"org.freedesktop.appearance"_s, u"color-scheme"_s, QDBusVariant(uint(1)));
            QTRY_VERIFY(appearance.isDark());
            QCOMPARE(appearance.desktopScheme(), Appearance::Scheme::Dark);
        }
        bus.unregisterService(u"org.freedesktop.portal.Desktop"_s);
        bus.unregisterObject(u"/org/freedesktop/portal/desktop"_s);
        QDBusConnection::disconnectFromBus(u"fake-portal"_s);
    }

    void nicknamesReadOnBothThemes()
    {
        // Everyone's nickname colour against the chat's background, light and
        // dark: at least WCAG AA for text (4.5:1).
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        for (const QPalette &palette : {fusion->standardPalette(), Appearance::darkPalette()}) {
            const ChatColors colors(palette);
            for (int i = 0; i < 500; ++i) {
                const QColor nick = colors.hashed(u"viewer%1"_s.arg(i));
                QVERIFY2(contrast(nick, colors.base()) >= 4.5,
                    qPrintable(
                        u"%1 on %2: %3"_s.arg(nick.name(), colors.base().name()).arg(contrast(nick, colors.base()))));
            }
            for (const RoleBadge &badge : roleBadges()) {
                const QColor nick = colors.role(badge.role);
                QVERIFY2(contrast(nick, colors.base()) >= 4.5,
                    qPrintable(u"%1 on %2"_s.arg(nick.name(), colors.base().name())));
            }
            QVERIFY(contrast(colors.text(), colors.base()) >= 7);
            QVERIFY(contrast(colors.mutedText(), colors.base()) >= 3);
        }
    }

    void ctrlWheelAndCtrlPlusMinusZoomTheChatAndAreRemembered()
    {
        QTemporaryDir folder;
        qreal zoomedSize = 0;
        {
            App app(m_simulator, folder.path());
            ChannelTab *tab = app.watch();
            QVERIFY(tab);
            ChatView *chat = tab->chatView();
            ChatListView *list = chat->listView();
            const qreal normalSize = list->font().pointSizeF();
            const int normal = firstRowHeight(chat);

            ctrlWheel(list, 2); // 110 %, 125 %
            QCOMPARE(app.context.appearance().zoomPercent(), 125);
            QCOMPARE(list->font().pointSizeF(), normalSize * 1.25);
            const int zoomed = firstRowHeight(chat);
            QVERIFY2(zoomed > normal, qPrintable(u"%1 → %2"_s.arg(normal).arg(zoomed)));
            QTRY_VERIFY(laidOutAgain(chat));

            // A notch up without Ctrl still scrolls, and zooms nothing.
            QWheelEvent plain(QPointF(10, 10), list->viewport()->mapToGlobal(QPointF(10, 10)), QPoint(), QPoint(0, 120),
                Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(list->viewport(), &plain);
            QCOMPARE(app.context.appearance().zoomPercent(), 125);

            list->setFocus();
            QTest::keyClick(list, Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(app.context.appearance().zoomPercent(), 110);
            QTest::keyClick(list, Qt::Key_0, Qt::ControlModifier);
            QCOMPARE(app.context.appearance().zoomPercent(), 100);
            QCOMPARE(firstRowHeight(chat), normal);
            QTest::keyClick(list, Qt::Key_Plus, Qt::ControlModifier);
            QTest::keyClick(list, Qt::Key_Plus, Qt::ControlModifier);
            QTest::keyClick(list, Qt::Key_Plus, Qt::ControlModifier);
            QCOMPARE(app.context.appearance().zoomPercent(), 150);
            QVERIFY(firstRowHeight(chat) > zoomed);
            QTRY_VERIFY(laidOutAgain(chat));

            // Bounded: far out and far in stop at 50 % and 300 %.
            ctrlWheel(list, -40);
            QCOMPARE(app.context.appearance().zoomPercent(), AppSettings::MinChatZoomPercent);
            ctrlWheel(list, 40);
            QCOMPARE(app.context.appearance().zoomPercent(), AppSettings::MaxChatZoomPercent);
            QVERIFY(!app.window.appearanceActions()->zoomIn()->isEnabled());
            ctrlWheel(list, -4); // 250, 200, 175, 150
            QCOMPARE(app.context.appearance().zoomPercent(), 150);
            zoomedSize = list->font().pointSizeF();
            app.window.close();
        }
        App again(m_simulator, folder.path());
        QCOMPARE(again.context.appearance().zoomPercent(), 150);
        ChannelTab *tab = again.watch(u"first_bj"_s);
        QVERIFY(tab);
        QCOMPARE(tab->chatView()->listView()->font().pointSizeF(), zoomedSize);
    }

    void compactRowsAreShorter()
    {
        QTemporaryDir folder;
        int compact = 0;
        {
            App app(m_simulator, folder.path());
            ChannelTab *tab = app.watch();
            QVERIFY(tab);
            ChatView *chat = tab->chatView();
            const int comfortable = firstRowHeight(chat);
            QVERIFY(comfortable > 0);
            app.window.appearanceActions()->compactRows()->trigger();
            QVERIFY(app.context.appearance().compactRows());
            compact = firstRowHeight(chat);
            QVERIFY2(compact < comfortable, qPrintable(u"%1 → %2"_s.arg(comfortable).arg(compact)));
            QTRY_VERIFY(laidOutAgain(chat));
            app.window.close();
        }
        App again(m_simulator, folder.path());
        QVERIFY(again.context.appearance().compactRows());
        QVERIFY(again.window.appearanceActions()->compactRows()->isChecked());
        ChannelTab *tab = again.watch(u"gosegu2"_s);
        QCOMPARE(tab->chatView()->delegate()->density(), ChatRowMetrics::Density::Compact);
    }

    void theChatFontIsChosenInSettings()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        ChannelTab *tab = app.watch();
        QVERIFY(tab);
        ChatView *chat = tab->chatView();
        const int systemHeight = firstRowHeight(chat);
        {
            SettingsDialog dialog(app.context, &app.window);
            AppearancePage *page = appearancePage(dialog);
            page->findChild<QCheckBox *>(u"systemFont"_s)->setChecked(false);
            auto *size = page->findChild<QDoubleSpinBox *>(u"fontSize"_s);
            size->setValue(size->value() * 2);
            dialog.accept();
        }
        QVERIFY(!app.context.appearance().usesSystemFont());
        QVERIFY(!app.context.settings().chatFont().isEmpty());
        QCOMPARE(chat->listView()->font().pointSizeF(), QApplication::font().pointSizeF() * 2);
        QVERIFY(firstRowHeight(chat) > systemHeight);
        QTRY_VERIFY(laidOutAgain(chat));
        // The toolbar and the rest of the window keep the system font.
        QCOMPARE(app.window.font(), QApplication::font());
        app.context.appearance().useSystemFont();
        QCOMPARE(firstRowHeight(chat), systemHeight);
        QVERIFY(app.context.settings().chatFont().isEmpty());
    }

    void alwaysOnTopAndOpacityApplyToTheWindow()
    {
        QTemporaryDir folder;
        {
            App app(m_simulator, folder.path());
            QVERIFY(!app.window.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
            QCOMPARE(app.window.windowOpacity(), 1.0);
            app.window.appearanceActions()->alwaysOnTop()->trigger();
            QVERIFY(app.window.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
            QVERIFY(app.window.isVisible()); // a changed flag hides a window: shown again
            QVERIFY(app.window.windowHandle()->flags().testFlag(Qt::WindowStaysOnTopHint));
            {
                SettingsDialog dialog(app.context, &app.window);
                auto *opacity = appearancePage(dialog)->findChild<QSpinBox *>(u"windowOpacity"_s);
                QCOMPARE(opacity->minimum(), 30);
                opacity->setValue(70);
                dialog.accept();
            }
            QVERIFY(qAbs(app.window.windowOpacity() - 0.7) < 0.01);
            QCOMPARE(app.context.settings().windowOpacityPercent(), 70);
            app.window.close();
        }
        App again(m_simulator, folder.path());
        QVERIFY(again.window.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
        QVERIFY(qAbs(again.window.windowOpacity() - 0.7) < 0.01);
        again.window.appearanceActions()->alwaysOnTop()->trigger();
        QVERIFY(!again.window.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
        QVERIFY(again.window.isVisible());
    }

    void screenshotsInBothThemes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<AppSettings::Theme>("theme");
        QTest::newRow("en-light") << u"en"_s << AppSettings::Theme::Light;
        QTest::newRow("en-dark") << u"en"_s << AppSettings::Theme::Dark;
        QTest::newRow("ko-light") << u"ko"_s << AppSettings::Theme::Light;
        QTest::newRow("ko-dark") << u"ko"_s << AppSettings::Theme::Dark;
    }

    void screenshotsInBothThemes()
    {
        // 800×600, both themes, English and Korean (and 1.5× scaling when
        // ctest runs tst_appearance_scaled): kept for a person to look at.
        QFETCH(QString, language);
        QFETCH(AppSettings::Theme, theme);
        QTemporaryDir folder;
        App app(m_simulator, folder.path(), language);
        app.context.appearance().setTheme(theme);
        app.window.resize(800, 600);
        ChannelTab *tab = app.watch(u"gosegu2"_s);
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->stats().snapshot().totals.chats > 0, Timeout);
        tab->statsPanel()->refresh();
        tab->model()->flush();
        QCoreApplication::processEvents();
        const QImage shot = app.window.grab().toImage();
        const qreal dpr = shot.devicePixelRatio();
        const QString path = testdata::buildDir() +
            u"/screenshots/appearance-%1-%2-800x600%3.png"_s.arg(language,
                theme == AppSettings::Theme::Dark ? u"dark"_s : u"light"_s, dpr > 1 ? u"@%1x"_s.arg(dpr) : QString());
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(shot.save(path));
        // The window itself is in the theme: its background as dark or light as asked.
        const QColor window = app.window.palette().color(QPalette::Window);
        QCOMPARE(window.lightness() < 128, theme == AppSettings::Theme::Dark);
        const QRect chatArea(tab->chatView()->listView()->viewport()->mapTo(&app.window, QPoint(0, 0)) * dpr,
            tab->chatView()->listView()->viewport()->size() * dpr);
        const QColor base = app.window.palette().color(QPalette::Base);
        QVERIFY(testdata::coverage(shot, chatArea, base) > 0.4);
    }

private:
    sim::SoopSimulator m_simulator;
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
