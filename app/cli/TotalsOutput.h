#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/stats/SessionTotals.h"

// Session totals as soopchat-cli prints them: one name per total, the same
// in every command and in JSON (docs: README.md, docs/EXPORT.md).
namespace cli {

struct TotalsField
{
    const char *name; // "star_balloons"
    qint64 value;
};

// Every total of SessionTotals, in the order they are printed; with
// `balloons` in won (SessionTotals::donationsWon: the star balloons at what
// viewers pay, 110 won each) and the balloons without a known price.
QList<TotalsField> totalsFields(const soopchat::SessionTotals &totals);
// {"events": 22, "chats": 0, ...}
QJsonObject totalsJson(const soopchat::SessionTotals &totals);
// "events=22 chats=0 ..." on one line.
QString totalsLine(const soopchat::SessionTotals &totals);

} // namespace cli
