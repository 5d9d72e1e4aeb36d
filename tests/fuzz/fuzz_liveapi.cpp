// libFuzzer target for SOOP's live-API answer (player_live_api.php), which a
// hostile or intercepted server controls entirely: whatever it holds, the
// parser returns a lookup whose chat address is usable or absent, never a
// crash, and a "live" answer always names a port the client can dial.
#include <QByteArray>

#include <cstddef>
#include <cstdint>

#include "core/soop/LiveInfoResolver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace soopchat::soop;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const LiveLookup lookup = LiveInfoResolver::parseLiveAnswer(body, QStringLiteral("fuzzed"));
    if (lookup.status == LiveStatus::Live && (lookup.info.chatPort <= 0 || lookup.info.chatPort >= 65535))
        __builtin_trap();
    return 0;
}
