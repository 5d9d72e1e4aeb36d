#pragma once

#include <QJsonObject>

#include "core/alerts/DeliveryRunner.h"

namespace soopchat {

// Discord actions (AlertAction::Kind::Discord): a POST of an embed to the
// target's webhook (`?wait=true`, so the answer says whether the message
// exists). The webhook address is the secret, in the OS keychain under
// AlertTarget::secretKey(); a test stores a loopback address there.
//
// Chat text is text: Discord's markdown in a nickname or message is escaped,
// and `allowed_mentions: {"parse": []}` means no @everyone, role or user in
// it ever pings anyone. Rate limits: a 429's `retry_after` (seconds,
// fractional; else the Retry-After / X-RateLimit-Reset-After headers) holds
// the target's queue that long; an empty bucket (X-RateLimit-Remaining: 0)
// holds it until X-RateLimit-Reset-After.
class DiscordRunner : public DeliveryRunner
{
    Q_OBJECT
public:
    explicit DiscordRunner(const SecretStore &secrets, QObject *parent = nullptr);

    AlertAction::Kind kind() const override { return AlertAction::Kind::Discord; }

    // The JSON the webhook receives for `text` (the action's filled-in text).
    static QJsonObject payload(const Alert &alert, const QString &text);
    // `text` with Discord's markdown made literal.
    static QString escapeMarkdown(const QString &text);
    // The embed's colour for a tier (0xRRGGBB).
    static int tierColour(DonationTier tier);
    // Whether `address` is a webhook address SoopChat will post to: https (or
    // http to this machine, for tests) with /webhooks/ in its path.
    static bool isWebhookAddress(const QUrl &address);

protected:
    DeliveryRequest makeRequest(
        const AlertTarget &target, const QString &secret, const Alert &alert, const QString &text) const override;
    DeliveryVerdict interpret(const DeliveryAnswer &answer) const override;
    QString secretName() const override;
    QString serviceName() const override { return QStringLiteral("Discord"); }
};

} // namespace soopchat
