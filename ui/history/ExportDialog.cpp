#include "ui/history/ExportDialog.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QVBoxLayout>

#include "core/store/SessionReader.h"
#include "core/util/Logging.h"
#include "ui/history/HistoryFormat.h"
#include "ui/history/StoreThread.h"
#include "ui/stats/TotalsText.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

QLabel *groupTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QString extensionOf(ExportFormat format)
{
    return format == ExportFormat::Csv ? u"csv"_s : u"jsonl"_s;
}

} // namespace

ExportDialog::ExportDialog(const ExportTarget &target, QWidget *parent)
    : QDialog(parent), m_target(target), m_sessionLabel(new QLabel(this)), m_formatTitle(groupTitle(this)),
      m_csv(new QRadioButton(this)), m_jsonl(new QRadioButton(this)), m_rangeTitle(groupTitle(this)),
      m_whole(new QRadioButton(this)), m_timeRange(new QRadioButton(this)), m_filtered(new QRadioButton(this)),
      m_from(new QDateTimeEdit(this)), m_to(new QDateTimeEdit(this)), m_toLabel(new QLabel(this)),
      m_filterLabel(new QLabel(this)), m_fileTitle(groupTitle(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    qRegisterMetaType<ExportResult>();
    setObjectName(u"exportDialog"_s);
    m_sessionLabel->setTextFormat(Qt::PlainText);
    m_sessionLabel->setWordWrap(true);
    m_filterLabel->setTextFormat(Qt::PlainText);
    m_filterLabel->setForegroundRole(QPalette::PlaceholderText);
    m_filterLabel->setWordWrap(true);
    m_toLabel->setTextFormat(Qt::PlainText);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
        edit->setCalendarPopup(true);
    }
    // Two questions, so two groups: radio buttons of one parent exclude each other.
    auto *formats = new QButtonGroup(this);
    formats->addButton(m_csv);
    formats->addButton(m_jsonl);
    auto *ranges = new QButtonGroup(this);
    ranges->addButton(m_whole);
    ranges->addButton(m_timeRange);
    ranges->addButton(m_filtered);
    m_csv->setChecked(true);
    m_whole->setChecked(true);
    m_filtered->setEnabled(target.filter.has_value());

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_sessionLabel);
    layout->addSpacing(4);
    layout->addWidget(m_formatTitle);
    layout->addWidget(m_csv);
    layout->addWidget(m_jsonl);
    layout->addSpacing(4);
    layout->addWidget(m_rangeTitle);
    layout->addWidget(m_whole);
    layout->addWidget(m_timeRange);
    auto *times = new QHBoxLayout;
    times->setContentsMargins(24, 0, 0, 0);
    times->addWidget(m_from);
    times->addWidget(m_toLabel);
    times->addWidget(m_to);
    times->addStretch(1);
    layout->addLayout(times);
    layout->addWidget(m_filtered);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(24, 0, 0, 0);
    filterRow->addWidget(m_filterLabel, 1);
    layout->addLayout(filterRow);
    layout->addSpacing(4);
    layout->addWidget(m_fileTitle);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    for (QRadioButton *button : {m_csv, m_jsonl}) {
        connect(button, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                setFormat(format());
        });
    }
    for (QRadioButton *button : {m_whole, m_timeRange, m_filtered})
        connect(button, &QRadioButton::toggled, this, &ExportDialog::updateEnabled);
    // Cancelling the choices (not the export) ends the dialog.
    connect(this, &QDialog::rejected, this, [this] {
        if (!isRunning())
            deleteLater();
    });

    if (target.filter)
        m_filterLabel->setText(ExportTarget::describe(*target.filter));
    applySession(target.session);
    if (target.session.info.startedAtMs <= 0) {
        // A live tab knows only its session's id: the rest comes from the file.
        m_store = new StoreThread(target.databasePath, this);
        const qint64 id = target.session.id;
        m_store->post([this, id](SessionReader &reader, const StoreError &openError) {
            std::optional<SessionSummary> session;
            if (!openError.isError())
                session = reader.session(id);
            if (session)
                QMetaObject::invokeMethod(this, [this, s = *session] { applySession(s); });
        });
    }
    retranslate();
    updateEnabled();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

