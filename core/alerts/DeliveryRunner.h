#pragma once

#include <QHash>
#include <QList>
#include <QQueue>
#include <QSet>

#include "core/alerts/AlertActionRunner.h"
#include "core/alerts/DeliveryQueue.h"
#include "core/util/SecretStore.h"

namespace soopchat {

// What the Discord and the Telegram runners share: the targets of one kind
// from the alerts file, one DeliveryQueue per target, the secret read from the
// OS keychain (under AlertTarget::secretKey()) when a delivery's turn comes,
// and a memory of what was handed over so the same action of the same alert is
// never queued twice. The service's own part (the request, reading its
// answers) is in the subclass.
class DeliveryRunner : public AlertActionRunner
{
    Q_OBJECT
public:
    // `secrets`: the keychain ("soopchat" in the app; a test's own service in tests).
    DeliveryRunner(AlertTarget::Kind targetKind, const SecretStore &secrets, QObject *parent = nullptr);
    ~DeliveryRunner() override;

    void run(const Alert &alert, int actionIndex, const AlertAction &action, const QString &text) override;
    void configure(const AlertConfig &config) override;

    // A delivery to `targetId` outside any rule: the settings page's and
    // soopchat-cli's test buttons. Reported like any other (actionIndex -1).
    void sendTest(const QString &targetId, const Alert &alert, const QString &text);

    void setPolicy(const DeliveryPolicy &policy);
    const DeliveryPolicy &policy() const { return m_policy; }
    // Alerts waiting or in flight, over every target.
    int waiting() const;

    // https, or plain http to this machine only (tests, a local stand-in):
    // a secret never crosses a network in the clear.
    static bool isSafeAddress(const QUrl &url);

protected:
    // The request for `text` to `target`, with its `secret` (never logged).
    // Sets failReason when the secret is not of the service's form.
    virtual DeliveryRequest makeRequest(
        const AlertTarget &target, const QString &secret, const Alert &alert, const QString &text) const = 0;
    virtual DeliveryVerdict interpret(const DeliveryAnswer &answer) const = 0;
    // "webhook address", "bot token": what the keychain holds for a target.
    virtual QString secretName() const = 0;
    virtual QString serviceName() const = 0; // "Discord", "Telegram"

    QByteArray userAgent() const;

private:
    void deliver(const AlertReport &report, const QString &targetId, const Alert &alert, const QString &text);
    DeliveryRequest prepare(const QString &targetId, const Alert &alert, const QString &text) const;
    DeliveryQueue *queueFor(const QString &targetId);
    void skip(AlertReport report, const QString &reason);

    AlertTarget::Kind m_targetKind;
    SecretStore m_secrets;
    DeliveryPolicy m_policy;
    QList<AlertTarget> m_targets;
    QHash<QString, DeliveryQueue *> m_queues; // by target id
    // (alert id, action index, target id) handed over, oldest first; bounded.
    QSet<QString> m_handed;
    QQueue<QString> m_handedOrder;
};

} // namespace soopchat
