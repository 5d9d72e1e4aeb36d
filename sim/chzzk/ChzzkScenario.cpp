#include "sim/chzzk/ChzzkScenario.h"

namespace soopchat::sim {

using namespace Qt::StringLiterals;

namespace {
constexpr ChzzkScenario All[] = {ChzzkScenario::Normal, ChzzkScenario::DropAfter, ChzzkScenario::Stall,
    ChzzkScenario::NewBroadcast, ChzzkScenario::AdultOnly, ChzzkScenario::Offline, ChzzkScenario::NotFound,
    ChzzkScenario::ServerError};
} // namespace

QLatin1StringView chzzkScenarioName(ChzzkScenario scenario)
{
    switch (scenario) {
    case ChzzkScenario::Normal:
        return "normal"_L1;
    case ChzzkScenario::DropAfter:
        return "drop-after"_L1;
    case ChzzkScenario::Stall:
        return "stall"_L1;
    case ChzzkScenario::NewBroadcast:
        return "new-broadcast"_L1;
    case ChzzkScenario::AdultOnly:
        return "adult-only"_L1;
    case ChzzkScenario::Offline:
        return "offline"_L1;
    case ChzzkScenario::NotFound:
        return "not-found"_L1;
    case ChzzkScenario::ServerError:
        return "server-error"_L1;
    }
    return "normal"_L1;
}

std::optional<ChzzkScenario> chzzkScenarioFromName(QStringView name)
{
    for (ChzzkScenario scenario : All) {
        if (name == chzzkScenarioName(scenario))
            return scenario;
    }
    return std::nullopt;
}

QStringList chzzkScenarioNames()
{
    QStringList names;
    for (ChzzkScenario scenario : All)
        names.append(QString(chzzkScenarioName(scenario)));
    return names;
}

} // namespace soopchat::sim
