#pragma once

#include <QHash>
#include <QPointer>

#include <functional>

#include "core/alerts/AlertActionRunner.h"

namespace soopchat {

class DesktopNotifier;

// Notification actions: a desktop notification through the freedesktop
// notification service (core/util/DesktopNotifier), the rule's name as its
// summary and the action's text as its body. Nothing waits for the service:
// the action is Sent when the service answers, Failed with the reason when
// there is none or it fails, and then fallbackRequested() asks the app to
// show it its own way (the main window: a tray message).
//
// A service that is missing or failing is asked again only after
// RetryAfterMs: in between, actions fail at once with the same reason, so a
// busy room's alerts do not queue D-Bus calls that cannot succeed, and the
// log says it once per outage, not once per alert. At most MaxInFlight calls
// wait for a service that does not answer.
class NotificationRunner : public AlertActionRunner
{
    Q_OBJECT

public:
    // `notifier` may be null (no D-Bus at all): every action fails over to
    // fallbackRequested().
    explicit NotificationRunner(DesktopNotifier *notifier, QObject *parent = nullptr);

    AlertAction::Kind kind() const override { return AlertAction::Kind::Notification; }
    void run(const Alert &alert, int actionIndex, const AlertAction &action, const QString &text) override;

    static constexpr qint64 RetryAfterMs = 30'000;
    static constexpr qsizetype MaxInFlight = 32;

    // Notifications waiting for the service's answer.
    qsizetype pending() const { return m_pending.size(); }
    // The service failed lately and is not asked until the retry time.
    bool inOutage() const;
    // For tests: the clock the retry time is measured on (ms since the epoch).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

signals:
    // The desktop could not show it: the app's own way, please.
    void fallbackRequested(const QString &summary, const QString &body);

private:
    struct Pending
    {
        AlertReport report;
        QString summary;
        QString body;
    };
    void fail(Pending pending, const QString &why);
    void serviceFailed(const QString &why);

    QPointer<DesktopNotifier> m_notifier;
    QHash<quint64, Pending> m_pending; // notifier token → the action
    std::function<qint64()> m_clock;
    qint64 m_retryAtMs = 0; // while > now: the service is not asked
    QString m_outageReason; // non-empty since the service last failed, until it works again
};

} // namespace soopchat
