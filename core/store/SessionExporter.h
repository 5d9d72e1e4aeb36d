#pragma once

#include <QObject>
#include <QString>

#include <atomic>

#include "core/stats/SessionTotals.h"
#include "core/store/StoreError.h"
#include "core/store/StoredEvent.h"

namespace soopchat {

enum class ExportFormat : quint8 { Csv, Jsonl };

struct ExportRequest
{
    QString databasePath;
    EventQuery query; // the session, an optional time range, an optional filter
    ExportFormat format = ExportFormat::Csv;
    QString outputPath;
};

struct ExportResult
{
    enum class Status : quint8 { Done, Cancelled, Failed };
    Status status = Status::Failed;
    qint64 rows = 0;
    // The summary: the totals of the exported events, as SessionTotals
    // defines them. For a whole session they equal the session's totals.
    SessionTotals totals;
    QString message; // translated; empty when done, unless part could not be read
    StoreError storeError; // when reading the database failed
    // A damaged file: what could be read is exported (Done), and this many
    // events of the range could not be (-1: some, how many is not known).
    qint64 unreadable = 0;
};

// Writes a session (or part of one) as CSV or JSONL. The output is written to
// a temporary file beside the target and renamed at the end (QSaveFile), so
// a cancelled or failed export leaves no half file and an existing file
// stays as it was.
//
// run() works on the thread it is called from and opens its own database
// connection there, so the GUI moves the exporter to a worker thread and
// calls run() through a queued invocation; progress() arrives queued and
// cancel() may be called from any thread, even before run() has started (that
// run then stops at once and writes nothing).
class SessionExporter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    ExportResult run(const ExportRequest &request);
    void cancel() { m_cancelled.store(true); }

signals:
    // At most about ten times a second; `total` counts the events of the
    // range before filtering, so a filtered export may finish early.
    void progress(qint64 done, qint64 total);
    void finished(const soopchat::ExportResult &result);

private:
    ExportResult finish(ExportResult result);

    std::atomic<bool> m_cancelled {false};
};

} // namespace soopchat

Q_DECLARE_METATYPE(soopchat::ExportResult)
