#pragma once

#include <QString>

#include <thread>

class QEventLoop;
class QThread;

namespace soopchat {

// A thread with a Qt event loop that stop() joins completely.
//
// QThread::wait() returns once run() has returned, before the C library runs
// the thread's thread-local destructors. OpenSSL keeps per-thread state there
// (a QWebSocket or a wss connection is enough to create it) and frees all of it
// again from its exit handler, so a process that exits inside that window frees
// the same memory twice: a rare crash as the app or a test ends. stop() returns
// only after the native thread has ended, its thread-local storage included.
//
// Objects go to it with moveToThread(thread()). Delete them on the thread before
// stop() (or deleteLater() them: stop() deletes what is pending, as QThread does
// when it finishes).
class WorkerThread
{
public:
    // name: shown by debuggers and sanitizers (at most 15 bytes on Linux).
    explicit WorkerThread(QString name);
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // Returns once the thread accepts events. Does nothing when running.
    void start();
    // Ends the event loop after the events already posted, then joins.
    void stop();
    bool isRunning() const { return m_native.joinable(); }

    // The thread's QThread, for moveToThread(); null until start().
    QThread *thread() const { return m_thread; }

private:
    QString m_name;
    std::thread m_native;
    QThread *m_thread = nullptr;
    QEventLoop *m_loop = nullptr; // on the thread's stack while it runs
};

} // namespace soopchat
