#include "ui/history/HistoryWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/store/BroadcastDays.h"
#include "core/store/SessionReader.h"
#include "core/util/Logging.h"
#include "ui/history/ExportDialog.h"
#include "ui/history/HistoryFormat.h"
#include "ui/history/SearchHitModel.h"
#include "ui/history/SessionListModel.h"
#include "ui/history/StoreThread.h"
#include "ui/stats/TotalsText.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr int SearchPauseMs = 250;

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setFrameShape(QFrame::NoFrame);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionsMovable(true);
    return view;
}

} // namespace

HistoryWindow::HistoryWindow(const QString &databasePath, QWidget *parent)
    : QWidget(parent, Qt::Window), m_mainPath(databasePath), m_store(new StoreThread(databasePath, this)),
      m_sessions(new SessionListModel(this)), m_hits(new SearchHitModel(this)),
      m_sessionProxy(new QSortFilterProxyModel(this)), m_hitProxy(new QSortFilterProxyModel(this)),
      m_title(new QLabel(this)), m_subtitle(new QLabel(this)), m_fileBox(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_refresh(new QToolButton(this)), m_resultTitle(new QLabel(this)),
      m_pages(new QStackedWidget(this)), m_sessionView(nullptr), m_hitView(nullptr), m_empty(new QLabel(this)),
      m_status(new QLabel(this)), m_dayTotal(new QLabel(this)), m_exportButton(new QPushButton(this)),
      m_openButton(new QPushButton(this))
{
    setObjectName(u"historyWindow"_s);
    for (QLabel *label : {m_title, m_subtitle, m_resultTitle, m_empty, m_status, m_dayTotal})
        label->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_resultTitle->font();
    bold.setBold(true);
    m_resultTitle->setFont(bold);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(40);

    m_search->setObjectName(u"historySearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(420);
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setAutoRaise(true);

    m_sessionProxy->setSourceModel(m_sessions);
    m_sessionProxy->setSortRole(SessionListModel::SortRole);
    m_sessionProxy->setSortLocaleAware(true);
    m_hitProxy->setSourceModel(m_hits);
    m_hitProxy->setSortRole(SearchHitModel::SortRole);
    m_sessionView = makeTable(m_sessionProxy, this);
    m_sessionView->setObjectName(u"sessionTable"_s);
    m_hitView = makeTable(m_hitProxy, this);
    m_hitView->setObjectName(u"searchResults"_s);
    m_sessionView->sortByColumn(SessionListModel::Started, Qt::DescendingOrder);
    m_hitView->sortByColumn(SearchHitModel::Time, Qt::DescendingOrder);
    QHeaderView *header = m_sessionView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SessionListModel::Title, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header = m_hitView->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SearchHitModel::Text, QHeaderView::Stretch);
    m_pages->addWidget(m_sessionView);
    m_pages->addWidget(m_hitView);
    m_pages->addWidget(m_empty);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    titles->addWidget(m_fileBox);
    m_fileBox->setObjectName(u"recordingFiles"_s);
    m_fileBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fileBox->setVisible(false);
    connect(m_fileBox, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_files.size())
            showFile(m_files.at(index).path);
    });
    top->addLayout(titles, 1);
    top->addWidget(m_search);
    top->addWidget(m_refresh);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_exportButton);
    bottom->addWidget(m_openButton);
    m_openButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_resultTitle);
    layout->addWidget(m_pages, 1);
    // The selected session's broadcast day: its sessions added up.
    m_dayTotal->setObjectName(u"dayTotal"_s);
    m_dayTotal->setVisible(false);
    layout->addWidget(m_dayTotal);
    layout->addLayout(bottom);
    m_resultTitle->setVisible(false);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchPauseMs);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        search(m_search->text());
    });
    connect(m_refresh, &QToolButton::clicked, this, &HistoryWindow::refresh);
    connect(m_openButton, &QPushButton::clicked, this, &HistoryWindow::openSelected);
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryWindow::exportSelected);
    for (QTableView *view : {m_sessionView, m_hitView}) {
        connect(view, &QTableView::activated, this, &HistoryWindow::openSelected);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryWindow::updateButtons);
    }

    resize(1040, 600);
    retranslate();
    refresh();
}

