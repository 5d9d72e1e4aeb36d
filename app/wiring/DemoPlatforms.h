#pragma once

#include <QHash>
#include <QStringList>
#include <QUrl>

#include <memory>

#include "core/channel/LiveWatcher.h"
#include "wiring/ServiceSources.h"

namespace soopchat::sim {
class SoopSimulator;
}

namespace soopchat::wiring {

// `soopchat --demo`: the SOOP simulator on loopback with two channels, a
// scripted, lively room and the recorded donations of October 2026 replayed
// ten times faster. The app talks to it through the same code paths as to
// SOOP.
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

private:
    std::unique_ptr<sim::SoopSimulator> m_simulator;
};

} // namespace soopchat::wiring
