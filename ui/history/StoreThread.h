#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace soopchat {

class SessionReader;
struct StoreError;

// A thread of its own with a read-only connection to a recording database,
// so that listing, searching and loading sessions never make the GUI wait
// on the disk. Tasks run one after another on that thread; a task hands its
// result back with QMetaObject::invokeMethod on a GUI object.
//
// The destructor waits for the running task, so a task may use objects that
// live as long as the StoreThread's owner; a long task should watch a cancel
// flag its owner sets first.
class StoreThread : public QObject
{
    Q_OBJECT

public:
    // `reader` is open when `openError` is not an error; the file is opened
    // again for each task until that works (it may not exist yet).
    using Task = std::function<void(SessionReader &reader, const StoreError &openError)>;

    explicit StoreThread(const QString &databasePath, QObject *parent = nullptr);
    ~StoreThread() override;

    QString databasePath() const { return m_path; }
    void post(Task task);

private:
    class Worker;

    QString m_path;
    QThread *m_thread;
    Worker *m_worker;
};

} // namespace soopchat
