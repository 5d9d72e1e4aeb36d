#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <utility>

namespace soopchat {

// Desktop notifications through the freedesktop notification service
// (org.freedesktop.Notifications over D-Bus): what GNOME, KDE, XFCE and the
// notification daemons of tiling desktops all offer. Asynchronous: nothing
// waits for the service. When it is absent (isAvailable()) or a call fails
// (failed()), the caller shows the message its own way (the main window: a
// tray message). Used by the favourites ("… is live") and the alerts.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr auto Service = "org.freedesktop.Notifications";
    static constexpr auto Path = "/org/freedesktop/Notifications";
    static constexpr auto Interface = "org.freedesktop.Notifications";
    // The action a click on the notification itself invokes.
    static constexpr auto DefaultAction = "default";

    struct Notification
    {
        QString summary;
        QString body; // plain text (some services read markup: < and & are escaped)
        QString icon; // an icon name or a file path; empty: none
        QList<std::pair<QString, QString>> actions; // key, label; DefaultAction for a click
        QString category; // the "category" hint, e.g. "presence.online"
        int expireTimeoutMs = -1; // -1: the service decides; 0: until dismissed
    };

    explicit DesktopNotifier(
        const QString &appName, const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    // The service is running, or the bus can start it.
    bool isAvailable() const;
    // Sends a notification; returns a token that shown(), failed(),
    // actionInvoked() and closed() name it by.
    quint64 notify(const Notification &notification);

    static QString escapedBody(const QString &text);

signals:
    void shown(quint64 token, quint32 id);
    void failed(quint64 token, const QString &error);
    void actionInvoked(quint64 token, const QString &actionKey);
    void closed(quint64 token);

private slots:
    void onActionInvoked(uint id, const QString &actionKey);
    void onClosed(uint id, uint reason);

private:
    QString m_appName;
    QDBusConnection m_bus;
    quint64 m_nextToken = 1;
    QHash<quint32, quint64> m_tokens; // the service's id → our token, while shown
};

} // namespace soopchat
