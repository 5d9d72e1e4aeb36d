#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

#include "core/store/SessionInfo.h"

namespace soopchat {

// The recorded sessions of one channel on one broadcast day, added up: an
// evening split into several recordings by a restart of the app, a reconnect
// or the broadcast ending and coming back counts as one day.
//
// A session's day is the local calendar day on which its broadcast was first
// recorded: sessions of the same platform, channel and broadcast number (SOOP
// keeps the number across reconnects and restarts of the app, and gives a
// new one when the streamer ends and starts again) all belong to the day of
// the earliest of them, so a broadcast that runs past midnight stays on the
// evening it began. A session without a broadcast number is on the day it
// started.
struct BroadcastDay
{
    QString platform;
    QString channelId;
    QDate day;
    QList<qint64> sessionIds; // oldest first
    qint64 firstStartMs = 0;
    qint64 lastEndMs = 0;
    // The sessions' totals added up (SessionTotals::addSession).
    SessionTotals totals;
};

class BroadcastDays
{
public:
    // Every day of every channel in `sessions`, newest day first; within a
    // day, channels by id.
    static QList<BroadcastDay> group(const QList<SessionSummary> &sessions);
    // The day of one channel, if any session of it falls on that day.
    static std::optional<BroadcastDay> find(
        const QList<SessionSummary> &sessions, const QString &platform, const QString &channelId, QDate day);
    // The day the session `sessionId` belongs to.
    static std::optional<BroadcastDay> ofSession(const QList<SessionSummary> &sessions, qint64 sessionId);
};

} // namespace soopchat
