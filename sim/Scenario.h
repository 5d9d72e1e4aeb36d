#pragma once

#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace soopchat::sim {

// The named fault scenarios of `soopchat-cli sim --scenario` (and
// SimulatorOptions::scenario). Each one sets what a channel looks like by
// default; see scenarioDescription() for what it does exactly.
enum class Scenario : quint8 {
    Normal,
    DropAfter,
    Stall,
    Garbage,
    Split,
    Pack,
    RefuseTls,
    EndAndReturn,
    Offline,
    WrongPassword,
    LoginRequired,
    Maintenance,
    NotFound,
};

QLatin1StringView scenarioName(Scenario scenario);
std::optional<Scenario> scenarioFromName(QStringView name);
QStringList scenarioNames();
QLatin1StringView scenarioDescription(Scenario scenario);

} // namespace soopchat::sim
