#pragma once

#include <QQueue>
#include <QTimer>

#include <chrono>

#include "core/alerts/AlertActionRunner.h"

namespace soopchat {

// A runner whose actions take their turn one after another: the sounds and
// the voice, so two alerts never talk over each other. Bounded: past
// MaxWaiting waiting actions, new ones are skipped (a donation storm must not
// queue an hour of speech). Each action has a time limit (a stuck engine or an
// hour-long file stops the queue for no longer than that).
class SerialActionRunner : public AlertActionRunner
{
    Q_OBJECT
public:
    static constexpr int MaxWaiting = 20;

    explicit SerialActionRunner(QObject *parent = nullptr);
    ~SerialActionRunner() override;

    int waiting() const { return int(m_queue.size()); }
    bool isBusy() const { return m_busy; }

protected:
    struct Job
    {
        AlertReport report; // who asked: alert, rule, action index, kind
        QString payload; // the file to play, the text to read
        int volume = 80;
    };

    // Queues `payload` for `alert`'s action (or skips it when MaxWaiting wait).
    void enqueue(const Alert &alert, int actionIndex, const QString &payload, int volume);
    // Reports the action at once, without queueing it.
    void report(const Alert &alert, int actionIndex, AlertReport::State state, const QString &reason);

    // Starts `job` without blocking; returns why it cannot start (reported as
    // Failed), else empty and later calls finish().
    virtual QString start(const Job &job) = 0;
    virtual void abort() = 0; // stop what start() began; no finish() follows
    virtual std::chrono::milliseconds timeLimit(const Job &job) const = 0;
    virtual QString timeLimitReason(std::chrono::milliseconds limit) const = 0;
    virtual QString queueFullReason() const = 0;

    // The current job ended (Sent or Failed with `reason`); the next one starts.
    // Ignored when nothing is running (a late signal from an aborted job).
    void finish(AlertReport::State state, const QString &reason = {});

private:
    void startNext();
    void emitReport(AlertReport report, AlertReport::State state, const QString &reason);

    QQueue<Job> m_queue;
    Job m_current;
    bool m_busy = false;
    bool m_startScheduled = false;
    QTimer m_limit;
};

} // namespace soopchat
