#pragma once

#include <QList>
#include <QObject>

#include "core/alerts/AlertActionRunner.h"

namespace soopchat {

// The alert history the app shows: the latest state of each action of the
// most recent alerts (sent, failed with the reason, retried). Bounded: the
// oldest entries go first. Lives on the GUI's (or the CLI's) thread.
class AlertHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultCapacity = 500;
    explicit AlertHistory(int capacity = DefaultCapacity, QObject *parent = nullptr);

    // A report for an action already listed replaces its entry (same alert id
    // and action index); a new one is appended.
    void add(const AlertReport &report);
    const QList<AlertReport> &entries() const { return m_entries; } // oldest first
    void clear();

signals:
    void added(int row); // a new entry at `row`
    void changed(int row); // the entry at `row` has a new state
    void removedFirst(int count); // the oldest `count` entries were dropped
    void cleared();

private:
    int m_capacity;
    QList<AlertReport> m_entries;
};

} // namespace soopchat
