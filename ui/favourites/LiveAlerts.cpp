#include "ui/favourites/LiveAlerts.h"

#include <QApplication>
#include <QSystemTrayIcon>

#include <algorithm>
#include <climits>

#include "core/util/DesktopNotifier.h"
#include "core/util/DisplayText.h"
#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

LiveAlerts::LiveAlerts(DesktopNotifier *notifier, QObject *parent) : QObject(parent), m_notifier(notifier)
{
    if (!m_notifier)
        return;
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, [this](quint64 token, const QString &action) {
        const QString key = m_pending.value(token).key;
        if (!key.isEmpty() && action == QLatin1StringView(DesktopNotifier::DefaultAction))
            emit openRequested(key);
    });
    connect(m_notifier, &DesktopNotifier::closed, this, [this](quint64 token) { m_pending.remove(token); });
    connect(m_notifier, &DesktopNotifier::failed, this, [this](quint64 token, const QString &error) {
        // The service went away between the check and the call: the tray says it instead.
        const Pending alert = m_pending.take(token);
        qCInfo(lcUi) << "live notification through the tray instead:" << error;
        if (!alert.key.isEmpty())
            showInTray(alert);
    });
}

LiveAlerts::~LiveAlerts() = default;

QString LiveAlerts::summaryFor(const ChannelTarget &target, const LiveCheck &check)
{
    const QString name = check.channelName.isEmpty()
        ? target.displayName
        : DisplayText::shown(check.channelName, DisplayText::Field::Nickname);
    return tr("%1 is live").arg(name);
}

QString LiveAlerts::bodyFor(const LiveCheck &check)
{
    QString body = DisplayText::shown(check.title, DisplayText::Field::Message);
    if (check.viewers >= 0) {
        const QString viewers = tr("%n viewer(s)", nullptr, int(std::min<qint64>(check.viewers, INT_MAX)));
        body = body.isEmpty() ? viewers : body + u" · "_s + viewers;
    }
    return body;
}

void LiveAlerts::announce(const ChannelTarget &target, const LiveCheck &check)
{
    m_lastSummary = summaryFor(target, check);
    m_lastBody = bodyFor(check);
    if (m_notifier && m_notifier->isAvailable()) {
        DesktopNotifier::Notification notification;
        notification.summary = m_lastSummary;
        notification.body = m_lastBody;
        notification.icon = u"soopchat"_s;
        notification.category = u"presence.online"_s;
        notification.actions = {{QString::fromLatin1(DesktopNotifier::DefaultAction), tr("Open")}};
        m_pending.insert(m_notifier->notify(notification), {target.key, m_lastSummary, m_lastBody});
        m_lastRoute = Route::Desktop;
        emit routed(m_lastRoute);
        return;
    }
    showInTray({target.key, m_lastSummary, m_lastBody});
}

void LiveAlerts::showTrayMessage(const QString &summary, const QString &body)
{
    showInTray({QString(), summary, body});
}

void LiveAlerts::showInTray(const Pending &alert)
{
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("SoopChat"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_trayKey.isEmpty())
                emit openRequested(m_trayKey);
        });
    }
    m_trayKey = alert.key;
    // Without a tray either (some desktops), the favourites list still shows it live.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->show();
        m_tray->showMessage(alert.summary, alert.body, QSystemTrayIcon::Information, 10'000);
    }
    m_lastRoute = Route::Tray;
    emit routed(m_lastRoute);
}

} // namespace soopchat
