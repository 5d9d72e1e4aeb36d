#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <atomic>
#include <vector>

#include "core/events/ChatEvent.h"
#include "core/stats/SessionStatsSnapshot.h"
#include "core/stats/SpaceSavingCounter.h"

namespace soopchat {

// Statistics of one chat session, fed with every event batch and read as a
// snapshot: the session's totals, balloons and chats per minute, top donors
// and top words. Time comes from the events (receivedAtMs), never from the
// wall clock, so replaying a recording or history gives the figures of the
// original session; an event without a time counts at the latest time seen.
//
// What counts is SessionTotals' one definition, the same as the recording's:
//  - the totals are SessionTotals::add's, nothing else;
//  - the per-minute series: the minute's balloons (star and video balloons
//    given live, Donation::countsTowardBalloons) and chats (category Chat);
//  - the donor ranking: each user's balloons, with what they gave in every
//    unit beside it (SessionTotals::addDonation);
//  - the top words: the text of the chats (WordTokenizer).
//
// Cost: one lock per batch, then a few hash lookups per event; a chat message
// adds the tokenizer and O(log trackedWords) per word.
//
// Memory: minute buckets only for minutes with events (a day is 1,440 at
// most); top words are a SpaceSavingCounter of `trackedWords` counters;
// unique chatters and donors are 64-bit hashes (SessionTotals::Users);
// donors one tally per distinct donor.
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

    // Donors are ranked by balloons, highest first; equal totals keep the
    // order in which they reached them (earlier first), then the user id, so
    // a ranking never flickers between snapshots. Donors without balloons
    // (ad or replay balloons only) are left out of topDonors.
    SessionStatsSnapshot snapshot(int topDonors = 10, int topWords = 20) const;

private:
    struct Bucket
    {
        qint64 minute = 0; // floor(ms / 60000)
        qint64 balloons = 0;
        qint64 chats = 0;
        qint64 cheese = 0;
    };

    struct DonorTally
    {
        QString userId;
        QString nickname;
        SessionTotals given; // only the amounts: addDonation
        quint64 reachedOrder = 0; // when given.balloons last grew
    };

    bool count(const ChatEvent &event);
    qint64 timeOf(const ChatEvent &event);
    Bucket *bucketAt(qint64 timeMs);
    DonorTally *donor(const ChatEvent &event); // nullptr without a user identity

    mutable QMutex m_mutex;
    std::atomic<quint64> m_revision {0};

    qint64 m_startMs = 0;
    qint64 m_lastMs = 0;
    SessionTotals m_totals;
    SessionTotals::Users m_users;

    std::vector<Bucket> m_buckets; // ascending minute, only minutes with events
    Bucket m_undated; // counted before any event carried a time
    size_t m_lastBucket = 0; // events mostly arrive in order: try this first

    std::vector<DonorTally> m_donors;
    QHash<QString, qsizetype> m_donorIndex;
    quint64 m_order = 0;

    SpaceSavingCounter m_words;
};

} // namespace soopchat
