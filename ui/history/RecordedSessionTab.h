#pragma once

#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

#include "core/stats/SessionStats.h"
#include "core/stats/UserDirectory.h"
#include "core/store/SessionInfo.h"
#include "core/store/StoreError.h"
#include "ui/chat/UserCardDialog.h"

class QLabel;
class QProgressBar;
class QSplitter;
class QToolButton;

namespace soopchat {

class AppSettings;
class ChatListModel;
class ChatView;
class ReplayBar;
class SessionReplay;
class StatsPanel;
class StoreThread;

// A recorded session, read-only, in a tab of the main window: the same chat
// list, statistics panel, search and user cards as a live tab, fed from the
// database instead of a connection, plus replay.
//
// Loading reads the whole session on the store's thread: every event goes
// into the statistics and the user directory (both thread-safe), while the
// chat list gets at most its configured maximum rows (the session's last
// ones, or those around a chosen moment); progress and the statistics show
// up while it reads, so a session of a million events never freezes the GUI.
class RecordedSessionTab : public QWidget
{
    Q_OBJECT

public:
    RecordedSessionTab(
        const QString &databasePath, const SessionSummary &session, AppSettings &settings, QWidget *parent = nullptr);
    ~RecordedSessionTab() override;

    // Reads the session; with `atSeq` > 0 the list shows that event's moment
    // (selected, in the middle) instead of the session's end.
    void load(qint64 atSeq = 0);

    QString databasePath() const { return m_path; }
    const SessionSummary &session() const { return m_session; }
    qint64 sessionId() const { return m_session.id; }
    QString tabTitle() const; // "감스트 · Recorded · 2026-11-22"
    QString tabToolTip() const;
    static QIcon recordedIcon();

    ChatListModel *model() const { return m_model; }
    ChatView *chatView() const { return m_chat; }
    StatsPanel *statsPanel() const { return m_statsPanel; }
    QSplitter *splitter() const { return m_splitter; }
    SessionReplay *replay() const { return m_replay; }
    ReplayBar *replayBar() const { return m_replayBar; }
    const SessionStats &stats() const { return m_stats; }
    const UserDirectory &users() const { return m_users; }

    bool isLoaded() const { return m_loaded; }
    qint64 loadedEvents() const { return m_loadedEvents; }
    // The list holds fewer events than the session (its maximum rows).
    bool isTruncated() const { return m_truncated; }
    QString noticeText() const;
    StoreError loadError() const { return m_loadError; }

    void setStatsVisible(bool visible);
    void showUserCard(const QString &userId);
    UserCardDialog *userCard() const { return m_userCard; }

signals:
    void loadProgress(qint64 done, qint64 total);
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct LoadResult;

    void onProgress(qint64 done, qint64 total);
    void onLoaded(const std::shared_ptr<LoadResult> &result);
    void onReplayReset();
    void retranslate();
    void updateNotice();

    QString m_path;
    SessionSummary m_session;
    int m_maxRows;
    SessionStats m_stats;
    UserDirectory m_users;
    ChatListModel *m_model;
    QLabel *m_icon;
    QLabel *m_heading;
    QLabel *m_details;
    QToolButton *m_exportButton;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QLabel *m_notice;
    ChatView *m_chat;
    StatsPanel *m_statsPanel;
    QSplitter *m_splitter;
    SessionReplay *m_replay;
    ReplayBar *m_replayBar;
    QPointer<UserCardDialog> m_userCard;
    // Last: destroyed first, so no task still reads into the members above.
    std::unique_ptr<StoreThread> m_store;
    std::shared_ptr<std::atomic<bool>> m_cancel;

    bool m_loaded = false;
    qint64 m_loadedEvents = 0;
    qint64 m_totalEvents = 0;
    bool m_truncated = false;
    bool m_aroundMoment = false; // the list shows the rows around a search hit
    bool m_replayed = false; // the list and statistics show a replay, not the whole session
    StoreError m_loadError;
};

} // namespace soopchat
