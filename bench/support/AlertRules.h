#pragma once

// Ten alert rules a streamer might keep (big and huge balloons, a top fan
// entering, a year's renewal, three phrases, a command, money talk, chosen
// users), each with a desktop notification: what bench_alerts matches and
// bench_desktop --alerts runs in the real window.
#include <QList>
#include <QString>

#include "core/alerts/AlertRule.h"

namespace soopchat::bench {

using namespace Qt::StringLiterals;

inline AlertRule benchAlertRule(const QString &name)
{
    AlertRule r;
    r.id = name;
    r.name = name;
    r.actions = {
        AlertAction {AlertAction::Kind::Notification, u"{nickname}님 {item} {count}개: {message}"_s, {}, {}, 80}};
    return r;
}

inline QList<AlertRule> benchAlertRules()
{
    QList<AlertRule> rules;
    AlertRule big = benchAlertRule(u"big balloons"_s);
    big.kinds = {EventType::Balloon, EventType::VideoBalloon};
    big.minAmount = 100;
    rules.append(big);
    AlertRule huge = benchAlertRule(u"huge"_s);
    huge.kinds = {EventType::Balloon};
    huge.minAmount = 1000;
    huge.maxAmount = 100000;
    rules.append(huge);
    AlertRule topFan = benchAlertRule(u"top fan enters"_s);
    topFan.kinds = {EventType::UserEnter};
    topFan.roles = Role::TopFan;
    topFan.userCooldownSeconds = 3600;
    rules.append(topFan);
    AlertRule year = benchAlertRule(u"a year"_s);
    year.kinds = {EventType::SubscriptionRenewal};
    year.minAmount = 12;
    rules.append(year);
    for (const QString &word : {u"보스"_s, u"링크"_s, u"happy birthday"_s}) {
        AlertRule phrase = benchAlertRule(u"word "_s + word);
        phrase.kinds = {EventType::Chat};
        phrase.pattern = word;
        phrase.cooldownSeconds = 10;
        rules.append(phrase);
    }
    AlertRule command = benchAlertRule(u"!alert"_s);
    command.pattern = u"^!(alert|알림)\\b"_s;
    command.patternIsRegex = true;
    rules.append(command);
    AlertRule money = benchAlertRule(u"money talk"_s);
    money.kinds = {EventType::Chat};
    money.pattern = u"(\\d+)\\s*(원|won|개)"_s;
    money.patternIsRegex = true;
    money.userCooldownSeconds = 60;
    rules.append(money);
    AlertRule vip = benchAlertRule(u"vip"_s);
    vip.users = {u"viewer7"_s, u"시청자42"_s, u"someone"_s};
    vip.userCooldownSeconds = 300;
    rules.append(vip);
    return rules;
}

} // namespace soopchat::bench
