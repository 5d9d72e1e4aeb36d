#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <optional>

namespace soopchat {

// The live service an event, a channel or a recording belongs to. Its name
// is the `platform` key of docs/EVENTS.md and the store's platform column.
enum class Platform : quint8 { Soop, Chzzk };

QLatin1StringView platformName(Platform platform); // "soop", "chzzk"
std::optional<Platform> platformFromName(QStringView name);

// Whether the platform's users carry raw flags beside their roles (SOOP's
// flag1|flag2); only then are they written out (docs/EVENTS.md).
bool hasRawUserFlags(Platform platform);

} // namespace soopchat
