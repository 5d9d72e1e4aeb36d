#include "sim/RateSchedule.h"

#include <algorithm>
#include <cmath>

namespace soopchat::sim {

namespace {
// After a stall of the event loop (a debugger, a suspended laptop) do not
// fire minutes of backlog at once.
constexpr std::chrono::milliseconds MaxCatchUp {1000};
} // namespace

void RateSchedule::configure(double rate, const BurstConfig &burst)
{
    m_rate = std::max(rate, 0.0);
    m_burst = burst;
}

void RateSchedule::restart(std::chrono::milliseconds now)
{
    m_start = now;
    m_last = now;
    m_carry = 0;
}

double RateSchedule::rateAt(std::chrono::milliseconds now) const
{
    if (m_burst.every.count() <= 0 || m_burst.factor == 1.0)
        return m_rate;
    const auto phase = (now - m_start) % m_burst.every;
    return phase < m_burst.length ? m_rate * m_burst.factor : m_rate;
}

qint64 RateSchedule::due(std::chrono::milliseconds now, qint64 overshoot)
{
    const auto elapsed = std::min(now - m_last, MaxCatchUp);
    m_last = now;
    m_carry += rateAt(now) * double(elapsed.count()) / 1000.0 - double(overshoot);
    if (m_carry < 1.0)
        return 0;
    const double whole = std::floor(m_carry);
    m_carry -= whole;
    return qint64(whole);
}

} // namespace soopchat::sim
