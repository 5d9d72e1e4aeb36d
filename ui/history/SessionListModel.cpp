#include "ui/history/SessionListModel.h"

#include "ui/history/HistoryFormat.h"
#include "ui/stats/TotalsText.h"

namespace soopchat {

using namespace Qt::StringLiterals;

SessionListModel::SessionListModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SessionListModel::setSessions(const QList<SessionSummary> &sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

const SessionSummary *SessionListModel::session(qint64 id) const
{
    for (const SessionSummary &s : m_sessions) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void SessionListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Some tooltips are translated sentences too.
    if (!m_sessions.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ToolTipRole});
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sessions.size())
        return {};
    const SessionSummary &s = m_sessions.at(index.row());
    const SessionTotals &t = s.totals;
    const qint64 durationMs = s.effectiveEndMs() - s.info.startedAtMs;
    if (role == SessionIdRole)
        return s.id;
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= Duration ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Title:
            return s.info.title;
        case Duration:
            return s.endedAtMs > 0 ? tr("Ended at %1").arg(HistoryFormat::dateTime(s.endedAtMs))
                                   : tr("Not ended: recording went on, or stopped without an end");
        case Balloons: {
            const QString replay = TotalsText::replayBalloons(t);
            return QString(TotalsText::balloons(t) + (replay.isEmpty() ? QString() : u'\n' + replay));
        }
        case Won:
            return TotalsText::wonExplanation(t.donationsWon());
        case Subscriptions:
            return tr("New: %1\nRenewals: %2\nGifts: %3")
                .arg(HistoryFormat::count(t.newSubscriptions), HistoryFormat::count(t.subscriptionRenewals),
                    HistoryFormat::count(t.subscriptionGifts));
        default:
            return {};
        }
    }
    const bool display = role == Qt::DisplayRole;
    if (!display && role != SortRole)
        return {};
    switch (index.column()) {
    case Started:
        return display ? QVariant(HistoryFormat::dateTime(s.info.startedAtMs)) : QVariant(s.info.startedAtMs);
    case Streamer:
        return s.info.streamerNickname.isEmpty() ? s.info.channelId : s.info.streamerNickname;
    case Channel:
        return s.info.channelId;
    case Title:
        return s.info.title;
    case Duration:
        return display ? QVariant(HistoryFormat::duration(durationMs)) : QVariant(durationMs);
    case Events:
        return display ? QVariant(HistoryFormat::count(t.events)) : QVariant(t.events);
    case Chats:
        return display ? QVariant(HistoryFormat::count(t.chats)) : QVariant(t.chats);
    case Balloons:
        return display ? QVariant(HistoryFormat::count(t.balloons)) : QVariant(t.balloons);
    case Won: {
        const WonValue won = t.donationsWon();
        return display ? QVariant(TotalsText::won(won)) : QVariant(won.won);
    }
    case AdBalloons:
        return display ? QVariant(HistoryFormat::count(t.adBalloons)) : QVariant(t.adBalloons);
    case Subscriptions:
        return display ? QVariant(HistoryFormat::count(t.subscriptions())) : QVariant(t.subscriptions());
    case Chatters:
        return display ? QVariant(HistoryFormat::count(t.uniqueChatters)) : QVariant(t.uniqueChatters);
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= Duration ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Date");
    case Streamer:
        return tr("Streamer");
    case Channel:
        return tr("Channel");
    case Title:
        return tr("Title");
    case Duration:
        return tr("Duration");
    case Events:
        return tr("Events");
    case Chats:
        return tr("Chats");
    case Balloons:
        return tr("Balloons");
    case Won:
        return tr("Won");
    case AdBalloons:
        return tr("Ad balloons");
    case Subscriptions:
        return tr("Subscriptions");
    case Chatters:
        return tr("Chatters");
    default:
        return {};
    }
}

} // namespace soopchat
