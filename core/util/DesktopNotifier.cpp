#include "core/util/DesktopNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QStringList>
#include <QVariantMap>

#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {
constexpr int CallTimeoutMs = 10'000;
}

DesktopNotifier::DesktopNotifier(const QString &appName, const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_appName(appName), m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    const QString service = QString::fromLatin1(Service);
    const QString path = QString::fromLatin1(Path);
    const QString interface = QString::fromLatin1(Interface);
    m_bus.connect(service, path, interface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, interface, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
}

bool DesktopNotifier::isAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    const QString service = QString::fromLatin1(Service);
    if (m_bus.interface()->isServiceRegistered(service).value())
        return true;
    const QDBusReply<QStringList> activatable = m_bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(service);
}

QString DesktopNotifier::escapedBody(const QString &text)
{
    // The specification allows a little markup in the body; chat text is plain text everywhere.
    return text.toHtmlEscaped();
}

quint64 DesktopNotifier::notify(const Notification &notification)
{
    const quint64 token = m_nextToken++;
    if (!m_bus.isConnected()) {
        // After the caller has its token, as a real answer would come.
        QMetaObject::invokeMethod(
            this, [this, token] { emit failed(token, tr("There is no D-Bus session.")); }, Qt::QueuedConnection);
        return token;
    }
    QStringList actions;
    for (const auto &[key, label] : notification.actions)
        actions << key << label;
    QVariantMap hints;
    if (!notification.category.isEmpty())
        hints.insert(u"category"_s, notification.category);
    hints.insert(u"desktop-entry"_s, u"soopchat"_s);

    QDBusMessage call = QDBusMessage::createMethodCall(
        QString::fromLatin1(Service), QString::fromLatin1(Path), QString::fromLatin1(Interface), u"Notify"_s);
    call << m_appName << uint(0) << notification.icon << notification.summary << escapedBody(notification.body)
         << actions << hints << qint32(notification.expireTimeoutMs);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, token](QDBusPendingCallWatcher *done) {
        done->deleteLater();
        const QDBusPendingReply<uint> reply = *done;
        if (reply.isError()) {
            qCInfo(lcUi) << "desktop notification failed:" << reply.error().name() << reply.error().message();
            emit failed(token, reply.error().message());
            return;
        }
        m_tokens.insert(reply.value(), token);
        emit shown(token, reply.value());
    });
    return token;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    // Signals go to every client of the service: only ours are answered.
    if (const auto found = m_tokens.constFind(id); found != m_tokens.cend())
        emit actionInvoked(found.value(), actionKey);
}

void DesktopNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    if (const quint64 token = m_tokens.take(id))
        emit closed(token);
}

} // namespace soopchat
