#include "core/events/Platform.h"

namespace soopchat {

using namespace Qt::StringLiterals;

QLatin1StringView platformName(Platform platform)
{
    switch (platform) {
    case Platform::Soop:
        return "soop"_L1;
    case Platform::Chzzk:
        return "chzzk"_L1;
    }
    return "soop"_L1;
}

std::optional<Platform> platformFromName(QStringView name)
{
    for (Platform platform : {Platform::Soop, Platform::Chzzk}) {
        if (name == platformName(platform))
            return platform;
    }
    return std::nullopt;
}

bool hasRawUserFlags(Platform platform)
{
    return platform == Platform::Soop;
}

} // namespace soopchat
