#include "ui/history/RecordedSessionTab.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <deque>

#include "core/store/SessionReader.h"
#include "core/util/Logging.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/UserCardDialog.h"
#include "ui/common/AppSettings.h"
#include "ui/common/ChatAndStats.h"
#include "ui/history/ExportDialog.h"
#include "ui/history/HistoryFormat.h"
#include "ui/history/ReplayBar.h"
#include "ui/history/SessionReplay.h"
#include "ui/history/StoreThread.h"
#include "ui/stats/StatsPanel.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

// Events handed to the statistics at a time while loading: big enough that
// the lock and the panel's refresh cost nothing, small enough to show progress.
constexpr int LoadBatch = 4096;

} // namespace

struct RecordedSessionTab::LoadResult
{
    QList<EventPtr> window; // what the chat list shows, oldest first
    EventPtr focus; // the event the tab was opened at, when there was one
    qint64 read = 0;
    qint64 displayable = 0; // events the chat list could show at all
    StoreError error;
    bool cancelled = false;
};

RecordedSessionTab::RecordedSessionTab(
    const QString &databasePath, const SessionSummary &session, AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_path(databasePath), m_session(session),
      m_maxRows(std::clamp(settings.maxRows(), ChatListModel::MinMaxRows, ChatListModel::MaxMaxRows)),
      m_model(new ChatListModel(this)), m_icon(new QLabel(this)), m_heading(new QLabel(this)),
      m_details(new QLabel(this)), m_exportButton(new QToolButton(this)), m_progressRow(new QWidget(this)),
      m_progress(new QProgressBar(m_progressRow)), m_progressLabel(new QLabel(m_progressRow)),
      m_notice(new QLabel(this)), m_chat(nullptr), m_statsPanel(nullptr),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_replay(nullptr), m_replayBar(nullptr),
      m_store(std::make_unique<StoreThread>(databasePath))
{
    setObjectName(u"recordedSessionTab"_s);
    m_model->setMaxRows(m_maxRows);
    const ChatAndStats parts = addChatAndStats(m_splitter, m_model, m_stats, settings);
    m_chat = parts.chat;
    m_statsPanel = parts.stats;
    m_replay = new SessionReplay(m_store.get(), session, this);
    m_replayBar = new ReplayBar(m_replay, this);
    m_replayBar->setEnabled(false);

    // The header says at a glance that this is a recording, not a live chat.
    auto *header = new QWidget(this);
    header->setObjectName(u"recordedHeader"_s);
    header->setAutoFillBackground(true);
    header->setBackgroundRole(QPalette::AlternateBase);
    m_icon->setPixmap(recordedIcon().pixmap(22, 22));
    for (QLabel *label : {m_heading, m_details, m_progressLabel, m_notice})
        label->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_exportButton->setObjectName(u"recordedExport"_s);
    m_exportButton->setAutoRaise(true);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(10, 6, 8, 6);
    headerLayout->setSpacing(8);
    headerLayout->addWidget(m_icon);
    headerLayout->addWidget(m_heading);
    headerLayout->addWidget(m_details, 1);
    headerLayout->addWidget(m_exportButton);

    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(10, 4, 10, 4);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progressLabel->sizeHint().height());

    m_notice->setObjectName(u"recordedNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(10, 4, 10, 4);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_replayBar);

    connect(m_chat, &ChatView::userActivated, this, &RecordedSessionTab::showUserCard);
    connect(m_statsPanel, &StatsPanel::userActivated, this, &RecordedSessionTab::showUserCard);
    connect(m_replay, &SessionReplay::reset, this, &RecordedSessionTab::onReplayReset);
    connect(m_replay, &SessionReplay::eventsDue, this, [this](const EventBatch &events) {
        m_model->append(events);
        m_stats.add(events);
        m_users.add(events);
    });
    connect(m_exportButton, &QToolButton::clicked, this, [this] {
        if (const std::optional<ExportTarget> target = ExportTarget::ofTab(this, nullptr))
            (new ExportDialog(*target, window()))->open();
    });
    retranslate();
}

RecordedSessionTab::~RecordedSessionTab()
{
    // Stop a load in progress and wait for it: it writes into m_stats and m_users.
    if (m_cancel)
        m_cancel->store(true);
    m_store.reset();
    // The panel reads m_stats, which goes before QWidget deletes the children.
    delete m_statsPanel;
    m_statsPanel = nullptr;
}

QIcon RecordedSessionTab::recordedIcon()
{
    // A clock face in slate: a recording, where live tabs show a coloured dot.
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x5B, 0x6B, 0x82));
    painter.drawEllipse(QRectF(8, 8, 48, 48));
    QPen hand(Qt::white, 5, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(hand);
    painter.drawLine(QPointF(32, 32), QPointF(32, 18));
    painter.drawLine(QPointF(32, 32), QPointF(42, 38));
    return QIcon(pixmap);
}

