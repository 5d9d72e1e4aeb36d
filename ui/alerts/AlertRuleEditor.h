#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

#include "core/alerts/AlertRule.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace soopchat {

class AlertActionCard;

// The selected rule of Settings → Alerts: its name; the kinds of event it
// answers, grouped the way a streamer thinks of them (star balloons,
// subscriptions, entries, ...); the amounts, users, roles (the badge table's),
// the phrase or expression (an invalid one is said as it is typed), channels
// and cool-downs; and its actions.
class AlertRuleEditor : public QWidget
{
    Q_OBJECT

public:
    // A group of event kinds as one check box.
    struct KindGroup
    {
        QLatin1StringView key; // the check box's object name: "kind-" + key
        QList<EventType> kinds;
    };
    static QList<KindGroup> kindGroups();
    static QString kindGroupLabel(QLatin1StringView key);

    explicit AlertRuleEditor(QWidget *parent = nullptr);

    void setRule(const AlertRule &rule); // emits nothing
    AlertRule rule() const;
    void setTargets(const QList<AlertTarget> &targets);
    AlertActionCard *addAction(AlertAction::Kind kind);
    QList<AlertActionCard *> actionCards() const { return m_cards; }
    QString patternError() const; // empty: the pattern is fine

signals:
    void changed();
    void testRequested();

private:
    AlertActionCard *appendCard(const AlertAction &action);
    void updatePatternError();
    void updatePreviewKind();
    EventType previewKind() const;

    AlertRule m_rule; // what the editor started from: its id and kinds no group names
    QLineEdit *m_name;
    QHash<QString, QCheckBox *> m_kinds;
    QSpinBox *m_minAmount;
    QSpinBox *m_maxAmount;
    QSpinBox *m_minWon;
    QLineEdit *m_users;
    QHash<Role, QCheckBox *> m_roles;
    QLineEdit *m_pattern;
    QCheckBox *m_regex;
    QLabel *m_patternError;
    QLineEdit *m_channels;
    QSpinBox *m_cooldown;
    QSpinBox *m_userCooldown;
    QVBoxLayout *m_actionsLayout;
    QToolButton *m_addAction;
    QList<AlertActionCard *> m_cards;
    QList<AlertTarget> m_targets;
    bool m_loading = false;
};

} // namespace soopchat
