#pragma once

// Small builders for the statistics tests: events as the client would deliver
// them, and the recorded fixtures with their receive times.
#include <QString>

#include "core/events/ChatEvent.h"
#include "support/TestData.h"

namespace statsevents {

using namespace Qt::StringLiterals;
using soopchat::ChatEvent;
using soopchat::EventPtr;
using soopchat::EventType;

// 2026-10-01 11:00:00 UTC, a whole minute.
inline constexpr qint64 SessionStartMs = 1'790'852'400'000;
inline constexpr qint64 MinuteMs = 60'000;

inline EventPtr chat(const QString &userId, const QString &text, qint64 atMs, EventType type = EventType::Chat)
{
    auto e = std::make_shared<ChatEvent>();
    e->type = type;
    e->userId = userId;
    e->nickname = u"nick_"_s + userId;
    e->text = text;
    e->receivedAtMs = atMs;
    return e;
}

inline EventPtr donation(EventType type, const QString &userId, qint64 count, qint64 atMs)
{
    auto e = std::make_shared<ChatEvent>();
    e->type = type;
    e->userId = userId;
    e->nickname = u"nick_"_s + userId;
    e->count = count;
    e->receivedAtMs = atMs;
    return e;
}

inline EventPtr ofType(EventType type, const QString &userId, qint64 atMs)
{
    auto e = std::make_shared<ChatEvent>();
    e->type = type;
    e->userId = userId;
    e->nickname = u"nick_"_s + userId;
    e->receivedAtMs = atMs;
    return e;
}

// A recorded fixture decoded, each event stamped with startMs + its frame's
// offset, as a recording replays it.
inline soopchat::EventBatch fixture(const QString &fileName, qint64 startMs = SessionStartMs)
{
    return testdata::decodedFixture(fileName, startMs);
}

} // namespace statsevents