QString RecordedSessionTab::tabTitle() const
{
    const QString who =
        m_session.info.streamerNickname.isEmpty() ? m_session.info.channelId : m_session.info.streamerNickname;
    return tr("%1 · Recorded · %2").arg(who, HistoryFormat::date(m_session.info.startedAtMs));
}

QString RecordedSessionTab::tabToolTip() const
{
    QString tip = tr("Recorded %1, %2")
                      .arg(HistoryFormat::dateTime(m_session.info.startedAtMs),
                          HistoryFormat::duration(m_session.effectiveEndMs() - m_session.info.startedAtMs));
    tip += u'\n' + HistoryFormat::streamer(m_session);
    if (!m_session.info.title.isEmpty())
        tip += u'\n' + m_session.info.title;
    return tip;
}

void RecordedSessionTab::load(qint64 atSeq)
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_replay->stop();
    m_loaded = false;
    m_loadError = {};
    m_replayBar->setEnabled(false);
    m_model->clear();
    m_stats.clear();
    m_users.clear();
    m_progressRow->setVisible(true);
    onProgress(0, m_session.totals.events);

    const auto cancel = m_cancel;
    const qint64 id = m_session.id;
    const int maxRows = m_maxRows;
    SessionStats *stats = &m_stats;
    UserDirectory *users = &m_users;
    m_store->post([this, cancel, id, atSeq, maxRows, stats, users](SessionReader &reader, const StoreError &openError) {
        auto result = std::make_shared<LoadResult>();
        if (openError.isError()) {
            result->error = openError;
            QMetaObject::invokeMethod(this, [this, result] { onLoaded(result); });
            return;
        }
        const qint64 total = reader.countEvents({id, 0, 0, {}});
        std::deque<EventPtr> window;
        qint64 focusOrdinal = 0;
        bool windowDone = false;
        EventBatch batch;
        batch.reserve(LoadBatch);
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        result->error = reader.readEvents({id, 0, 0, {}}, [&](const StoredEvent &row) {
            if (cancel->load()) {
                result->cancelled = true;
                return false;
            }
            EventPtr event = row.toEvent();
            if (!event)
                return true;
            ++result->read;
            batch.append(event);
            if (ChatListModel::isDisplayable(*event)) {
                ++result->displayable;
                if (!windowDone) {
                    window.push_back(event);
                    if (qsizetype(window.size()) > maxRows)
                        window.pop_front();
                    if (atSeq > 0 && row.seq == atSeq) {
                        result->focus = event;
                        focusOrdinal = result->displayable;
                    }
                    // Around a chosen moment: as many rows after it as before.
                    windowDone = focusOrdinal > 0 && result->displayable >= focusOrdinal + maxRows / 2;
                }
            }
            if (batch.size() >= LoadBatch) {
                stats->add(batch);
                users->add(batch);
                batch.clear();
                if (sinceProgress.elapsed() >= 100) {
                    sinceProgress.restart();
                    const qint64 done = result->read;
                    QMetaObject::invokeMethod(this, [this, done, total] { onProgress(done, total); });
                }
            }
            return true;
        });
        stats->add(batch);
        users->add(batch);
        result->window = QList<EventPtr>(window.begin(), window.end());
        QMetaObject::invokeMethod(this, [this, result] { onLoaded(result); });
    });
}

