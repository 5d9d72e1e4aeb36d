#include "ui/chat/ChatListModel.h"

#include "core/events/Donation.h"
#include "core/util/Logging.h"
#include "ui/chat/ChatEventText.h"

#include <algorithm>

namespace soopchat {

namespace {
const EventPtr NullEvent;
} // namespace

ChatListModel::ChatListModel(QObject *parent) : QAbstractListModel(parent), m_ring(std::size_t(DefaultMaxRows))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_flushTimer, &QTimer::timeout, this, &ChatListModel::flush);
}

ChatListModel::~ChatListModel() = default;

int ChatListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

const EventPtr &ChatListModel::eventAt(int row) const
{
    if (row < 0 || row >= m_count)
        return NullEvent;
    return m_ring[(m_head + std::size_t(row)) % m_ring.size()];
}

QVariant ChatListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventPtr &event = eventAt(index.row());
    if (!event)
        return {};
    const ChatEvent &e = *event;
    switch (role) {
    case Qt::DisplayRole:
        return ChatEventText::plainLine(e);
    case EventRole:
        return QVariant::fromValue(event);
    case SerialRole:
        return serialAt(index.row());
    case TimeRole:
        return e.receivedAtMs;
    case TypeRole:
        return int(e.type);
    case TypeNameRole:
        return QString(eventTypeName(e.type));
    case CategoryRole:
        return int(eventCategory(e.type));
    case NicknameRole:
        return e.nickname.value_or(QString());
    case UserIdRole:
        return e.userId.value_or(QString());
    case RolesRole:
        return int(e.roles().toInt());
    case TextRole:
        return e.text.value_or(QString());
    case CountRole:
        if (e.type == EventType::SubscriptionRenewal)
            return e.details().months.value_or(0);
        return e.count.value_or(0);
    case SubscriptionMonthsRole:
        return std::max<qint64>(0, e.subscriptionMonths.value_or(0));
    case IsDonationRole:
        return e.isDonation();
    case DonationTierRole:
        return int(donationTier(e));
    case HiddenRole:
        return isHidden(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(EventRole, "event");
    names.insert(SerialRole, "serial");
    names.insert(TimeRole, "time");
    names.insert(TypeRole, "type");
    names.insert(TypeNameRole, "typeName");
    names.insert(CategoryRole, "category");
    names.insert(NicknameRole, "nickname");
    names.insert(UserIdRole, "userId");
    names.insert(RolesRole, "roles");
    names.insert(TextRole, "text");
    names.insert(CountRole, "count");
    names.insert(SubscriptionMonthsRole, "subscriptionMonths");
    names.insert(IsDonationRole, "isDonation");
    names.insert(DonationTierRole, "donationTier");
    names.insert(HiddenRole, "hidden");
    return names;
}

bool ChatListModel::isDisplayable(const ChatEvent &event)
{
    // Malformed packets stay visible as a quiet system row; the rest of the
    // protocol group is connection chatter that belongs in the logs.
    return event.type == EventType::Malformed || eventCategory(event.type) != EventCategory::Protocol;
}

void ChatListModel::append(const EventBatch &batch)
{
    for (const EventPtr &event : batch) {
        if (event && isDisplayable(*event))
            m_pending.push_back(event);
    }
    // Anything older than the newest maxRows queued events would be evicted
    // by the flush anyway; drop it now so a stalled GUI thread cannot grow
    // the queue without bound (halving keeps the erase amortised O(1)).
    const std::size_t bound = std::size_t(m_maxRows);
    if (m_pending.size() >= 2 * bound) {
        const std::size_t drop = m_pending.size() - bound;
        m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(drop));
        m_dropped += drop;
    }
    if (!m_pending.empty() && !m_flushTimer.isActive()) {
        // Leading edge: a row that arrives after a quiet spell is not held
        // back a whole frame, and flushes still come at most once per interval.
        const auto sinceFlush =
            m_sinceFlush.isValid() ? std::chrono::milliseconds(m_sinceFlush.elapsed()) : m_flushInterval;
        m_flushTimer.start(std::max(m_flushInterval - sinceFlush, std::chrono::milliseconds(0)));
    }
}

void ChatListModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty())
        return;
    m_sinceFlush.start();

    const int capacity = m_maxRows;
    std::size_t skip = 0;
    if (m_pending.size() > std::size_t(capacity)) {
        skip = m_pending.size() - std::size_t(capacity);
        m_dropped += skip;
    }
    const int incoming = int(m_pending.size() - skip);
    const int evict = std::max(0, m_count + incoming - capacity);

    if (evict > 0)
        evictOldest(evict);

    const int firstNewRow = m_count;
    std::vector<int> changed; // rows shown before this flush that a blind now hides
    beginInsertRows({}, m_count, m_count + incoming - 1);
    for (std::size_t i = skip; i < m_pending.size(); ++i) {
        slot(m_count) = std::move(m_pending[i]);
        const ChatEvent &event = *slot(m_count);
        if (event.type == EventType::Blind)
            applyBlind(event, m_count, firstNewRow, changed);
        else if (!m_blinds.isEmpty() && isBlinded(event))
            m_hidden.insert(serialAt(m_count));
        ++m_count;
    }
    endInsertRows();
    for (int row : changed) {
        const QModelIndex changedIndex = index(row);
        emit dataChanged(changedIndex, changedIndex, {HiddenRole});
    }
    m_pending.clear();
    if (m_pending.capacity() > std::size_t(4 * capacity))
        m_pending.shrink_to_fit();

    emit flushed(incoming, evict);
}

bool ChatListModel::isBlinded(const ChatEvent &event) const
{
    const std::optional<qint64> sentAt = event.details().sentAtMs;
    if (!sentAt || !event.userId)
        return false;
    for (auto it = m_blinds.constFind(*sentAt); it != m_blinds.cend() && it.key() == *sentAt; ++it) {
        if (it.value() == *event.userId)
            return true;
    }
    return false;
}

void ChatListModel::applyBlind(const ChatEvent &blind, int row, int firstNewRow, std::vector<int> &changed)
{
    const std::optional<qint64> sentAt = blind.details().sentAtMs;
    if (!sentAt || !blind.userId || blind.userId->isEmpty())
        return;
    const QString &userId = *blind.userId;
    if (!m_blinds.contains(*sentAt, userId)) {
        m_blinds.insert(*sentAt, userId);
        m_blindOrder.emplace_back(*sentAt, userId);
        if (qsizetype(m_blindOrder.size()) > BlindsKept) {
            m_blinds.remove(m_blindOrder.front().first, m_blindOrder.front().second);
            m_blindOrder.pop_front();
        }
    }
    for (int r = row - 1; r >= std::max(0, row - BlindSearchRows); --r) {
        if (!blind.blinds(*slot(r)))
            continue;
        if (!m_hidden.contains(serialAt(r))) {
            m_hidden.insert(serialAt(r));
            if (r < firstNewRow)
                changed.push_back(r);
        }
    }
}

void ChatListModel::clear()
{
    m_pending.clear();
    m_flushTimer.stop();
    if (m_count == 0)
        return;
    beginRemoveRows({}, 0, m_count - 1);
    for (int row = 0; row < m_count; ++row)
        slot(row).reset();
    m_hidden.clear();
    m_firstSerial += quint64(m_count);
    m_head = 0;
    m_count = 0;
    endRemoveRows();
}

void ChatListModel::evictOldest(int rows)
{
    beginRemoveRows({}, 0, rows - 1);
    for (int row = 0; row < rows; ++row) {
        slot(row).reset();
        if (!m_hidden.isEmpty())
            m_hidden.remove(serialAt(row));
    }
    m_head = (m_head + std::size_t(rows)) % m_ring.size();
    m_count -= rows;
    m_firstSerial += quint64(rows);
    endRemoveRows();
}

void ChatListModel::relinearize(std::size_t capacity)
{
    std::vector<EventPtr> ring(capacity);
    for (int row = 0; row < m_count; ++row)
        ring[std::size_t(row)] = std::move(slot(row));
    m_ring = std::move(ring);
    m_head = 0;
}

void ChatListModel::setMaxRows(int rows)
{
    rows = std::clamp(rows, MinMaxRows, MaxMaxRows);
    if (rows == m_maxRows)
        return;
    const int evict = std::max(0, m_count - rows);
    if (evict > 0)
        evictOldest(evict);
    relinearize(std::size_t(rows));
    m_maxRows = rows;
    qCDebug(lcUi) << "chat list keeps" << rows << "rows";
    emit maxRowsChanged(rows);
}

void ChatListModel::setFlushInterval(std::chrono::milliseconds interval)
{
    m_flushInterval = std::max(interval, std::chrono::milliseconds(0));
}

std::chrono::milliseconds ChatListModel::flushDueIn() const
{
    return m_flushTimer.isActive() ? m_flushTimer.remainingTimeAsDuration() : std::chrono::milliseconds(-1);
}

} // namespace soopchat
