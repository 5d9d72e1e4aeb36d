#include "core/alerts/AlertConfigFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

#include "core/util/AppPaths.h"
#include "core/util/RandomId.h"

namespace soopchat::AlertConfigFile {

namespace {

constexpr int Version = 1;
// A hand-written alerts file is a few kilobytes; a bigger one is not ours.
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertConfigFile", text);
}

QJsonArray stringArray(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString() && !item.toString().isEmpty())
            list.append(item.toString());
    }
    return list;
}

std::optional<qint64> optionalAmount(const QJsonValue &value)
{
    if (!value.isDouble() || value.toDouble() < 0)
        return std::nullopt;
    return qint64(value.toDouble());
}

int boundedInt(const QJsonValue &value, int fallback, int low, int high)
{
    if (!value.isDouble() || std::isnan(value.toDouble()))
        return fallback;
    return int(std::clamp(value.toDouble(), double(low), double(high)));
}

std::optional<DonationTier> tierFromName(QStringView name)
{
    for (DonationTier tier : {DonationTier::Small, DonationTier::Medium, DonationTier::Large, DonationTier::Huge}) {
        if (name == donationTierName(tier))
            return tier;
    }
    return std::nullopt;
}

QJsonObject actionJson(const AlertAction &action)
{
    QJsonObject json {{QStringLiteral("kind"), QString(alertActionKindName(action.kind))}};
    json.insert(QStringLiteral("text"), action.text);
    if (action.kind == AlertAction::Kind::Discord || action.kind == AlertAction::Kind::Telegram)
        json.insert(QStringLiteral("target"), action.target);
    if (action.kind == AlertAction::Kind::Sound || action.kind == AlertAction::Kind::AlertBox) {
        json.insert(QStringLiteral("sound"), action.sound);
        json.insert(QStringLiteral("volume"), action.volume);
    }
    return json;
}

QJsonObject ruleJson(const AlertRule &rule)
{
    QJsonArray kinds;
    for (EventType kind : rule.kinds)
        kinds.append(QString(eventTypeName(kind)));
    QJsonArray roles;
    for (Role role : AllRoles) {
        if (rule.roles.testFlag(role))
            roles.append(QString(roleName(role)));
    }
    QJsonArray actions;
    for (const AlertAction &action : rule.actions)
        actions.append(actionJson(action));
    const auto amount = [](const std::optional<qint64> &value) {
        return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject {
        {QStringLiteral("id"), rule.id},
        {QStringLiteral("name"), rule.name},
        {QStringLiteral("enabled"), rule.enabled},
        {QStringLiteral("kinds"), kinds},
        {QStringLiteral("min_amount"), amount(rule.minAmount)},
        {QStringLiteral("max_amount"), amount(rule.maxAmount)},
        {QStringLiteral("min_won"), amount(rule.minWon)},
        {QStringLiteral("users"), stringArray(rule.users)},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("pattern"), rule.pattern},
        {QStringLiteral("regex"), rule.patternIsRegex},
        {QStringLiteral("channels"), stringArray(rule.channels)},
        {QStringLiteral("cooldown_seconds"), rule.cooldownSeconds},
        {QStringLiteral("user_cooldown_seconds"), rule.userCooldownSeconds},
        {QStringLiteral("actions"), actions},
    };
}

std::optional<AlertAction> actionFromJson(const QJsonObject &json, const QString &ruleName, QStringList &problems)
{
    const QString kindName = json.value(QStringLiteral("kind")).toString();
    const auto kind = alertActionKindFromName(kindName);
    if (!kind) {
        problems.append(tr("Rule “%1”: unknown action “%2” left out.").arg(ruleName, kindName));
        return std::nullopt;
    }
    AlertAction action;
    action.kind = *kind;
    action.text = json.value(QStringLiteral("text")).toString();
    action.target = json.value(QStringLiteral("target")).toString();
    action.sound = json.value(QStringLiteral("sound")).toString();
    action.volume = boundedInt(json.value(QStringLiteral("volume")), action.volume, 0, 100);
    return action;
}

