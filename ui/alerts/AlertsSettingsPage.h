#pragma once

#include "core/alerts/AlertRule.h"
#include "ui/common/SettingsPage.h"

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;

namespace soopchat {

class AlertBoxTiersEditor;
class AlertRuleEditor;
class AlertSpeechEditor;
class AlertTargetsEditor;

// Settings → Alerts: the rules (a list to add, duplicate, remove, reorder and
// switch on and off, and an editor for the selected one with a live preview of
// each action), the Discord and Telegram targets (their secrets in the
// keychain), the voice and the alert box's tiers. Edits the alerts file
// (AlertConfigFile) and writes it when the dialog is accepted; what the file
// had wrong is said at the top. Test buttons ask whoever runs the alerts.
class AlertsSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    // `configPath`: the alerts file (AlertConfigFile::defaultPath() in the
    // app); `secretService`: the keychain service secrets are kept under.
    AlertsSettingsPage(const QString &configPath, const QString &secretService, QWidget *parent = nullptr);

    // Writes the file when anything changed, removes the secrets of removed
    // targets and emits saved().
    void apply() override;

    AlertConfig config() const; // what the page shows now
    QString problemsText() const; // what load() found wrong; empty when nothing
    QString saveError() const { return m_saveError; } // why the last apply() could not write, or empty

    AlertRuleEditor *ruleEditor() const { return m_editor; }
    AlertTargetsEditor *targetsEditor() const { return m_targets; }
    QListWidget *ruleList() const { return m_list; }
    QTabWidget *sections() const { return m_sections; }
    int addRule(); // returns its row, selected

signals:
    void testRule(const soopchat::AlertRule &rule);
    void testTarget(const soopchat::AlertTarget &target);
    void saved(const soopchat::AlertConfig &config); // after apply() wrote the file

private:
    void setRules(const QList<AlertRule> &rules, int current);
    void showRule(int row);
    void ruleEdited();
    void updateItem(int row);
    void moveRule(int by);
    void updateButtons();

    QString m_path;
    QString m_secretService;
    AlertConfig m_loaded; // as the file had it, for what changed
    AlertConfig m_initial; // as the page first showed it
    QList<AlertRule> m_rules;
    int m_current = -1;
    QString m_saveError;

    QLabel *m_problems;
    QTabWidget *m_sections;
    QListWidget *m_list;
    QPushButton *m_duplicate;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    AlertRuleEditor *m_editor;
    QWidget *m_editorArea;
    QLabel *m_noRule;
    AlertTargetsEditor *m_targets;
    AlertSpeechEditor *m_speech;
    AlertBoxTiersEditor *m_tiers;
    bool m_loading = false;
};

} // namespace soopchat
