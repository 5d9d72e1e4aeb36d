#pragma once

#include <QDockWidget>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <vector>

#include "core/channel/ChatRules.h"

class QListWidget;
class QListWidgetItem;

namespace soopchat {

class ChannelTab;

// The highlighted messages of every open channel in one list, newest last,
// each with its channel; activating one switches to that channel's tab. A
// dock of the main window (View → Highlights). A rule with a sound beeps,
// at most once a second however many lines match. New lines join the list
// at most ten times a second: in a storm the chat list is what must keep up,
// and the panel is for reading.
class HighlightsPanel : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int MaxEntries = 500;

    explicit HighlightsPanel(QWidget *parent = nullptr);
    ~HighlightsPanel() override;

    void setRules(ChatRulesPtr rules) { m_rules = std::move(rules); }
    // Takes what the tab's pipeline shows (after the ignore rules).
    void take(ChannelTab *tab, const EventBatch &events);
    void forget(ChannelTab *tab); // the tab closes: its entries stay, without a target

    QListWidget *list() const { return m_list; }
    int count() const; // lines in the list (not those waiting for the next update)
    ChannelTab *tabAt(int row) const; // null once that tab is closed
    int beeps() const { return m_beeps; }

signals:
    void tabActivated(soopchat::ChannelTab *tab);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void activate(QListWidgetItem *item);
    void addPending();

    QListWidget *m_list;
    ChatRulesPtr m_rules;
    std::vector<std::unique_ptr<QListWidgetItem>> m_pending; // newest last, at most MaxEntries
    QTimer m_update;
    QElapsedTimer m_sinceBeep;
    int m_beeps = 0;
};

} // namespace soopchat
