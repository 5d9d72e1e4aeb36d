#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <array>
#include <bitset>
#include <functional>
#include <memory>
#include <vector>

#include "core/alerts/Alert.h"
#include "core/alerts/AlertActionRunner.h"
#include "core/alerts/AlertHistory.h"
#include "core/alerts/AlertRule.h"

class QTranslator;

namespace soopchat {

// soopchat.alerts: what the engine and its runners log.
Q_DECLARE_LOGGING_CATEGORY(lcAlerts)

// The alert rules at work (docs/ALERTS.md): every channel's AlertConsumer
// hands it the channel's events; each rule whose conditions all hold (and
// whose cool-downs have passed) fires an Alert, whose actions go to the
// runner of their kind (AlertActionRunner: notification, sound, speech,
// Discord, Telegram, alert box) with their text filled in. What becomes of
// each action is kept in history(). One per app: the GUI's AppContext, the
// CLI's `record --alerts`. Lives on the main thread, like the pipelines.
//
// Cheap per event (the desktop benchmark runs with ten rules): the rules are
// compiled once in setConfig() (kinds as a bit set, users, channels and the
// phrase lower-cased, regexes compiled), an event's text is lower-cased at
// most once for every rule, and a regex sees at most MaxPatternText
// characters of it.
class AlertEngine : public QObject
{
    Q_OBJECT

public:
    // The longest text a rule's pattern is matched against: chat lines are
    // short, and a regex must not be made to crawl a pasted novel.
    static constexpr qsizetype MaxPatternText = 1000;
    // Users remembered per rule for its user cool-down before expired ones
    // are pruned (they are pruned again whenever the list doubles).
    static constexpr qsizetype UserCooldownPruneAt = 256;

    explicit AlertEngine(QObject *parent = nullptr);
    ~AlertEngine() override;

    // Takes the rules (compiled here; a rule whose regex does not compile
    // matches nothing and is named once in problems()) and hands the config
    // to every runner (configure()). A rule kept by id keeps its cool-downs.
    void setConfig(const AlertConfig &config);
    const AlertConfig &config() const { return m_config; }
    // What setConfig() found wrong (invalid regexes), for the user.
    const QStringList &problems() const { return m_problems; }

    // Takes ownership (QObject parent); one per kind: a second of the same
    // kind replaces the first.
    void addRunner(AlertActionRunner *runner);
    AlertActionRunner *runner(AlertAction::Kind kind) const;

    AlertHistory &history() { return m_history; }

    // Fires `rule` on a made-up event of the rule's first kind (a donation
    // when it names none) in `channelId`, ignoring its conditions and
    // cool-downs: the settings page's and `alerts test`'s test button.
    void testRule(const AlertRule &rule, const QString &channelId);

    // "ko" or "en": the words of {item} and the default texts.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    // A channel's events, in order (AlertConsumer). `channelName`: the
    // streamer's name for {channel}; empty: the id.
    void process(const QString &channelId, const EventBatch &events, const QString &channelName = {});

    // The template `text` with the placeholders filled from `fields`; an
    // unknown {placeholder} stays as typed.
    static QString fill(QStringView text, const AlertFields &fields);
    // The fields of `event` (of one entering user of a user_enter list when
    // `user` is given), in this engine's language.
    AlertFields fieldsOf(const ChatEvent &event, const QString &channel, const ChatUser *user = nullptr) const;
    // What an action with no text of its own says: the event's usual wording
    // (core/events/EventWords) after the nickname, or the message.
    QString defaultText(const ChatEvent &event, const AlertFields &fields) const;

    // For tests: the monotonic clock the cool-downs run on (ms).
    void setClock(std::function<qint64()> monotonicMs) { m_clock = std::move(monotonicMs); }
    // Users a rule remembers for its user cool-down right now (tests: bounded).
    qsizetype rememberedUsers(const QString &ruleId) const;

signals:
    void fired(const soopchat::Alert &alert);
    // Every report of every action (also added to history()); the CLI prints them.
    void reported(const soopchat::AlertReport &report);
    // Something about the rules the user should know (an invalid regex), once.
    void problem(const QString &message);

private:
    struct Compiled;
    struct Subject;
    struct Cooldowns
    {
        qint64 lastFiredMs = -1;
        QHash<QString, qint64> userLastFiredMs; // lower-cased user id or nickname
        qsizetype pruneAt = UserCooldownPruneAt;
    };

    bool matches(const Compiled &rule, const ChatEvent &event, Subject &subject, const QString &channelKey,
        QString &lowerText, bool &lowered) const;
    bool coolingDown(const Compiled &rule, const Subject &subject, qint64 now);
    void startCooldowns(const Compiled &rule, const Subject &subject, qint64 now);
    void fire(AlertRule rule, const QString &channelId, const EventPtr &event, const AlertFields &fields);
    void report(const AlertReport &report);
    qint64 now() const;
    QString inLanguage(const char *text) const; // in the engine's language, not the app's

    AlertConfig m_config;
    std::vector<Compiled> m_rules;
    quint64 m_generation = 0; // setConfig() calls
    QStringList m_problems;
    QHash<QString, Cooldowns> m_cooldowns; // by rule id
    std::array<AlertActionRunner *, 6> m_runners {};
    AlertHistory m_history;
    QString m_language = QStringLiteral("ko");
    QLocale m_locale; // of m_language: how {count} and {months} are written
    std::unique_ptr<QTranslator> m_translator;
    QElapsedTimer m_elapsed;
    std::function<qint64()> m_clock;
};

} // namespace soopchat
