#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <atomic>
#include <vector>

#include "core/events/ChatEvent.h"
#include "core/stats/SessionStatsSnapshot.h"
#include "core/stats/SpaceSavingCounter.h"

namespace soopchat {

// Statistics of one chat session, fed with every event batch and read as a
// snapshot: totals, star balloons and chat messages per minute, top donors and
// top words. Time comes from the events (receivedAtMs), never from the wall
// clock, so replaying a recording or history gives the figures of the original
// session; an event without a time counts at the latest time seen so far.
//
// What counts:
//  - balloon: `count` star balloons, into the totals, the per-minute series
//    and the donor ranking;
//  - ad_balloon, station_ad_balloon, video_balloon: their own totals and the
//    donor's figures, not the star balloon total;
//  - vod_balloon: tallied separately and kept out of the session's balloon
//    total and series, because it is given to a replay, not to the live
//    session (the official player shows it apart too);
//  - subscription, subscription_renewal, subscription_gift: one each;
//  - chat, manager_chat, ogq_sticker: one chat message each; their text feeds
//    the top words (WordTokenizer) and their sender the unique chatters.
//
// Cost: one lock per batch, then a few hash lookups per event; a chat message
// adds the tokenizer and O(log trackedWords) per word.
//
// Memory: minute buckets only for minutes with events (a day is 1,440 at
// most); top words are a SpaceSavingCounter of `trackedWords` counters;
// unique chatters are 64-bit hashes of their ids (about 30 bytes each, exact
// up to a negligible chance of collision); donors one entry per distinct donor.
//
// Thread-safe: add() and snapshot() may be called from different threads.
class SessionStats
{
public:
    static constexpr int DefaultTrackedWords = 2048;

    explicit SessionStats(int trackedWords = DefaultTrackedWords);

    void add(const EventBatch &events);
    void clear(); // a new session

    // Increases whenever add() counted something (or clear() ran): a view
    // polls this cheaply and takes a snapshot only when it changed.
    quint64 revision() const { return m_revision.load(std::memory_order_acquire); }

    // Donors are ranked by star balloons, highest first; equal totals keep the
    // order in which they reached them (earlier first), then the user id, so
    // a ranking never flickers between snapshots. Donors without star
    // balloons are left out of topDonors.
    SessionStatsSnapshot snapshot(int topDonors = 10, int topWords = 20) const;

private:
    struct Bucket
    {
        qint64 minute = 0; // floor(ms / 60000)
        qint64 starBalloons = 0;
        qint64 chatMessages = 0;
    };

    struct DonorTally
    {
        QString userId;
        QString nickname;
        qint64 starBalloons = 0;
        qint64 adBalloons = 0;
        qint64 videoBalloons = 0;
        qint64 vodBalloons = 0;
        quint64 starReachedOrder = 0; // when starBalloons last changed
    };

    bool count(const ChatEvent &event);
    qint64 timeOf(const ChatEvent &event);
    Bucket *bucketAt(qint64 timeMs);
    DonorTally *donor(const ChatEvent &event); // nullptr without a user identity

    mutable QMutex m_mutex;
    std::atomic<quint64> m_revision {0};

    qint64 m_startMs = 0;
    qint64 m_lastMs = 0;
    SessionStatsSnapshot::Totals m_totals;

    std::vector<Bucket> m_buckets; // ascending minute, only minutes with events
    Bucket m_undated; // counted before any event carried a time
    size_t m_lastBucket = 0; // events mostly arrive in order: try this first

    std::vector<DonorTally> m_donors;
    QHash<QString, qsizetype> m_donorIndex;
    quint64 m_order = 0;

    QSet<quint64> m_chatterHashes;
    SpaceSavingCounter m_words;
};

} // namespace soopchat
