#include "core/alerts/DiscordRunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>

namespace soopchat {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Discord's limits for an embed (a longer one is refused with a 400).
constexpr qsizetype TitleLimit = 256;
constexpr qsizetype DescriptionLimit = 3000; // of 4096: the whole embed must stay under 6000
constexpr qsizetype FieldLimit = 1024;
constexpr qsizetype FooterLimit = 256;

QString cut(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype end = limit - 1;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end) + u'…';
}

std::chrono::milliseconds seconds(double value)
{
    if (!std::isfinite(value) || value <= 0)
        return 0ms;
    return std::chrono::milliseconds(qint64(std::ceil(std::min(value, 86'400.0) * 1000.0)));
}

std::chrono::milliseconds secondsHeader(const QByteArray &value)
{
    bool ok = false;
    const double parsed = value.trimmed().toDouble(&ok);
    return ok ? seconds(parsed) : 0ms;
}

} // namespace

DiscordRunner::DiscordRunner(const SecretStore &secrets, QObject *parent)
    : DeliveryRunner(AlertTarget::Kind::Discord, secrets, parent)
{ }

QString DiscordRunner::secretName() const
{
    return tr("webhook address");
}

QString DiscordRunner::escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool lineStart = true;
    for (const QChar c : text) {
        // Everywhere: emphasis, code, spoilers, links, quotes, mentions' <...>.
        // At a line's start: headings and lists.
        static const QString always = u"\\*_~`|[]<>"_s;
        if (always.contains(c) || (lineStart && (c == u'#' || c == u'-' || c == u'+')))
            out += u'\\';
        out += c;
        if (c == u'\n')
            lineStart = true;
        else if (!c.isSpace())
            lineStart = false;
    }
    return out;
}

int DiscordRunner::tierColour(DonationTier tier)
{
    switch (tier) {
    case DonationTier::None:
        return 0x5865F2; // Discord's blurple: an entry, a keyword
    case DonationTier::Small:
        return 0x3BA55D;
    case DonationTier::Medium:
        return 0x1E88E5;
    case DonationTier::Large:
        return 0xF9A825;
    case DonationTier::Huge:
        return 0xE53935;
    }
    return 0x5865F2;
}

QJsonObject DiscordRunner::payload(const Alert &alert, const QString &text)
{
    const AlertFields &fields = alert.fields;
    QString title = QStringList {fields.item, fields.count}.join(u' ').trimmed();
    if (title.isEmpty())
        title = alert.ruleName.isEmpty() ? u"SoopChat"_s : alert.ruleName;

    QJsonObject embed {
        {u"title"_s, cut(escapeMarkdown(title), TitleLimit)},
        {u"color"_s, tierColour(alert.tier)},
    };
    const QString description = text.trimmed().isEmpty() ? title : text;
    embed.insert(u"description"_s, cut(escapeMarkdown(description), DescriptionLimit));
    QJsonArray embedFields;
    // Discord refuses a field without a value: the empty ones are left out.
    if (!fields.nickname.isEmpty()) {
        embedFields.append(QJsonObject {{u"name"_s, tr("Nickname")},
            {u"value"_s, cut(escapeMarkdown(fields.nickname), FieldLimit)}, {u"inline"_s, true}});
    }
    if (!fields.message.isEmpty()) {
        embedFields.append(QJsonObject {{u"name"_s, tr("Message")},
            {u"value"_s, cut(escapeMarkdown(fields.message), FieldLimit)}, {u"inline"_s, false}});
    }
    if (!embedFields.isEmpty())
        embed.insert(u"fields"_s, embedFields);
    const QString channel = fields.channel.isEmpty() ? alert.channelId : fields.channel;
    if (!channel.isEmpty())
        embed.insert(u"footer"_s, QJsonObject {{u"text"_s, cut(channel, FooterLimit)}});
    if (alert.firedAtMs > 0) {
        embed.insert(
            u"timestamp"_s, QDateTime::fromMSecsSinceEpoch(alert.firedAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    }
    return QJsonObject {
        {u"embeds"_s, QJsonArray {embed}},
        // Nothing in a viewer's text can ping @everyone, a role or a user.
        {u"allowed_mentions"_s, QJsonObject {{u"parse"_s, QJsonArray {}}}},
    };
}

bool DiscordRunner::isWebhookAddress(const QUrl &address)
{
    return isSafeAddress(address) && address.path().contains("/webhooks/"_L1);
}

DeliveryRequest DiscordRunner::makeRequest(
    const AlertTarget &target, const QString &secret, const Alert &alert, const QString &text) const
{
    DeliveryRequest request;
    QUrl url(secret, QUrl::StrictMode);
    if (!isWebhookAddress(url)) {
        // The secret itself is never repeated in a message.
        request.failReason = tr("The webhook address of “%1” in the keychain is not a Discord webhook address "
                                "(https://discord.com/api/webhooks/…)")
                                 .arg(target.name.isEmpty() ? target.id : target.name);
        return request;
    }
    // wait=true: Discord answers once the message exists (or why it does not).
    QUrlQuery query(url);
    query.removeAllQueryItems(u"wait"_s);
    query.addQueryItem(u"wait"_s, u"true"_s);
    url.setQuery(query);
    request.url = url;
    request.body = QJsonDocument(payload(alert, text)).toJson(QJsonDocument::Compact);
    return request;
}

DeliveryVerdict DiscordRunner::interpret(const DeliveryAnswer &answer) const
{
    const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    if (answer.status >= 200 && answer.status < 300) {
        DeliveryVerdict verdict {DeliveryVerdict::Kind::Sent, 0ms, {}};
        if (answer.header("X-RateLimit-Remaining").trimmed() == "0")
            verdict.wait = secondsHeader(answer.header("X-RateLimit-Reset-After"));
        return verdict;
    }
    if (answer.status == 429) {
        std::chrono::milliseconds wait = seconds(json.value(u"retry_after"_s).toDouble());
        if (wait == 0ms)
            wait = secondsHeader(answer.header("Retry-After"));
        if (wait == 0ms)
            wait = secondsHeader(answer.header("X-RateLimit-Reset-After"));
        if (wait == 0ms)
            wait = 1s;
        return {DeliveryVerdict::Kind::RateLimited, wait, tr("Discord's rate limit")};
    }
    if (answer.status >= 500)
        return {DeliveryVerdict::Kind::RetryLater, 0ms, tr("Discord answered HTTP %1").arg(answer.status)};
    QString message = json.value(u"message"_s).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(answer.body.left(200)).simplified();
    return {DeliveryVerdict::Kind::Failed, 0ms,
        tr("Discord refused the post: %1 (HTTP %2)").arg(cut(message, 200)).arg(answer.status)};
}

} // namespace soopchat
