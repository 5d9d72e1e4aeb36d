// libFuzzer target for everything that reads bytes from the network: the
// stream reader, the decoders and the JSON writer/reader of the events.
// The first input byte chooses how the rest is cut into websocket frames, so
// the fuzzer explores packets split across frames and packed together.
#include <QByteArray>

#include <cstddef>
#include <cstdint>

#include "core/events/EventJson.h"
#include "core/soop/EventStreamDecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace soopchat;
    if (size == 0)
        return 0;
    const qsizetype frameSize = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    soop::EventStreamDecoder decoder;
    EventBatch events;
    for (qsizetype at = 0; at < bytes.size(); at += frameSize)
        decoder.feed(bytes.mid(at, frameSize), events);
    decoder.finish(events);

    QByteArray json;
    for (const EventPtr &event : events) {
        json.clear();
        EventJson::append(json, *event);
        // Whatever the decoder produced must be valid JSON that reads back
        // into the same event.
        const EventPtr back = EventJson::fromJson(json);
        if (!back || EventJson::toJson(*back) != json)
            __builtin_trap();
    }
    return 0;
}