ExportDialog::~ExportDialog()
{
    if (m_exporter)
        m_exporter->cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
    delete m_exporter;
    delete m_store;
}

void ExportDialog::applySession(const SessionSummary &session)
{
    const bool first = m_target.session.info.startedAtMs <= 0 || session.id != m_target.session.id;
    m_target.session = session;
    const qint64 start = session.info.startedAtMs > 0 ? session.info.startedAtMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 end = std::max(start, session.effectiveEndMs()) + 1000;
    for (QDateTimeEdit *edit : {m_from, m_to})
        edit->setDateTimeRange(QDateTime::fromMSecsSinceEpoch(start), QDateTime::fromMSecsSinceEpoch(end));
    if (first || m_from->dateTime() == m_from->minimumDateTime()) {
        m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(start));
        m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(end));
    }
    if (!m_pathEdited) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(suggestedFileName())));
    }
    retranslate();
}

QString ExportDialog::suggestedFileName() const
{
    SessionSummary session = m_target.session;
    if (session.info.startedAtMs <= 0)
        session.info.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    return HistoryFormat::fileStem(session) + u'.' + extensionOf(format());
}

ExportFormat ExportDialog::format() const
{
    return m_jsonl->isChecked() ? ExportFormat::Jsonl : ExportFormat::Csv;
}

void ExportDialog::setFormat(ExportFormat format)
{
    (format == ExportFormat::Jsonl ? m_jsonl : m_csv)->setChecked(true);
    // The name keeps up with the format: only its extension changes.
    const QString path = QDir::fromNativeSeparators(m_path->text());
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        const QString suffix = info.suffix().toLower();
        if (suffix == "csv"_L1 || suffix == "jsonl"_L1 || suffix.isEmpty())
            m_path->setText(
                QDir::toNativeSeparators(info.dir().filePath(info.completeBaseName() + u'.' + extensionOf(format))));
    }
}

ExportDialog::Range ExportDialog::range() const
{
    if (m_timeRange->isChecked())
        return Range::TimeRange;
    if (m_filtered->isChecked())
        return Range::Filter;
    return Range::Whole;
}

void ExportDialog::setRange(Range range)
{
    (range == Range::TimeRange ? m_timeRange : range == Range::Filter ? m_filtered : m_whole)->setChecked(true);
}

void ExportDialog::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
    setRange(Range::TimeRange);
}

QString ExportDialog::outputPath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_pathEdited = true;
}

ExportRequest ExportDialog::request() const
{
    ExportRequest request;
    request.databasePath = m_target.databasePath;
    request.query.sessionId = m_target.session.id;
    request.format = format();
    request.outputPath = outputPath();
    switch (range()) {
    case Range::Whole:
        break;
    case Range::TimeRange:
        request.query.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        request.query.toMs = m_to->dateTime().toMSecsSinceEpoch();
        break;
    case Range::Filter:
        request.query.filter = m_target.filter;
        break;
    }
    return request;
}

void ExportDialog::updateEnabled()
{
    const bool times = m_timeRange->isChecked();
    m_from->setEnabled(times);
    m_to->setEnabled(times);
    m_toLabel->setEnabled(times);
    m_filterLabel->setEnabled(m_filtered->isChecked());
}

