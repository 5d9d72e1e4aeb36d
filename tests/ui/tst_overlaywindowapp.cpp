// The overlay window inside the real app against the simulator: popped out
// from the Channel menu and the tab's context menu, fed by the tab's live
// chat, click-through undone from the main window, closed with its tab, and
// its place remembered per channel across a restart.
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWindow>

#include "AppTestOptions.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"
#include "support/TestData.h"
#include "ui/common/AppSettings.h"
#include "ui/main/AppContext.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/MainWindow.h"
#include "ui/overlay/OverlayOptionsDialog.h"
#include "ui/overlay/OverlayWindow.h"
#include "ui/overlay/OverlayWindowController.h"
#include "ui/overlay/OverlayWindowOptions.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using soopchat::ConnectionState;

namespace {

constexpr int Timeout = 20'000;

struct App
{
    App(const sim::SoopSimulator &simulator, const QString &folder)
        : context(apptest::options(folder, simulator.apiBase())), window(context)
    {
        window.resize(900, 600);
        window.show();
    }

    // A Channel menu action by its English text, without the '&'.
    QAction *channelAction(const QString &text) const
    {
        for (QAction *action : window.channelMenu()->actions()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
        return nullptr;
    }

    AppContext context;
    MainWindow window;
};

} // namespace

class TestOverlayWindowApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_simulator.start()); }

    void poppedOutFromTheChannelMenuItFollowsTheTab()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        ChannelTab *tab = app.window.openChannel(u"popout_bj"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::Live, Timeout);

        QAction *popOut = app.channelAction(u"Pop Out Overlay Window"_s);
        QVERIFY(popOut && popOut->isEnabled());
        popOut->trigger();
        OverlayWindowController *overlay = tab->overlayWindow();
        QVERIFY(overlay->isOpen());
        OverlayWindow *window = overlay->window();
        QVERIFY(window->windowFlags().testFlag(Qt::FramelessWindowHint));
        QVERIFY(window->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
        QVERIFY(window->windowTitle().contains(u"popout_bj"_s));
        // The simulated room's chat arrives through the pipeline's eventsReceived.
        QTRY_VERIFY_WITH_TIMEOUT(window->lineCount() >= 5, Timeout);
        QVERIFY(!window->shownLines().isEmpty());

        QAction *options = app.channelAction(u"Overlay Window Options…"_s);
        QVERIFY(options);
        options->trigger();
        QDialog *dialog = overlay->optionsDialog();
        QVERIFY(dialog && dialog->isVisible());
        // Over the always-on-top overlay, beside it and never under it.
        QVERIFY(dialog->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
        QVERIFY2(!dialog->frameGeometry().intersects(window->frameGeometry()),
            qPrintable(u"dialog %1,%2 %3x%4 overlay %5,%6 %7x%8"_s.arg(dialog->x())
                           .arg(dialog->y())
                           .arg(dialog->width())
                           .arg(dialog->height())
                           .arg(window->x())
                           .arg(window->y())
                           .arg(window->width())
                           .arg(window->height())));
        // One app name in the title, which X11 would otherwise add again.
        QCOMPARE(window->windowTitle(), u"popout_bj overlay — SoopChat"_s);
    }

    void theTabsContextMenuOffersTheOverlayWindow()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        app.window.openChannel(u"menu_one_bj"_s);
        ChannelTab *second = app.window.openChannel(u"menu_two_bj"_s);
        app.window.tabWidget()->setCurrentIndex(0);

        QStringList texts;
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *action : menu->actions()) {
                if (action->text().remove(u'&') == u"Pop Out Overlay Window"_s)
                    QMetaObject::invokeMethod(action, &QAction::trigger, Qt::QueuedConnection);
                texts.append(action->text().remove(u'&'));
            }
            menu->close();
        });
        QTabBar *bar = app.window.tabWidget()->tabBar();
        emit bar->customContextMenuRequested(bar->tabRect(1).center());
        QVERIFY(texts.contains(u"Pop Out Overlay Window"_s));
        QVERIFY(texts.contains(u"Overlay Window Options…"_s));
        QVERIFY(texts.contains(u"Overlay Window Click-Through"_s));
        QVERIFY(texts.contains(u"Copy Overlay URL"_s));
        QCOMPARE(app.window.currentTab(), second); // the menu is about the tab clicked
        QTRY_VERIFY(second->overlayWindow()->isOpen());
    }

    void clickThroughIsUndoneFromTheMainWindow()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        ChannelTab *tab = app.window.openChannel(u"through_bj"_s);
        tab->overlayWindow()->popOut();
        OverlayWindow *window = tab->overlayWindow()->window();
        window->setClickThrough(true); // as from the window's own menu
        QVERIFY(window->windowHandle()->flags().testFlag(Qt::WindowTransparentForInput));

        // The window cannot be clicked now; the main window's action (Ctrl+Shift+K) turns it off.
        QAction *through = app.channelAction(u"Overlay Window Click-Through"_s);
        QVERIFY(through);
        QCOMPARE(through->shortcut(), OverlayWindowController::clickThroughShortcut());
        emit app.window.channelMenu()->aboutToShow();
        QVERIFY(through->isChecked());
        through->trigger();
        QVERIFY(!tab->overlayWindow()->isClickThrough());
        QVERIFY(!window->windowFlags().testFlag(Qt::WindowTransparentForInput));
        QVERIFY(!window->windowHandle()->flags().testFlag(Qt::WindowTransparentForInput));
        QVERIFY(!through->isChecked());
        QVERIFY(app.window.statusMessage().contains(u"clicked again"_s));
        through->trigger();
        QVERIFY(window->windowFlags().testFlag(Qt::WindowTransparentForInput));
        QVERIFY(app.window.statusMessage().contains(
            OverlayWindowController::clickThroughShortcut().toString(QKeySequence::NativeText)));
    }

    void theWindowClosesWithItsTab()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        ChannelTab *tab = app.window.openChannel(u"closing_bj"_s);
        tab->overlayWindow()->popOut();
        tab->overlayWindow()->showOptions();
        QPointer<OverlayWindow> window = tab->overlayWindow()->window();
        QPointer<OverlayOptionsDialog> dialog = tab->overlayWindow()->optionsDialog();
        QVERIFY(window->isVisible());
        app.window.closeTab(0);
        QVERIFY(window.isNull());
        QVERIFY(dialog.isNull());
    }

    void placeAndOptionsAreRememberedPerChannelAcrossARestart()
    {
        QTemporaryDir folder;
        const QRect where(70, 80, 321, 432);
        {
            App app(m_simulator, folder.path());
            ChannelTab *tab = app.window.openChannel(u"remember_bj"_s);
            tab->overlayWindow()->popOut();
            tab->overlayWindow()->window()->setGeometry(where);
            OverlayWindowOptions options = tab->overlayWindow()->options();
            options.fontSize = 27;
            options.locked = true;
            tab->overlayWindow()->setOptions(options);
            app.window.close();
        }
        // One readable line per option in the settings file, not a binary blob.
        const QByteArray ini = testdata::readFile(folder.path() + u"/soopchat.ini"_s);
        QVERIFY2(
            ini.contains("fontSize=27") && ini.contains("locked=true") && !ini.contains("@Variant"), ini.constData());
        App again(m_simulator, folder.path());
        ChannelTab *tab = again.window.openChannel(u"remember_bj"_s);
        tab->overlayWindow()->popOut();
        QCOMPARE(tab->overlayWindow()->window()->geometry(), where);
        QCOMPARE(tab->overlayWindow()->window()->options().fontSize, 27);
        QVERIFY(tab->overlayWindow()->window()->options().locked);

        ChannelTab *other = again.window.openChannel(u"another_bj"_s);
        other->overlayWindow()->popOut();
        QVERIFY(other->overlayWindow()->window()->geometry() != where);
        QCOMPARE(other->overlayWindow()->window()->options().fontSize, OverlayWindowOptions().fontSize);
    }

    void optionsAnOlderVersionWroteAsOneValueAreStillRead()
    {
        QTemporaryDir folder;
        const QString path = folder.path() + u"/soopchat.ini"_s;
        OverlayWindowOptions old;
        old.fontSize = 31;
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(u"overlayWindow/old_bj"_s, old.toMap()); // as they were kept before
        }
        AppSettings settings(path);
        QCOMPARE(OverlayWindowOptions::fromMap(settings.overlayWindowOptions(u"old_bj"_s)).fontSize, 31);
        settings.setOverlayWindowOptions(u"old_bj"_s, old.toMap()); // the next save writes them readably
        QCOMPARE(settings.sync(), QSettings::NoError);
        const QByteArray ini = testdata::readFile(path);
        QVERIFY2(ini.contains("fontSize=31") && !ini.contains("@Variant"), ini.constData());
        QCOMPARE(OverlayWindowOptions::fromMap(settings.overlayWindowOptions(u"old_bj"_s)).fontSize, 31);
    }

private:
    sim::SoopSimulator m_simulator;
};

QTEST_MAIN(TestOverlayWindowApp)
#include "tst_overlaywindowapp.moc"
