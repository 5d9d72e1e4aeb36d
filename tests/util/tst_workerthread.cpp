#include <QObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <pthread.h>

#include <atomic>

#include "core/util/WorkerThread.h"

using namespace soopchat;

namespace {

// Set by a pthread key destructor: the C library runs those last as a thread
// ends, after C++ thread_local destructors. OpenSSL keeps its per-thread state
// in such a key.
std::atomic<int> keyDestructorsRun {0};
pthread_key_t key;

void keyDestructor(void *)
{
    keyDestructorsRun.fetch_add(1);
}

} // namespace

class TestWorkerThread : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(pthread_key_create(&key, keyDestructor), 0); }
    void cleanupTestCase() { pthread_key_delete(key); }

    void objectsMovedThereRunTheirEventsThere()
    {
        WorkerThread worker(QStringLiteral("test-worker"));
        worker.start();
        QVERIFY(worker.isRunning());
        QVERIFY(worker.thread() != nullptr);
        QVERIFY(worker.thread() != QThread::currentThread());
        QCOMPARE(worker.thread()->objectName(), QStringLiteral("test-worker"));

        auto *object = new QObject;
        object->moveToThread(worker.thread());
        QThread *ranOn = nullptr;
        QMetaObject::invokeMethod(
            object, [&] { ranOn = QThread::currentThread(); }, Qt::BlockingQueuedConnection);
        QCOMPARE(ranOn, worker.thread());

        // Timers work: the loop has an event dispatcher.
        QObject receiver;
        QSignalSpy fired(&receiver, &QObject::objectNameChanged);
        QMetaObject::invokeMethod(
            object,
            [&] {
                auto *timer = new QTimer(object);
                timer->setSingleShot(true);
                connect(timer, &QTimer::timeout, &receiver, [&] { receiver.setObjectName(QStringLiteral("fired")); });
                timer->start(1);
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(fired.wait());
        object->deleteLater(); // with its timer, on the worker thread
        worker.stop();
    }

    void stopReturnsOnlyAfterTheThreadLocalStorageIsGone()
    {
        for (int round = 0; round < 20; ++round) {
            const int before = keyDestructorsRun.load();
            WorkerThread worker(QStringLiteral("test-tls"));
            worker.start();
            auto *object = new QObject;
            object->moveToThread(worker.thread());
            QMetaObject::invokeMethod(
                object, [] { pthread_setspecific(key, &key); }, Qt::BlockingQueuedConnection);
            object->deleteLater();
            worker.stop();
            QVERIFY(!worker.isRunning());
            QCOMPARE(keyDestructorsRun.load(), before + 1);
        }
    }

    void stopRunsWhatWasPostedAndDeletesWhatWasLeftForLater()
    {
        WorkerThread worker(QStringLiteral("test-later"));
        worker.start();
        auto *object = new QObject;
        object->moveToThread(worker.thread());
        QPointer<QObject> watch(object);
        bool ran = false;
        QMetaObject::invokeMethod(
            object, [&] { ran = true; }, Qt::QueuedConnection);
        object->deleteLater();
        worker.stop();
        QVERIFY(ran);
        QVERIFY(watch.isNull());
    }

    void stopAndStartAreSafeToRepeat()
    {
        WorkerThread worker(QStringLiteral("test-repeat"));
        worker.stop(); // never started
        worker.start();
        QThread *first = worker.thread();
        worker.start(); // already running: the same thread
        QCOMPARE(worker.thread(), first);
        worker.stop();
        worker.stop();
        QCOMPARE(worker.thread(), nullptr);
        worker.start();
        QVERIFY(worker.isRunning());
    } // the destructor stops it
};

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
