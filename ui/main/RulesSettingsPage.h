#pragma once

#include "core/channel/ChatRules.h"
#include "ui/main/SettingsDialog.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace soopchat {

class AppContext;

// Settings → Highlights & Ignore: the user's own nickname or id, the
// highlight rules (words, an expression, a user, a role, the user's name; a
// colour and a sound each) and the ignore rules (a user, words or an
// expression, hidden or replaced). An invalid expression is said under the
// tables as it is typed; OK keeps the rules and applies them at once.
class RulesSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit RulesSettingsPage(AppContext &context, QWidget *parent = nullptr);

    void apply() override;

    // What the page shows now, as rules.
    ChatRuleSet ruleSet() const;
    void setRuleSet(const ChatRuleSet &rules);
    void addHighlight(const HighlightRule &rule);
    void addIgnore(const IgnoreRule &rule);
    QString errorText() const; // empty: every rule is valid
    QTableWidget *highlightTable() const { return m_highlights; }
    QTableWidget *ignoreTable() const { return m_ignores; }

private:
    void updateErrors();
    void setColour(int row, quint32 rgb);

    AppContext &m_context;
    QLineEdit *m_ownNames;
    QTableWidget *m_highlights;
    QTableWidget *m_ignores;
    QLabel *m_errors;
};

} // namespace soopchat
