#include "sim/Scenario.h"

namespace soopchat::sim {

namespace {

struct ScenarioInfo
{
    Scenario scenario;
    const char *name;
    const char *description;
};

constexpr ScenarioInfo Scenarios[] = {
    {Scenario::Normal, "normal", "every id is a live streamer; one packet per frame"},
    {Scenario::DropAfter, "drop-after", "each chat connection is closed --drop-after seconds after its JOIN"},
    {Scenario::Stall, "stall",
        "after the JOIN reply a connection goes silent (no packets, no websocket pongs) with TCP left open"},
    {Scenario::Garbage, "garbage", "noise bytes and broken packets between the good ones"},
    {Scenario::Split, "split", "every packet is split across two or three websocket frames"},
    {Scenario::Pack, "pack", "two to five packets share one websocket frame"},
    {Scenario::RefuseTls, "refuse-tls", "the TLS chat port (CHPT+1) refuses connections; plain CHPT works"},
    {Scenario::EndAndReturn, "end-and-return",
        "0088 after --end-after seconds, offline for --offline-for seconds, then live with a new BNO and CHATNO"},
    {Scenario::Offline, "offline", "every streamer exists but is offline (RESULT 0)"},
    {Scenario::WrongPassword, "wrong-password", "every room has the password --password (BPWD Y)"},
    {Scenario::LoginRequired, "login-required", "every broadcast needs a login (RESULT -6)"},
    {Scenario::Maintenance, "maintenance", "the live API answers RESULT -1 with a maintenance notice"},
    {Scenario::NotFound, "not-found", "no streamer exists (RESULT 0, station status RESULT 0)"},
};

} // namespace

QLatin1StringView scenarioName(Scenario scenario)
{
    for (const ScenarioInfo &info : Scenarios) {
        if (info.scenario == scenario)
            return QLatin1StringView(info.name);
    }
    return {};
}

std::optional<Scenario> scenarioFromName(QStringView name)
{
    for (const ScenarioInfo &info : Scenarios) {
        if (name == QLatin1StringView(info.name))
            return info.scenario;
    }
    return std::nullopt;
}

QStringList scenarioNames()
{
    QStringList names;
    for (const ScenarioInfo &info : Scenarios)
        names.append(QLatin1StringView(info.name));
    return names;
}

QLatin1StringView scenarioDescription(Scenario scenario)
{
    for (const ScenarioInfo &info : Scenarios) {
        if (info.scenario == scenario)
            return QLatin1StringView(info.description);
    }
    return {};
}

} // namespace soopchat::sim
