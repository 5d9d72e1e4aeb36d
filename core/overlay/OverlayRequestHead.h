#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include "core/overlay/OverlayLimits.h"

namespace soopchat {

// Decides, from the bytes a connection has sent so far (peeked, not read),
// whether they hold one whole request the overlay may answer: a request head
// within the size and header-count limits, a body no bigger than allowed,
// nothing after it, and an Origin that is the overlay's own. Pure, so the
// fuzzer and the tests drive it directly; OverlayGate applies it to sockets.
class OverlayRequestHead
{
public:
    struct Rules
    {
        qint64 maxHeadBytes = 8 * 1024;
        int maxHeaderCount = 64;
        qint64 maxBodyBytes = 4 * 1024;
        quint16 port = 0; // the overlay's port: an Origin must name it
        bool anyHost = false; // "allow other computers": an Origin may name the IP address the request came to
    };

    enum class Outcome : quint8 { NeedMore, Accept, Refuse };

    struct Verdict
    {
        Outcome outcome = Outcome::NeedMore;
        qint64 requestBytes = 0; // Accept: head and body
        int status = 0; // Refuse: the HTTP status to answer
        QByteArray reason; // Refuse: for the log and the answer's body
    };

    static Rules rulesFor(const OverlayLimits &limits, quint16 port, OverlayInterfaces interfaces);
    static Verdict inspect(QByteArrayView buffered, const Rules &rules);
    // An Origin header value the overlay accepts (a page it served itself).
    static bool originAllowed(QByteArrayView origin, QByteArrayView host, const Rules &rules);
};

} // namespace soopchat