void RecordedSessionTab::onProgress(qint64 done, qint64 total)
{
    m_totalEvents = total;
    m_progress->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
    m_progressLabel->setText(
        tr("Reading the recording: %1 of %2 events").arg(HistoryFormat::count(done), HistoryFormat::count(total)));
    emit loadProgress(done, total);
}

void RecordedSessionTab::onLoaded(const std::shared_ptr<LoadResult> &result)
{
    if (result->cancelled)
        return;
    m_progressRow->setVisible(false);
    m_loadError = result->error;
    m_loadedEvents = result->read;
    m_truncated = result->displayable > result->window.size();
    m_aroundMoment = result->focus != nullptr;
    if (m_loadError.isError())
        qCWarning(lcUi) << "cannot read session" << m_session.id << ':' << m_loadError.message << m_loadError.detail;
    m_model->append(result->window);
    m_model->flush();
    m_statsPanel->refresh();
    m_loaded = true;
    m_replayed = false;
    m_replayBar->setEnabled(!m_loadError.isError());
    updateNotice();

    if (result->focus) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->eventAt(row) != result->focus)
                continue;
            const QModelIndex index = m_chat->proxy()->mapFromSource(m_model->index(row, 0));
            if (index.isValid()) {
                ChatListView *list = m_chat->listView();
                list->setFollowing(false);
                list->setCurrentIndex(index);
                list->scrollTo(index, QAbstractItemView::PositionAtCenter);
            }
            break;
        }
    }
    emit loaded();
}

void RecordedSessionTab::onReplayReset()
{
    // The replay feeds the list and the statistics as if live, from its position.
    m_model->clear();
    m_stats.clear();
    m_users.clear();
    m_statsPanel->refresh();
    m_chat->listView()->setFollowing(true);
    m_replayed = true;
    updateNotice();
}

QString RecordedSessionTab::noticeText() const
{
    return m_notice->text();
}

void RecordedSessionTab::updateNotice()
{
    QString text;
    if (m_loadError.isError()) {
        text = m_loadError.message;
    } else if (m_replayed) {
        text = tr("Replay: the chat list and the statistics show the session up to the replay position.");
    } else if (m_truncated) {
        text = tr("The chat list keeps at most %1 rows (Settings → General); this session has %2 events, so it "
                  "shows %3. The statistics count every event. Replay or the session history's search reach the rest.")
                   .arg(HistoryFormat::count(m_maxRows), HistoryFormat::count(m_loadedEvents),
                       m_aroundMoment ? tr("those around the chosen moment") : tr("the last ones"));
    }
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void RecordedSessionTab::setStatsVisible(bool visible)
{
    m_statsPanel->setVisible(visible);
}

void RecordedSessionTab::showUserCard(const QString &userId)
{
    UserCardDialog::showFor(m_userCard, this, m_chat, m_users, userId);
}

void RecordedSessionTab::retranslate()
{
    m_heading->setText(tr("Recorded · %1").arg(HistoryFormat::dateTime(m_session.info.startedAtMs)));
    QStringList details {HistoryFormat::streamer(m_session),
        HistoryFormat::duration(m_session.effectiveEndMs() - m_session.info.startedAtMs)};
    if (!m_session.info.title.isEmpty())
        details.append(m_session.info.title);
    m_details->setText(details.join(u"  ·  "_s));
    m_details->setToolTip(tabToolTip());
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save this session as CSV or JSONL"));
    updateNotice();
}

void RecordedSessionTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The main window names only live tabs itself.
        if (auto *tabs = qobject_cast<QTabWidget *>(parentWidget() ? parentWidget()->parentWidget() : nullptr)) {
            tabs->setTabText(tabs->indexOf(this), tabTitle());
            tabs->setTabToolTip(tabs->indexOf(this), tabToolTip());
        }
    }
    QWidget::changeEvent(event);
}

} // namespace soopchat
