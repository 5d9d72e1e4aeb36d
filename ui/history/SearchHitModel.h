#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "core/store/SessionInfo.h"
#include "core/store/StoredEvent.h"

namespace soopchat {

// Full-text search results across sessions: which session, when, who, what.
// Chat text is shown as plain text, like everywhere else.
class SearchHitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Session, Time, Nickname, Text, ColumnCount };
    Q_ENUM(Column)

    enum DataRole {
        SortRole = Qt::UserRole + 1,
        SessionIdRole, // qint64
        SeqRole, // qint64
    };

    explicit SearchHitModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // `sessions` name each hit's session ("streamer · date").
    void setHits(const QList<SearchHit> &hits, const QList<SessionSummary> &sessions);
    const QList<SearchHit> &hits() const { return m_hits; }
    const SearchHit &hitAt(int row) const { return m_hits.at(row); }
    void retranslate();

private:
    QString sessionLabel(qint64 sessionId, const QString &channelId) const;

    QList<SearchHit> m_hits;
    QHash<qint64, SessionSummary> m_sessions;
};

} // namespace soopchat
