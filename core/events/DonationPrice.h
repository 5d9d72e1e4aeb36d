#pragma once

#include <QtGlobal>

#include <optional>

#include "core/events/Donation.h"

namespace soopchat {

// What one unit of a donation costs the viewer who buys it, in won, VAT
// included: the figure a "≈ won" beside a count means. It is not what the
// streamer receives (SOOP pays out 60 to 80 won of a 110-won star balloon,
// by the streamer's grade). Only prices with a published source are here; a
// unit without one has no won value, and nothing shows a won figure for it.
// The sources and their dates are in docs/EVENTS.md ("Donations in won").
std::optional<qint64> viewerPriceWon(DonationUnit unit);

// A count of `unit` in won at that price, saturating at the largest qint64
// instead of overflowing; nullopt when the unit has no known price.
std::optional<qint64> wonFor(DonationUnit unit, qint64 amount);

// A sum in won of several counts, some of which may have no known price:
// `won` adds up the priced ones, `unpriced` counts the units left out.
struct WonValue
{
    qint64 won = 0;
    qint64 unpriced = 0; // units of amounts that have no price, not in `won`

    // Adds `amount` of `unit`: to `won` at its price, or to `unpriced`.
    void add(DonationUnit unit, qint64 amount);
    // Whether any of it could be said in won.
    bool hasWon() const { return won > 0; }

    friend bool operator==(const WonValue &, const WonValue &) = default;
};

// a + b for non-negative counts, at most the largest qint64.
qint64 saturatingAdd(qint64 a, qint64 b);

} // namespace soopchat
