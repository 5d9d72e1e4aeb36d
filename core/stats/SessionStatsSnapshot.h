#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace soopchat {

// A copy of SessionStats at one moment: plain values, safe to hand to another
// thread and to keep while the statistics go on counting.
struct SessionStatsSnapshot
{
    struct Totals
    {
        qint64 starBalloons = 0; // balloon (별풍선), the session's balloon total
        qint64 starBalloonGifts = 0; // balloon events, whatever their count
        qint64 adBalloons = 0; // ad_balloon (애드벌룬) given in the chat
        qint64 stationAdBalloons = 0; // station_ad_balloon (방송국 애드벌룬)
        qint64 videoBalloons = 0; // video_balloon (영상풍선)
        qint64 vodBalloons = 0; // vod_balloon: given to a VOD, not to this session (see SessionStats)
        qint64 newSubscriptions = 0; // subscription
        qint64 subscriptionRenewals = 0; // subscription_renewal
        qint64 subscriptionGifts = 0; // subscription_gift
        qint64 chatMessages = 0; // chat, manager_chat and ogq_sticker
        qint64 uniqueChatters = 0; // distinct user ids among chat messages
        qint64 donors = 0; // distinct users who gave any balloon

        qint64 allAdBalloons() const { return adBalloons + stationAdBalloons; }
        qint64 subscriptions() const { return newSubscriptions + subscriptionRenewals + subscriptionGifts; }

        friend bool operator==(const Totals &, const Totals &) = default;
    };

    // One minute of the session that had counted events. Minutes without any
    // are left out, so a series over hours stays small; fill them with zero.
    struct Minute
    {
        qint64 startMs = 0; // ms since the epoch, a multiple of 60000
        qint64 starBalloons = 0;
        qint64 chatMessages = 0;
        qint64 cumulativeStarBalloons = 0; // up to and including this minute
        qint64 cumulativeChatMessages = 0;

        friend bool operator==(const Minute &, const Minute &) = default;
    };

    struct Donor
    {
        QString userId;
        QString nickname; // the latest one seen
        qint64 starBalloons = 0;
        qint64 adBalloons = 0; // ad and station ad balloons
        qint64 videoBalloons = 0;
        qint64 vodBalloons = 0;
    };

    struct Word
    {
        QString word;
        qint64 count = 0; // messages that used the word (may overestimate, see error)
        qint64 error = 0; // the true count is at least count - error
    };

    quint64 revision = 0; // SessionStats::revision() when taken
    qint64 startMs = 0; // earliest event time, ms since the epoch; 0 = nothing dated yet
    qint64 lastEventMs = 0; // latest event time
    Totals totals;
    QList<Minute> minutes; // ascending startMs
    QList<Donor> topDonors; // by star balloons, see SessionStats
    QList<Word> topWords; // by count

    qint64 durationMs() const { return lastEventMs - startMs; }
    bool isEmpty() const { return revision == 0; }
};

} // namespace soopchat

Q_DECLARE_METATYPE(soopchat::SessionStatsSnapshot)
