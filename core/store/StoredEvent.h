#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

#include "core/events/ChatEvent.h"
#include "core/events/EventFilter.h"

namespace soopchat {

// One recorded event as the events table holds it: the columns the list,
// filters and CSV need, and the full EVENTS.md JSON it was recorded as.
struct StoredEvent
{
    qint64 sessionId = 0;
    qint64 seq = 0; // order within the session, from 1
    qint64 receivedAtMs = 0;
    EventType type = EventType::Unknown;
    QString userId;
    QString nickname;
    Roles roles;
    QString text;
    std::optional<qint64> count;
    QByteArray json;
    EventPtr event; // set when reading needed it (a filter with a query); see toEvent()

    // The event itself, read back from its JSON (EventJson::fromJson).
    EventPtr toEvent(QString *error = nullptr) const;
};

// Which events of a session to read.
struct EventQuery
{
    qint64 sessionId = 0;
    qint64 fromMs = 0; // received at or after; 0 = from the start
    qint64 toMs = 0; // received before; 0 = to the end
    // Only what this filter shows (the chat list's filter); none = every event.
    std::optional<EventFilter> filter;
};

struct SearchQuery
{
    QString text; // what to look for anywhere in a message's text
    QString channelId; // only sessions of this channel; empty = all
    int limit = 100;
};

struct SearchHit
{
    qint64 sessionId = 0;
    QString channelId;
    qint64 seq = 0;
    qint64 receivedAtMs = 0;
    EventType type = EventType::Unknown;
    QString userId;
    QString nickname;
    QString text;
};

} // namespace soopchat
