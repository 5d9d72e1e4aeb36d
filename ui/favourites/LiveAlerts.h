#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include "core/events/LiveProbe.h"

class QSystemTrayIcon;

namespace soopchat {

class DesktopNotifier;

// "… is live" on the desktop when a favourite goes live: a freedesktop
// notification (DesktopNotifier) whose click opens the channel, or, when no
// notification service answers, a tray message whose click does the same.
class LiveAlerts : public QObject
{
    Q_OBJECT

public:
    enum class Route : quint8 { None, Desktop, Tray };
    Q_ENUM(Route)

    // `notifier` may be null: tray messages only.
    explicit LiveAlerts(DesktopNotifier *notifier, QObject *parent = nullptr);
    ~LiveAlerts() override;

    void announce(const ChannelTarget &target, const LiveCheck &check);
    // Another feature's message in the same tray icon (an alert whose desktop
    // notification could not be shown); a click on it opens nothing.
    void showTrayMessage(const QString &summary, const QString &body);

    // How the last announcement went out, and what it said (for tests).
    Route lastRoute() const { return m_lastRoute; }
    QString lastSummary() const { return m_lastSummary; }
    QString lastBody() const { return m_lastBody; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    static QString summaryFor(const ChannelTarget &target, const LiveCheck &check);
    static QString bodyFor(const LiveCheck &check);

signals:
    void openRequested(const QString &key);
    void routed(soopchat::LiveAlerts::Route route);

private:
    struct Pending
    {
        QString key;
        QString summary;
        QString body;
    };
    void showInTray(const Pending &alert);

    QPointer<DesktopNotifier> m_notifier;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<quint64, Pending> m_pending; // notification token → what it announced
    QString m_trayKey; // the channel of the tray's last message
    Route m_lastRoute = Route::None;
    QString m_lastSummary;
    QString m_lastBody;
};

} // namespace soopchat
