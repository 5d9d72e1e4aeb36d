#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include "core/stats/SessionTotals.h"

namespace soopchat {

// A copy of SessionStats at one moment: plain values, safe to hand to another
// thread and to keep while the statistics go on counting.
struct SessionStatsSnapshot
{
    // One minute of the session that had balloons or chats. Minutes without
    // any are left out, so a series over hours stays small; fill them with zero.
    struct Minute
    {
        qint64 startMs = 0; // ms since the epoch, a multiple of 60000
        qint64 balloons = 0; // as SessionTotals::balloons
        qint64 chats = 0; // as SessionTotals::chats
        qint64 cumulativeBalloons = 0; // up to and including this minute
        qint64 cumulativeChats = 0;
        qint64 cheese = 0; // as SessionTotals::cheese
        qint64 cumulativeCheese = 0;

        friend bool operator==(const Minute &, const Minute &) = default;
    };

    // What one user gave, in the units of SessionTotals.
    struct Donor
    {
        QString userId; // or the nickname, when the gifts carried no id
        QString nickname; // the latest one seen
        qint64 balloons = 0; // starBalloons + videoBalloons: what the ranking goes by
        qint64 starBalloons = 0;
        qint64 videoBalloons = 0;
        qint64 adBalloons = 0;
        qint64 replayBalloons = 0;
        qint64 cheese = 0; // given live; the ranking goes by balloons, then cheese

        friend bool operator==(const Donor &, const Donor &) = default;
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
    SessionTotals totals;
    QList<Minute> minutes; // ascending startMs
    QList<Donor> topDonors; // by balloons, see SessionStats
    QList<Word> topWords; // by count

    qint64 durationMs() const { return lastEventMs - startMs; }
    bool isEmpty() const { return revision == 0; }
};

} // namespace soopchat

Q_DECLARE_METATYPE(soopchat::SessionStatsSnapshot)
