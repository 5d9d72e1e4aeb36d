#include "core/events/DonationPrice.h"

#include <algorithm>
#include <limits>

namespace soopchat {

namespace {

constexpr qint64 MaxWon = std::numeric_limits<qint64>::max();

} // namespace

std::optional<qint64> viewerPriceWon(DonationUnit unit)
{
    switch (unit) {
    case DonationUnit::StarBalloon:
        // 100 won + 10% VAT = 110 won a balloon, what the viewer pays.
        // Sources (docs/EVENTS.md, "Donations in won"): etnews.com, 2019-08-02,
        // https://m.etnews.com/20190802000016 ("별풍선 1개는 부가가치세 포함 110원");
        // https://sstoryy.tistory.com/57 ("1개 = 100원 (부가세 별도) ... 포함하면 110원");
        // seostore.org's price list (10개 1,100원 ... 500개 55,000원), seen 2026-12-05.
        return 110;
    case DonationUnit::Cheese:
        // One cheese is one won: the service's own unit of account (a donation's
        // `payAmount` is the cheese, and the reference notes, ../shared/protocol/
        // CHZZK-NOTES.md §1.7, give 1 cheese = 1 KRW). docs/EVENTS.md, "Donations in won".
        return 1;
    case DonationUnit::AdBalloon:
        // Earned by watching advertisements, not bought: no price was found.
    case DonationUnit::VideoBalloon:
        // No published price was found; none is guessed.
        return std::nullopt;
    }
    return std::nullopt;
}

qint64 saturatingAdd(qint64 a, qint64 b)
{
    a = std::max<qint64>(0, a);
    b = std::max<qint64>(0, b);
    return a > MaxWon - b ? MaxWon : a + b;
}

std::optional<qint64> wonFor(DonationUnit unit, qint64 amount)
{
    const std::optional<qint64> price = viewerPriceWon(unit);
    if (!price)
        return std::nullopt;
    amount = std::max<qint64>(0, amount);
    if (amount > MaxWon / *price)
        return MaxWon;
    return amount * *price;
}

void WonValue::add(DonationUnit unit, qint64 amount)
{
    if (amount <= 0)
        return;
    if (const std::optional<qint64> value = wonFor(unit, amount))
        won = saturatingAdd(won, *value);
    else
        unpriced = saturatingAdd(unpriced, amount);
}

} // namespace soopchat
