#pragma once

#include <QCoreApplication>
#include <QString>

namespace soopchat {

struct SessionTotals;

// How a session's totals are said to the user, in one place so that the
// statistics panel, the History list and the export's status say the same
// true thing. Plain text; the default locale's digit grouping.
class TotalsText
{
    Q_DECLARE_TR_FUNCTIONS(TotalsText)

public:
    // "828 balloons (800 star, 28 video) in 22 gifts from 19 donors".
    static QString balloons(const SessionTotals &totals);
    // "3 balloons given to replays (VOD), not counted in the balloons";
    // empty when there were none.
    static QString replayBalloons(const SessionTotals &totals);
    // What one donor gave: "828 balloons (800 star, 28 video)", then ad and
    // replay balloons on lines of their own when there were any.
    static QString donorGifts(
        qint64 balloons, qint64 starBalloons, qint64 videoBalloons, qint64 adBalloons, qint64 replayBalloons);

private:
    static QString amounts(qint64 balloons, qint64 starBalloons, qint64 videoBalloons);
};

} // namespace soopchat
