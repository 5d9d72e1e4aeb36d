#include "core/alerts/DeliveryRunner.h"

#include <QCoreApplication>
#include <QDateTime>

#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype HandedMemory = 10'000;

AlertAction::Kind actionKindOf(AlertTarget::Kind kind)
{
    return kind == AlertTarget::Kind::Discord ? AlertAction::Kind::Discord : AlertAction::Kind::Telegram;
}

} // namespace

DeliveryRunner::DeliveryRunner(AlertTarget::Kind targetKind, const SecretStore &secrets, QObject *parent)
    : AlertActionRunner(parent), m_targetKind(targetKind), m_secrets(secrets)
{ }

DeliveryRunner::~DeliveryRunner() = default;

void DeliveryRunner::configure(const AlertConfig &config)
{
    m_targets.clear();
    for (const AlertTarget &target : config.targets) {
        if (target.kind == m_targetKind)
            m_targets.append(target);
    }
    // A target that is gone takes what waited for it: said, not dropped
    // silently. Its queue object stays (empty): it may be reading the keychain
    // in a nested event loop right now, and the target may come back.
    for (auto it = m_queues.cbegin(); it != m_queues.cend(); ++it) {
        const bool kept = std::any_of(
            m_targets.cbegin(), m_targets.cend(), [&](const AlertTarget &target) { return target.id == it.key(); });
        if (!kept && !it.value()->isIdle())
            it.value()->abandon(tr("The target was removed from the alerts before this alert was sent"));
    }
}

void DeliveryRunner::setPolicy(const DeliveryPolicy &policy)
{
    m_policy = policy;
    for (DeliveryQueue *queue : std::as_const(m_queues))
        queue->setPolicy(policy);
}

int DeliveryRunner::waiting() const
{
    int count = 0;
    for (const DeliveryQueue *queue : m_queues)
        count += queue->size();
    return count;
}

void DeliveryRunner::run(const Alert &alert, int actionIndex, const AlertAction &action, const QString &text)
{
    AlertReport report;
    report.alertId = alert.id;
    report.ruleId = alert.ruleId;
    report.ruleName = alert.ruleName;
    report.actionIndex = actionIndex;
    report.kind = actionKindOf(m_targetKind);
    report.targetName = action.target;
    deliver(report, action.target, alert, text);
}

void DeliveryRunner::sendTest(const QString &targetId, const Alert &alert, const QString &text)
{
    AlertReport report;
    report.alertId = alert.id;
    report.ruleId = alert.ruleId;
    report.ruleName = alert.ruleName;
    report.actionIndex = -1;
    report.kind = actionKindOf(m_targetKind);
    report.targetName = targetId;
    deliver(report, targetId, alert, text);
}

void DeliveryRunner::deliver(const AlertReport &base, const QString &targetId, const Alert &alert, const QString &text)
{
    AlertReport report = base;
    const auto target = std::find_if(
        m_targets.cbegin(), m_targets.cend(), [&](const AlertTarget &candidate) { return candidate.id == targetId; });
    if (target == m_targets.cend()) {
        skip(report,
            targetId.isEmpty() ? tr("The action names no %1 target").arg(serviceName())
                               : tr("The %1 target “%2” is not in the alerts file").arg(serviceName(), targetId));
        return;
    }
    report.targetName = target->name.isEmpty() ? target->id : target->name;

    // The alert's id is unique per firing: the same action of the same alert
    // reaching the runner again (a re-run, a repeated signal) is not sent again.
    const QString key = alert.id + u'/' + QString::number(base.actionIndex) + u'/' + targetId;
    if (m_handed.contains(key)) {
        qCWarning(lcNet).noquote() << "alert" << alert.id << "action" << base.actionIndex << "to" << report.targetName
                                   << "was handed over already: not sent again";
        return;
    }
    m_handed.insert(key);
    m_handedOrder.enqueue(key);
    while (m_handedOrder.size() > HandedMemory)
        m_handed.remove(m_handedOrder.dequeue());

    queueFor(targetId)->enqueue(report, [this, targetId, alert, text] { return prepare(targetId, alert, text); });
}

DeliveryRequest DeliveryRunner::prepare(const QString &targetId, const Alert &alert, const QString &text) const
{
    DeliveryRequest request;
    const auto target = std::find_if(
        m_targets.cbegin(), m_targets.cend(), [&](const AlertTarget &candidate) { return candidate.id == targetId; });
    if (target == m_targets.cend()) {
        request.skipReason = tr("The %1 target “%2” is not in the alerts file").arg(serviceName(), targetId);
        return request;
    }
    const QString name = target->name.isEmpty() ? target->id : target->name;
    const SecretStore::Result secret = m_secrets.read(target->secretKey());
    switch (secret.status) {
    case SecretStore::Status::Ok:
        break;
    case SecretStore::Status::NotFound:
        request.skipReason = tr("No %1 is stored for “%2”: set it in Settings → Alerts, or with "
                                "soopchat-cli alerts set-secret %3")
                                 .arg(secretName(), name, target->id);
        return request;
    case SecretStore::Status::Denied:
        request.skipReason =
            tr("The keychain refused to give the %1 of “%2”, so nothing was sent").arg(secretName(), name);
        return request;
    case SecretStore::Status::Unavailable:
        request.skipReason = tr("No keychain is available: the %1 of “%2” is kept only in the OS keychain "
                                "(GNOME Keyring, KWallet), so nothing was sent")
                                 .arg(secretName(), name);
        return request;
    }
    if (secret.value.trimmed().isEmpty()) {
        request.skipReason = tr("The %1 of “%2” in the keychain is empty").arg(secretName(), name);
        return request;
    }
    return makeRequest(*target, secret.value.trimmed(), alert, text);
}

DeliveryQueue *DeliveryRunner::queueFor(const QString &targetId)
{
    DeliveryQueue *&queue = m_queues[targetId];
    if (!queue) {
        queue = new DeliveryQueue([this](const DeliveryAnswer &answer) { return interpret(answer); }, m_policy, this);
        queue->setUserAgent(userAgent());
        connect(queue, &DeliveryQueue::reported, this, &AlertActionRunner::reported);
    }
    return queue;
}

void DeliveryRunner::skip(AlertReport report, const QString &reason)
{
    report.state = AlertReport::State::Skipped;
    report.reason = reason;
    report.atMs = QDateTime::currentMSecsSinceEpoch();
    qCInfo(lcNet).noquote() << "alert" << report.alertId << "action" << report.actionIndex << "skipped:" << reason;
    emit reported(report);
}

bool DeliveryRunner::isSafeAddress(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == "https"_L1)
        return true;
    if (url.scheme() != "http"_L1)
        return false;
    const QString host = url.host();
    return host == "localhost"_L1 || host == "127.0.0.1"_L1 || host == "::1"_L1;
}

QByteArray DeliveryRunner::userAgent() const
{
    QByteArray agent = "SoopChat";
    const QString version = QCoreApplication::applicationVersion();
    if (!version.isEmpty())
        agent += '/' + version.toLatin1();
    return agent + " (alerts; Qt " + qVersion() + ')';
}

} // namespace soopchat
