#pragma once

#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace soopchat::chzzk {

// Where a CHZZK client asks (docs/CHZZK-PROTOCOL.md §1). The real service
// spreads these over three hosts; a simulator serves all of them from one
// base URL and its chat websocket on the next port (forBase).
struct Endpoints
{
    QUrl api = QUrl(QStringLiteral("https://api.chzzk.naver.com")); // live status
    QUrl chatApi = QUrl(QStringLiteral("https://comm-api.game.naver.com")); // access token
    QUrl routing = QUrl(QStringLiteral("https://routing.chat.naver.com")); // chat servers
    // "wss" for the service; "ws" for a simulator on plain http.
    QString chatScheme = QStringLiteral("wss");
    // The chat servers when the routing answer cannot be had; empty: the
    // notes' rule (kr-ssN.chat.naver.com, N from the chat id, then the others).
    QStringList fallbackServers;

    static Endpoints forBase(const QUrl &base);
};

struct ClientConfig
{
    Endpoints endpoints;
    std::chrono::milliseconds lookupTimeout {10'000}; // each HTTP answer, however slowly it drips
    std::chrono::milliseconds connectTimeout {10'000};
    std::chrono::milliseconds joinTimeout {10'000}; // cmd 100 to 10100
    // The site pings after 20 s without any frame and gives up 10 s after an
    // unanswered ping (notes §1.8).
    std::chrono::milliseconds pingAfterSilence {20'000};
    std::chrono::milliseconds deadAfterPing {10'000};
    std::chrono::milliseconds quietAfterPing {3'000}; // a pong takes < 1 s: the status says "quiet" after this
    std::chrono::milliseconds firstRetryDelay {1'000};
    std::chrono::milliseconds maxRetryDelay {30'000};
    std::chrono::milliseconds stableAfter {10'000};
    // The live-status poll runs at the period the service asks for
    // (callPeriodMilliSecond), kept within these bounds; the default when it
    // does not say.
    std::chrono::milliseconds minPollInterval {5'000};
    std::chrono::milliseconds maxPollInterval {300'000};
    std::chrono::milliseconds defaultPollInterval {10'000};
    qint64 maxMessageBytes = 4 * 1024 * 1024; // one websocket message; recent chat is ~100 KB
    int recentMessageCount = 50;
    QList<QSslCertificate> extraCaCertificates;

    static ClientConfig forApiBase(const QUrl &base);
};

} // namespace soopchat::chzzk
