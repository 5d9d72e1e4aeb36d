#include "ui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/alerts/AlertBoxRunner.h"
#include "core/alerts/AlertEngine.h"
#include "core/alerts/DeliveryRunner.h"
#include "core/alerts/NotificationRunner.h"
#include "core/channel/ChannelServices.h"
#include "core/overlay/OverlayServer.h"
#include "core/util/RandomId.h"
#include "ui/alerts/AlertFallbackNotice.h"
#include "ui/alerts/AlertHistoryView.h"
#include "ui/alerts/AlertsSettingsPage.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatView.h"
#include "ui/common/Appearance.h"
#include "ui/favourites/FavouritesPanel.h"
#include "ui/favourites/LiveAlerts.h"
#include "ui/history/ExportDialog.h"
#include "ui/history/HistoryWindow.h"
#include "ui/history/RecordedSessionTab.h"
#include "ui/main/AppContext.h"
#include "ui/main/AppearanceActions.h"
#include "ui/main/ChannelBar.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/ConnectionBanner.h"
#include "ui/main/HighlightsPanel.h"
#include "ui/main/SettingsDialog.h"
#include "ui/main/StatusLabel.h"
#include "ui/main/WelcomePage.h"
#include "ui/overlay/OverlayWindowController.h"

namespace soopchat {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_channelBar(new ChannelBar(context.sources(), this)),
      m_stack(new QStackedWidget(this)), m_welcome(new WelcomePage(context.sources(), this)),
      m_tabs(new QTabWidget(this)), m_recordingLabel(new StatusLabel(this)), m_overlayLabel(new StatusLabel(this))
{
    setObjectName(u"mainWindow"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setUsesScrollButtons(true);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_channelBar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_recordingLabel);
    statusBar()->addPermanentWidget(m_overlayLabel);
    m_overlayLabel->setObjectName(u"overlayStatus"_s);
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        m_recordingLabel->setBrief(!message.isEmpty());
        m_overlayLabel->setBrief(!message.isEmpty());
    });

    AppSettings &settings = m_context.settings();
    m_channelBar->setRecentChannels(settings.recentChannels());
    m_welcome->setRecentChannels(settings.recentChannels());
    connect(m_channelBar, &ChannelBar::openRequested, this, &MainWindow::openTarget);
    connect(m_welcome, &WelcomePage::channelChosen, this, &MainWindow::openChannel);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateActions();
        saveTabs();
    });
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &MainWindow::saveTabs);
    m_tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tabs->tabBar(), &QWidget::customContextMenuRequested, this, &MainWindow::showTabMenu);

    // Highlights of every channel: a dock under the tabs, hidden until asked for.
    m_highlights = new HighlightsPanel(this);
    m_highlights->setRules(m_context.chatRules());
    addDockWidget(Qt::BottomDockWidgetArea, m_highlights);
    m_highlights->hide();
    connect(&m_context, &AppContext::chatRulesChanged, this, [this] { m_highlights->setRules(m_context.chatRules()); });
    connect(m_highlights, &HighlightsPanel::tabActivated, this, [this](ChannelTab *tab) {
        if (m_tabs->indexOf(tab) >= 0) {
            m_stack->setCurrentWidget(m_tabs);
            m_tabs->setCurrentWidget(tab);
        }
    });

    buildFavourites();
    buildMenus();
    if (AlertEngine *alerts = m_context.alerts())
        setAlertHistory(alerts->history());
    retranslate();
    if (!restoreGeometry(settings.windowGeometry()))
        resize(firstSize());
    // The docks' places and visibility are the user's once saved; before
    // that, a small window gives the chat the room (showEvent).
    m_firstLayout = !restoreState(settings.windowState());
    m_context.appearance().attachWindow(this);
    updateActions();

    // What keeps the overlay from working shows in its status, and a token
    // that lives only for this run is said once, at start.
    if (OverlayServer *overlay = m_context.overlay())
        connect(overlay, &OverlayServer::problemChanged, this, &MainWindow::retranslate);
    // Short enough for a small window; the whole reason is the overlay port's tooltip.
    if (!m_context.overlayNotice()
             .isEmpty()) // ko: 다음에 시작하면 오버레이 주소가 바뀝니다. 까닭은 오른쪽 오버레이 포트에 있습니다.
        statusBar()->showMessage(tr("The overlay address changes at the next start; the overlay port at the right "
                                    "says why."),
            120'000);
}

// 1180×760, or less on a small or scaled screen (1.5× makes that 1770×1140,
// taller than a 1080p screen): never more than nine tenths of it.
QSize MainWindow::firstSize() const
{
    QSize size(1180, 760);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    return size.expandedTo(minimumSizeHint());
}

