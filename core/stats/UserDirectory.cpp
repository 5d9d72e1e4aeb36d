#include "core/stats/UserDirectory.h"

#include <algorithm>

#include "core/events/Donation.h"
#include "core/util/Logging.h"

namespace soopchat {

UserDirectory::UserDirectory() : UserDirectory(DefaultLimits)
{ }

UserDirectory::UserDirectory(const Limits &limits) : m_limits(limits)
{
    m_limits.maxUsers = std::max<qsizetype>(1, m_limits.maxUsers);
    m_limits.maxMessagesPerUser = std::max<qsizetype>(0, m_limits.maxMessagesPerUser);
    m_limits.maxStoredMessages = std::max<qsizetype>(0, m_limits.maxStoredMessages);
    m_limits.maxTextLength = std::max<qsizetype>(1, m_limits.maxTextLength);
}

void UserDirectory::clear()
{
    QMutexLocker lock(&m_mutex);
    m_latestMs = 0;
    m_slots.clear();
    m_freeSlots.clear();
    m_index.clear();
    m_byActivity = {};
    m_byMessage = {};
    m_storedMessages = 0;
    m_forgotten = 0;
}

std::optional<UserRecord> UserDirectory::user(const QString &userId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_index.constFind(userId);
    if (it == m_index.cend())
        return std::nullopt;
    return m_slots[size_t(*it)].record;
}

qsizetype UserDirectory::userCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_index.size();
}

qsizetype UserDirectory::storedMessageCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_storedMessages;
}

quint64 UserDirectory::forgottenUsers() const
{
    QMutexLocker lock(&m_mutex);
    return m_forgotten;
}

void UserDirectory::add(const EventBatch &events)
{
    QMutexLocker lock(&m_mutex);
    for (const EventPtr &eventPtr : events) {
        if (!eventPtr)
            continue;
        const ChatEvent &event = *eventPtr;
        if (event.receivedAtMs > m_latestMs)
            m_latestMs = event.receivedAtMs;
        const qint64 atMs = event.receivedAtMs > 0 ? event.receivedAtMs : m_latestMs;

        if (event.type == EventType::UserEnter) {
            for (const ChatUser &user : event.details().users) {
                if (Slot *slot = touch(user.id, atMs)) {
                    if (!user.nickname.isEmpty())
                        slot->record.nickname = user.nickname;
                    if (user.flags)
                        slot->record.roles = user.flags->roles;
                }
            }
            continue;
        }

        switch (event.type) {
        case EventType::Chat:
        case EventType::ManagerChat:
        case EventType::OgqSticker:
        case EventType::Balloon:
        case EventType::AdBalloon:
        case EventType::StationAdBalloon:
        case EventType::VideoBalloon:
        case EventType::VodBalloon:
        case EventType::Subscription:
        case EventType::SubscriptionRenewal:
        case EventType::SubscriptionGift:
        case EventType::UserLeave:
        case EventType::FlagChange:
        case EventType::ManagerChange:
        case EventType::NicknameChange:
            break;
        default:
            continue;
        }
        if (!event.userId)
            continue;
        Slot *slot = touch(*event.userId, atMs);
        if (!slot)
            continue;
        UserRecord &r = slot->record;
        if (event.nickname && !event.nickname->isEmpty())
            r.nickname = *event.nickname;
        if (event.flags)
            r.roles = event.flags->roles;

        const qint64 count = std::max<qint64>(0, event.count.value_or(0));
        // The one balloons rule, so the card and the statistics agree.
        if (const std::optional<Donation> donation = donationOf(event); donation && donation->countsTowardBalloons())
            r.balloons += donation->amount;
        switch (event.type) {
        case EventType::Chat:
        case EventType::ManagerChat:
        case EventType::OgqSticker:
            ++r.messageCount;
            if (event.subscriptionMonths)
                r.subscriptionMonths = *event.subscriptionMonths;
            addMessage(*slot, indexOf(*slot), event, atMs);
            break;
        case EventType::Balloon:
            r.starBalloons += count;
            break;
        case EventType::AdBalloon:
        case EventType::StationAdBalloon:
            r.adBalloons += count;
            break;
        case EventType::VideoBalloon:
            r.videoBalloons += count;
            break;
        case EventType::VodBalloon:
            r.vodBalloons += count;
            break;
        case EventType::Subscription:
            ++r.subscriptionsBought;
            break;
        case EventType::SubscriptionRenewal:
            ++r.subscriptionsBought;
            if (event.details().months)
                r.subscriptionMonths = *event.details().months;
            break;
        case EventType::SubscriptionGift:
            ++r.subscriptionGiftsGiven;
            break;
        default:
            break;
        }
    }
}

