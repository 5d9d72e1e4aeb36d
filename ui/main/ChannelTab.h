#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

#include "core/channel/ChannelSession.h"
#include "core/stats/SessionStats.h"
#include "core/stats/UserDirectory.h"
#include "ui/chat/UserCardDialog.h"

class QSplitter;

namespace soopchat {

class AppContext;
class ChannelRecorder;
class ChatListModel;
class ChatView;
class ConnectionBanner;
class OverlayWindowController;
class SessionWriter;
class StatsPanel;
struct StoreError;

// One channel in its tab: the connection banner, the chat list and the
// statistics panel, fed by one ChannelSession. It also records the channel
// and feeds the overlay server when the app has them.
class ChannelTab : public QWidget
{
    Q_OBJECT

public:
    ChannelTab(const soop::ChannelTarget &target, const QString &input, AppContext &context, QWidget *parent = nullptr);
    ~ChannelTab() override;

    QString input() const { return m_input; } // as typed, to restore the tab
    QString channelId() const; // the streamer id once known
    QString tabTitle() const; // what the tab says
    const soop::ClientStatus &status() const { return m_session->status(); }

    ChannelSession *session() const { return m_session.get(); }
    ChatListModel *model() const { return m_model; }
    ChatView *chatView() const { return m_chat; }
    StatsPanel *statsPanel() const { return m_statsPanel; }
    ConnectionBanner *banner() const { return m_banner; }
    SessionWriter *recordingWriter() const { return m_writer.get(); }
    const SessionStats &stats() const { return m_stats; }
    const UserDirectory &users() const { return m_users; }
    QSplitter *splitter() const { return m_splitter; }

    void setStatsVisible(bool visible);
    bool isStatsVisible() const;
    void showUserCard(const QString &userId);
    UserCardDialog *userCard() const { return m_userCard; }
    void reconnectNow();
    // The channel's pop-out overlay window (ui/overlay), made on first use;
    // it follows eventsReceived and closes with the tab.
    OverlayWindowController *overlayWindow();

signals:
    void titleChanged();
    void closeRequested();
    void storeProblem(const QString &message);
    // Every batch after the tab's own consumers saw it (overlay window, alerts).
    void eventsReceived(const soopchat::EventBatch &events);

private:
    void onEvents(const EventBatch &events);
    void onStatus(const soop::ClientStatus &status);
    void onBroadcastStarted(const soop::LiveInfo &info);
    void startRecording(const QString &path);

    AppContext &m_context;
    QString m_input;
    std::unique_ptr<ChannelSession> m_session;
    SessionStats m_stats;
    UserDirectory m_users;
    ChatListModel *m_model;
    ConnectionBanner *m_banner;
    ChatView *m_chat;
    StatsPanel *m_statsPanel;
    QSplitter *m_splitter;
    std::unique_ptr<SessionWriter> m_writer;
    std::unique_ptr<ChannelRecorder> m_recorder;
    QPointer<UserCardDialog> m_userCard;
    OverlayWindowController *m_overlayWindow = nullptr;
};

} // namespace soopchat
