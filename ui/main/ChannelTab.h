#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

#include "core/channel/ChannelPipeline.h"
#include "core/stats/SessionStats.h"
#include "core/stats/UserDirectory.h"
#include "ui/chat/UserCardDialog.h"

class QSplitter;

namespace soopchat {

class AppContext;
class ChannelStats;
class ChatListModel;
class ChatView;
class ConnectionBanner;
class LiveHeader;
class OverlayWindowController;
class SessionWriter;
class StatsPanel;
class StoreThread;

// One channel in its tab: a view of the channel's pipeline. The connection
// banner shows its status, the chat list its events, the statistics panel
// and the user card what its ChannelStats consumer counted; the recorder and
// the overlay feed are consumers of the same pipeline and need no tab.
class ChannelTab : public QWidget
{
    Q_OBJECT

public:
    ChannelTab(std::unique_ptr<ChannelPipeline> pipeline, const QString &input, AppContext &context,
        QWidget *parent = nullptr);
    ~ChannelTab() override;

    QString input() const { return m_input; } // as typed, to restore the tab
    QString channelId() const; // the streamer id once known
    Platform platform() const { return m_pipeline->platform(); }
    QString tabTitle() const; // what the tab says
    const ChannelStatus &status() const { return m_pipeline->status(); }

    ChannelPipeline *pipeline() const { return m_pipeline.get(); }
    ChatListModel *model() const { return m_model; }
    ChatView *chatView() const { return m_chat; }
    StatsPanel *statsPanel() const { return m_statsPanel; }
    ConnectionBanner *banner() const { return m_banner; }
    LiveHeader *liveHeader() const { return m_header; }
    SessionWriter *recordingWriter() const; // null when not recording
    const SessionStats &stats() const;
    const UserDirectory &users() const;
    QSplitter *splitter() const { return m_splitter; }

    void setStatsVisible(bool visible);
    bool isStatsVisible() const;
    void showUserCard(const QString &userId);
    UserCardDialog *userCard() const { return m_userCard; }
    void reconnectNow();
    // The channel's pop-out overlay window (ui/overlay), made on first use;
    // it follows the pipeline's events and closes with the tab.
    OverlayWindowController *overlayWindow();

signals:
    void titleChanged();
    void closeRequested();
    void storeProblem(const QString &message);
    // Recording works again after it stopped (a full disk); the message says what was lost.
    void storeRecovered(const QString &message);

private:
    void onStatus(const ChannelStatus &status);
    void watchRecording();
    // Tells the statistics panel the earlier sessions of the recording's day.
    void showEarlierSessions(qint64 sessionId);

    AppContext &m_context;
    QString m_input;
    std::unique_ptr<ChannelPipeline> m_pipeline;
    ChannelStats *m_channelStats;
    ChatListModel *m_model;
    ConnectionBanner *m_banner;
    LiveHeader *m_header = nullptr;
    ChatView *m_chat;
    StatsPanel *m_statsPanel;
    QSplitter *m_splitter;
    QPointer<UserCardDialog> m_userCard;
    OverlayWindowController *m_overlayWindow = nullptr;
    StoreThread *m_store = nullptr; // reads the recording's earlier sessions of the day
    qint64 m_droppedAtStop = 0; // the writer's dropped count when recording last stopped
};

} // namespace soopchat
