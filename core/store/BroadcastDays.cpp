#include "core/store/BroadcastDays.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <tuple>

namespace soopchat {

namespace {

QDate localDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}

// Each session's day: that of the earliest recording of its broadcast.
QList<QDate> daysOf(const QList<SessionSummary> &sessions)
{
    QHash<QString, qint64> firstStart; // by the key's parts joined
    const auto keyOf = [](const SessionSummary &s) {
        return QStringList {s.info.platform, s.info.channelId, s.info.broadcastNo}.join(QChar(0x1f));
    };
    for (const SessionSummary &s : sessions) {
        if (s.info.broadcastNo.isEmpty())
            continue;
        auto it = firstStart.find(keyOf(s));
        if (it == firstStart.end())
            firstStart.insert(keyOf(s), s.info.startedAtMs);
        else
            *it = std::min(*it, s.info.startedAtMs);
    }
    QList<QDate> days;
    days.reserve(sessions.size());
    for (const SessionSummary &s : sessions)
        days.append(localDay(s.info.broadcastNo.isEmpty() ? s.info.startedAtMs : firstStart.value(keyOf(s))));
    return days;
}

} // namespace

QList<BroadcastDay> BroadcastDays::group(const QList<SessionSummary> &input)
{
    QList<SessionSummary> sessions = input;
    std::stable_sort(sessions.begin(), sessions.end(), [](const SessionSummary &a, const SessionSummary &b) {
        return std::tie(a.info.startedAtMs, a.id) < std::tie(b.info.startedAtMs, b.id);
    });
    const QList<QDate> days = daysOf(sessions);
    QList<BroadcastDay> result;
    QHash<QString, qsizetype> index; // platform, channel, day -> result row
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const SessionSummary &s = sessions[i];
        const QString key =
            QStringList {s.info.platform, s.info.channelId, days[i].toString(Qt::ISODate)}.join(QChar(0x1f));
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, result.size());
            result.append({s.info.platform, s.info.channelId, days[i], {}, s.info.startedAtMs, 0, {}});
        }
        BroadcastDay &day = result[*it];
        day.sessionIds.append(s.id);
        day.firstStartMs = std::min(day.firstStartMs, s.info.startedAtMs);
        day.lastEndMs = std::max(day.lastEndMs, s.effectiveEndMs());
        day.totals.addSession(s.totals);
    }
    std::stable_sort(result.begin(), result.end(), [](const BroadcastDay &a, const BroadcastDay &b) {
        return a.day != b.day ? a.day > b.day : std::tie(a.platform, a.channelId) < std::tie(b.platform, b.channelId);
    });
    return result;
}

std::optional<BroadcastDay> BroadcastDays::find(
    const QList<SessionSummary> &sessions, const QString &platform, const QString &channelId, QDate day)
{
    for (const BroadcastDay &d : group(sessions)) {
        if (d.day == day && d.platform == platform && d.channelId == channelId)
            return d;
    }
    return std::nullopt;
}

std::optional<BroadcastDay> BroadcastDays::ofSession(const QList<SessionSummary> &sessions, qint64 sessionId)
{
    for (const BroadcastDay &d : group(sessions)) {
        if (d.sessionIds.contains(sessionId))
            return d;
    }
    return std::nullopt;
}

} // namespace soopchat
