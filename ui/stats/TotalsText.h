#pragma once

#include <QCoreApplication>
#include <QString>

namespace soopchat {

struct SessionTotals;
struct WonValue;

// How a session's totals are said to the user, in one place so that the
// statistics panel, the History list and the export's status say the same
// true thing. Plain text; the default locale's digit grouping.
class TotalsText
{
    Q_DECLARE_TR_FUNCTIONS(TotalsText)

public:
    // "828 balloons (800 star, 28 video) in 22 gifts from 19 donors"; with
    // cheese, "6,500 cheese in 4 gifts from 3 donors" (and both when a session had both).
    static QString balloons(const SessionTotals &totals);
    // "3 balloons given to replays (VOD), not counted in the balloons";
    // empty when there were none.
    static QString replayBalloons(const SessionTotals &totals);
    // What one donor gave: "828 balloons (800 star, 28 video)", then ad and
    // replay balloons on lines of their own when there were any.
    static QString donorGifts(qint64 balloons, qint64 starBalloons, qint64 videoBalloons, qint64 adBalloons,
        qint64 replayBalloons, qint64 cheese = 0);
    // "6,500 cheese".
    static QString cheese(qint64 cheese);

    // A won figure: "≈ 13,530 won" (ko "≈ 13,530원"), the locale's digit
    // grouping as every count; empty when nothing of it has a known price.
    static QString won(const WonValue &value);
    // What that figure is, for its tooltip: viewers' price, VAT included, not
    // the streamer's share; and the balloons it leaves out for want of a price.
    // With cheese in the figure, it says that a cheese counts one won, so that
    // balloons and cheese are the same money.
    static QString wonExplanation(const WonValue &value, qint64 cheese = 0);
    // A number in the locale's short form, for the chart's axes: "850",
    // "12.5K", "3M" in English; "8.5천", "1.25만", "3억" in Korean (which
    // counts in ten thousands). At most two decimals, none that are zero.
    static QString compact(qint64 value);
    // A day's line: "Today: 193 balloons ≈ 18,150 won in 4 sessions".
    static QString day(const QString &dayName, const SessionTotals &totals, qint64 sessions);

private:
    static QString amounts(qint64 balloons, qint64 starBalloons, qint64 videoBalloons);
};

} // namespace soopchat
