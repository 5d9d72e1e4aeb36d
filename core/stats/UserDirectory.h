#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>
#include <vector>

#include "core/events/ChatEvent.h"
#include "core/stats/UserRecord.h"

namespace soopchat {

// Everyone the session has heard of, for the user card a click on a nickname
// opens: latest nickname and roles, subscription months, first seen, message
// count, donations and the last messages.
//
// Memory is bounded by Limits, whatever the size of the room:
//  - at most maxUsers users; beyond that the least recently active one is
//    forgotten (a later event creates it afresh, with fresh counts);
//  - at most maxMessagesPerUser messages per user, the newest;
//  - at most maxStoredMessages messages in all; beyond that the user who
//    chatted least recently loses its oldest message (its counts stay);
//  - a message longer than maxTextLength characters is cut.
// With the defaults: records of ~250 bytes for 50,000 users (~13 MB) plus
// 100,000 messages, ~120 bytes each for typical chat (~12 MB); even if every
// message were 300 characters, under 80 MB in all.
//
// Every event with a user identity counts as activity: chat, donations,
// subscriptions, enter/leave, flag, manager and nickname changes. Whispers and
// mutes do not: they are not the user's own public activity. Thread-safe.
class UserDirectory
{
public:
    struct Limits
    {
        qsizetype maxUsers;
        qsizetype maxMessagesPerUser;
        qsizetype maxStoredMessages;
        qsizetype maxTextLength;
    };
    static constexpr Limits DefaultLimits {50'000, 50, 100'000, 300};

    UserDirectory();
    explicit UserDirectory(const Limits &limits);

    void add(const EventBatch &events);
    void clear();

    std::optional<UserRecord> user(const QString &userId) const;
    qsizetype userCount() const;
    qsizetype storedMessageCount() const;
    quint64 forgottenUsers() const; // evicted by the maxUsers bound so far
    Limits limits() const { return m_limits; }

private:
    // Two intrusive LRU lists over slot indexes: every user by last activity,
    // and users holding messages by last message.
    struct Links
    {
        int prev = -1;
        int next = -1;
    };
    struct ListEnds
    {
        int head = -1; // most recent
        int tail = -1; // least recent
    };
    struct Slot
    {
        UserRecord record;
        Links activity;
        Links messages;
        bool inMessageList = false;
    };

    Slot *touch(const QString &userId, qint64 atMs);
    void addMessage(Slot &slot, int index, const ChatEvent &event, qint64 atMs);
    void trimStoredMessages();
    void forgetLeastRecentUser();
    int indexOf(const Slot &slot) const { return int(&slot - m_slots.data()); }

    void unlink(ListEnds &list, Links Slot::*links, int index);
    void pushFront(ListEnds &list, Links Slot::*links, int index);

    Limits m_limits;
    mutable QMutex m_mutex;
    qint64 m_latestMs = 0;
    std::vector<Slot> m_slots;
    std::vector<int> m_freeSlots;
    QHash<QString, int> m_index; // user id -> slot
    ListEnds m_byActivity;
    ListEnds m_byMessage;
    qsizetype m_storedMessages = 0;
    quint64 m_forgotten = 0;
};

} // namespace soopchat