void ExportDialog::browse()
{
    const QString filter = format() == ExportFormat::Csv ? tr("CSV files (*.csv)") : tr("JSON Lines files (*.jsonl)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), outputPath(), filter);
    if (!path.isEmpty())
        setOutputPath(path);
}

void ExportDialog::accept()
{
    if (isRunning())
        return;
    const QString path = outputPath();
    if (path.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose the file to export to."));
        return;
    }
    if (range() == Range::TimeRange && m_from->dateTime() >= m_to->dateTime()) {
        QMessageBox::warning(this, windowTitle(), tr("The end of the time range must come after its start."));
        return;
    }
    if (QFileInfo(path).isDir()) {
        QMessageBox::warning(
            this, windowTitle(), tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    start();
}

void ExportDialog::start()
{
    const ExportRequest request = this->request();
    hide();
    m_exporter = new SessionExporter;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"SessionExporter"_s);
    m_exporter->moveToThread(m_thread);

    m_progress = new QProgressDialog(parentWidget());
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setWindowTitle(tr("Exporting"));
    m_progress->setLabelText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(request.outputPath)));
    m_progress->setRange(0, 1000);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setValue(0);
    // cancel() is an atomic flag: safe from here while run() works there.
    connect(m_progress, &QProgressDialog::canceled, this, [exporter = m_exporter] { exporter->cancel(); });
    connect(m_exporter, &SessionExporter::progress, this, [this](qint64 done, qint64 total) {
        if (m_progress && total > 0)
            m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    });
    connect(m_exporter, &SessionExporter::finished, this, &ExportDialog::finish);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_exporter, [exporter = m_exporter, request] { exporter->run(request); }, Qt::QueuedConnection);
}

void ExportDialog::finish(const ExportResult &result)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    QWidget *owner = parentWidget() ? parentWidget()->window() : nullptr;
    auto *mainWindow = qobject_cast<QMainWindow *>(owner);
    const QString file = QDir::toNativeSeparators(outputPath());
    switch (result.status) {
    case ExportResult::Status::Done: {
        QString message =
            tr("Exported %n event(s) to %1.", nullptr, int(std::min<qint64>(result.rows, INT_MAX))).arg(file);
        if (result.totals.gifts > 0)
            message += u' ' + TotalsText::balloons(result.totals);
        if (mainWindow)
            mainWindow->statusBar()->showMessage(message, 15'000);
        qCInfo(lcUi) << "exported" << result.rows << "events to" << file;
        if (result.unreadable != 0) {
            // A damaged recording: the file holds what could be read; say what could not.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Exported in part"),
                message + u"\n\n"_s + result.message, QMessageBox::Ok, owner);
            box->setObjectName(u"exportPartial"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        break;
    }
    case ExportResult::Status::Cancelled:
        if (mainWindow)
            mainWindow->statusBar()->showMessage(result.message, 15'000);
        break;
    case ExportResult::Status::Failed: {
        qCWarning(lcUi) << "export to" << file << "failed:" << result.message << result.storeError.detail;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"),
            tr("The session could not be exported.") + u"\n\n"_s + result.message, QMessageBox::Ok, owner);
        box->setObjectName(u"exportError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        break;
    }
    }
    emit exportFinished(result);
    deleteLater();
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export Session"));
    const SessionSummary &s = m_target.session;
    if (s.info.startedAtMs > 0) {
        m_sessionLabel->setText(
            tr("%1 · recorded %2 · %n event(s)", nullptr, int(std::min<qint64>(s.totals.events, INT_MAX)))
                .arg(HistoryFormat::streamer(s), HistoryFormat::dateTime(s.info.startedAtMs)));
    } else {
        m_sessionLabel->setText(tr("%1 · the current recording").arg(s.info.channelId));
    }
    m_formatTitle->setText(tr("Format"));
    m_csv->setText(tr("CSV — for spreadsheets (Excel, LibreOffice, Google Sheets)"));
    m_jsonl->setText(tr("JSONL — every detail, one event per line"));
    m_rangeTitle->setText(tr("Events"));
    m_whole->setText(tr("The whole session"));
    m_timeRange->setText(tr("A time range:"));
    m_toLabel->setText(tr("to"));
    m_filtered->setText(tr("What the chat list shows (its categories and search):"));
    if (!m_target.filter)
        m_filterLabel->setText(tr("This tab has no chat list filter."));
    m_fileTitle->setText(tr("File"));
    m_browse->setText(tr("&Browse…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace soopchat
