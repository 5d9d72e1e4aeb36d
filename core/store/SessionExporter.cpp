#include "core/store/SessionExporter.h"

#include "core/events/EventJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include "core/store/CsvWriter.h"
#include "core/store/SessionReader.h"
#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype ChunkBytes = 1 << 20;

} // namespace

ExportResult SessionExporter::finish(ExportResult result)
{
    // A cancel() that came before run() counted for this run; the next starts afresh.
    m_cancelled.store(false);
    emit finished(result);
    return result;
}

ExportResult SessionExporter::run(const ExportRequest &request)
{
    ExportResult result;

    SessionReader reader;
    if (const StoreError error = reader.open(request.databasePath); error.isError()) {
        result.storeError = error;
        result.message = error.message;
        return finish(result);
    }
    StoreError error;
    const std::optional<SessionSummary> session = reader.session(request.query.sessionId, &error);
    // A damaged file may not answer for the session's row: its events are
    // still read as far as they can be.
    if (!session && error.kind != StoreError::Kind::Corrupt) {
        result.storeError = error;
        result.message = error.isError() ? error.message
                                         : tr("There is no session %1 in %2.")
                                               .arg(request.query.sessionId)
                                               .arg(QDir::toNativeSeparators(request.databasePath));
        return finish(result);
    }
    const qint64 total = reader.countEvents(request.query, &error);

    QSaveFile file(request.outputPath);
    QDir().mkpath(QFileInfo(request.outputPath).absolutePath());
    if (!file.open(QIODevice::WriteOnly)) {
        result.message =
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(request.outputPath), file.errorString());
        return finish(result);
    }

    QByteArray buffer;
    buffer.reserve(ChunkBytes + 64 * 1024);
    CsvWriter csv;
    if (session)
        csv.setPlatform(session->info.platform);
    if (request.format == ExportFormat::Csv) {
        buffer.append(CsvWriter::Bom.data(), CsvWriter::Bom.size());
        buffer.append(CsvWriter::header());
    }

    bool writeFailed = false;
    qint64 visited = 0;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    emit progress(0, total);
    auto writeOut = [&] {
        if (file.write(buffer) != buffer.size())
            writeFailed = true;
        buffer.clear();
        return !writeFailed;
    };

    // What the summary counts: the row's event when reading needed it, else
    // the columns SessionTotals::add reads, without parsing the JSON.
    SessionTotals::Users users;
    ChatEvent probe;
    const auto visit = [&](const StoredEvent &row) {
        if (row.event) {
            result.totals.add(*row.event, users);
        } else {
            probe.type = row.type;
            probe.userId = row.userId;
            probe.nickname = row.nickname;
            probe.count = row.count;
            result.totals.add(probe, users);
        }
        if (request.format == ExportFormat::Csv) {
            csv.appendRow(buffer, row);
        } else if (EventJson::isCurrentForm(row.json)) {
            buffer.append(row.json);
            buffer.append('\n');
        } else {
            // Recorded before events were platform-neutral: exported in
            // today's form, like every other line of the file.
            const EventPtr event = row.event ? row.event : row.toEvent();
            if (event)
                EventJson::append(buffer, *event);
            else
                buffer.append(row.json);
            buffer.append('\n');
        }
        ++result.rows;
        return buffer.size() < ChunkBytes || writeOut();
    };
    // Progress counts rows read, matching or not, so a filtered export
    // moves as steadily as a whole one.
    const auto scanned = [&](qint64 rows) {
        visited = rows;
        if (m_cancelled.load())
            return false;
        if (sinceProgress.elapsed() >= 100) {
            sinceProgress.restart();
            emit progress(rows, std::max(total, rows));
        }
        return true;
    };
    error = reader.readEvents(request.query, visit, scanned);

    if (m_cancelled.load()) {
        file.cancelWriting();
        result.status = ExportResult::Status::Cancelled;
        result.message = tr("The export was cancelled; no file was written.");
        return finish(result);
    }
    if (error.isError()) {
        file.cancelWriting();
        result.storeError = error;
        result.message = error.message;
        return finish(result);
    }
    if (!writeFailed)
        writeOut();
    if (writeFailed || !file.commit()) {
        result.message =
            tr("Writing %1 failed: %2").arg(QDir::toNativeSeparators(request.outputPath), file.errorString());
        qCWarning(lcStore) << "export to" << request.outputPath << "failed:" << file.errorString();
        return finish(result);
    }
    visited = std::max(total, visited);
    emit progress(visited, visited);
    result.status = ExportResult::Status::Done;
    if (const SessionReader::Damage &damage = reader.damage(); damage.damaged) {
        // The session's row counts every event it was given (a whole session
        // asked for): the difference is what the damage took.
        const bool whole = request.query.fromMs <= 0 && request.query.toMs <= 0 && !request.query.filter;
        result.unreadable = session && whole ? std::max<qint64>(0, session->totals.events - damage.rowsRead) : -1;
        const QString database = QDir::toNativeSeparators(request.databasePath);
        result.message = result.unreadable >= 0
            ? tr("%1 is damaged: %n event(s) of this session could not be read. The %2 that could are exported.",
                  nullptr, int(std::min<qint64>(result.unreadable, INT_MAX)))
                  .arg(database, QLocale().toString(result.rows))
            : tr("%1 is damaged: some events of this session could not be read. The %2 that could are exported.")
                  .arg(database, QLocale().toString(result.rows));
        qCWarning(lcStore).noquote() << result.message;
    }
    return finish(result);
}

} // namespace soopchat
