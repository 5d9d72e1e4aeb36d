#pragma once

#include <QMetaType>
#include <QString>

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

// Running totals of a session, kept in the sessions row in the same
// transaction as the events they count, so they survive a crash intact.
struct SessionTotals
{
    qint64 events = 0;
    qint64 chats = 0; // chat, manager_chat, whisper and OGQ sticker events
    qint64 starBalloons = 0; // sum of counts: balloon and vod_balloon
    qint64 adBalloons = 0; // sum of counts: ad_balloon and station_ad_balloon
    qint64 videoBalloons = 0; // sum of counts: video_balloon
    qint64 subscriptions = 0; // subscription, renewal and gift events
    qint64 uniqueChatters = 0; // distinct user ids among the chats

    friend bool operator==(const SessionTotals &, const SessionTotals &) = default;
};

// One row of the session list.
struct SessionSummary
{
    qint64 id = 0;
    SessionInfo info;
    qint64 endedAtMs = 0; // 0 = not ended (still recording, or the program stopped without ending it)
    qint64 lastEventAtMs = 0; // 0 = no events
    SessionTotals totals;

    // End time if ended, otherwise the last event's time, otherwise the start.
    qint64 effectiveEndMs() const
    {
        return endedAtMs > 0 ? endedAtMs : (lastEventAtMs > 0 ? lastEventAtMs : info.startedAtMs);
    }
};

} // namespace soopchat

Q_DECLARE_METATYPE(soopchat::SessionInfo)
