#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <iterator>
#include <optional>

#include "core/events/Donation.h"
#include "core/events/EventType.h"
#include "core/events/Roles.h"

namespace soopchat {

// What the alerts are told to do, as the user wrote it in the alerts file
// (AlertConfigFile, docs/ALERTS.md): rules that pick events, the actions each
// runs, the Discord and Telegram targets they post to, the voice and the
// on-stream alert box. Plain data: matching lives in AlertEngine, delivery in
// the action's own class. Platform-neutral: a rule names event kinds, roles and
// amounts, never a platform's packets.

// One thing a rule does when it fires.
struct AlertAction
{
    enum class Kind : quint8 {
        Notification, // a desktop notification (freedesktop; the tray when there is none)
        Sound, // a sound file played at a volume
        Speech, // the message read aloud (AlertSpeech's voice, limit and masking)
        Discord, // a post to a Discord webhook (a target)
        Telegram, // a sendMessage of a Telegram bot to a chat (a target)
        AlertBox, // the on-stream alert box page (/alerts/CHANNEL)
    };
    Kind kind = Kind::Notification;
    // The text, with {nickname} {count} {item} {message} {channel} {months};
    // empty: the event's usual wording (EventWords) in the app's language.
    QString text;
    QString target; // Discord, Telegram: the AlertTarget's id
    QString sound; // Sound (required), AlertBox (optional): a file path
    int volume = 80; // Sound, AlertBox: 0..100

    friend bool operator==(const AlertAction &, const AlertAction &) = default;
};

// When a rule fires: every condition that is set must hold.
struct AlertRule
{
    QString id; // made once (randomHexId), never shown; history and cool-downs name the rule by it
    QString name; // the user's
    bool enabled = true;

    QList<EventType> kinds; // empty: any kind
    std::optional<qint64> minAmount; // donations: in their unit (donationOf); subscriptions: months
    std::optional<qint64> maxAmount;
    // Donations: their value in won (DonationPrice: star balloons at 110, cheese at 1) must be at least this,
    // so that one rule means the same gift on both services; a gift without a price, or no gift, never matches.
    std::optional<qint64> minWon;
    QStringList users; // user ids or nicknames, either matches (case-insensitive); empty: anyone
    Roles roles; // any of these; none: anyone
    QString pattern; // in the event's text; empty: any text
    bool patternIsRegex = false; // otherwise: a phrase, case-insensitive
    QStringList channels; // channel ids (ChannelTarget::channelId); empty: every channel

    int cooldownSeconds = 0; // after firing, the rule waits this long
    int userCooldownSeconds = 0; // ... for the same user

    QList<AlertAction> actions;

    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

// Where Discord and Telegram actions post. The secret (the webhook URL, the
// bot token) is never here: it is in the OS keychain under secretKey().
struct AlertTarget
{
    enum class Kind : quint8 { Discord, Telegram };
    QString id; // made once (randomHexId)
    Kind kind = Kind::Discord;
    QString name; // the user's ("#후원-알림")
    QString chatId; // Telegram: the chat the bot writes to (not a secret)

    QString secretKey() const { return QStringLiteral("alerts/target/") + id; }
    friend bool operator==(const AlertTarget &, const AlertTarget &) = default;
};

// How Speech actions talk.
struct AlertSpeech
{
    QString locale = QStringLiteral("ko_KR");
    QString voice; // the engine's voice name; empty: the locale's default
    double rate = 0.0; // -1 (slow) .. 1 (fast)
    int volume = 80; // 0..100
    int maxCharacters = 100; // longer messages are cut
    QStringList blockedWords; // spoken as "삐" / masked, case-insensitive

    friend bool operator==(const AlertSpeech &, const AlertSpeech &) = default;
};

// The on-stream alert box: what each tier of gift shows (the tiers are the
// ones the chat list celebrates with, core/events/Donation's DonationTier).
struct AlertBoxTier
{
    DonationTier tier = DonationTier::Small;
    QString image; // a file path (PNG, GIF, WebP, SVG); empty: the built-in one
    QString sound; // a file path; empty: none
    int seconds = 6; // how long the alert stays

    friend bool operator==(const AlertBoxTier &, const AlertBoxTier &) = default;
};

struct AlertConfig
{
    QList<AlertRule> rules; // in the user's order
    QList<AlertTarget> targets;
    AlertSpeech speech;
    QList<AlertBoxTier> boxTiers; // Small, Medium, Large, Huge; missing tiers take the defaults

    const AlertTarget *target(const QString &id) const;
    friend bool operator==(const AlertConfig &, const AlertConfig &) = default;
};

QLatin1StringView alertActionKindName(AlertAction::Kind kind); // "notification", "sound", ...
std::optional<AlertAction::Kind> alertActionKindFromName(QStringView name);
QLatin1StringView alertTargetKindName(AlertTarget::Kind kind); // "discord", "telegram"
std::optional<AlertTarget::Kind> alertTargetKindFromName(QStringView name);

} // namespace soopchat
