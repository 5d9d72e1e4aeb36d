#pragma once

// Events and helpers shared by the store tests.
#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include "core/events/ChatEvent.h"
#include "core/store/SessionWriter.h"

namespace storetest {

using namespace Qt::StringLiterals;
using soopchat::ChatEvent;
using soopchat::EventPtr;
using soopchat::EventType;

inline constexpr qint64 BaseTimeMs = 1'795'000'000'000; // 2026-11-18T11:06:40Z

inline std::shared_ptr<ChatEvent> event(EventType type, quint16 service, qint64 atMs)
{
    auto e = std::make_shared<ChatEvent>();
    e->type = type;
    e->service = service;
    e->receivedAtMs = atMs;
    return e;
}

inline EventPtr chat(qint64 atMs, const QString &userId, const QString &nickname, const QString &text)
{
    auto e = event(EventType::Chat, 5, atMs);
    e->userId = userId;
    e->nickname = nickname;
    e->text = text;
    e->flags = soopchat::UserFlags {32, 0, soopchat::Role::FanClub};
    e->subscriptionMonths = -1;
    return e;
}

inline EventPtr balloon(EventType type, quint16 service, qint64 atMs, const QString &userId, qint64 count)
{
    auto e = event(type, service, atMs);
    e->editDetails().streamerId = u"bj"_s;
    e->userId = userId;
    e->nickname = u"후원자 "_s + userId;
    e->count = count;
    return e;
}

// Writes the file's bytes' hash, to prove a file was left untouched.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// flush() and wait until everything handed over is committed.
inline bool flushed(soopchat::SessionWriter &writer, int timeoutMs = 30'000)
{
    QSignalSpy spy(&writer, &soopchat::SessionWriter::flushed);
    writer.flush();
    return spy.wait(timeoutMs);
}

// A flood of numbered chats: event n says "flood n".
inline soopchat::EventBatch flood(qint64 first, qint64 count, qint64 atMs)
{
    soopchat::EventBatch batch;
    batch.reserve(count);
    for (qint64 n = first; n < first + count; ++n) {
        auto e = event(EventType::Chat, 5, atMs);
        e->userId = u"user%1"_s.arg(n % 5000);
        e->nickname = u"시청자%1"_s.arg(n % 5000);
        e->text = u"flood %1"_s.arg(n);
        e->sequence = quint64(n);
        batch.append(e);
    }
    return batch;
}

} // namespace storetest
