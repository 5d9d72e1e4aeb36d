#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QTimer>

#include <functional>

#include "core/alerts/AlertActionRunner.h"

namespace soopchat {

class AlertHistory;

// The alert history (AlertHistory) as a table, newest first: when, the rule,
// the action, the target and what became of it (sent; failed with the reason;
// retrying in N s; skipped), coloured per state. Follows the history as it
// changes; bounded by it.
class AlertHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Rule, Action, Target, State, ColumnCount };
    enum Roles {
        StateRole = Qt::UserRole + 1, // AlertReport::State as an int
        ReasonRole, // the reason, as the runner said it
    };

    explicit AlertHistoryModel(AlertHistory &history, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const AlertReport &report(int row) const;
    QString stateText(const AlertReport &report) const;
    static QColor stateColour(AlertReport::State state);
    // The wall clock, ms since the epoch (tests set their own).
    void setClock(std::function<qint64()> clock);
    void retranslate(); // the headers and texts, in the new language

private:
    // The history's index of a row; while rows leave (the history has
    // already dropped them) the rows that stay are still at their old place.
    int historyRow(int row) const { return m_count - 1 - row - m_leaving; }
    const AlertReport *entryAt(int row) const;
    void updateRetryTimer();

    AlertHistory &m_history;
    int m_count = 0;
    int m_leaving = 0; // rows the history dropped, between beginRemoveRows and endRemoveRows
    std::function<qint64()> m_clock;
    QTimer m_retryTimer; // "retrying in N s" counts down
    mutable QHash<int, QIcon> m_icons; // per state
};

} // namespace soopchat
