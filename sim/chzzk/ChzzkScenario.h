#pragma once

#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace soopchat::sim {

// The fault scenarios of `soopchat-cli sim --platform chzzk --scenario`: what
// every CHZZK channel does by default.
enum class ChzzkScenario : quint8 {
    Normal, // live, a scripted lively room
    DropAfter, // the chat connections are cut every dropAfter
    Stall, // after dropAfter the server stops sending (and answering) for stallFor
    NewBroadcast, // every newBroadcastAfter the broadcast restarts with a new chat id
    AdultOnly, // live, adults only: anonymous callers get no chat id
    Offline,
    NotFound,
    ServerError, // live-status answers HTTP 500
};

QLatin1StringView chzzkScenarioName(ChzzkScenario scenario);
std::optional<ChzzkScenario> chzzkScenarioFromName(QStringView name);
QStringList chzzkScenarioNames();

} // namespace soopchat::sim
