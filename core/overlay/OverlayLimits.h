#pragma once

#include <QHostAddress>
#include <QString>

#include <chrono>

namespace soopchat {

enum class OverlayInterfaces : quint8 { LoopbackOnly, All };

// What the overlay server allows. The defaults are far beyond what OBS's
// browser sources need and far below what would hurt the app; tests pass
// small values to reach each limit quickly.
struct OverlayLimits
{
    int maxClients = 200; // admitted pages
    qint64 maxMessageBytes = 64 * 1024; // one outgoing message; bigger events are not sent
    qint64 maxIncomingBytes = 4 * 1024; // pages send nothing but pongs
    qint64 maxQueuedBytes = 1024 * 1024; // per page, beyond what its socket holds
    qint64 socketHighWaterBytes = 256 * 1024; // stop writing to a page's socket above this
    int backlogEvents = 50; // per channel, sent to a page when it connects
    std::chrono::milliseconds pingInterval {5000};
    std::chrono::milliseconds pongTimeout {15000}; // a page silent this long is closed

    // Every connection, before it is a page (OverlayGate).
    qint64 maxHeadBytes = 8 * 1024; // request line and headers; beyond: 431
    int maxHeaderCount = 64; // beyond: 431
    qint64 maxBodyBytes = 4 * 1024; // the overlay takes GET only; beyond: 413
    std::chrono::milliseconds idleTimeout {10000}; // nothing received this long before a whole request: closed
    std::chrono::milliseconds requestTimeout {20000}; // a request head not complete this long after connecting: 408
    std::chrono::milliseconds responseTimeout {60000}; // an answer not taken this long: the connection is cut
    int maxConnections = 512; // in total (pages, loading pages, half-sent requests); also at most half the fd limit
    int maxConnectionsPerAddress = 256; // per client address: OBS on this computer has many sources

    // The alert box (AlertBoxHub).
    qint64 maxAlertFileBytes = 8 * 1024 * 1024; // a tier's image or sound; bigger files are not served
    qint64 maxAlertFileBytesInFlight = 64 * 1024 * 1024; // in answers not yet taken, in total; beyond: 503
    int maxAlertFiles = 64; // files the alerts config may name
    int maxAlertQueue = 50; // alerts waiting per channel; more are skipped
    int maxAlertPageMessages = 32; // messages from a page that are not a due acknowledgement; then it is closed
};

struct OverlayClientInfo
{
    QString channel;
    QHostAddress peer;
    qsizetype queuedMessages = 0;
    qint64 queuedBytes = 0;
    qint64 socketBytes = 0; // written to the socket, not yet to the network
    quint64 sentEvents = 0;
    quint64 droppedEvents = 0;
};

} // namespace soopchat