MainWindow::~MainWindow()
{
    // Tabs first: their clients live on the context's network thread.
    m_restoring = true;
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete tab;
    }
}

void MainWindow::buildFavourites()
{
    m_favourites = new FavouritesPanel(m_context.sources(), m_context.settings(), m_context.liveCheckPace(),
        m_context.isDemo() ? FavouritesPanel::Persistence::DemoOnly : FavouritesPanel::Persistence::Saved, this);
    if (m_context.isDemo())
        m_favourites->setChannels(m_context.demoFavourites());
    m_favouritesDock = new QDockWidget(this);
    m_favouritesDock->setObjectName(u"favouritesDock"_s); // saveState() keeps where it is
    m_favouritesDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_favouritesDock->setWidget(m_favourites);
    addDockWidget(Qt::LeftDockWidgetArea, m_favouritesDock);
    m_liveAlerts = new LiveAlerts(m_context.notifier(), this);
    connect(m_favourites, &FavouritesPanel::openRequested, this, &MainWindow::openChannel);
    connect(m_favourites, &FavouritesPanel::problem, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
    connect(
        m_favourites, &FavouritesPanel::wentLive, this, [this](const ChannelTarget &target, const LiveCheck &check) {
            if (m_context.settings().favouritesNotify())
                m_liveAlerts->announce(target, check);
        });
    connect(m_liveAlerts, &LiveAlerts::openRequested, this, [this](const QString &key) {
        openChannel(key);
        showNormal();
        raise();
        activateWindow();
    });
    // An alert whose desktop notification could not be shown: the tray's
    // message instead, or at least the status bar.
    // At most one message every few seconds, however busy the room.
    if (NotificationRunner *runner = m_context.notificationRunner()) {
        auto *notice = new AlertFallbackNotice(
            [this](const QString &summary, const QString &body) {
                if (QSystemTrayIcon::isSystemTrayAvailable())
                    m_liveAlerts->showTrayMessage(summary, body);
                else
                    statusBar()->showMessage(summary + u": "_s + QString(body).replace(u'\n', u' '), 10'000);
            },
            this);
        connect(runner, &NotificationRunner::fallbackRequested, notice, &AlertFallbackNotice::post);
    }
    // What is wrong with the alerts file, when it is read.
    const auto alertProblems = [this](const QStringList &problems) {
        if (!problems.isEmpty()) // ko: 알림 규칙 파일에 문제가 있습니다: %1
            statusBar()->showMessage(tr("The alerts file has problems: %1").arg(problems.join(u' ')), 30'000);
    };
    connect(&m_context, &AppContext::alertsReloaded, this, alertProblems);
    alertProblems(m_context.alertProblems());
}

// The current channel's on-stream alert box (/alerts/CHANNEL): its address
// for OBS, a test alert, and pause, skip and replay while live.
void MainWindow::buildAlertBoxMenu()
{
    m_alertBoxMenu = m_channelMenu->addMenu(QString());
    // The current channel and its box, or nothing to act on.
    const auto target = [this]() -> std::pair<AlertBoxRunner *, QString> {
        ChannelTab *tab = currentTab();
        return {tab ? m_context.alertBox() : nullptr, tab ? tab->channelId() : QString()};
    };
    m_copyAlertBoxAction = m_alertBoxMenu->addAction(QString(), this, [this, target] {
        const auto [box, channel] = target();
        if (!box)
            return;
        const QUrl url = box->pageUrl(channel);
        if (url.isEmpty()) {
            statusBar()->showMessage(tr("The overlay server is not running: %1").arg(m_context.overlayError()), 10'000);
            return;
        }
        QGuiApplication::clipboard()->setText(url.toString());
        // ko: 알림 박스 주소를 복사했습니다. OBS에 브라우저 소스로 추가하세요.
        statusBar()->showMessage(tr("Alert box address copied: add it to OBS as a browser source."), 10'000);
    });
    m_testAlertAction = m_alertBoxMenu->addAction(QString(), this, [target] {
        if (const auto [box, channel] = target(); box)
            box->testAlert(channel, DonationTier::Medium);
    });
    m_pauseAlertsAction = m_alertBoxMenu->addAction(QString());
    m_pauseAlertsAction->setCheckable(true);
    connect(m_pauseAlertsAction, &QAction::triggered, this, [this, target](bool paused) {
        const auto [box, channel] = target();
        if (!box)
            return;
        if (paused) {
            box->pause(channel);
            m_pausedAlertBoxes.insert(channel);
        } else {
            box->resume(channel);
            m_pausedAlertBoxes.remove(channel);
        }
    });
    m_skipAlertAction = m_alertBoxMenu->addAction(QString(), this, [target] {
        if (const auto [box, channel] = target(); box)
            box->skip(channel);
    });
    m_replayAlertAction = m_alertBoxMenu->addAction(QString(), this, [target] {
        if (const auto [box, channel] = target(); box)
            box->replay(channel);
    });
    connect(m_alertBoxMenu, &QMenu::aboutToShow, this, [this] {
        const ChannelTab *tab = currentTab();
        m_pauseAlertsAction->setChecked(tab && m_pausedAlertBoxes.contains(tab->channelId()));
    });
}

void MainWindow::showAlertHistory()
{
    if (m_alertHistoryDock) {
        m_alertHistoryDock->show();
        m_alertHistoryDock->raise();
    }
}

// Settings → Alerts' test button of a Discord or Telegram target: one post
// through the app's own queue; what becomes of it shows in the alert history.
void MainWindow::testAlertTarget(const AlertTarget &target)
{
    AlertEngine *engine = m_context.alerts();
    auto *runner = engine
        ? qobject_cast<DeliveryRunner *>(engine->runner(
              target.kind == AlertTarget::Kind::Discord ? AlertAction::Kind::Discord : AlertAction::Kind::Telegram))
        : nullptr;
    if (!runner)
        return;
    Alert alert;
    alert.id = randomHexId();
    alert.ruleName = tr("Test"); // ko: 테스트
    alert.channelId = currentTab() ? currentTab()->channelId() : QString();
    alert.firedAtMs = QDateTime::currentMSecsSinceEpoch();
    alert.fields.nickname = u"SoopChat"_s;
    alert.fields.count = QLocale().toString(1000);
    alert.fields.message = tr("This is a test alert.");
    alert.tier = DonationTier::Medium;
    // ko: SoopChat 테스트 알림: 이 글이 보이면 알림이 “%1”에 닿습니다.
    runner->sendTest(target.id, alert,
        tr("SoopChat test alert: if you can read this, alerts reach “%1”.")
            .arg(target.name.isEmpty() ? target.id : target.name));
}

AlertHistoryView *MainWindow::setAlertHistory(AlertHistory &history)
{
    if (m_alertHistory)
        return m_alertHistory;
    m_alertHistory = new AlertHistoryView(history, this);
    m_alertHistoryDock = new QDockWidget(this);
    m_alertHistoryDock->setObjectName(u"alertHistoryDock"_s); // saveState() keeps where it is
    m_alertHistoryDock->setFeatures(
        QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_alertHistoryDock->setWidget(m_alertHistory);
    addDockWidget(Qt::BottomDockWidgetArea, m_alertHistoryDock);
    m_alertHistoryDock->hide(); // until asked for, or where the last run left it
    restoreDockWidget(m_alertHistoryDock);
    QAction *toggle = m_alertHistoryDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(u"Ctrl+Shift+A"_s));
    m_viewMenu->insertAction(m_favouritesDock->toggleViewAction(), toggle);
    retranslate();
    return m_alertHistory;
}

void MainWindow::addCurrentToFavourites()
{
    ChannelTab *tab = currentTab();
    if (!tab)
        return;
    const QString channel = tab->channelId().isEmpty() ? tab->input() : tab->channelId();
    if (!m_favourites->addChannel(channel)) {
        statusBar()->showMessage(m_favourites->errorText(), 10'000);
        return;
    }
    m_favouritesDock->show();
    updateFavouritesOpen();
    statusBar()->showMessage(tr("%1 is in the favourites.").arg(tab->tabTitle()), 5'000);
}

void MainWindow::updateFavouritesOpen()
{
    QList<FavouritesPanel::OpenChannel> open;
    for (ChannelTab *tab : tabs()) {
        if (!tab->channelId().isEmpty())
            open.append({tab->platform(), tab->channelId(), tab->status()});
    }
    m_favourites->setOpenChannels(open);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), m_channelBar, &ChannelBar::focusInput);
    m_openAction->setShortcut(QKeySequence(u"Ctrl+L"_s));
    m_closeTabAction = m_fileMenu->addAction(QString(), this, [this] { closeTab(m_tabs->currentIndex()); });
    m_closeTabAction->setShortcut(QKeySequence::Close);
    m_fileMenu->addSeparator();
    m_historyAction = m_fileMenu->addAction(QString(), this, &MainWindow::showHistory);
    m_historyAction->setShortcut(QKeySequence(u"Ctrl+H"_s));
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportCurrentTab);
    m_exportAction->setShortcut(QKeySequence(u"Ctrl+E"_s));
    m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence(u"Ctrl+,"_s));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_statsAction = m_viewMenu->addAction(QString());
    m_statsAction->setCheckable(true);
    m_statsAction->setChecked(m_context.settings().statsVisible());
    m_statsAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_statsAction, &QAction::toggled, this, [this](bool visible) {
        for (ChannelTab *tab : tabs())
            tab->setStatsVisible(visible);
        for (RecordedSessionTab *tab : m_tabs->findChildren<RecordedSessionTab *>())
            tab->setStatsVisible(visible);
        m_context.settings().setStatsVisible(visible);
        m_context.settings().sync();
    });
    m_timeAction = m_viewMenu->addAction(QString());
    m_timeAction->setCheckable(true);
    m_timeAction->setChecked(m_context.settings().showTimestamps());
    connect(m_timeAction, &QAction::toggled, this, [this](bool show) {
        for (ChannelTab *tab : tabs())
            tab->chatView()->setShowTimestamps(show);
        m_context.settings().setShowTimestamps(show);
        m_context.settings().sync();
    });
    m_highlightsAction = m_highlights->toggleViewAction();
    m_highlightsAction->setShortcut(QKeySequence(Qt::Key_F8));
    m_viewMenu->addAction(m_highlightsAction);
    m_viewMenu->addSeparator();
    m_findAction = m_viewMenu->addAction(QString(), this, [this] {
        if (ChannelTab *tab = currentTab())
            tab->chatView()->openSearch();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    m_latestAction = m_viewMenu->addAction(QString(), this, [this] {
        if (ChannelTab *tab = currentTab())
            tab->chatView()->jumpToBottom();
    });
    m_latestAction->setShortcut(QKeySequence(u"Ctrl+End"_s));
    m_viewMenu->addSeparator();
    QAction *favourites = m_favouritesDock->toggleViewAction();
    favourites->setShortcut(QKeySequence(Qt::Key_F7));
    m_viewMenu->addAction(favourites);
    m_appearanceActions = new AppearanceActions(m_context.appearance(), m_viewMenu, this);

    m_channelMenu = menuBar()->addMenu(QString());
    m_reconnectAction = m_channelMenu->addAction(QString(), this, [this] {
        if (ChannelTab *tab = currentTab())
            tab->reconnectNow();
    });
    m_reconnectAction->setShortcut(QKeySequence::Refresh);
    m_addFavouriteAction = m_channelMenu->addAction(QString(), this, &MainWindow::addCurrentToFavourites);
    m_addFavouriteAction->setShortcut(QKeySequence(u"Ctrl+D"_s));
    m_channelMenu->addSeparator();
    m_copyOverlayAction = m_channelMenu->addAction(QString(), this, &MainWindow::copyOverlayUrl);
    m_copyOverlayAction->setShortcut(QKeySequence(u"Ctrl+Shift+C"_s));
    m_popOutOverlayAction = m_channelMenu->addAction(QString(), this, [this] {
        if (ChannelTab *tab = currentTab())
            tab->overlayWindow()->popOut();
    });
    m_popOutOverlayAction->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    m_overlayOptionsAction = m_channelMenu->addAction(QString(), this, [this] {
        if (ChannelTab *tab = currentTab())
            tab->overlayWindow()->showOptions();
    });
    // A click-through window cannot be clicked: this (and its shortcut) is the way back.
    m_overlayClickThroughAction = m_channelMenu->addAction(QString(), this, &MainWindow::toggleOverlayClickThrough);
    m_overlayClickThroughAction->setCheckable(true);
    m_overlayClickThroughAction->setShortcut(OverlayWindowController::clickThroughShortcut());
    connect(m_channelMenu, &QMenu::aboutToShow, this, [this] {
        ChannelTab *tab = currentTab();
        m_overlayClickThroughAction->setChecked(tab && tab->overlayWindow()->isClickThrough());
    });
    m_channelMenu->addSeparator();
    buildAlertBoxMenu();

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    updateWindowTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open Channel…"));
    m_closeTabAction->setText(tr("&Close Tab"));
    m_historyAction->setText(tr("Session &History…"));
    m_exportAction->setText(tr("&Export…"));
    m_exportAction->setToolTip(tr("Save this tab's recorded session as CSV or JSONL"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_statsAction->setText(tr("&Statistics Panel"));
    m_timeAction->setText(tr("Show &Time"));
    m_findAction->setText(tr("&Find in Chat…"));
    m_latestAction->setText(tr("Jump to &Latest"));
    m_appearanceActions->retranslate();
    m_channelMenu->setTitle(tr("&Channel"));
    m_reconnectAction->setText(tr("&Reconnect Now"));
    m_copyOverlayAction->setText(tr("Copy &Overlay URL"));
    m_copyOverlayAction->setToolTip(tr("The address of this channel's overlay, for an OBS browser source"));
    m_popOutOverlayAction->setText(tr("&Pop Out Overlay Window")); // ko: 오버레이 창 띄우기(&P)
    // ko: 이 채널의 채팅을 별도 창으로 띄웁니다(OBS 윈도우 캡처용)
    m_popOutOverlayAction->setToolTip(tr("This channel's chat in its own window, for OBS window capture"));
    m_overlayOptionsAction->setText(tr("Overlay &Window Options…")); // ko: 오버레이 창 설정(&W)…
    m_overlayClickThroughAction->setText(tr("Overlay Window Click-&Through")); // ko: 오버레이 창 클릭 통과(&T)
    m_alertBoxMenu->setTitle(tr("Alert &Box")); // ko: 알림 박스(&B)
    m_copyAlertBoxAction->setText(tr("Copy Alert Box &URL")); // ko: 알림 박스 주소 복사(&U)
    // ko: 이 채널의 후원 알림 페이지 주소(OBS 브라우저 소스용)
    m_copyAlertBoxAction->setToolTip(tr("The address of this channel's alert box, for an OBS browser source"));
    m_testAlertAction->setText(tr("Send a &Test Alert")); // ko: 테스트 알림 보내기(&T)
    m_pauseAlertsAction->setText(tr("&Pause Alerts")); // ko: 알림 일시 정지(&P)
    m_skipAlertAction->setText(tr("&Skip Current Alert")); // ko: 지금 알림 건너뛰기(&S)
    m_replayAlertAction->setText(tr("&Replay Last Alert")); // ko: 마지막 알림 다시 보기(&R)
    m_favouritesDock->setWindowTitle(tr("Favourites"));
    m_favouritesDock->toggleViewAction()->setText(tr("F&avourites")); // ko: 즐겨찾기(&A)
    m_addFavouriteAction->setText(tr("Add to &Favourites")); // ko: 즐겨찾기에 추가(&F)
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SoopChat"));
    if (m_alertHistoryDock) {
        m_alertHistoryDock->setWindowTitle(tr("Alert History")); // ko: 알림 기록
        m_alertHistoryDock->toggleViewAction()->setText(tr("A&lert History")); // ko: 알림 기록(&L)
    }

    if (m_context.isDemo()) {
        // ko: 데모
        m_recordingLabel->setTexts(tr("Demo: simulated broadcasts on this computer"), tr("Demo"));
        m_recordingLabel->setToolTip(tr("Demo: simulated broadcasts on this computer"));
    } else {
        const QString recording = m_context.recordingPath();
        m_recordingLabel->setTexts(recording.isEmpty() ? tr("Not recording") : tr("Recording"));
        m_recordingLabel->setToolTip(recording);
    }
    const OverlayServer *overlay = m_context.overlay();
    if (!overlay) {
        m_overlayLabel->setTexts(tr("Overlay off"));
        m_overlayLabel->setToolTip(m_context.overlayError());
    } else if (const quint16 busy = m_context.overlayBusyPort()) {
        // ko: 오버레이: 포트 %1 사용 중, 지금은 %2
        m_overlayLabel->setTexts(tr("Overlay: port %1 busy, on %2 for now").arg(busy).arg(overlay->port()));
        // ko: 다른 프로그램이 포트 %1을(를) 쓰고 있어서 이번에는 %2번에서 오버레이를 엽니다. OBS에 넣은 주소는 포트가
        // 다시 비거나 새 주소를 복사할 때까지 비어 보입니다. (%3)
        m_overlayLabel->setToolTip(tr("Another program uses port %1, so the overlay runs on port %2 this time. "
                                      "Browser sources in OBS stay blank until that port is free again or you copy "
                                      "the new address. (%3)")
                                       .arg(busy)
                                       .arg(overlay->port())
                                       .arg(m_context.overlayError()));
    } else if (const QString problem = overlay->problem(); !problem.isEmpty()) {
        // ko: 오버레이: 연결을 받을 수 없음
        // ko: 오버레이: 문제 있음
        m_overlayLabel->setTexts(tr("Overlay: cannot accept connections"), tr("Overlay: problem"));
        m_overlayLabel->setToolTip(problem);
    } else if (m_context.overlayTokenStorage() == AppContext::TokenStorage::ThisRunOnly) {
        // ko: 오버레이 포트 %1 (주소는 이번 실행에만 유효)
        m_overlayLabel->setTexts(tr("Overlay on port %1 (address for this run only)").arg(overlay->port()),
            tr("Overlay on port %1").arg(overlay->port()));
        m_overlayLabel->setToolTip(m_context.overlayNotice());
    } else {
        m_overlayLabel->setTexts(tr("Overlay on port %1").arg(overlay->port()));
        m_overlayLabel->setToolTip(QString());
    }
    for (ChannelTab *tab : tabs())
        updateTab(tab);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

ChannelTab *MainWindow::openChannel(const QString &input)
{
    const ChatSourceFactory::Parsed result = m_context.sources().parse(input);
    if (!result.target) {
        statusBar()->showMessage(result.error, 10'000);
        return nullptr;
    }
    return openTarget(*result.target, input.trimmed());
}

ChannelTab *MainWindow::openTarget(const ChannelTarget &target, const QString &input)
{
    for (ChannelTab *tab : tabs()) {
        const bool sameChannel =
            !target.channelId.isEmpty() && tab->platform() == target.platform && tab->channelId() == target.channelId;
        if (sameChannel || tab->input().compare(input, Qt::CaseInsensitive) == 0) {
            m_tabs->setCurrentWidget(tab);
            return tab;
        }
    }
    std::unique_ptr<ChatSource> source = m_context.sources().create(target);
    if (!source) {
        statusBar()->showMessage(tr("SoopChat cannot open channels of this platform here."), 10'000);
        return nullptr;
    }
    auto pipeline = std::make_unique<ChannelPipeline>(std::move(source), m_context.networkThread());
    addStandardConsumers(*pipeline, m_context.channelServices());
    auto *tab = new ChannelTab(std::move(pipeline), input, m_context, m_tabs);
    connect(tab, &ChannelTab::titleChanged, this, [this, tab] { updateTab(tab); });
    connect(tab, &ChannelTab::closeRequested, this, [this, tab] { closeTab(m_tabs->indexOf(tab)); });
    connect(tab, &ChannelTab::storeProblem, this, &MainWindow::showStoreProblem);
    connect(tab, &ChannelTab::storeRecovered, this, &MainWindow::showStoreRecovered);
    connect(tab->chatView(), &ChatView::categoriesChanged, this, [this](EventFilter::Categories categories) {
        m_context.settings().setChatCategories(categories.toInt());
        m_context.settings().sync();
    });
    connect(tab->chatView(), &ChatView::rolesChanged, this, [this](Roles roles) {
        m_context.settings().setChatRoleFilter(roles.toInt());
        m_context.settings().sync();
    });
    connect(tab->pipeline(), &ChannelPipeline::eventsReceived, m_highlights,
        [this, tab](const EventBatch &events) { m_highlights->take(tab, events); });
    connect(tab, &QObject::destroyed, m_highlights, [this, tab] { m_highlights->forget(tab); });
    connect(tab->splitter(), &QSplitter::splitterMoved, this,
        [this, tab] { m_context.settings().setSplitterState(tab->splitter()->saveState()); });
    tab->setStatsVisible(m_statsAction->isChecked());
    m_context.appearance().attach(tab->chatView());
    const int index = m_tabs->addTab(tab, target.displayName);
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(index);
    updateTab(tab);

    if (!m_context.isDemo()) {
        m_context.settings().addRecentChannel(input);
        m_channelBar->setRecentChannels(m_context.settings().recentChannels());
        m_welcome->setRecentChannels(m_context.settings().recentChannels());
    }
    saveTabs();
    return tab;
}

void MainWindow::closeTab(int index)
{
    if (index < 0 || index >= m_tabs->count())
        return;
    QWidget *tab = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete tab;
    if (m_tabs->count() == 0)
        m_stack->setCurrentWidget(m_welcome);
    saveTabs();
    updateActions();
    updateFavouritesOpen();
}

void MainWindow::restoreTabs()
{
    AppSettings &settings = m_context.settings();
    m_restoring = true;
    const QStringList channels = settings.openChannels();
    const int current = settings.currentChannel();
    for (const QString &channel : channels)
        openChannel(channel);
    m_restoring = false;
    if (current >= 0 && current < m_tabs->count())
        m_tabs->setCurrentIndex(current);
}

ChannelTab *MainWindow::currentTab() const
{
    return qobject_cast<ChannelTab *>(m_tabs->currentWidget());
}

QList<ChannelTab *> MainWindow::tabs() const
{
    QList<ChannelTab *> result;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<ChannelTab *>(m_tabs->widget(i)))
            result.append(tab);
    }
    return result;
}

QString MainWindow::statusMessage() const
{
    return statusBar()->currentMessage();
}

QIcon MainWindow::stateIcon(int state)
{
    QColor color;
    switch (ConnectionState(state)) {
    case ConnectionState::Live:
        color = QColor(0xe5, 0x39, 0x35); // the broadcast red
        break;
    case ConnectionState::Reconnecting:
    case ConnectionState::PasswordRequired:
    case ConnectionState::LoginRequired:
    case ConnectionState::Unavailable:
        color = QColor(0xf3, 0x9c, 0x12);
        break;
    case ConnectionState::NotFound:
        color = QColor(0x7f, 0x8c, 0x8d);
        break;
    case ConnectionState::WaitingForLive:
    case ConnectionState::Stopped:
        color = QColor(0xb0, 0xb6, 0xbb);
        break;
    default:
        color = QColor(0x34, 0x78, 0xf6);
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(6, 6, 20, 20));
    return QIcon(pixmap);
}

void MainWindow::updateTab(ChannelTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    const ChannelStatus &status = tab->status();
    m_tabs->setTabText(index, tab->tabTitle());
    m_tabs->setTabIcon(index, stateIcon(int(status.state)));
    const Platform platform = tab->pipeline()->platform();
    QString tooltip =
        ConnectionBanner::describe(m_context.sources(), platform, status, QDateTime::currentMSecsSinceEpoch());
    if (status.state == ConnectionState::Live)
        tooltip = tab->channelId() + u" — "_s + tooltip;
    // Which service the tab reads: tabs of two platforms sit side by side.
    tooltip = m_context.sources().displayName(platform) + u" · "_s + tooltip;
    m_tabs->setTabToolTip(index, tooltip);
    if (tab == currentTab())
        updateWindowTitle();
    updateFavouritesOpen();
}

void MainWindow::updateActions()
{
    const bool hasTab = currentTab() != nullptr;
    auto *recorded = qobject_cast<RecordedSessionTab *>(m_tabs->currentWidget());
    m_closeTabAction->setEnabled(hasTab || recorded);
    m_exportAction->setEnabled(hasTab || recorded);
    m_findAction->setEnabled(hasTab);
    m_latestAction->setEnabled(hasTab);
    m_reconnectAction->setEnabled(hasTab);
    m_addFavouriteAction->setEnabled(hasTab);
    m_copyOverlayAction->setEnabled(hasTab);
    m_popOutOverlayAction->setEnabled(hasTab);
    m_overlayOptionsAction->setEnabled(hasTab);
    m_overlayClickThroughAction->setEnabled(hasTab);
    m_alertBoxMenu->setEnabled(hasTab && m_context.alertBox());
    updateWindowTitle();
}

// The open tab's title, live or recorded, then the app's name.
void MainWindow::updateWindowTitle()
{
    QString tab;
    if (const ChannelTab *live = currentTab())
        tab = live->tabTitle();
    else if (const auto *recorded = qobject_cast<RecordedSessionTab *>(m_tabs->currentWidget()))
        tab = recorded->tabTitle();
    setWindowTitle(tab.isEmpty() ? tr("SoopChat") : tr("%1 — SoopChat").arg(tab));
}

void MainWindow::saveTabs()
{
    // The demo's channels are not the user's: they are never saved.
    if (m_restoring || m_context.isDemo())
        return;
    QStringList channels;
    for (ChannelTab *tab : tabs())
        channels.append(tab->input());
    AppSettings &settings = m_context.settings();
    settings.setOpenChannels(channels);
    settings.setCurrentChannel(m_tabs->currentIndex());
    settings.sync();
}

void MainWindow::saveView()
{
    AppSettings &settings = m_context.settings();
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    if (ChannelTab *tab = currentTab())
        settings.setSplitterState(tab->splitter()->saveState());
    settings.sync();
}

// The first time the window shows without a saved layout: in a narrow window
// (a small screen, 1.5× scaling, -qwindowgeometry 800x600) the favourites
// dock would leave the chat a third of the width, so it starts closed (F7 and
// Ctrl+D open it). The size is known only now: the platform may have set it.
void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_firstLayout)
        return;
    m_firstLayout = false;
    constexpr int RoomForFavourites = 1000; // logical pixels: chat, statistics and the dock side by side
    if (width() < RoomForFavourites)
        m_favouritesDock->hide();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveTabs();
    saveView();
    QMainWindow::closeEvent(event);
}

void MainWindow::showStoreProblem(const QString &message)
{
    statusBar()->showMessage(message, 30'000);
    m_recordingLabel->setTexts(tr("Recording: problem"));
    m_recordingLabel->setToolTip(message);
}

void MainWindow::showStoreRecovered(const QString &message)
{
    statusBar()->showMessage(message, 30'000);
    m_recordingLabel->setTexts(tr("Recording"));
    m_recordingLabel->setToolTip(message);
}

void MainWindow::showTabMenu(const QPoint &pos)
{
    const int index = m_tabs->tabBar()->tabAt(pos);
    if (index < 0)
        return;
    // The Channel menu acts on the current tab, so the tab's menu is that menu for the clicked tab.
    m_tabs->setCurrentIndex(index);
    QMenu menu(this);
    menu.addActions(m_channelMenu->actions());
    menu.addSeparator();
    menu.addAction(m_closeTabAction);
    if (ChannelTab *tab = currentTab())
        m_overlayClickThroughAction->setChecked(tab->overlayWindow()->isClickThrough());
    menu.exec(m_tabs->tabBar()->mapToGlobal(pos));
}

void MainWindow::toggleOverlayClickThrough()
{
    ChannelTab *tab = currentTab();
    if (!tab)
        return;
    // From the window's state, not the action's: the options dialog may have changed it.
    OverlayWindowController *overlay = tab->overlayWindow();
    overlay->setClickThrough(!overlay->isClickThrough());
    m_overlayClickThroughAction->setChecked(overlay->isClickThrough());
    const QString shortcut = OverlayWindowController::clickThroughShortcut().toString(QKeySequence::NativeText);
    // ko: 이제 클릭이 오버레이 창을 통과합니다. %1 키로 다시 끌 수 있습니다. / 오버레이 창을 다시 클릭할 수 있습니다.
    statusBar()->showMessage(overlay->isClickThrough()
            ? tr("Clicks now pass through the overlay window. %1 turns it off again.").arg(shortcut)
            : tr("The overlay window can be clicked again."),
        10'000);
}

void MainWindow::copyOverlayUrl()
{
    ChannelTab *tab = currentTab();
    if (!tab)
        return;
    OverlayServer *overlay = m_context.overlay();
    if (!overlay) {
        QMessageBox::warning(
            this, tr("Overlay unavailable"), tr("The overlay server is not running: %1").arg(m_context.overlayError()));
        return;
    }
    const QUrl url = overlay->overlayUrl(tab->channelId());
    QGuiApplication::clipboard()->setText(url.toString());
    statusBar()->showMessage(
        tr("Overlay address copied. In OBS add a Browser source, paste it as the URL and make it 400×600."), 15'000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_context, this);
    if (auto *alerts = dialog.findChild<AlertsSettingsPage *>(); alerts && m_context.alerts()) {
        // Saved: the app reads the file at once (its watcher would, a moment later).
        connect(alerts, &AlertsSettingsPage::saved, &m_context, &AppContext::reloadAlerts);
        connect(alerts, &AlertsSettingsPage::testRule, this, [this](const AlertRule &rule) {
            m_context.alerts()->testRule(rule, currentTab() ? currentTab()->channelId() : QString());
            showAlertHistory();
        });
        connect(alerts, &AlertsSettingsPage::testTarget, this, [this](const AlertTarget &target) {
            testAlertTarget(target);
            showAlertHistory();
        });
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (ChannelTab *tab : tabs())
        tab->model()->setMaxRows(m_context.settings().maxRows());
    m_favourites->applySettings();
    m_timeAction->setChecked(m_context.settings().showTimestamps());
    retranslate();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SoopChat"),
        tr("SoopChat %1\n\nA native chat viewer for Korean live streams (%2): live chat with badges, "
           "donations and subscriptions, statistics, recording and an OBS overlay. It joins as a "
           "guest, exactly as the services' own web players do.")
            .arg(QCoreApplication::applicationVersion(), m_context.sources().displayNames()));
}

RecordedSessionTab *MainWindow::openRecordedSession(
    const QString &databasePath, const SessionSummary &session, qint64 atSeq)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *open = qobject_cast<RecordedSessionTab *>(m_tabs->widget(i));
        if (open && open->sessionId() == session.id && open->databasePath() == databasePath) {
            m_tabs->setCurrentIndex(i);
            if (atSeq > 0)
                open->load(atSeq);
            return open;
        }
    }
    auto *tab = new RecordedSessionTab(databasePath, session, m_context.settings(), m_tabs);
    m_context.appearance().attach(tab->chatView());
    const int index = m_tabs->addTab(tab, RecordedSessionTab::recordedIcon(), tab->tabTitle());
    m_tabs->setTabToolTip(index, tab->tabToolTip());
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(index);
    updateActions();
    tab->load(atSeq);
    return tab;
}

HistoryWindow *MainWindow::showHistory()
{
    if (!m_history) {
        m_history = new HistoryWindow(m_context.historyPath(), this);
        connect(m_history, &HistoryWindow::openRequested, this, [this](const SessionSummary &session, qint64 atSeq) {
            openRecordedSession(m_history->databasePath(), session, atSeq);
            raise();
            activateWindow();
        });
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

ExportDialog *MainWindow::exportCurrentTab()
{
    QString why;
    QWidget *tab = m_tabs->currentWidget();
    std::optional<ExportTarget> target;
    if (auto *live = qobject_cast<ChannelTab *>(tab)) {
        target = ExportTarget::ofLiveRecording(
            live->recordingWriter(), live->channelId(), live->chatView()->proxy()->filter(), &why);
    } else {
        target = ExportTarget::ofTab(tab, &why);
    }
    if (!target) {
        statusBar()->showMessage(why, 15'000);
        return nullptr;
    }
    auto *dialog = new ExportDialog(*target, this);
    dialog->open();
    return dialog;
}

} // namespace soopchat
