#pragma once

#include <chrono>

#include "sim/ChannelConfig.h"

namespace soopchat::sim {

// How many packets a timeline owes at each tick for a rate in packets per
// second with periodic bursts. Fractions carry over, so 1 packet/s with 5 ms
// ticks sends one packet a second and 50,000/s sends 250 a tick.
class RateSchedule
{
public:
    void configure(double rate, const BurstConfig &burst);
    void restart(std::chrono::milliseconds now);

    // The number of packets due at `now`; `overshoot` packets produced last
    // time beyond what was due are taken off.
    qint64 due(std::chrono::milliseconds now, qint64 overshoot = 0);

    double rateAt(std::chrono::milliseconds now) const;

private:
    double m_rate = 0;
    BurstConfig m_burst;
    std::chrono::milliseconds m_start {0};
    std::chrono::milliseconds m_last {0};
    double m_carry = 0;
};

} // namespace soopchat::sim