HistoryWindow::~HistoryWindow()
{
    // The store thread first: no task may hand results to a window being torn down.
    delete m_store;
    m_store = nullptr;
}

QString HistoryWindow::databasePath() const
{
    return m_store->databasePath();
}

bool HistoryWindow::isShowingHits() const
{
    return m_pages->currentWidget() == m_hitView;
}

QString HistoryWindow::statusText() const
{
    return m_status->text();
}

void HistoryWindow::refresh()
{
    m_store->post(
        [this, main = m_mainPath, generation = m_fileGeneration](SessionReader &reader, const StoreError &openError) {
            StoreError error = openError;
            QList<SessionSummary> sessions;
            if (!openError.isError())
                sessions = reader.sessions(&error);
            // The folder is read here too, off the GUI thread.
            const QList<RecordingFiles::File> files = RecordingFiles::list(main);
            QMetaObject::invokeMethod(this, [this, generation, sessions, error, files] {
                if (generation == m_fileGeneration)
                    onSessions(sessions, error, files);
            });
        });
}

void HistoryWindow::showFile(const QString &path)
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(databasePath()).absoluteFilePath())
        return;
    // The old thread first: its tasks must not answer for the new file.
    delete m_store;
    m_store = new StoreThread(path, this);
    ++m_fileGeneration;
    ++m_searchGeneration;
    m_loaded = false;
    m_sessions->setSessions({});
    const QString text = m_search->text();
    m_shownQuery.clear();
    m_hits->setHits({}, {});
    updateState();
    refresh();
    if (!text.trimmed().isEmpty())
        search(text);
}

