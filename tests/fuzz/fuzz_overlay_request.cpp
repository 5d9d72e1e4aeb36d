// libFuzzer target for what the overlay server reads from a client before Qt's
// HTTP server sees anything: OverlayRequestHead, as OverlayGate applies it to
// a connection's bytes as they arrive. The first input byte chooses the rules
// (other computers allowed or not, tight or default limits) and how the rest
// arrives (in pieces of 1..64 bytes); every arrival is inspected, as the gate
// does, until the first verdict that is not "need more".
#include <QByteArray>

#include <cstddef>
#include <cstdint>

#include "core/overlay/OverlayRequestHead.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace soopchat;
    using Outcome = OverlayRequestHead::Outcome;
    if (size == 0)
        return 0;
    OverlayRequestHead::Rules rules;
    rules.port = 24811;
    rules.anyHost = data[0] & 1;
    if (data[0] & 2) {
        rules.maxHeadBytes = 256;
        rules.maxHeaderCount = 4;
        rules.maxBodyBytes = 8;
    }
    const qsizetype piece = 1 + (data[0] >> 2) % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    for (qsizetype end = std::min(piece, bytes.size()); end <= bytes.size(); end += piece) {
        const QByteArrayView buffered = QByteArrayView(bytes).first(end);
        const OverlayRequestHead::Verdict verdict = OverlayRequestHead::inspect(buffered, rules);
        if (verdict.outcome == Outcome::Accept) {
            // One whole request, exactly what arrived, within the limits, and
            // its head ends within the head limit.
            if (verdict.requestBytes != buffered.size() ||
                verdict.requestBytes > rules.maxHeadBytes + 4 + rules.maxBodyBytes)
                __builtin_trap();
            const qsizetype headEnd = buffered.indexOf("\r\n\r\n");
            if (headEnd < 0 || headEnd > rules.maxHeadBytes)
                __builtin_trap();
            break;
        }
        if (verdict.outcome == Outcome::Refuse) {
            if (verdict.status < 400 || verdict.status > 599 || verdict.reason.isEmpty())
                __builtin_trap();
            break;
        }
        // Waiting for more is only allowed below the head limit plus a body.
        if (buffered.size() > rules.maxHeadBytes + 4 + rules.maxBodyBytes)
            __builtin_trap();
        if (end == bytes.size())
            break;
        if (end + piece > bytes.size())
            end = bytes.size() - piece;
    }
    return 0;
}
