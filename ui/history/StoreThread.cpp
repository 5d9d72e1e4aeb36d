#include "ui/history/StoreThread.h"

#include <QThread>

#include <memory>

#include "core/store/SessionReader.h"

namespace soopchat {

// Lives on the thread; owns the reader, whose connection belongs there.
class StoreThread::Worker : public QObject
{
public:
    explicit Worker(const QString &path) : m_path(path) { }

    void run(const Task &task)
    {
        StoreError openError;
        if (!m_reader) {
            auto reader = std::make_unique<SessionReader>();
            openError = reader->open(m_path);
            if (!openError.isError())
                m_reader = std::move(reader);
        }
        SessionReader empty;
        task(m_reader ? *m_reader : empty, openError);
    }

    void close() { m_reader.reset(); }

private:
    QString m_path;
    std::unique_ptr<SessionReader> m_reader;
};

StoreThread::StoreThread(const QString &databasePath, QObject *parent)
    : QObject(parent), m_path(databasePath), m_thread(new QThread(this)), m_worker(new Worker(databasePath))
{
    m_thread->setObjectName(QStringLiteral("StoreReader"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

StoreThread::~StoreThread()
{
    // The connection is closed on its own thread, after the running task.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void StoreThread::post(Task task)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, task = std::move(task)] { worker->run(task); }, Qt::QueuedConnection);
}

} // namespace soopchat
