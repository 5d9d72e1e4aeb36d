#include "ui/main/ChannelTab.h"

#include <QLocale>
#include <QSplitter>
#include <QTime>
#include <QVBoxLayout>

#include "core/channel/ChannelRecorder.h"
#include "core/channel/ChannelStats.h"
#include "core/store/BroadcastDays.h"
#include "core/store/SessionReader.h"
#include "core/store/SessionWriter.h"
#include "core/store/StoreError.h"
#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatView.h"

#include "ui/common/ChatAndStats.h"
#include "ui/history/StoreThread.h"
#include "ui/main/AppContext.h"
#include "ui/main/ConnectionBanner.h"
#include "ui/main/LiveHeader.h"
#include "ui/overlay/OverlayWindow.h"
#include "ui/overlay/OverlayWindowController.h"
#include "ui/stats/StatsPanel.h"

namespace soopchat {

using namespace Qt::StringLiterals;

ChannelTab::ChannelTab(
    std::unique_ptr<ChannelPipeline> pipeline, const QString &input, AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_input(input), m_pipeline(std::move(pipeline)),
      m_channelStats(m_pipeline->find<ChannelStats>()), m_model(new ChatListModel(this)),
      m_banner(new ConnectionBanner(context.sources(), m_pipeline->platform(), this)), m_chat(nullptr),
      m_statsPanel(nullptr), m_splitter(new QSplitter(Qt::Horizontal, this))
{
    // A tab shows statistics; a pipeline built without them gets them here.
    if (!m_channelStats)
        m_channelStats = m_pipeline->add(std::make_unique<ChannelStats>());

    AppSettings &settings = context.settings();
    m_model->setMaxRows(settings.maxRows());
    const ChatAndStats parts = addChatAndStats(m_splitter, m_model, m_channelStats->stats(), settings);
    m_chat = parts.chat;
    m_chat->setImageCache(context.imageCache());
    m_statsPanel = parts.stats;

    // The header while live, the banner otherwise: one of the two, in the
    // same place above the chat.
    m_header = new LiveHeader(m_channelStats->stats(), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    // The user's rules: what the pipeline hides from the views and the overlay
    // feed, what the list highlights. New rules apply at once.
    const auto applyRules = [this] {
        m_pipeline->setRules(m_context.chatRules());
        m_chat->delegate()->setRules(m_context.chatRules());
        m_chat->listView()->viewport()->update();
        if (m_overlayWindow)
            m_overlayWindow->window()->setRules(m_context.chatRules());
    };
    applyRules();
    connect(&context, &AppContext::chatRulesChanged, this, applyRules);
    connect(m_pipeline.get(), &ChannelPipeline::eventsReceived, m_model, &ChatListModel::append);
    connect(m_pipeline.get(), &ChannelPipeline::statusChanged, this, &ChannelTab::onStatus);
    // ChannelStats started over: show the new broadcast's (empty) figures now.
    connect(m_pipeline.get(), &ChannelPipeline::broadcastStarted, m_statsPanel, &StatsPanel::refresh);
    connect(m_pipeline.get(), &ChannelPipeline::broadcastStarted, m_header, &LiveHeader::restart);
    connect(m_banner, &ConnectionBanner::retryRequested, this, &ChannelTab::reconnectNow);
    connect(m_banner, &ConnectionBanner::passwordEntered, m_pipeline.get(), &ChannelPipeline::setPassword);
    connect(m_banner, &ConnectionBanner::closeRequested, this, &ChannelTab::closeRequested);
    connect(m_chat, &ChatView::userActivated, this, &ChannelTab::showUserCard);
    connect(m_statsPanel, &StatsPanel::userActivated, this, &ChannelTab::showUserCard);
    watchRecording();

    m_banner->setStatus(m_pipeline->status());
    m_header->setStatus(m_pipeline->status());
    m_pipeline->start();
}

ChannelTab::~ChannelTab()
{
    // The store thread first: no task may hand its answer to a tab being torn down.
    delete m_store;
    m_store = nullptr;
    // The panel and the user card read the pipeline's statistics: they go
    // before the pipeline (and its consumers) do.
    delete m_statsPanel;
    delete m_userCard;
    m_pipeline.reset();
}

QString ChannelTab::channelId() const
{
    return m_pipeline->channelId();
}

QString ChannelTab::tabTitle() const
{
    const QString name = m_pipeline->status().broadcast.channelName;
    return name.isEmpty() ? channelId() : name;
}

SessionWriter *ChannelTab::recordingWriter() const
{
    const ChannelRecorder *recorder = m_pipeline->find<ChannelRecorder>();
    return recorder ? recorder->writer() : nullptr;
}

const SessionStats &ChannelTab::stats() const
{
    return m_channelStats->stats();
}

const UserDirectory &ChannelTab::users() const
{
    return m_channelStats->users();
}

void ChannelTab::showEarlierSessions(qint64 sessionId)
{
    const SessionWriter *writer = recordingWriter();
    if (!writer)
        return;
    if (!m_store || m_store->databasePath() != writer->path()) {
        delete m_store;
        m_store = new StoreThread(writer->path(), this);
    }
    // The session list is read on the store thread; the panel gets the
    // other sessions of this one's broadcast day (BroadcastDays).
    m_store->post([this, sessionId](SessionReader &reader, const StoreError &openError) {
        if (openError.isError())
            return;
        StoreError error;
        const QList<SessionSummary> sessions = reader.sessions(&error);
        const std::optional<BroadcastDay> day =
            error.isError() ? std::nullopt : BroadcastDays::ofSession(sessions, sessionId);
        if (!day)
            return;
        SessionTotals earlier;
        qint64 count = 0;
        for (const SessionSummary &s : sessions) {
            if (s.id != sessionId && day->sessionIds.contains(s.id)) {
                earlier.addSession(s.totals);
                ++count;
            }
        }
        QMetaObject::invokeMethod(
            this, [this, date = day->day, earlier, count] { m_statsPanel->setEarlierSessions(date, earlier, count); },
            Qt::QueuedConnection);
    });
}

void ChannelTab::watchRecording()
{
    SessionWriter *writer = recordingWriter();
    if (!writer)
        return;
    connect(writer, &SessionWriter::sessionStarted, this, &ChannelTab::showEarlierSessions);
    connect(writer, &SessionWriter::error, this, [this](const StoreError &error) { emit storeProblem(error.message); });
    connect(writer, &SessionWriter::switchedToFile, this,
        [this](const QString &file) { emit storeProblem(tr("Recording goes on in a new file: %1").arg(file)); });
    connect(writer, &SessionWriter::eventsDropped, this,
        [this](qint64, const QString &message) { emit storeProblem(message); });
    // When recording stops and when it works again, with what was lost in between.
    connect(writer, &SessionWriter::stopped, this, [this, writer](const StoreError &cause) {
        m_droppedAtStop = writer->droppedEvents();
        emit storeProblem(tr("Recording stopped at %1: %2")
                              .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), cause.message));
    });
    connect(writer, &SessionWriter::recovered, this, [this, writer] {
        const qint64 lost = writer->droppedEvents() - m_droppedAtStop;
        const QString since = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        emit storeRecovered(lost > 0
                ? tr("Recording works again since %1; %n event(s) could not be saved meanwhile (the recording marks "
                     "the gap).",
                      nullptr, int(std::min<qint64>(lost, INT_MAX)))
                      .arg(since)
                : tr("Recording works again since %1; nothing was lost.").arg(since));
    });
}

void ChannelTab::onStatus(const ChannelStatus &status)
{
    m_banner->setStatus(status);
    m_header->setStatus(status);
    emit titleChanged();
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
    UserCardDialog::showFor(m_userCard, this, m_chat, m_channelStats->users(), userId);
}

void ChannelTab::reconnectNow()
{
    m_pipeline->retryNow();
}

OverlayWindowController *ChannelTab::overlayWindow()
{
    if (!m_overlayWindow) {
        // Options are kept per streamer id; a VOD address may not know it yet.
        const QString channel = channelId().isEmpty() ? m_input : channelId();
        m_overlayWindow = new OverlayWindowController(channel, m_context.settings(), this, this);
        m_overlayWindow->window()->setRules(m_context.chatRules());
        connect(
            m_pipeline.get(), &ChannelPipeline::eventsReceived, m_overlayWindow, &OverlayWindowController::addEvents);
    }
    return m_overlayWindow;
}

} // namespace soopchat
