#include "core/alerts/NotificationRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaMethod>

#include "core/alerts/AlertEngine.h"
#include "core/util/DesktopNotifier.h"

namespace soopchat {

using namespace Qt::StringLiterals;

NotificationRunner::NotificationRunner(DesktopNotifier *notifier, QObject *parent)
    : AlertActionRunner(parent), m_notifier(notifier), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    if (!notifier)
        return;
    connect(notifier, &DesktopNotifier::shown, this, [this](quint64 token, quint32) {
        auto it = m_pending.find(token);
        if (it == m_pending.end())
            return; // not one of ours (the favourites share the notifier)
        Pending done = it.value();
        m_pending.erase(it);
        if (!m_outageReason.isEmpty()) {
            qCInfo(lcAlerts).noquote() << "desktop notifications work again";
            m_outageReason.clear();
            m_retryAtMs = 0;
        }
        done.report.state = AlertReport::State::Sent;
        done.report.atMs = QDateTime::currentMSecsSinceEpoch();
        emit reported(done.report);
    });
    connect(notifier, &DesktopNotifier::failed, this, [this](quint64 token, const QString &error) {
        auto it = m_pending.find(token);
        if (it == m_pending.end())
            return;
        Pending failed = it.value();
        m_pending.erase(it);
        serviceFailed(error);
        fail(failed, error);
    });
}

bool NotificationRunner::inOutage() const
{
    return m_retryAtMs > m_clock();
}

void NotificationRunner::serviceFailed(const QString &why)
{
    // Said once per outage; the history has every action's reason.
    if (m_outageReason.isEmpty())
        qCInfo(lcAlerts).noquote() << "desktop notifications are unavailable:" << why
                                   << "- alerts fall back to the app; asking the service again every"
                                   << RetryAfterMs / 1000 << "s";
    m_outageReason = why;
    m_retryAtMs = m_clock() + RetryAfterMs;
}

void NotificationRunner::run(const Alert &alert, int actionIndex, const AlertAction &action, const QString &text)
{
    Pending pending;
    pending.report.alertId = alert.id;
    pending.report.ruleId = alert.ruleId;
    pending.report.ruleName = alert.ruleName;
    pending.report.actionIndex = actionIndex;
    pending.report.kind = action.kind;
    pending.summary = alert.ruleName;
    pending.body = text;
    if (!m_notifier) {
        fail(pending, tr("There is no D-Bus session."));
        return;
    }
    if (inOutage()) {
        fail(pending, m_outageReason);
        return;
    }
    if (m_pending.size() >= MaxInFlight) {
        // ko: 알림 서비스가 응답하지 않습니다
        fail(pending, tr("The notification service is not answering."));
        return;
    }
    DesktopNotifier::Notification notification;
    notification.summary = pending.summary;
    notification.body = pending.body;
    notification.icon = u"soopchat"_s;
    // The freedesktop category of a gift, else the generic one.
    notification.category = alert.donation ? u"im.received"_s : u"im"_s;
    m_pending.insert(m_notifier->notify(notification), pending);
}

void NotificationRunner::fail(Pending pending, const QString &why)
{
    const bool fallback = isSignalConnected(QMetaMethod::fromSignal(&NotificationRunner::fallbackRequested));
    pending.report.state = AlertReport::State::Failed;
    pending.report.atMs = QDateTime::currentMSecsSinceEpoch();
    pending.report.reason = fallback ? tr("No desktop notification (%1); shown in the tray instead.").arg(why)
                                     : tr("No desktop notification (%1).").arg(why);
    emit reported(pending.report);
    if (fallback)
        emit fallbackRequested(pending.summary, pending.body);
}

} // namespace soopchat
