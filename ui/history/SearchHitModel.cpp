#include "ui/history/SearchHitModel.h"

#include "core/util/DisplayText.h"
#include "ui/history/HistoryFormat.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {
// A hit's tooltip: the whole of any real message (and still not a page of text).
constexpr qsizetype WholeMessage = 2000;
} // namespace

SearchHitModel::SearchHitModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int SearchHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchHitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SearchHitModel::setHits(const QList<SearchHit> &hits, const QList<SessionSummary> &sessions)
{
    beginResetModel();
    m_hits = hits;
    m_sessions.clear();
    for (const SessionSummary &s : sessions)
        m_sessions.insert(s.id, s);
    endResetModel();
}

void SearchHitModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString SearchHitModel::sessionLabel(qint64 sessionId, const QString &channelId) const
{
    const auto it = m_sessions.constFind(sessionId);
    if (it == m_sessions.cend())
        return channelId;
    const QString who = it->info.streamerNickname.isEmpty()
        ? it->info.channelId
        : DisplayText::shown(it->info.streamerNickname, DisplayText::Field::Nickname);
    return u"%1 · %2"_s.arg(who, HistoryFormat::dateTime(it->info.startedAtMs));
}

QVariant SearchHitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case SessionIdRole:
        return hit.sessionId;
    case SeqRole:
        return hit.seq;
    case Qt::ToolTipRole:
        if (index.column() == Text) // the whole message, still drawn safely
            return DisplayText::shown(hit.text, WholeMessage);
        if (index.column() == Nickname)
            return hit.userId;
        if (index.column() == Time)
            return HistoryFormat::dateTime(hit.receivedAtMs);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case Session:
        return display ? QVariant(sessionLabel(hit.sessionId, hit.channelId)) : QVariant(hit.sessionId);
    case Time:
        return display ? QVariant(HistoryFormat::clockTime(hit.receivedAtMs)) : QVariant(hit.receivedAtMs);
    case Nickname:
        return display ? DisplayText::shown(hit.nickname, DisplayText::Field::Nickname) : hit.nickname;
    case Text: // one line, as in the chat list
        return display ? DisplayText::shown(hit.text, DisplayText::Field::Message) : hit.text;
    default:
        return {};
    }
}

QVariant SearchHitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Session:
        return tr("Session");
    case Time:
        return tr("Time");
    case Nickname:
        return tr("Nickname");
    case Text:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace soopchat
