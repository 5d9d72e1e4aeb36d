#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include "core/channel/ChatSources.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace soopchat {

class AlertHistory;
struct AlertTarget;
class AlertHistoryView;
class AppContext;
class AppearanceActions;
class ChannelBar;
class ChannelTab;
class ExportDialog;
class HighlightsPanel;
class FavouritesPanel;
class HistoryWindow;
class LiveAlerts;
class RecordedSessionTab;
class StatusLabel;
struct SessionSummary;
class WelcomePage;

// The app's window: the channel bar, one tab per channel, menus and a status
// line for recording and the overlay. Open tabs, geometry and view options
// are saved as they change and restored at the next start.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a channel (an id or an address) in a tab, or switches to its tab
    // when it is already open. Returns null and explains why when the text is
    // not a channel.
    ChannelTab *openChannel(const QString &input);
    ChannelTab *openTarget(const ChannelTarget &target, const QString &input);
    void closeTab(int index);
    void restoreTabs(); // the tabs of the last run

    ChannelTab *currentTab() const;
    QList<ChannelTab *> tabs() const;
    ChannelBar *channelBar() const { return m_channelBar; }
    QTabWidget *tabWidget() const { return m_tabs; }
    QString statusMessage() const;
    // The highlighted messages of every open channel (a dock; View → Highlights).
    HighlightsPanel *highlightsPanel() const { return m_highlights; }

    // Session history: a recorded session in a read-only tab (at the event
    // `atSeq` when > 0), the history window, File → Export… for the current tab.
    RecordedSessionTab *openRecordedSession(
        const QString &databasePath, const SessionSummary &session, qint64 atSeq = 0);
    HistoryWindow *showHistory();
    ExportDialog *exportCurrentTab();
    AppearanceActions *appearanceActions() const { return m_appearanceActions; }

    // The favourites beside the tabs, and the "… is live" notifications.
    FavouritesPanel *favourites() const { return m_favourites; }
    QDockWidget *favouritesDock() const { return m_favouritesDock; }
    LiveAlerts *liveAlerts() const { return m_liveAlerts; }
    void addCurrentToFavourites();

    // The alert history (View → Alert History, a dock) over the alerts' own
    // history (the engine's); once, after the window is made.
    AlertHistoryView *setAlertHistory(AlertHistory &history);
    AlertHistoryView *alertHistory() const { return m_alertHistory; }
    QDockWidget *alertHistoryDock() const { return m_alertHistoryDock; }
    QMenu *viewMenu() const { return m_viewMenu; }

    // Filled in by the history and overlay features.
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *channelMenu() const { return m_channelMenu; }

public slots:
    void copyOverlayUrl();
    void showSettings();
    void showAbout();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void updateTab(ChannelTab *tab);
    void updateActions();
    void updateWindowTitle();
    QSize firstSize() const;
    void saveTabs();
    void saveView();
    void showStoreProblem(const QString &message);
    void showStoreRecovered(const QString &message);
    void showTabMenu(const QPoint &pos);
    void toggleOverlayClickThrough();
    static QIcon stateIcon(int state);
    void buildFavourites();
    void buildAlertBoxMenu();
    void showAlertHistory();
    void testAlertTarget(const AlertTarget &target);
    void updateFavouritesOpen();

    AppContext &m_context;
    ChannelBar *m_channelBar;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QTabWidget *m_tabs;
    StatusLabel *m_recordingLabel;
    StatusLabel *m_overlayLabel;
    bool m_restoring = false;
    bool m_firstLayout = false; // no saved layout: showEvent fits the docks to the window

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_channelMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_statsAction = nullptr;
    QAction *m_timeAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_latestAction = nullptr;
    QAction *m_reconnectAction = nullptr;
    QAction *m_copyOverlayAction = nullptr;
    QAction *m_popOutOverlayAction = nullptr;
    QAction *m_overlayOptionsAction = nullptr;
    QAction *m_overlayClickThroughAction = nullptr;
    // Channel → Alert Box: the current channel's on-stream alert box.
    QMenu *m_alertBoxMenu = nullptr;
    QAction *m_copyAlertBoxAction = nullptr;
    QAction *m_testAlertAction = nullptr;
    QAction *m_pauseAlertsAction = nullptr;
    QAction *m_skipAlertAction = nullptr;
    QAction *m_replayAlertAction = nullptr;
    QSet<QString> m_pausedAlertBoxes; // channel ids
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QPointer<HistoryWindow> m_history;
    HighlightsPanel *m_highlights = nullptr;
    QAction *m_highlightsAction = nullptr;
    FavouritesPanel *m_favourites = nullptr;
    QDockWidget *m_favouritesDock = nullptr;
    LiveAlerts *m_liveAlerts = nullptr;
    QAction *m_addFavouriteAction = nullptr;
    AppearanceActions *m_appearanceActions = nullptr;
    AlertHistoryView *m_alertHistory = nullptr;
    QDockWidget *m_alertHistoryDock = nullptr;
};

} // namespace soopchat
