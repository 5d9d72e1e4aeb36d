#include "core/alerts/AlertRule.h"

namespace soopchat {

namespace {

constexpr QLatin1StringView ActionKindNames[] = {QLatin1StringView("notification"), QLatin1StringView("sound"),
    QLatin1StringView("speech"), QLatin1StringView("discord"), QLatin1StringView("telegram"),
    QLatin1StringView("alert_box")};

constexpr QLatin1StringView TargetKindNames[] = {QLatin1StringView("discord"), QLatin1StringView("telegram")};

} // namespace

const AlertTarget *AlertConfig::target(const QString &id) const
{
    for (const AlertTarget &candidate : targets) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QLatin1StringView alertActionKindName(AlertAction::Kind kind)
{
    return ActionKindNames[int(kind)];
}

std::optional<AlertAction::Kind> alertActionKindFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(ActionKindNames)); ++i) {
        if (name == ActionKindNames[i])
            return AlertAction::Kind(i);
    }
    return std::nullopt;
}

QLatin1StringView alertTargetKindName(AlertTarget::Kind kind)
{
    return TargetKindNames[int(kind)];
}

std::optional<AlertTarget::Kind> alertTargetKindFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(TargetKindNames)); ++i) {
        if (name == TargetKindNames[i])
            return AlertTarget::Kind(i);
    }
    return std::nullopt;
}

} // namespace soopchat
