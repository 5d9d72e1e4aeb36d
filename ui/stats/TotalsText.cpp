#include "ui/stats/TotalsText.h"

#include <QLocale>

#include <algorithm>
#include <climits>
#include <span>

#include "core/events/DonationPrice.h"
#include "core/stats/SessionTotals.h"

namespace soopchat {

namespace {

// %n takes an int; a session never gives two billion of anything, but a
// broken count must not wrap around.
int plural(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, INT_MAX));
}

} // namespace

QString TotalsText::amounts(qint64 balloons, qint64 starBalloons, qint64 videoBalloons)
{
    const QLocale locale;
    return tr("%1 (%2 star, %3 video)")
        .arg(tr("%Ln balloon(s)", nullptr, plural(balloons)), locale.toString(starBalloons),
            locale.toString(videoBalloons));
}

QString TotalsText::compact(qint64 value)
{
    struct Unit
    {
        qint64 size;
        const char *suffix;
    };
    // The locale's own short forms (CLDR's compact decimals): Korean counts
    // in thousands up to ten thousand, then in ten thousands; English in thousands.
    static constexpr Unit korean[] = {{100'000'000, "억"}, {10'000, "만"}, {1'000, "천"}};
    static constexpr Unit english[] = {{1'000'000'000, "B"}, {1'000'000, "M"}, {1'000, "K"}};
    const QLocale locale;
    const bool isKorean = locale.language() == QLocale::Korean;
    const std::span<const Unit> units = isKorean ? std::span<const Unit>(korean) : std::span<const Unit>(english);
    for (const Unit &unit : units) {
        if (value >= unit.size || value <= -unit.size) {
            QString number = locale.toString(double(value) / double(unit.size), 'f', 2);
            // "12.50" is "12.5", "3.00" is "3".
            const QString point = locale.decimalPoint();
            if (number.contains(point)) {
                while (number.endsWith(locale.zeroDigit()))
                    number.chop(1);
                if (number.endsWith(point))
                    number.chop(point.size());
            }
            return number + QString::fromUtf8(unit.suffix);
        }
    }
    return locale.toString(value);
}

QString TotalsText::cheese(qint64 cheese)
{
    return tr("%1 cheese").arg(QLocale().toString(cheese));
}

QString TotalsText::balloons(const SessionTotals &t)
{
    QString given = amounts(t.balloons, t.starBalloons, t.videoBalloons);
    if (t.cheese > 0)
        given = t.balloons > 0 ? given + QStringLiteral(", ") + cheese(t.cheese) : cheese(t.cheese);
    return tr("%1 in %2 from %3")
        .arg(given, tr("%Ln gift(s)", nullptr, plural(t.gifts)), tr("%Ln donor(s)", nullptr, plural(t.donors)));
}

QString TotalsText::replayBalloons(const SessionTotals &t)
{
    if (t.replayBalloons <= 0)
        return {};
    return tr("%Ln balloon(s) given to replays (VOD), not counted in the balloons", nullptr, plural(t.replayBalloons));
}

QString TotalsText::donorGifts(
    qint64 balloons, qint64 starBalloons, qint64 videoBalloons, qint64 adBalloons, qint64 replayBalloons, qint64 cheese)
{
    QString text = amounts(balloons, starBalloons, videoBalloons);
    if (cheese > 0)
        text = balloons > 0 ? text + QStringLiteral(", ") + TotalsText::cheese(cheese) : TotalsText::cheese(cheese);
    if (const QString inWon = won(SessionTotals::donationsWon(starBalloons, videoBalloons, cheese)); !inWon.isEmpty())
        text += u' ' + inWon;
    if (adBalloons > 0)
        text += u'\n' + tr("%Ln ad balloon(s)", nullptr, plural(adBalloons));
    if (replayBalloons > 0)
        text += u'\n' + tr("%Ln balloon(s) given to replays (VOD)", nullptr, plural(replayBalloons));
    return text;
}

QString TotalsText::won(const WonValue &value)
{
    if (!value.hasWon())
        return {};
    return tr("≈ %1 won").arg(QLocale().toString(value.won));
}

QString TotalsText::wonExplanation(const WonValue &value, qint64 cheese)
{
    QString text = tr("What viewers paid for the star balloons: %1 won each, VAT included. Streamers receive less, "
                      "by their grade.")
                       .arg(QLocale().toString(viewerPriceWon(DonationUnit::StarBalloon).value_or(0)));
    if (cheese > 0)
        text += u'\n' +
            tr("%1 counted at %2 won each, so balloons and cheese are added in the same won.")
                .arg(TotalsText::cheese(cheese), QLocale().toString(viewerPriceWon(DonationUnit::Cheese).value_or(0)));
    if (value.unpriced > 0)
        text += u'\n' +
            tr("%Ln video balloon(s) not included: SOOP publishes no price for them.", nullptr, plural(value.unpriced));
    return text;
}

QString TotalsText::day(const QString &dayName, const SessionTotals &totals, qint64 sessions)
{
    const QString won = TotalsText::won(totals.donationsWon());
    // A day of cheese only (a CHZZK channel) says its cheese, not "0 balloons".
    const QString balloons = totals.cheese > 0 && totals.balloons == 0
        ? cheese(totals.cheese)
        : tr("%Ln balloon(s)", nullptr, plural(totals.balloons));
    return tr("%1: %2 in %3")
        .arg(
            dayName, won.isEmpty() ? balloons : balloons + u' ' + won, tr("%Ln session(s)", nullptr, plural(sessions)));
}

} // namespace soopchat
