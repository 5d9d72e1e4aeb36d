#pragma once

#include <QHash>
#include <QPointer>

#include "core/alerts/AlertActionRunner.h"

namespace soopchat {

class DesktopNotifier;

// Notification actions: a desktop notification through the freedesktop
// notification service (core/util/DesktopNotifier), the rule's name as its
// summary and the action's text as its body. Nothing waits for the service:
// the action is Sent when the service answers, Failed with the reason when
// there is none or it fails, and then fallbackRequested() asks the app to
// show it its own way (the main window: a tray message).
class NotificationRunner : public AlertActionRunner
{
    Q_OBJECT

public:
    // `notifier` may be null (no D-Bus at all): every action fails over to
    // fallbackRequested().
    explicit NotificationRunner(DesktopNotifier *notifier, QObject *parent = nullptr);

    AlertAction::Kind kind() const override { return AlertAction::Kind::Notification; }
    void run(const Alert &alert, int actionIndex, const AlertAction &action, const QString &text) override;

    // Notifications waiting for the service's answer.
    qsizetype pending() const { return m_pending.size(); }

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

    QPointer<DesktopNotifier> m_notifier;
    QHash<quint64, Pending> m_pending; // notifier token → the action
};

} // namespace soopchat