UserDirectory::Slot *UserDirectory::touch(const QString &userId, qint64 atMs)
{
    if (userId.isEmpty())
        return nullptr;
    int index = -1;
    if (const auto it = m_index.constFind(userId); it != m_index.cend()) {
        index = *it;
        unlink(m_byActivity, &Slot::activity, index);
    } else {
        if (m_index.size() >= m_limits.maxUsers)
            forgetLeastRecentUser();
        if (!m_freeSlots.empty()) {
            index = m_freeSlots.back();
            m_freeSlots.pop_back();
        } else {
            index = int(m_slots.size());
            m_slots.emplace_back();
        }
        m_slots[size_t(index)].record.userId = userId;
        m_index.insert(userId, index);
    }
    pushFront(m_byActivity, &Slot::activity, index);

    UserRecord &r = m_slots[size_t(index)].record;
    if (atMs > 0) {
        if (r.firstSeenMs == 0 || atMs < r.firstSeenMs)
            r.firstSeenMs = atMs;
        r.lastSeenMs = std::max(r.lastSeenMs, atMs);
    }
    return &m_slots[size_t(index)];
}

void UserDirectory::addMessage(Slot &slot, int index, const ChatEvent &event, qint64 atMs)
{
    if (m_limits.maxMessagesPerUser == 0 || m_limits.maxStoredMessages == 0)
        return;
    QList<UserRecord::Message> &messages = slot.record.recentMessages;
    QString text = event.text.value_or(QString());
    if (text.size() > m_limits.maxTextLength)
        text.truncate(m_limits.maxTextLength);

    // Keep time order even when a replay feeds older messages late.
    qsizetype pos = messages.size();
    while (pos > 0 && messages[pos - 1].atMs > atMs)
        --pos;
    messages.insert(pos, {atMs, event.type, std::move(text)});
    ++m_storedMessages;
    if (messages.size() > m_limits.maxMessagesPerUser) {
        messages.removeFirst();
        --m_storedMessages;
    }

    if (slot.inMessageList)
        unlink(m_byMessage, &Slot::messages, index);
    pushFront(m_byMessage, &Slot::messages, index);
    slot.inMessageList = true;
    trimStoredMessages();
}

void UserDirectory::trimStoredMessages()
{
    while (m_storedMessages > m_limits.maxStoredMessages && m_byMessage.tail >= 0) {
        const int index = m_byMessage.tail;
        Slot &slot = m_slots[size_t(index)];
        slot.record.recentMessages.removeFirst();
        --m_storedMessages;
        if (slot.record.recentMessages.isEmpty()) {
            unlink(m_byMessage, &Slot::messages, index);
            slot.inMessageList = false;
        }
    }
}

void UserDirectory::forgetLeastRecentUser()
{
    const int index = m_byActivity.tail;
    if (index < 0)
        return;
    Slot &slot = m_slots[size_t(index)];
    unlink(m_byActivity, &Slot::activity, index);
    if (slot.inMessageList)
        unlink(m_byMessage, &Slot::messages, index);
    m_storedMessages -= slot.record.recentMessages.size();
    m_index.remove(slot.record.userId);
    slot = Slot {};
    m_freeSlots.push_back(index);
    if (m_forgotten++ == 0)
        qCInfo(lcStats) << "user directory is full at" << m_limits.maxUsers
                        << "users; forgetting the least recently active ones";
}

void UserDirectory::unlink(ListEnds &list, Links Slot::*links, int index)
{
    Links &l = m_slots[size_t(index)].*links;
    if (l.prev >= 0)
        (m_slots[size_t(l.prev)].*links).next = l.next;
    else
        list.head = l.next;
    if (l.next >= 0)
        (m_slots[size_t(l.next)].*links).prev = l.prev;
    else
        list.tail = l.prev;
    l = {};
}

void UserDirectory::pushFront(ListEnds &list, Links Slot::*links, int index)
{
    Links &l = m_slots[size_t(index)].*links;
    l.prev = -1;
    l.next = list.head;
    if (list.head >= 0)
        (m_slots[size_t(list.head)].*links).prev = index;
    list.head = index;
    if (list.tail < 0)
        list.tail = index;
}

} // namespace soopchat
