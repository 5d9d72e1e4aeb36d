#pragma once

#include <QJsonObject>
#include <QUrl>

#include "core/alerts/DeliveryRunner.h"

namespace soopchat {

// Telegram actions (AlertAction::Kind::Telegram): the Bot API's sendMessage,
// POST <api>/bot<TOKEN>/sendMessage with {chat_id, text,
// disable_web_page_preview} and no parse_mode, so markup in a donation
// message stays text. The bot token is the secret, in the OS keychain under
// AlertTarget::secretKey(); the chat id is the target's (not a secret).
//
// The API's address can be replaced, as the simulator stands in for SOOP:
// `apiBase` here, SOOPCHAT_TELEGRAM_API for the app and soopchat-cli
// (apiBaseFromEnvironment()). A 429 ({"parameters": {"retry_after": N}})
// holds the target's queue N seconds.
class TelegramRunner : public DeliveryRunner
{
    Q_OBJECT
public:
    static QUrl defaultApiBase(); // https://api.telegram.org
    // SOOPCHAT_TELEGRAM_API when set, else defaultApiBase().
    static QUrl apiBaseFromEnvironment();

    explicit TelegramRunner(
        const SecretStore &secrets, const QUrl &apiBase = defaultApiBase(), QObject *parent = nullptr);

    AlertAction::Kind kind() const override { return AlertAction::Kind::Telegram; }
    void setApiBase(const QUrl &apiBase) { m_apiBase = apiBase; }
    const QUrl &apiBase() const { return m_apiBase; }

    // The JSON sendMessage receives.
    static QJsonObject payload(const QString &chatId, const Alert &alert, const QString &text);
    // Whether `token` has the form of a bot token ("123456:ABC-DEF...").
    static bool isBotToken(const QString &token);

protected:
    DeliveryRequest makeRequest(
        const AlertTarget &target, const QString &secret, const Alert &alert, const QString &text) const override;
    DeliveryVerdict interpret(const DeliveryAnswer &answer) const override;
    QString secretName() const override;
    QString serviceName() const override { return QStringLiteral("Telegram"); }

private:
    QUrl m_apiBase;
};

} // namespace soopchat