AlertRule ruleFromJson(const QJsonObject &json, int index, QStringList &problems)
{
    AlertRule rule;
    rule.id = json.value(QStringLiteral("id")).toString();
    if (rule.id.isEmpty())
        rule.id = randomHexId();
    rule.name = json.value(QStringLiteral("name")).toString();
    if (rule.name.isEmpty())
        rule.name = tr("Rule %1").arg(index + 1);
    rule.enabled = json.value(QStringLiteral("enabled")).toBool(true);
    for (const QJsonValue &value : json.value(QStringLiteral("kinds")).toArray()) {
        if (const auto kind = eventTypeFromName(value.toString()))
            rule.kinds.append(*kind);
        else
            problems.append(tr("Rule “%1”: unknown event kind “%2” left out.").arg(rule.name, value.toString()));
    }
    rule.minAmount = optionalAmount(json.value(QStringLiteral("min_amount")));
    rule.maxAmount = optionalAmount(json.value(QStringLiteral("max_amount")));
    rule.minWon = optionalAmount(json.value(QStringLiteral("min_won")));
    rule.users = stringList(json.value(QStringLiteral("users")));
    for (const QJsonValue &value : json.value(QStringLiteral("roles")).toArray()) {
        bool known = false;
        for (Role role : AllRoles) {
            if (value.toString() == roleName(role)) {
                rule.roles |= role;
                known = true;
            }
        }
        if (!known)
            problems.append(tr("Rule “%1”: unknown role “%2” left out.").arg(rule.name, value.toString()));
    }
    rule.pattern = json.value(QStringLiteral("pattern")).toString();
    rule.patternIsRegex = json.value(QStringLiteral("regex")).toBool();
    rule.channels = stringList(json.value(QStringLiteral("channels")));
    constexpr int Day = 24 * 60 * 60;
    rule.cooldownSeconds = boundedInt(json.value(QStringLiteral("cooldown_seconds")), 0, 0, Day);
    rule.userCooldownSeconds = boundedInt(json.value(QStringLiteral("user_cooldown_seconds")), 0, 0, Day);
    for (const QJsonValue &value : json.value(QStringLiteral("actions")).toArray()) {
        if (auto action = actionFromJson(value.toObject(), rule.name, problems))
            rule.actions.append(*action);
    }
    return rule;
}

} // namespace

QString defaultPath()
{
    return AppPaths::configDir() + QStringLiteral("/alerts.json");
}

