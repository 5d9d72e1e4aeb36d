#include "core/alerts/AlertHistory.h"

#include <algorithm>

namespace soopchat {

namespace {

constexpr QLatin1StringView StateNames[] = {QLatin1StringView("queued"), QLatin1StringView("sent"),
    QLatin1StringView("retrying"), QLatin1StringView("failed"), QLatin1StringView("skipped")};

} // namespace

QLatin1StringView alertReportStateName(AlertReport::State state)
{
    return StateNames[int(state)];
}

AlertHistory::AlertHistory(int capacity, QObject *parent) : QObject(parent), m_capacity(std::max(1, capacity))
{ }

void AlertHistory::add(const AlertReport &report)
{
    // Recent alerts change state; look from the newest back.
    for (qsizetype row = m_entries.size() - 1; row >= 0; --row) {
        AlertReport &entry = m_entries[row];
        if (entry.alertId == report.alertId && entry.actionIndex == report.actionIndex) {
            entry = report;
            emit changed(int(row));
            return;
        }
    }
    if (m_entries.size() >= m_capacity) {
        const int dropped = int(m_entries.size()) - m_capacity + 1;
        m_entries.remove(0, dropped);
        emit removedFirst(dropped);
    }
    m_entries.append(report);
    emit added(int(m_entries.size()) - 1);
}

void AlertHistory::clear()
{
    m_entries.clear();
    emit cleared();
}

} // namespace soopchat
