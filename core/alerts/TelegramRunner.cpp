#include "core/alerts/TelegramRunner.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace soopchat {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qsizetype TextLimit = 4096; // sendMessage's limit, in characters

} // namespace

QUrl TelegramRunner::defaultApiBase()
{
    return QUrl(u"https://api.telegram.org"_s);
}

QUrl TelegramRunner::apiBaseFromEnvironment()
{
    const QString value = qEnvironmentVariable("SOOPCHAT_TELEGRAM_API");
    return value.isEmpty() ? defaultApiBase() : QUrl(value);
}

TelegramRunner::TelegramRunner(const SecretStore &secrets, const QUrl &apiBase, QObject *parent)
    : DeliveryRunner(AlertTarget::Kind::Telegram, secrets, parent), m_apiBase(apiBase)
{ }

QString TelegramRunner::secretName() const
{
    return tr("bot token");
}

bool TelegramRunner::isBotToken(const QString &token)
{
    static const QRegularExpression form(u"^[0-9]{1,20}:[A-Za-z0-9_-]{20,100}$"_s);
    return form.match(token).hasMatch();
}

QJsonObject TelegramRunner::payload(const QString &chatId, const Alert &alert, const QString &text)
{
    QString message = text.trimmed().isEmpty() ? alert.ruleName : text;
    if (message.size() > TextLimit)
        message = message.left(TextLimit - 1) + u'…';
    // A numeric id goes as a number (-1001234567890), a @channel name as a string.
    bool numeric = false;
    const qint64 number = chatId.toLongLong(&numeric);
    return QJsonObject {
        {u"chat_id"_s, numeric ? QJsonValue(number) : QJsonValue(chatId)},
        // No parse_mode: the text is shown as it is, markup and all.
        {u"text"_s, message},
        {u"disable_web_page_preview"_s, true},
    };
}

DeliveryRequest TelegramRunner::makeRequest(
    const AlertTarget &target, const QString &secret, const Alert &alert, const QString &text) const
{
    DeliveryRequest request;
    const QString name = target.name.isEmpty() ? target.id : target.name;
    if (target.chatId.trimmed().isEmpty()) {
        request.failReason = tr("The Telegram target “%1” has no chat id").arg(name);
        return request;
    }
    if (!isBotToken(secret)) {
        request.failReason =
            tr("The bot token of “%1” in the keychain is not a Telegram bot token (123456:ABC…)").arg(name);
        return request;
    }
    if (!isSafeAddress(m_apiBase)) {
        request.failReason =
            tr("The Telegram API address %1 is neither https nor on this machine").arg(m_apiBase.toString());
        return request;
    }
    QUrl url = m_apiBase;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/bot"_s + secret + u"/sendMessage"_s);
    request.url = url;
    request.body = QJsonDocument(payload(target.chatId.trimmed(), alert, text)).toJson(QJsonDocument::Compact);
    return request;
}

DeliveryVerdict TelegramRunner::interpret(const DeliveryAnswer &answer) const
{
    const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    const QJsonObject parameters = json.value(u"parameters"_s).toObject();
    if (answer.status == 200 && json.value(u"ok"_s).toBool())
        return {DeliveryVerdict::Kind::Sent, 0ms, {}};
    if (answer.status == 429 || parameters.contains(u"retry_after"_s)) {
        const qint64 seconds = std::clamp<qint64>(parameters.value(u"retry_after"_s).toInteger(1), 0, 86'400);
        return {DeliveryVerdict::Kind::RateLimited, std::chrono::seconds(std::max<qint64>(seconds, 1)),
            tr("Telegram's rate limit")};
    }
    if (answer.status >= 500)
        return {DeliveryVerdict::Kind::RetryLater, 0ms, tr("Telegram answered HTTP %1").arg(answer.status)};
    QString description = json.value(u"description"_s).toString();
    if (description.isEmpty())
        description = QString::fromUtf8(answer.body.left(200)).simplified();
    QString reason = tr("Telegram refused the message: %1 (HTTP %2)").arg(description.left(200)).arg(answer.status);
    if (parameters.contains(u"migrate_to_chat_id"_s)) {
        reason += u' ' +
            tr("The group is now a supergroup: change the target's chat id to %1")
                .arg(parameters.value(u"migrate_to_chat_id"_s).toInteger());
    }
    return {DeliveryVerdict::Kind::Failed, 0ms, reason};
}

} // namespace soopchat
