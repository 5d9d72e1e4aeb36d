#pragma once

#include <QString>

namespace soopchat {

struct SessionSummary;

// How the history shows dates, durations and counts, in one place so that
// the session list, the search results, a recorded tab and the export dialog
// say the same thing the same way. Local time; the locale's digit grouping.
namespace HistoryFormat {

QString dateTime(qint64 msSinceEpoch); // "2026-11-22 21:05"
QString date(qint64 msSinceEpoch); // "2026-11-22"
QString clockTime(qint64 msSinceEpoch); // "21:05:33"
QString duration(qint64 ms); // "2:05:09", "12:09"
QString count(qint64 value); // "1,234,567"
// "감스트 (gamst)", or the channel id alone when the nickname is unknown.
QString streamer(const SessionSummary &session);
// For file names: "gamst-2026-11-22-2105".
QString fileStem(const SessionSummary &session);

} // namespace HistoryFormat

} // namespace soopchat
