// libFuzzer target for CHZZK's chat frames: the frame decoder, the JSON
// inside its strings, and the JSON writer/reader of the events it makes.
// The first input byte chooses how the rest is cut into frames, so the
// fuzzer also explores frames that end in the middle of a value.
#include <QByteArray>

#include <cstddef>
#include <cstdint>

#include "core/chzzk/FrameDecoder.h"
#include "core/events/EventJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace soopchat;
    if (size == 0)
        return 0;
    const qsizetype frameSize = data[0] == 0 ? qsizetype(size) : 1 + data[0] * 16;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    chzzk::FrameDecoder decoder;
    EventBatch events;
    for (qsizetype at = 0; at < bytes.size(); at += frameSize)
        decoder.decode(bytes.sliced(at, std::min(frameSize, bytes.size() - at)), events);

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
