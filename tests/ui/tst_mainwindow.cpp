// The real main window against the simulator, driven the way a user drives
// it: type a channel, watch rows arrive with their badges, narrow them with
// the filters and search, open a user card, lose the connection, watch an
// offline channel, restart the app.
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "AppTestOptions.h"
#include "core/events/EventFilter.h"
#include "core/overlay/OverlayServer.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"
#include "support/TestData.h"
#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/UserCardDialog.h"
#include "ui/common/AppSettings.h"
#include "ui/favourites/FavouritesPanel.h"
#include "ui/favourites/LiveAlerts.h"
#include "ui/main/AppContext.h"
#include "ui/main/ChannelBar.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/ConnectionBanner.h"
#include "ui/main/LiveHeader.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SettingsDialog.h"
#include "ui/stats/StatsPanel.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using soopchat::ConnectionState;
using soopchat::sim::SimChannel;

namespace {

constexpr int Timeout = 20'000;

// A fresh app: its own settings and data folders, the simulator as SOOP.
struct App
{
    enum class Geometry { Fixed, Saved };

    App(const sim::SoopSimulator &simulator, const QString &folder, Geometry geometry = Geometry::Fixed)
        : context(options(simulator, folder)), window(context)
    {
        if (geometry == Geometry::Fixed)
            window.resize(1100, 700);
        window.show();
    }

    static AppContext::Options options(const sim::SoopSimulator &simulator, const QString &folder)
    {
        AppContext::Options options = apptest::options(folder, simulator.apiBase());
        options.overlayServer = true; // the whole app, as a user starts it
        return options;
    }