void HistoryWindow::updateFiles()
{
    // One file and sound: nothing to choose, nothing to say.
    const bool show =
        m_files.size() > 1 || std::any_of(m_files.cbegin(), m_files.cend(), [](const auto &f) { return f.damaged; });
    m_fileBox->setVisible(show);
    m_subtitle->setVisible(!show);
    const QSignalBlocker blocker(m_fileBox);
    m_fileBox->clear();
    const QString shown = QFileInfo(databasePath()).absoluteFilePath();
    for (const RecordingFiles::File &file : std::as_const(m_files)) {
        m_fileBox->addItem(RecordingFiles::label(file), file.path);
        const int index = m_fileBox->count() - 1;
        QString tip = QDir::toNativeSeparators(file.path);
        if (file.damaged)
            tip += u'\n' +
                tr("Found damaged on %1 (%2). SoopChat never writes it again; what can still be read is shown "
                   "and exported.")
                    .arg(QLocale().toString(file.markedAt.toLocalTime(), QLocale::ShortFormat), file.damage);
        m_fileBox->setItemData(index, tip, Qt::ToolTipRole);
        if (file.damaged)
            m_fileBox->setItemIcon(index, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (file.path == shown)
            m_fileBox->setCurrentIndex(index);
    }
}

void HistoryWindow::onSessions(
    const QList<SessionSummary> &sessions, const StoreError &error, const QList<RecordingFiles::File> &files)
{
    m_loaded = true;
    m_loadError = error;
    m_files = files;
    updateFiles();
    if (error.isError() && error.kind != StoreError::Kind::Missing)
        qCWarning(lcUi) << "history:" << error.message << error.detail;
    m_sessions->setSessions(sessions);
    m_sessionView->resizeColumnsToContents();
    if (!m_shownQuery.isEmpty())
        m_hits->setHits(m_hits->hits(), sessions); // their session labels
    updateState();
    emit sessionsLoaded();
}

void HistoryWindow::search(const QString &text)
{
    const QString query = text.trimmed();
    const int generation = ++m_searchGeneration;
    if (query.isEmpty()) {
        m_shownQuery.clear();
        m_hits->setHits({}, {});
        updateState();
        return;
    }
    m_store->post([this, generation, query](SessionReader &reader, const StoreError &openError) {
        StoreError error = openError;
        QList<SearchHit> hits;
        if (!openError.isError())
            hits = reader.search({query, {}, SearchLimit}, &error);
        QMetaObject::invokeMethod(
            this, [this, generation, query, hits, error] { onHits(generation, query, hits, error); });
    });
}

void HistoryWindow::onHits(int generation, const QString &text, const QList<SearchHit> &hits, const StoreError &error)
{
    // A newer search is on its way; this answer is for text no longer typed.
    if (generation != m_searchGeneration)
        return;
    m_shownQuery = text;
    m_searchError = error;
    m_hits->setHits(hits, m_sessions->sessions());
    // A hit in a session recorded since the list was read: read it again.
    if (std::any_of(
            hits.cbegin(), hits.cend(), [this](const SearchHit &hit) { return !m_sessions->session(hit.sessionId); }))
        refresh();
    m_hitView->resizeColumnToContents(SearchHitModel::Session);
    m_hitView->resizeColumnToContents(SearchHitModel::Time);
    m_hitView->resizeColumnToContents(SearchHitModel::Nickname);
    updateState();
    emit searchFinished();
}

void HistoryWindow::updateState()
{
    const bool searching = !m_shownQuery.isEmpty();
    const qsizetype sessionCount = m_sessions->rowCount();
    qint64 events = 0;
    for (const SessionSummary &s : m_sessions->sessions())
        events += s.totals.events;

    m_subtitle->setText(QDir::toNativeSeparators(databasePath()));
    m_resultTitle->setVisible(searching);
    if (searching) {
        if (m_searchError.isError()) {
            m_resultTitle->setText(tr("The search failed: %1").arg(m_searchError.message));
        } else if (m_hits->rowCount() >= SearchLimit) {
            m_resultTitle->setText(
                tr("The newest %1 messages containing “%2”").arg(HistoryFormat::count(SearchLimit), m_shownQuery));
        } else {
            m_resultTitle->setText(tr("%n message(s) containing “%1”", nullptr, m_hits->rowCount()).arg(m_shownQuery));
        }
    }

    QWidget *page = m_sessionView;
    if (searching) {
        page = m_hits->rowCount() > 0 ? static_cast<QWidget *>(m_hitView) : m_empty;
        m_empty->setText(tr("No recorded message contains “%1”.").arg(m_shownQuery));
    } else if (!m_loaded) {
        page = m_empty;
        m_empty->setText(tr("Reading the recorded sessions…"));
    } else if (m_loadError.kind == StoreError::Kind::Missing || (!m_loadError.isError() && sessionCount == 0)) {
        page = m_empty;
        m_empty->setText(tr("Nothing has been recorded yet.\nEvery channel you open is recorded while its tab is "
                            "open, and its sessions appear here."));
    } else if (m_loadError.isError()) {
        page = m_empty;
        m_empty->setText(m_loadError.message);
    }
    m_pages->setCurrentWidget(page);

    if (m_loadError.isError() && m_loadError.kind != StoreError::Kind::Missing)
        m_status->setText(m_loadError.message);
    else
        m_status->setText(tr("%n session(s)", nullptr, int(sessionCount)) + u" · "_s +
            tr("%1 events recorded").arg(HistoryFormat::count(events)));
    const QString shown = QFileInfo(databasePath()).absoluteFilePath();
    for (const RecordingFiles::File &file : std::as_const(m_files)) {
        if (file.damaged && file.path == shown)
            m_status->setText(tr("This file is damaged: what can still be read is shown and exported.") + u" · "_s +
                m_status->text());
    }
    updateButtons();
}

void HistoryWindow::updateButtons()
{
    const std::optional<SessionSummary> session = selectedSession();
    m_openButton->setEnabled(session.has_value());
    m_exportButton->setEnabled(session.has_value());

    const std::optional<BroadcastDay> day =
        session ? BroadcastDays::ofSession(m_sessions->sessions(), session->id) : std::nullopt;
    if (day) {
        const QString streamer =
            session->info.streamerNickname.isEmpty() ? session->info.channelId : session->info.streamerNickname;
        const QString name = tr("%1 on %2").arg(streamer, QLocale().toString(day->day, QLocale::ShortFormat));
        m_dayTotal->setText(TotalsText::day(name, day->totals, day->sessionIds.size()));
        m_dayTotal->setToolTip(tr("Every session of this channel's broadcast day: recordings split by a restart, a "
                                  "reconnect or the broadcast ending and coming back are added up.") +
            u'\n' + TotalsText::wonExplanation(day->totals.donationsWon()));
    }
    m_dayTotal->setVisible(day.has_value());
}

QString HistoryWindow::dayTotalText() const
{
    return m_dayTotal->isVisibleTo(this) ? m_dayTotal->text() : QString();
}

std::optional<SessionSummary> HistoryWindow::selectedSession(qint64 *atSeq) const
{
    if (atSeq)
        *atSeq = 0;
    if (isShowingHits()) {
        const QModelIndex index = m_hitView->currentIndex();
        if (!index.isValid() || !m_hitView->selectionModel()->isRowSelected(index.row(), {}))
            return std::nullopt;
        const SearchHit &hit = m_hits->hitAt(m_hitProxy->mapToSource(index).row());
        if (atSeq)
            *atSeq = hit.seq;
        if (const SessionSummary *s = m_sessions->session(hit.sessionId))
            return *s;
        return std::nullopt;
    }
    if (m_pages->currentWidget() != m_sessionView)
        return std::nullopt;
    const QModelIndex index = m_sessionView->currentIndex();
    if (!index.isValid() || !m_sessionView->selectionModel()->isRowSelected(index.row(), {}))
        return std::nullopt;
    return m_sessions->sessionAt(m_sessionProxy->mapToSource(index).row());
}

void HistoryWindow::openSelected()
{
    qint64 seq = 0;
    if (const std::optional<SessionSummary> session = selectedSession(&seq))
        emit openRequested(*session, seq);
}

void HistoryWindow::exportSelected()
{
    const std::optional<SessionSummary> session = selectedSession();
    if (!session)
        return;
    ExportTarget target;
    target.databasePath = databasePath();
    target.session = *session;
    auto *dialog = new ExportDialog(target, this);
    connect(dialog, &ExportDialog::exportFinished, this, [this](const ExportResult &result) {
        if (result.status == ExportResult::Status::Done)
            m_status->setText(tr("Exported %n event(s).", nullptr, int(std::min<qint64>(result.rows, INT_MAX))) +
                (result.totals.gifts > 0 ? u' ' + TotalsText::balloons(result.totals) : QString()));
        else if (result.status == ExportResult::Status::Cancelled)
            m_status->setText(result.message);
    });
    dialog->open();
}

void HistoryWindow::retranslate()
{
    setWindowTitle(tr("Session History — SoopChat"));
    updateFiles();
    m_title->setText(tr("Recorded sessions"));
    m_search->setPlaceholderText(tr("Search every recorded message (any part of a word, Korean too)"));
    m_refresh->setToolTip(tr("Read the list again"));
    m_openButton->setText(tr("&Open"));
    m_openButton->setToolTip(tr("Show the session in a tab of the main window (search results: at that moment)"));
    m_exportButton->setText(tr("&Export…"));
    m_sessions->retranslate();
    m_hits->retranslate();
    updateState();
}

void HistoryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HistoryWindow::showEvent(QShowEvent *event)
{
    // Showing it again later: sessions recorded meanwhile appear.
    if (m_loaded)
        refresh();
    QWidget::showEvent(event);
}

} // namespace soopchat
