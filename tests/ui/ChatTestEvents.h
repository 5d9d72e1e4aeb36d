// Small factories for chat-list tests: events as a decoder would build them.
#pragma once

#include <QDateTime>

#include "core/events/ChatEvent.h"

namespace chattest {

using namespace soopchat;

inline qint64 at(int h, int m, int s)
{
    return QDateTime(QDate(2026, 10, 3), QTime(h, m, s)).toMSecsSinceEpoch();
}

inline EventPtr chat(const QString &nickname, const QString &userId, const QString &text, Roles roles = {},
    qint64 months = -1, qint64 timeMs = at(21, 3, 0))
{
    auto e = std::make_shared<ChatEvent>();
    e->type = EventType::Chat;
    e->service = 5;
    e->nickname = nickname;
    e->userId = userId;
    e->text = text;
    e->flags = UserFlags {0, 0, roles};
    e->subscriptionMonths = months;
    e->receivedAtMs = timeMs;
    return e;
}

inline EventPtr donation(EventType type, const QString &nickname, const QString &userId, qint64 count,
    const QString &text = {}, qint64 timeMs = at(21, 3, 5))
{
    auto e = std::make_shared<ChatEvent>();
    e->type = type;
    e->nickname = nickname;
    e->userId = userId;
    e->count = count;
    if (!text.isEmpty())
        e->text = text;
    e->receivedAtMs = timeMs;
    return e;
}

inline std::shared_ptr<ChatEvent> ofType(EventType type, qint64 timeMs = at(21, 3, 7))
{
    auto e = std::make_shared<ChatEvent>();
    e->type = type;
    e->receivedAtMs = timeMs;
    return e;
}

inline EventPtr gap(qint64 fromMs, qint64 toMs)
{
    auto e = std::make_shared<ChatEvent>();
    e->type = EventType::Gap;
    e->editDetails().gapFromMs = fromMs;
    e->editDetails().gapToMs = toMs;
    e->receivedAtMs = toMs;
    return e;
}

inline EventPtr notice(const QString &text, EventType type = EventType::Notice)
{
    auto e = ofType(type);
    e->text = text;
    return e;
}

// n plain chat messages "message i" from a handful of users.
inline EventBatch chatBatch(int n, int first = 0)
{
    EventBatch batch;
    batch.reserve(n);
    for (int i = first; i < first + n; ++i) {
        batch.append(chat(QStringLiteral("user%1").arg(i % 7), QStringLiteral("id%1").arg(i % 7),
            QStringLiteral("message %1").arg(i)));
    }
    return batch;
}

} // namespace chattest
