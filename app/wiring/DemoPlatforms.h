#pragma once

#include <QHash>
#include <QStringList>
#include <QUrl>

#include <memory>

#include "core/channel/LiveWatcher.h"
#include "wiring/ServiceSources.h"

namespace soopchat::sim {
class ChzzkSimulator;
class SoopSimulator;
} // namespace soopchat::sim

namespace soopchat::wiring {

// `soopchat --demo`: the SOOP simulator on loopback with two channels, a
// scripted, lively room and the recorded donations of October 2026 replayed
// ten times faster; beside them the CHZZK simulator with one lively channel.
// The app talks to them through the same code paths as to SOOP and CHZZK.
class DemoPlatforms
{
public:
    DemoPlatforms();
    ~DemoPlatforms();

    bool start(QString *error);
    QStringList channels() const;
    // The demo's favourites: one open in a tab, one live, one offline and one
    // that goes live about a minute after the start (its notification).
    QStringList favourites() const;
    // On the simulator, the favourites are checked briskly.
    static LiveWatcher::Pace favouritesPace();
    SourcesMaker sources() const;
    // SOOP's chat image hosts, served by the simulator (AppContext::Options::imageHosts).
    QHash<QString, QUrl> imageHosts() const;
    sim::SoopSimulator *simulator() const { return m_simulator.get(); }
    sim::ChzzkSimulator *chzzkSimulator() const { return m_chzzk.get(); }

private:
    std::unique_ptr<sim::SoopSimulator> m_simulator;
    std::unique_ptr<sim::ChzzkSimulator> m_chzzk; // null when its ports could not be opened: SOOP alone
};

} // namespace soopchat::wiring
