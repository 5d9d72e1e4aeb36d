#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/store/SessionInfo.h"

namespace soopchat {

// The recorded sessions of a database as a table, one row per session. Sort
// it through a QSortFilterProxyModel with SortRole: numbers and times sort as
// numbers, text by the locale.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Started,
        Streamer,
        Channel,
        Title,
        Duration,
        Events,
        Chats,
        Balloons, // SessionTotals::balloons: star and video balloons given live
        Won, // SessionTotals::donationsWon(): what viewers paid for them, where the price is known
        AdBalloons,
        Subscriptions,
        Chatters,
        ColumnCount
    };
    Q_ENUM(Column)

    enum DataRole {
        SortRole = Qt::UserRole + 1,
        SessionIdRole, // qint64
    };

    explicit SessionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSessions(const QList<SessionSummary> &sessions);
    const QList<SessionSummary> &sessions() const { return m_sessions; }
    const SessionSummary *session(qint64 id) const;
    const SessionSummary &sessionAt(int row) const { return m_sessions.at(row); }

    // After a language change: the headers and tooltips say it again.
    void retranslate();

private:
    QList<SessionSummary> m_sessions;
};

} // namespace soopchat