QByteArray toJson(const AlertConfig &config)
{
    QJsonArray rules;
    for (const AlertRule &rule : config.rules)
        rules.append(ruleJson(rule));
    QJsonArray targets;
    for (const AlertTarget &target : config.targets) {
        QJsonObject json {
            {QStringLiteral("id"), target.id},
            {QStringLiteral("kind"), QString(alertTargetKindName(target.kind))},
            {QStringLiteral("name"), target.name},
        };
        if (target.kind == AlertTarget::Kind::Telegram)
            json.insert(QStringLiteral("chat_id"), target.chatId);
        targets.append(json);
    }
    const AlertSpeech &speech = config.speech;
    const QJsonObject speechJson {
        {QStringLiteral("locale"), speech.locale},
        {QStringLiteral("voice"), speech.voice},
        {QStringLiteral("rate"), speech.rate},
        {QStringLiteral("volume"), speech.volume},
        {QStringLiteral("max_characters"), speech.maxCharacters},
        {QStringLiteral("blocked_words"), stringArray(speech.blockedWords)},
    };
    QJsonArray tiers;
    for (const AlertBoxTier &tier : config.boxTiers) {
        tiers.append(QJsonObject {
            {QStringLiteral("tier"), QString(donationTierName(tier.tier))},
            {QStringLiteral("image"), tier.image},
            {QStringLiteral("sound"), tier.sound},
            {QStringLiteral("seconds"), tier.seconds},
        });
    }
    const QJsonObject root {
        {QStringLiteral("version"), Version},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("targets"), targets},
        {QStringLiteral("speech"), speechJson},
        {QStringLiteral("alert_box"), QJsonObject {{QStringLiteral("tiers"), tiers}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Loaded fromJson(const QByteArray &bytes)
{
    Loaded loaded;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        loaded.problems.append(error.error != QJsonParseError::NoError
                ? tr("The alerts file is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset)
                : tr("The alerts file does not hold a JSON object."));
        return loaded;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt(Version) > Version)
        loaded.problems.append(tr("The alerts file was written by a newer SoopChat; what this version knows is read."));

    AlertConfig &config = loaded.config;
    const QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
    for (int i = 0; i < rules.size(); ++i)
        config.rules.append(ruleFromJson(rules.at(i).toObject(), i, loaded.problems));
    for (const QJsonValue &value : root.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject json = value.toObject();
        const auto kind = alertTargetKindFromName(json.value(QStringLiteral("kind")).toString());
        const QString id = json.value(QStringLiteral("id")).toString();
        if (!kind || id.isEmpty()) {
            loaded.problems.append(tr("A target without a known kind or an id was left out."));
            continue;
        }
        config.targets.append(AlertTarget {id, *kind, json.value(QStringLiteral("name")).toString(),
            json.value(QStringLiteral("chat_id")).toString()});
    }
    const QJsonObject speech = root.value(QStringLiteral("speech")).toObject();
    AlertSpeech &voice = config.speech;
    voice.locale = speech.value(QStringLiteral("locale")).toString(voice.locale);
    voice.voice = speech.value(QStringLiteral("voice")).toString();
    voice.rate = std::clamp(speech.value(QStringLiteral("rate")).toDouble(voice.rate), -1.0, 1.0);
    voice.volume = boundedInt(speech.value(QStringLiteral("volume")), voice.volume, 0, 100);
    voice.maxCharacters = boundedInt(speech.value(QStringLiteral("max_characters")), voice.maxCharacters, 1, 1000);
    voice.blockedWords = stringList(speech.value(QStringLiteral("blocked_words")));
    const QJsonArray tiers =
        root.value(QStringLiteral("alert_box")).toObject().value(QStringLiteral("tiers")).toArray();
    for (const QJsonValue &value : tiers) {
        const QJsonObject json = value.toObject();
        const auto tier = tierFromName(json.value(QStringLiteral("tier")).toString());
        if (!tier) {
            loaded.problems.append(
                tr("Alert box: unknown tier “%1” left out.").arg(json.value(QStringLiteral("tier")).toString()));
            continue;
        }
        config.boxTiers.append(AlertBoxTier {*tier, json.value(QStringLiteral("image")).toString(),
            json.value(QStringLiteral("sound")).toString(),
            boundedInt(json.value(QStringLiteral("seconds")), 6, 1, 60)});
    }
    return loaded;
}

Loaded load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    Loaded loaded;
    if (file.size() > MaxFileBytes) {
        loaded.problems.append(tr("The alerts file %1 is larger than 4 MiB and was not read.").arg(path));
    } else if (!file.open(QIODevice::ReadOnly)) {
        loaded.problems.append(tr("The alerts file %1 cannot be read: %2").arg(path, file.errorString()));
    } else {
        loaded = fromJson(file.readAll());
    }
    loaded.fileExisted = true;
    return loaded;
}

QString save(const QString &path, const AlertConfig &config)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (AppPaths::isAppFolder(folder) ? !AppPaths::makePrivateFolder(folder) : !QDir().mkpath(folder))
        return tr("The folder %1 cannot be made.").arg(folder);
    if (!AppPaths::makePrivateFile(path))
        return tr("The alerts file %1 cannot be made.").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("The alerts file %1 cannot be written: %2").arg(path, file.errorString());
    file.write(toJson(config));
    if (!file.commit())
        return tr("The alerts file %1 cannot be written: %2").arg(path, file.errorString());
    return {};
}

} // namespace soopchat::AlertConfigFile
