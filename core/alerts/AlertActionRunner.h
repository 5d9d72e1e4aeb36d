#pragma once

#include <QObject>
#include <QString>

#include "core/alerts/Alert.h"

namespace soopchat {

// What happened to one action of one alert, for the alert history (AlertHistory)
// and the CLI's log.
struct AlertReport
{
    enum class State : quint8 {
        Queued, // waiting its turn (a target's queue, the alert box's queue)
        Sent, // done: posted, shown, played, spoken
        Retrying, // failed for now (rate limit, network, 5xx); tried again after `retryInMs`
        Failed, // given up; `reason` says why
        Skipped, // not run on purpose (cool-down, muted, no keychain, target missing)
    };
    QString alertId;
    QString ruleId;
    QString ruleName;
    int actionIndex = -1; // in the rule's actions; -1: the alert as a whole
    AlertAction::Kind kind = AlertAction::Kind::Notification;
    QString targetName; // Discord/Telegram target, or empty
    State state = State::Queued;
    QString reason; // for the user, translated; empty when Sent
    int attempt = 1;
    qint64 retryInMs = 0;
    qint64 atMs = 0; // wall clock
};

QLatin1StringView alertReportStateName(AlertReport::State state); // "queued", "sent", ...

// Runs the actions of one kind (AlertAction::Kind): the engine hands it every
// fired alert's action of that kind with the action's text already filled in.
// run() never blocks; what becomes of the action is reported through
// reported(), on the runner's thread, as often as its state changes.
class AlertActionRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual AlertAction::Kind kind() const = 0;
    // `text`: the action's template filled in (or the event's usual wording).
    virtual void run(const Alert &alert, int actionIndex, const AlertAction &action, const QString &text) = 0;
    // The configuration changed (targets, voice, tiers); the default ignores it.
    virtual void configure(const AlertConfig &config) { Q_UNUSED(config) }

signals:
    void reported(const soopchat::AlertReport &report);
};

} // namespace soopchat
