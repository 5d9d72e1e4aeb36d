#include "ui/main/ChannelTab.h"

#include <QSplitter>
#include <QVBoxLayout>

#include "core/channel/ChannelRecorder.h"
#include "core/overlay/OverlayServer.h"
#include "core/store/SessionWriter.h"
#include "core/store/StoreError.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatView.h"

#include "ui/main/AppContext.h"
#include "ui/main/ChatAndStats.h"
#include "ui/main/ConnectionBanner.h"
#include "ui/overlay/OverlayWindowController.h"
#include "ui/stats/StatsPanel.h"

namespace soopchat {

using namespace Qt::StringLiterals;

ChannelTab::ChannelTab(const soop::ChannelTarget &target, const QString &input, AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_input(input),
      m_session(std::make_unique<ChannelSession>(target, context.clientConfig(), context.networkThread())),
      m_model(new ChatListModel(this)), m_banner(new ConnectionBanner(this)), m_chat(nullptr), m_statsPanel(nullptr),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    AppSettings &settings = context.settings();
    m_model->setMaxRows(settings.maxRows());
    const ChatAndStats parts = addChatAndStats(m_splitter, m_model, m_stats, settings);
    m_chat = parts.chat;
    m_statsPanel = parts.stats;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    connect(m_session.get(), &ChannelSession::eventsReceived, this, &ChannelTab::onEvents);
    connect(m_session.get(), &ChannelSession::statusChanged, this, &ChannelTab::onStatus);
    connect(m_session.get(), &ChannelSession::broadcastStarted, this, &ChannelTab::onBroadcastStarted);
    connect(m_banner, &ConnectionBanner::retryRequested, this, &ChannelTab::reconnectNow);
    connect(m_banner, &ConnectionBanner::passwordEntered, m_session.get(), &ChannelSession::setPassword);
    connect(m_banner, &ConnectionBanner::closeRequested, this, &ChannelTab::closeRequested);
    connect(m_chat, &ChatView::userActivated, this, &ChannelTab::showUserCard);
    connect(m_statsPanel, &StatsPanel::userActivated, this, &ChannelTab::showUserCard);

    const QString recording = context.recordingPath();
    if (!recording.isEmpty())
        startRecording(recording);

    soop::ClientStatus initial;
    initial.channel = target.displayName();
    m_banner->setStatus(initial);
    m_session->start();
}

ChannelTab::~ChannelTab()
{
    // The recorder ends the session before the writer commits and closes.
    m_recorder.reset();
    m_writer.reset();
    // The panel reads m_stats, which goes before QWidget deletes the children.
    delete m_statsPanel;
}

QString ChannelTab::channelId() const
{
    return m_session->channelId();
}

QString ChannelTab::tabTitle() const
{
    const soop::ClientStatus &status = m_session->status();
    const QString nick = status.live.streamerNick;
    return nick.isEmpty() ? channelId() : nick;
}

void ChannelTab::startRecording(const QString &path)
{
    m_writer = std::make_unique<SessionWriter>(path);
    m_recorder = std::make_unique<ChannelRecorder>(m_session.get(), m_writer.get());
    connect(m_writer.get(), &SessionWriter::error, this,
        [this](const StoreError &error) { emit storeProblem(error.message); });
    connect(m_writer.get(), &SessionWriter::switchedToFile, this,
        [this](const QString &file) { emit storeProblem(tr("Recording goes on in a new file: %1").arg(file)); });
    connect(m_writer.get(), &SessionWriter::eventsDropped, this,
        [this](qint64, const QString &message) { emit storeProblem(message); });
}

void ChannelTab::onEvents(const EventBatch &events)
{
    m_model->append(events);
    m_stats.add(events);
    m_users.add(events);
    if (OverlayServer *overlay = m_context.overlay())
        overlay->publish(channelId(), events);
    emit eventsReceived(events);
}

void ChannelTab::onStatus(const soop::ClientStatus &status)
{
    m_banner->setStatus(status);
    emit titleChanged();
}

void ChannelTab::onBroadcastStarted(const soop::LiveInfo &)
{
    // A new broadcast is a new session: the statistics start over; the chat
    // list keeps what was said before.
    m_stats.clear();
    m_users.clear();
    m_statsPanel->refresh();
}

void ChannelTab::setStatsVisible(bool visible)
{
    m_statsPanel->setVisible(visible);
}

bool ChannelTab::isStatsVisible() const
{
    return m_statsPanel->isVisibleTo(this);
}

void ChannelTab::showUserCard(const QString &userId)
{
    UserCardDialog::showFor(m_userCard, this, m_chat, m_users, userId);
}

void ChannelTab::reconnectNow()
{
    m_session->retryNow();
}

OverlayWindowController *ChannelTab::overlayWindow()
{
    if (!m_overlayWindow) {
        // Options are kept per streamer id; a VOD address may not know it yet.
        const QString channel = channelId().isEmpty() ? m_input : channelId();
        m_overlayWindow = new OverlayWindowController(channel, m_context.settings(), this, this);
        connect(this, &ChannelTab::eventsReceived, m_overlayWindow, &OverlayWindowController::addEvents);
    }
    return m_overlayWindow;
}

} // namespace soopchat
