#include "core/util/WorkerThread.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSemaphore>
#include <QThread>

#include <utility>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#endif

namespace soopchat {

WorkerThread::WorkerThread(QString name) : m_name(std::move(name))
{ }

WorkerThread::~WorkerThread()
{
    stop();
}

void WorkerThread::start()
{
    if (isRunning())
        return;
    QSemaphore ready;
    m_native = std::thread([this, &ready] {
#if defined(Q_OS_LINUX)
        pthread_setname_np(pthread_self(), m_name.toUtf8().left(15).constData());
#endif
        // The first Qt call on this thread adopts it; the loop creates its
        // event dispatcher.
        QThread *self = QThread::currentThread();
        self->setObjectName(m_name);
        QEventLoop loop;
        m_thread = self;
        m_loop = &loop;
        ready.release();
        loop.exec();
        // What was deleteLater()'d for this thread goes now, as QThread does.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    });
    ready.acquire();
}

void WorkerThread::stop()
{
    if (!isRunning())
        return;
    // Queued, so that it runs after the events already posted (and still
    // ends the loop if it has not started its exec() yet).
    QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
    m_native.join();
    m_thread = nullptr;
    m_loop = nullptr;
}

} // namespace soopchat