    AppContext context;
    MainWindow window;
};

void typeChannel(MainWindow &window, const QString &text)
{
    auto *input = window.channelBar()->findChild<QComboBox *>();
    QVERIFY(input);
    input->lineEdit()->clear();
    // keyClicks only types ASCII; Korean arrives as an input method would leave it.
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(input->lineEdit(), text);
    else
        input->lineEdit()->setText(text);
    QTest::keyClick(input->lineEdit(), Qt::Key_Return);
}

QList<EventPtr> eventsOf(const ChatListModel &model)
{
    QList<EventPtr> events;
    for (int row = 0; row < model.rowCount(); ++row)
        events.append(model.index(row, 0).data(ChatListModel::EventRole).value<EventPtr>());
    return events;
}

bool anyRowHas(const ChatListModel &model, Role role)
{
    for (const EventPtr &event : eventsOf(model)) {
        if (event->roles().testFlag(role))
            return true;
    }
    return false;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_simulator.start()); }

    void enteringAChannelShowsItsChatWithBadges()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        typeChannel(app.window, u"https://play.sooplive.co.kr/gosegu2"_s);
        QCOMPARE(app.window.tabs().size(), 1);
        ChannelTab *tab = app.window.currentTab();
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::Live, Timeout);
        QVERIFY(!tab->banner()->isVisible());
        QCOMPARE(app.window.tabWidget()->tabText(0), m_simulator.channel(u"gosegu2"_s)->nickname());
        // Live: the header says what is on, by whom, for how long and how many chat.
        QVERIFY(tab->liveHeader()->isVisible());
        QCOMPARE(tab->liveHeader()->heading(), m_simulator.channel(u"gosegu2"_s)->title());
        const QString details = tab->liveHeader()->details();
        QVERIFY2(
            details.contains(u"(gosegu2)"_s) && details.contains(u"just joined"_s) && details.contains(u"chatter"_s),
            qPrintable(details));
        const qint64 joinedMs = QDateTime::currentMSecsSinceEpoch();
        tab->liveHeader()->setClock([joinedMs] { return joinedMs + 75 * 60'000; });
        QVERIFY2(tab->liveHeader()->details().contains(u"watching for 1 h 15 min"_s),
            qPrintable(tab->liveHeader()->details()));
        QTRY_VERIFY_WITH_TIMEOUT(!tab->liveHeader()->details().contains(u" 0 chatters"_s), Timeout);
        // A live status that says nothing has come for a while: the header says so, first.
        ChannelStatus quiet = tab->status();
        quiet.quietSinceMs = joinedMs + 75 * 60'000 - 25'000;
        tab->liveHeader()->setStatus(quiet);
        QVERIFY(tab->liveHeader()->isQuiet());
        QVERIFY2(tab->liveHeader()->details().startsWith(u"nothing received for 25 s"_s),
            qPrintable(tab->liveHeader()->details()));
        tab->liveHeader()->setStatus(tab->status());
        QVERIFY(!tab->liveHeader()->isQuiet());
        // Plain ws only when the TLS port could not be reached, and the header says so.
        QCOMPARE(tab->status().transport, Transport::Tls);
        QVERIFY(!tab->liveHeader()->details().contains(u"unencrypted"_s));
        ChannelStatus plain = tab->status();
        plain.transport = Transport::Plain;
        tab->liveHeader()->setStatus(plain);
        QVERIFY(tab->liveHeader()->details().contains(u"unencrypted"_s));
        // However narrow the window, the details end in "…" instead of being cut.
        const auto *detailsLabel = tab->liveHeader()->findChild<QLabel *>(u"liveDetails"_s);
        QVERIFY(detailsLabel);
        QTRY_VERIFY_WITH_TIMEOUT(detailsLabel->text().endsWith(u'…'), Timeout);
        QVERIFY(detailsLabel->fontMetrics().horizontalAdvance(detailsLabel->text()) <= detailsLabel->width());
        QCOMPARE(detailsLabel->toolTip(), tab->liveHeader()->details());
        tab->liveHeader()->setStatus(tab->status());

        // A scripted room has every role; wait until each has shown up.
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 40, Timeout);
        for (Role role : {Role::Host, Role::Manager, Role::TopFan, Role::FanClub, Role::Subscriber, Role::Supporter})
            QTRY_VERIFY2_WITH_TIMEOUT(anyRowHas(*tab->model(), role), qPrintable(roleName(role).toString()), Timeout);
        QVERIFY(tab->stats().snapshot().totals.chats > 0);
    }

    void aWrongChannelIsExplainedAndOpensNothing()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        typeChannel(app.window, u"https://www.twitch.tv/somebody"_s);
        QVERIFY(app.window.channelBar()->errorText().contains(u"is not a SOOP address"_s));
        QVERIFY(app.window.tabs().isEmpty());
        typeChannel(app.window, u"감스트"_s);
        QVERIFY(
            app.window.channelBar()->errorText().contains(u"looks like a nickname. Enter the streamer's id instead"_s));
    }

    void filtersAndSearchNarrowTheRows()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        ChannelTab *tab = app.window.openChannel(u"filters_bj"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 60, Timeout);
        ChatView *chat = tab->chatView();
        ChatFilterProxy *proxy = chat->proxy();

        chat->setCategories(EventFilter::Category::Donations);
        QTRY_VERIFY_WITH_TIMEOUT(proxy->rowCount() > 0, Timeout);
        for (int row = 0; row < proxy->rowCount(); ++row)
            QVERIFY(proxy->index(row, 0).data(ChatListModel::IsDonationRole).toBool());

        chat->setCategories(EventFilter::DefaultCategories);
        chat->openSearch();
        chat->setSearchQuery(u"type:balloon"_s);
        QTRY_VERIFY_WITH_TIMEOUT(proxy->rowCount() > 0, Timeout);
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(proxy->index(row, 0).data(ChatListModel::TypeNameRole).toString(), u"balloon"_s);

        const EventPtr someone = proxy->index(0, 0).data(ChatListModel::EventRole).value<EventPtr>();
        chat->setSearchQuery(u"from:"_s + *someone->nickname);
        QTRY_VERIFY_WITH_TIMEOUT(proxy->rowCount() > 0, Timeout);
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const EventPtr event = proxy->index(row, 0).data(ChatListModel::EventRole).value<EventPtr>();
            QVERIFY(event->nickname->contains(*someone->nickname) || event->userId->contains(*someone->nickname));
        }
        chat->setSearchQuery(u"type:nonsense"_s);
        QVERIFY(!chat->searchError().isEmpty());
    }

    void clickingANicknameOpensTheUserCard()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        ChannelTab *tab = app.window.openChannel(u"card_bj"_s);
        ChatView *chat = tab->chatView();
        chat->setCategories(EventFilter::Category::Chat);
        QTRY_VERIFY_WITH_TIMEOUT(chat->proxy()->rowCount() > 5, Timeout);
        m_simulator.channel(u"card_bj"_s)->setRate(1); // calm, so the row stays put while clicking

        ChatListView *list = chat->listView();
        const int row = list->lastVisibleRow();
        const QModelIndex index = chat->proxy()->index(row, 0);
        const EventPtr event = index.data(ChatListModel::EventRole).value<EventPtr>();
        QStyleOptionViewItem option;
        option.font = list->font();
        option.palette = list->palette();
        option.rect = list->visualRect(index);
        const QRect nick = chat->delegate()->nicknameRect(option, index);
        QVERIFY(nick.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, nick.center());

        QTRY_VERIFY_WITH_TIMEOUT(tab->userCard() && tab->userCard()->isVisible(), Timeout);
        QCOMPARE(tab->userCard()->summary().userId, *event->userId);
        QVERIFY(tab->userCard()->summary().messageCount >= 1);
        QVERIFY(tab->userCard()->summary().firstSeenMs > 0);
        m_simulator.channel(u"card_bj"_s)->setRate(20);
    }

    void aDroppedConnectionLeavesAGapMarker()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        ChannelTab *tab = app.window.openChannel(u"drop_bj"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::Live, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 5, Timeout);

        QSignalSpy titles(tab, &ChannelTab::titleChanged);
        m_simulator.dropConnections(u"drop_bj"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::Reconnecting, Timeout);
        QVERIFY(tab->banner()->isVisible());
        QVERIFY(!tab->liveHeader()->isVisible()); // the banner takes its place
        QVERIFY2(tab->banner()->message().contains(u"Reconnect"_s), qPrintable(tab->banner()->message()));
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::Live, Timeout);
        QVERIFY(tab->liveHeader()->isVisible() && !tab->banner()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const EventPtr &event : eventsOf(*tab->model())) {
                    if (event->type == EventType::Gap)
                        return true;
                }
                return false;
            }(),
            Timeout);
        QVERIFY(!titles.isEmpty());
    }

    void anOfflineChannelSaysItIsWaiting()
    {
        QTemporaryDir folder;
        m_simulator.channel(u"sleepy_bj"_s)->setState(sim::ChannelState::Offline);
        App app(m_simulator, folder.path());
        ChannelTab *tab = app.window.openChannel(u"sleepy_bj"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::WaitingForLive, Timeout);
        QVERIFY(tab->banner()->isVisible());
        QVERIFY2(tab->banner()->message().contains(u"not live right now"_s), qPrintable(tab->banner()->message()));
        QVERIFY(tab->banner()->message().contains(u"joins by itself"_s));

        m_simulator.goLive(u"sleepy_bj"_s);
        tab->reconnectNow(); // "Try now" instead of waiting for the 30-second poll
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::Live, Timeout);
    }

    void aPasswordRoomAsksAndJoins()
    {
        QTemporaryDir folder;
        m_simulator.channel(u"locked_bj"_s)->setPassword(u"1234"_s);
        App app(m_simulator, folder.path());
        ChannelTab *tab = app.window.openChannel(u"locked_bj"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::PasswordRequired, Timeout);
        auto *password = tab->banner()->findChild<QLineEdit *>();
        QVERIFY(password && password->isVisible());
        QTest::keyClicks(password, u"1234"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::Live, Timeout);
    }

    void tabsAndViewSurviveARestart()
    {
        QTemporaryDir folder;
        {
            App app(m_simulator, folder.path());
            app.window.openChannel(u"first_bj"_s);
            app.window.openChannel(u"play.sooplive.com/second_bj"_s);
            app.window.openChannel(u"third_bj"_s);
            app.window.closeTab(0);
            app.window.tabWidget()->setCurrentIndex(1);
            app.window.resize(900, 640);
            app.window.close();
        }
        App again(m_simulator, folder.path(), App::Geometry::Saved);
        again.window.restoreTabs();
        QCOMPARE(again.window.tabs().size(), 2);
        QCOMPARE(again.window.tabs().at(0)->input(), u"play.sooplive.com/second_bj"_s);
        QCOMPARE(again.window.tabs().at(1)->channelId(), u"third_bj"_s);
        QCOMPARE(again.window.tabWidget()->currentIndex(), 1);
        QCOMPARE(again.window.size(), QSize(900, 640));
        QCOMPARE(again.context.settings().recentChannels().first(), u"third_bj"_s);
    }

    void theOverlayAddressSurvivesARestart()
    {
        // OBS keeps the address: the port the first start took is kept.
        QTemporaryDir folder;
        QUrl address;
        {
            App app(m_simulator, folder.path());
            QVERIFY(app.context.overlay());
            QVERIFY(app.context.settings().hasOverlayPort());
            QCOMPARE(app.context.settings().overlayPort(), app.context.overlay()->port());
            QCOMPARE(app.context.overlayBusyPort(), 0);
            // The token too, where it is kept: the keychain, or (with none
            // here, as in CI) the file the user may choose instead.
            if (app.context.overlayTokenStorage() == AppContext::TokenStorage::ThisRunOnly)
                app.context.setOverlayTokenInFile(true);
            QVERIFY(app.context.settings().sync() == QSettings::NoError);
            address = app.context.overlay()->overlayUrl(u"obs_bj"_s);
        }
        App again(m_simulator, folder.path());
        QVERIFY(again.context.overlay());
        QCOMPARE(again.context.overlay()->overlayUrl(u"obs_bj"_s), address);
    }

    void theOverlaysCustomCssIsSetInSettings()
    {
        // docs/OVERLAY.md's "SoopChat's custom CSS": typed in Settings, served
        // to every page at once, and still there after a restart.
        QTemporaryDir folder;
        const QString css = u":root { --font-size: 30px; } /* 큰 글씨 */"_s;
        {
            App app(m_simulator, folder.path());
            QVERIFY(app.context.overlay());
            SettingsDialog dialog(app.context, &app.window);
            auto *field = dialog.findChild<QPlainTextEdit *>(u"overlayCustomCss"_s);
            QVERIFY(field);
            QVERIFY(field->toPlainText().isEmpty());
            field->setPlainText(css);
            dialog.accept();
            QCOMPARE(app.context.overlay()->customCss(), css.toUtf8());
        }
        App again(m_simulator, folder.path());
        QCOMPARE(again.context.overlay()->customCss(), css.toUtf8());
    }

    void aBusyOverlayPortIsSaidAndKeptForNextTime()
    {
        QTemporaryDir folder;
        QTcpServer squatter; // another program on the streamer's port
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        {
            AppSettings settings(folder.path() + u"/soopchat.ini"_s);
            settings.setOverlayPort(squatter.serverPort());
            QCOMPARE(settings.sync(), QSettings::NoError);
        }
        App app(m_simulator, folder.path());
        QVERIFY(app.context.overlay()); // an overlay on another port rather than none
        QVERIFY(app.context.overlay()->port() != squatter.serverPort());
        QCOMPARE(app.context.overlayBusyPort(), squatter.serverPort());
        QCOMPARE(app.context.settings().overlayPort(), squatter.serverPort()); // tried again next time
        auto *label = app.window.statusBar()->findChild<QLabel *>(u"overlayStatus"_s);
        QVERIFY(label);
        QVERIFY2(label->text().contains(QString::number(squatter.serverPort())) &&
                label->text().contains(QString::number(app.context.overlay()->port())),
            qPrintable(label->text()));
        QVERIFY(label->toolTip().contains(u"OBS"_s));
    }

    void aSmallWindowShowsEverythingInEnglishAndKorean_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ko") << u"ko"_s;
    }

    void aSmallWindowShowsEverythingInEnglishAndKorean()
    {
        // An 800×600 screen, the statistics shown: the window fits, and the
        // panel is as wide as what it shows (no tile, switch, label or amount cut).
        QFETCH(QString, language);
        QTemporaryDir folder;
        AppContext::Options options = App::options(m_simulator, folder.path());
        options.language = language;
        AppContext context(options);
        MainWindow window(context);
        window.show();
        ChannelTab *tab = window.openChannel(u"small_bj"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::Live, Timeout);
        QVERIFY(tab->statsPanel()->isVisible());
        QVERIFY2(
            window.minimumSizeHint().width() <= 800, qPrintable(QString::number(window.minimumSizeHint().width())));
        window.resize(800, 600);
        QTRY_VERIFY_WITH_TIMEOUT(tab->stats().snapshot().totals.chats > 0, Timeout);
        tab->statsPanel()->refresh();
        QCoreApplication::processEvents();
        QCOMPARE(window.width(), 800);
        const auto *scroll = tab->statsPanel()->findChild<QScrollArea *>();
        QVERIFY(scroll);
        // The content is given at least what it needs (a tile's number, the
        // switch, the labels) and no more than it can show. (The duration
        // grows every second: a wider number is laid out on the next round.)
        // Every button (the chips, the metric switch) inside the window.
        const auto outside = [&window, tab] {
            QStringList cut;
            for (const QWidget *child : tab->findChildren<QToolButton *>()) {
                const QRect shown(child->mapTo(&window, QPoint(0, 0)), child->size());
                if (child->isVisible() && !window.rect().contains(shown))
                    cut.append(child->objectName());
            }
            return cut;
        };
        const auto fits = [scroll, &outside] {
            const int width = scroll->widget()->width();
            return width >= scroll->widget()->minimumSizeHint().width() && width <= scroll->viewport()->width() &&
                outside().isEmpty();
        };
        QTRY_VERIFY2(fits(),
            qPrintable(u"content %1, needs %2, shown in %3; cut: %4"_s.arg(scroll->widget()->width())
                           .arg(scroll->widget()->minimumSizeHint().width())
                           .arg(scroll->viewport()->width())
                           .arg(outside().join(u", "_s))));
        QCOMPARE(window.width(), 800);
        tab->model()->flush();
        QVERIFY(window.grab().save(testdata::buildDir() + u"/screenshots/main-window-800x600-%1.png"_s.arg(language)));
    }

    void aFirstStartFitsTheScreen()
    {
        // No saved size: at most nine tenths of the screen (1.5× scaling
        // would otherwise make the window taller than a 1080p screen).
        QTemporaryDir folder;
        AppContext context(App::options(m_simulator, folder.path()));
        MainWindow window(context);
        const QSize screen = window.screen()->availableGeometry().size();
        QVERIFY2(window.width() <= std::max(screen.width() * 9 / 10, window.minimumSizeHint().width()) &&
                window.height() <= std::max(screen.height() * 9 / 10, window.minimumSizeHint().height()),
            qPrintable(
                u"%1x%2 on %3x%4"_s.arg(window.width()).arg(window.height()).arg(screen.width()).arg(screen.height())));
    }

    void theFavouritesStartClosedOnlyInASmallFirstWindow()
    {
        QTemporaryDir folder;
        const AppContext::Options options = App::options(m_simulator, folder.path());
        {
            AppContext context(options);
            MainWindow window(context);
            window.resize(1180, 760);
            window.show();
            QVERIFY(window.favouritesDock()->isVisible());
        }
        QFile::remove(options.settingsPath);
        {
            AppContext context(options);
            MainWindow window(context);
            window.resize(800, 600);
            window.show();
            QVERIFY(!window.favouritesDock()->isVisible());
            // The user's choice is kept: opened now, open at the next start.
            window.favouritesDock()->toggleViewAction()->trigger();
            window.close();
        }
        AppContext context(options);
        MainWindow window(context);
        window.resize(800, 600);
        window.show();
        QVERIFY(window.favouritesDock()->isVisible());
    }

    void aFavouriteGoesLiveAndOpensInATab_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ko") << u"ko"_s;
    }

    void aFavouriteGoesLiveAndOpensInATab()
    {
        // Typed into the favourites, seen offline, then live (first in the
        // list, announced), opened with Enter; kept for the next start.
        QFETCH(QString, language);
        using namespace std::chrono_literals;
        const QString later = u"fav_later_"_s + language;
        const QString live = u"fav_live_"_s + language;
        m_simulator.channel(later)->setState(sim::ChannelState::Offline);
        QTemporaryDir folder;
        AppContext::Options options = App::options(m_simulator, folder.path());
        options.language = language;
        LiveWatcher::Pace pace;
        pace.interval = 200ms;
        pace.minimumGap = 10ms;
        options.liveCheckPace = pace;
        {
            AppContext context(options);
            MainWindow window(context);
            window.resize(800, 600);
            window.show();
            FavouritesPanel *favourites = window.favourites();
            // A first start in a small window leaves the room to the chat;
            // F7 opens the favourites.
            QVERIFY(favourites && !window.favouritesDock()->isVisible());
            window.favouritesDock()->toggleViewAction()->trigger();
            QVERIFY(window.favouritesDock()->isVisible());
            auto *input = favourites->findChild<QLineEdit *>(u"favouritesInput"_s);
            QVERIFY(input && input->isVisible());
            QTest::keyClicks(input, u"https://play.sooplive.co.kr/"_s + live);
            QTest::keyClick(input, Qt::Key_Return);
            QTest::keyClicks(input, later);
            QTest::keyClick(input, Qt::Key_Return);
            QCOMPARE(favourites->channels(), (QStringList {live, later}));
            QTest::keyClicks(input, u"https://www.twitch.tv/somebody"_s);
            QTest::keyClick(input, Qt::Key_Return);
            QVERIFY(!window.statusMessage().isEmpty()); // why it is not a channel
            QCOMPARE(favourites->channels().size(), 2);

            SimChannel *laterChannel = m_simulator.channel(later);
            QTRY_COMPARE_WITH_TIMEOUT(favourites->watcher()->state(later).state, LiveCheck::State::Offline, Timeout);
            QTRY_COMPARE_WITH_TIMEOUT(favourites->watcher()->state(live).state, LiveCheck::State::Live, Timeout);
            QCOMPARE(favourites->shownOrder(), (QStringList {live, later}));
            QCOMPARE(window.liveAlerts()->lastRoute(), LiveAlerts::Route::None);

            m_simulator.goLive(later);
            QTRY_COMPARE_WITH_TIMEOUT(favourites->watcher()->state(later).state, LiveCheck::State::Live, Timeout);
            QVERIFY2(
                favourites->rowText(later).contains(laterChannel->title()), qPrintable(favourites->rowText(later)));
            QVERIFY(favourites->rowText(later).startsWith(laterChannel->nickname()));
            // Announced (no notification service in this test: the tray's message).
            QTRY_VERIFY_WITH_TIMEOUT(window.liveAlerts()->lastRoute() != LiveAlerts::Route::None, Timeout);
            QVERIFY(window.liveAlerts()->lastSummary().contains(laterChannel->nickname()));
            if (language == u"en"_s)
                QCOMPARE(window.liveAlerts()->lastSummary(), laterChannel->nickname() + u" is live"_s);
            QCOMPARE(window.liveAlerts()->lastBody(), laterChannel->title());

            favourites->list()->setFocus();
            favourites->list()->setCurrentRow(int(favourites->shownOrder().indexOf(later)));
            const QString row = favourites->rowText(later);
            // Both live: the user's order.
            QCOMPARE(favourites->shownOrder(), (QStringList {live, later}));
            QTest::keyClick(favourites->list(), Qt::Key_Return);
            QCOMPARE(window.tabs().size(), 1);
            ChannelTab *tab = window.currentTab();
            QCOMPARE(tab->channelId(), later);
            QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::Live, Timeout);
            QTRY_VERIFY_WITH_TIMEOUT(favourites->rowText(later) != row, Timeout); // "open in a tab"
            QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 20, Timeout);
            tab->model()->flush();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QString shot = testdata::buildDir() + u"/screenshots/favourites-800x600-%1.png"_s.arg(language);
            QDir().mkpath(QFileInfo(shot).absolutePath());
            QVERIFY(window.grab().save(shot));
            QVERIFY(window.minimumSizeHint().width() <= 800);
            QCOMPARE(window.width(), 800);
            // Its tab knows: no more checks of it while open.
            const int checks = favourites->watcher()->checksMade();
            QSignalSpy started(favourites->watcher(), &LiveWatcher::checkStarted);
            QTRY_VERIFY_WITH_TIMEOUT(favourites->watcher()->checksMade() >= checks + 3, Timeout);
            for (const QList<QVariant> &arguments : std::as_const(started))
                QCOMPARE(arguments.at(0).value<ChannelTarget>().key, live);

            // Removing one from the list.
            favourites->list()->setCurrentRow(int(favourites->shownOrder().indexOf(live)));
            QTest::mouseClick(favourites->findChild<QToolButton *>(u"favouritesRemove"_s), Qt::LeftButton);
            QCOMPARE(favourites->channels(), QStringList {later});
            // And adding the current tab's channel from the Channel menu: already there, still once.
            window.addCurrentToFavourites();
            QCOMPARE(favourites->channels(), QStringList {later});
            window.close();
        }
        AppContext again(options);
        MainWindow window(again);
        QCOMPARE(window.favourites()->channels(), QStringList {later});
    }

    void theFavouritesSettingsAreATabOfTheirOwn()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        SettingsDialog dialog(app.context, &app.window);
        auto *notify = dialog.findChild<QCheckBox *>(u"favouritesNotify"_s);
        auto *minutes = dialog.findChild<QSpinBox *>(u"favouritesCheckMinutes"_s);
        QVERIFY(notify && minutes);
        QVERIFY(notify->isChecked());
        QCOMPARE(minutes->value(), 3);
        notify->setChecked(false);
        minutes->setValue(5);
        dialog.accept();
        QVERIFY(!app.context.settings().favouritesNotify());
        QCOMPARE(app.context.settings().favouritesCheckMinutes(), 5);
        app.window.favourites()->applySettings();
        QCOMPARE(app.window.favourites()->watcher()->pace().interval, std::chrono::milliseconds(5 * 60'000));
    }

    void theWindowIsRenderedToAPicture()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        app.window.resize(1280, 800);
        ChannelTab *tab = app.window.openChannel(u"gosegu2"_s);
        app.window.openChannel(u"devil0108"_s);
        app.window.tabWidget()->setCurrentWidget(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 80, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(tab->stats().snapshot().totals.starBalloons > 0, Timeout);
        tab->statsPanel()->refresh();
        // grab() paints synchronously; what it needs is the model's pending rows applied.
        tab->model()->flush();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        const QString path = testdata::buildDir() + u"/screenshots/main-window.png"_s;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(app.window.grab().save(path));
        QVERIFY(QFileInfo(path).size() > 10'000);
    }

private:
    sim::SoopSimulator m_simulator;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
