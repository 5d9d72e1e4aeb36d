#include "core/overlay/OverlayRequestHead.h"

#include <QHostAddress>

namespace soopchat {

namespace {

using Verdict = OverlayRequestHead::Verdict;
using Outcome = OverlayRequestHead::Outcome;

Verdict refuse(int status, QByteArray reason)
{
    return {Outcome::Refuse, 0, status, std::move(reason)};
}

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

struct HostPort
{
    QByteArray host; // lower case, IPv6 without brackets
    int port = -1;
    bool valid = false;
};

// "host", "host:port", "[v6]:port".
HostPort splitHostPort(QByteArrayView text, int defaultPort)
{
    HostPort result;
    if (text.isEmpty())
        return result;
    QByteArrayView host = text;
    QByteArrayView port;
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return result;
        host = text.sliced(1, close - 1);
        const QByteArrayView rest = text.sliced(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(':'))
                return result;
            port = rest.sliced(1);
        }
    } else if (const qsizetype colon = text.lastIndexOf(':'); colon >= 0) {
        host = text.first(colon);
        port = text.sliced(colon + 1);
    }
    if (host.isEmpty())
        return result;
    result.host = host.toByteArray().toLower();
    if (port.isEmpty()) {
        result.port = defaultPort;
    } else {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value > 65535)
            return result;
        result.port = int(value);
    }
    result.valid = true;
    return result;
}

bool isLoopbackName(const QByteArray &host)
{
    return host == "127.0.0.1" || host == "localhost" || host == "::1";
}

} // namespace

OverlayRequestHead::Rules OverlayRequestHead::rulesFor(
    const OverlayLimits &limits, quint16 port, OverlayInterfaces interfaces)
{
    return {
        limits.maxHeadBytes, limits.maxHeaderCount, limits.maxBodyBytes, port, interfaces == OverlayInterfaces::All};
}

bool OverlayRequestHead::originAllowed(QByteArrayView origin, QByteArrayView host, const Rules &rules)
{
    // A page the overlay served has the overlay's own origin. Anything else
    // (another site, "null" from a sandbox or a file) is a page that has no
    // business reading the feed, even with a token it somehow got.
    static constexpr QByteArrayView Scheme = "http://";
    if (!origin.startsWith(Scheme))
        return false;
    const HostPort from = splitHostPort(origin.sliced(Scheme.size()), 80);
    if (!from.valid || from.port != rules.port)
        return false;
    if (isLoopbackName(from.host))
        return true;
    if (!rules.anyHost)
        return false;
    // With other computers allowed, the page's origin is the address it was
    // loaded from: the one this request names as Host. Only an IP address,
    // never a name, so a rebinding DNS name cannot pose as the overlay.
    const HostPort to = splitHostPort(host, 80);
    return to.valid && to.host == from.host && to.port == from.port &&
        !QHostAddress(QString::fromLatin1(from.host)).isNull();
}

OverlayRequestHead::Verdict OverlayRequestHead::inspect(QByteArrayView buffered, const Rules &rules)
{
    const qsizetype headEnd =
        buffered.first(std::min<qsizetype>(buffered.size(), rules.maxHeadBytes)).indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffered.size() >= rules.maxHeadBytes)
            return refuse(431, "request head too large");
        // A head may not hold a NUL; say so now rather than at the timeout.
        if (buffered.contains('\0'))
            return refuse(400, "malformed request");
        return {};
    }
    const QByteArrayView head = buffered.first(headEnd);
    if (head.contains('\0'))
        return refuse(400, "malformed request");

    // Request line: METHOD SP TARGET SP HTTP/1.x
    qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return refuse(400, "malformed request line");
    for (char c : requestLine.first(sp1)) {
        if (!isTokenChar(c))
            return refuse(400, "malformed request line");
    }
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return refuse(505, "only HTTP/1.x");
    if (requestLine.at(sp1 + 1) != '/')
        return refuse(400, "malformed request target");

    int headerCount = 0;
    qint64 contentLength = 0;
    bool haveLength = false;
    QByteArrayView origin, host;
    bool haveOrigin = false;
    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 2;
        lineEnd = head.indexOf("\r\n", start);
        const QByteArrayView line = lineEnd < 0 ? head.sliced(start) : head.sliced(start, lineEnd - start);
        if (++headerCount > rules.maxHeaderCount)
            return refuse(431, "too many request headers");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return refuse(400, "malformed header"); // also an obsolete folded line
        const QByteArrayView name = line.first(colon);
        for (char c : name) {
            if (!isTokenChar(c))
                return refuse(400, "malformed header");
        }
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qlonglong length = value.toLongLong(&ok);
            if (haveLength || !ok || length < 0 || value.isEmpty() || value.front() == '+' || value.front() == '-')
                return refuse(400, "malformed content length");
            haveLength = true;
            contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            return refuse(501, "request bodies are not taken in chunks");
        } else if (name.compare("origin", Qt::CaseInsensitive) == 0) {
            if (haveOrigin)
                return refuse(403, "more than one origin");
            haveOrigin = true;
            origin = value;
        } else if (name.compare("host", Qt::CaseInsensitive) == 0) {
            host = value;
        }
    }
    if (contentLength > rules.maxBodyBytes)
        return refuse(413, "request body too large");
    if (haveOrigin && !originAllowed(origin, host, rules))
        return refuse(403, "a page of another origin");

    const qint64 requestBytes = headEnd + 4 + contentLength;
    if (buffered.size() < requestBytes)
        return {};
    // Browsers do not pipeline; a connection answers one request, and
    // whatever follows the first is not read.
    if (buffered.size() > requestBytes)
        return refuse(400, "one request per connection");
    return {Outcome::Accept, requestBytes, 0, {}};
}

} // namespace soopchat
