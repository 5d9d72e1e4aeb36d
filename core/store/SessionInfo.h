#pragma once

#include <QMetaType>
#include <QString>

#include "core/stats/SessionTotals.h"

namespace soopchat {

// What is known about a broadcast when recording starts (beginSession).
struct SessionInfo
{
    QString platform = QStringLiteral("soop");
    QString channelId; // the streamer's id
    QString broadcastNo;
    QString title;
    QString streamerNickname;
    qint64 startedAtMs = 0; // ms since the epoch; 0 = now
};

// One row of the session list.
struct SessionSummary
{
    qint64 id = 0;
    SessionInfo info;
    qint64 endedAtMs = 0; // 0 = not ended (still recording, or the program stopped without ending it)
    qint64 lastEventAtMs = 0; // 0 = no events
    // Kept in the sessions row in the same transaction as the events they
    // count, so they survive a crash intact (see SessionSchema version 5).
    SessionTotals totals;

    // End time if ended, otherwise the last event's time, otherwise the start.
    qint64 effectiveEndMs() const
    {
        return endedAtMs > 0 ? endedAtMs : (lastEventAtMs > 0 ? lastEventAtMs : info.startedAtMs);
    }
};

} // namespace soopchat

Q_DECLARE_METATYPE(soopchat::SessionInfo)
