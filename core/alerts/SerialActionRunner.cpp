#include "core/alerts/SerialActionRunner.h"

#include <QDateTime>

namespace soopchat {

SerialActionRunner::SerialActionRunner(QObject *parent) : AlertActionRunner(parent)
{
    m_limit.setSingleShot(true);
    connect(&m_limit, &QTimer::timeout, this, [this] {
        if (!m_busy)
            return;
        const auto limit = std::chrono::milliseconds(m_limit.interval());
        abort();
        finish(AlertReport::State::Failed, timeLimitReason(limit));
    });
}

SerialActionRunner::~SerialActionRunner() = default;

void SerialActionRunner::report(const Alert &alert, int actionIndex, AlertReport::State state, const QString &reason)
{
    AlertReport base;
    base.alertId = alert.id;
    base.ruleId = alert.ruleId;
    base.ruleName = alert.ruleName;
    base.actionIndex = actionIndex;
    base.kind = kind();
    emitReport(base, state, reason);
}

void SerialActionRunner::enqueue(const Alert &alert, int actionIndex, const QString &payload, int volume)
{
    Job job;
    job.report.alertId = alert.id;
    job.report.ruleId = alert.ruleId;
    job.report.ruleName = alert.ruleName;
    job.report.actionIndex = actionIndex;
    job.report.kind = kind();
    job.payload = payload;
    job.volume = std::clamp(volume, 0, 100);
    if (m_queue.size() >= MaxWaiting) {
        emitReport(job.report, AlertReport::State::Skipped, queueFullReason());
        return;
    }
    m_queue.enqueue(job);
    if (m_busy || m_queue.size() > 1)
        emitReport(job.report, AlertReport::State::Queued, {});
    startNext();
}

void SerialActionRunner::finish(AlertReport::State state, const QString &reason)
{
    if (!m_busy)
        return;
    m_limit.stop();
    m_busy = false;
    const AlertReport done = m_current.report;
    m_current = {};
    emitReport(done, state, reason);
    // The next one starts from the event loop: a job that fails at once does
    // not recurse through the whole queue inside one run().
    if (!m_queue.isEmpty() && !m_startScheduled) {
        m_startScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_startScheduled = false;
                startNext();
            },
            Qt::QueuedConnection);
    }
}

void SerialActionRunner::startNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    m_busy = true;
    const auto limit = timeLimit(m_current);
    m_limit.start(limit);
    const QString problem = start(m_current);
    if (!problem.isEmpty())
        finish(AlertReport::State::Failed, problem);
}

void SerialActionRunner::emitReport(AlertReport report, AlertReport::State state, const QString &reason)
{
    report.state = state;
    report.reason = reason;
    report.atMs = QDateTime::currentMSecsSinceEpoch();
    emit reported(report);
}

} // namespace soopchat
