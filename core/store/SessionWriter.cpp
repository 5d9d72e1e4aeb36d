#include "core/store/SessionWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include "core/store/SessionWriterWorker.h"

namespace soopchat {

SessionWriter::SessionWriter(const QString &path, QObject *parent) : SessionWriter(path, Options {}, parent)
{ }

SessionWriter::SessionWriter(const QString &path, const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_path(path)
{
    qRegisterMetaType<StoreError>();
    qRegisterMetaType<SessionInfo>();

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("SessionWriter"));
    m_worker = new SessionWriterWorker(path, m_options, m_counters);
    m_worker->moveToThread(m_thread);

    // Worker signals arrive queued on this object's thread.
    connect(m_worker, &SessionWriterWorker::sessionStarted, this, [this](qint64 id) {
        m_sessionId = id;
        emit sessionStarted(id);
    });
    connect(m_worker, &SessionWriterWorker::sessionEnded, this, [this](qint64 id) {
        if (m_sessionId == id)
            m_sessionId = 0;
        emit sessionEnded(id);
    });
    connect(m_worker, &SessionWriterWorker::switchedToFile, this, [this](const QString &file) {
        m_path = file;
        emit switchedToFile(file);
    });
    connect(m_worker, &SessionWriterWorker::flushed, this, &SessionWriter::flushed);
    connect(m_worker, &SessionWriterWorker::error, this, &SessionWriter::error);
    connect(m_worker, &SessionWriterWorker::recovered, this, &SessionWriter::recovered);
    connect(m_worker, &SessionWriterWorker::stopped, this, &SessionWriter::stopped);
    connect(m_worker, &SessionWriterWorker::eventsDropped, this, &SessionWriter::eventsDropped);

    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SessionWriterWorker::start, Qt::QueuedConnection);
}

SessionWriter::~SessionWriter()
{
    stopWorker();
}

void SessionWriter::close()
{
    if (!m_worker)
        return;
    stopWorker();
    // The worker's last signals (the session's end, drops) are queued here:
    // delivered now, for whoever reports them.
    QCoreApplication::sendPostedEvents(this);
}

void SessionWriter::stopWorker()
{
    if (!m_worker)
        return;
    QThread *here = thread();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, here] { worker->shutdown(here); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
}

bool SessionWriter::isRecorded(EventType type)
{
    return SessionTotals::isSessionEvent(type);
}

void SessionWriter::beginSession(const SessionInfo &info)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, info] { worker->beginSession(info); }, Qt::QueuedConnection);
}

void SessionWriter::record(const EventBatch &events)
{
    // Copying the list is cheap (shared events); the filter only allocates
    // when a batch mixes protocol replies with events.
    if (!m_worker)
        return;
    EventBatch recorded = events;
    if (std::any_of(events.cbegin(), events.cend(), [](const EventPtr &e) { return !isRecorded(e->type); }))
        recorded.removeIf([](const EventPtr &e) { return !isRecorded(e->type); });
    if (recorded.isEmpty())
        return;
    m_counters.pending += recorded.size();
    const qint64 handedAtMs = QDateTime::currentMSecsSinceEpoch();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, recorded, handedAtMs] { worker->append(recorded, handedAtMs); },
        Qt::QueuedConnection);
}

void SessionWriter::endSession(qint64 endedAtMs)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, endedAtMs] { worker->endSession(endedAtMs); }, Qt::QueuedConnection);
}

void SessionWriter::flush()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, &SessionWriterWorker::flush, Qt::QueuedConnection);
}

void SessionWriter::setMaxBytes(qint64 maxBytes)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, maxBytes] { worker->setMaxBytes(maxBytes); }, Qt::QueuedConnection);
}

} // namespace soopchat
