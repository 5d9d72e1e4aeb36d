#pragma once

#include <QDialog>
#include <QPointer>
#include <QProgressDialog>

#include "core/store/SessionExporter.h"
#include "ui/history/ExportTarget.h"

class QButtonGroup;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QThread;

namespace soopchat {

class StoreThread;

// File → Export…: CSV or JSONL; the whole session, a time range or what the
// tab's chat list shows; where to. Accepting runs SessionExporter on a worker
// thread behind a cancellable progress dialog, then says how it went (a
// status message, or a message box for an error). The dialog deletes itself
// when it is cancelled or the export is over.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Range : quint8 { Whole, TimeRange, Filter };

    explicit ExportDialog(const ExportTarget &target, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    Range range() const;
    void setRange(Range range);
    void setTimeRange(qint64 fromMs, qint64 toMs);
    QString outputPath() const;
    void setOutputPath(const QString &path);
    // "gamst-2026-11-22-2105.csv": the channel and the session's start.
    QString suggestedFileName() const;

    ExportRequest request() const;
    QProgressDialog *progressDialog() const { return m_progress; }
    bool isRunning() const { return m_thread != nullptr; }

public slots:
    void accept() override; // checks the choices and starts the export
    void browse();

signals:
    void exportFinished(const soopchat::ExportResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applySession(const SessionSummary &session);
    void updateEnabled();
    void start();
    void finish(const ExportResult &result);

    ExportTarget m_target;
    QLabel *m_sessionLabel;
    QLabel *m_formatTitle;
    QRadioButton *m_csv;
    QRadioButton *m_jsonl;
    QLabel *m_rangeTitle;
    QRadioButton *m_whole;
    QRadioButton *m_timeRange;
    QRadioButton *m_filtered;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_toLabel;
    QLabel *m_filterLabel;
    QLabel *m_fileTitle;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QDialogButtonBox *m_buttons;
    bool m_pathEdited = false;

    StoreThread *m_store = nullptr;
    QThread *m_thread = nullptr;
    SessionExporter *m_exporter = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace soopchat
