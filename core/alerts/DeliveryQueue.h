#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

#include "core/alerts/AlertActionRunner.h"
#include "core/alerts/HttpPost.h"

namespace soopchat {

// How hard a delivery queue tries (docs/ALERTS.md, "Delivery").
struct DeliveryPolicy
{
    int capacity = 100; // alerts waiting per target; a new one beyond is refused (Failed, "queue full")
    std::chrono::milliseconds requestTimeout {20'000}; // a request with no answer by then is given up on
    std::chrono::milliseconds firstRetry {1'000}; // after a network error or a 5xx; doubles each time ...
    std::chrono::milliseconds maxRetry {60'000}; // ... up to this
    int maxAttempts = 10; // network errors and 5xx in a row before Failed (429s are not counted)
};

// An HTTP answer, as the service's rules (DiscordRunner, TelegramRunner) read it.
struct DeliveryAnswer
{
    int status = 0;
    QByteArray body;
    QList<HttpPost::Header> headers;
    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
};

// What the service said about one attempt.
struct DeliveryVerdict
{
    enum class Kind : quint8 {
        Sent,
        RateLimited, // 429: try again after `wait`; the service did not act on it
        RetryLater, // 5xx: the service failed and did not act on it; back off
        Failed, // refused for good (4xx): `reason`
    };
    Kind kind = Kind::Sent;
    std::chrono::milliseconds wait {0}; // RateLimited: how long; Sent: a pause before the next one (bucket empty)
    QString reason;
};

// What one target's queue sends: the request is made when its turn comes
// (the secret is read from the keychain then, never earlier or kept).
struct DeliveryRequest
{
    QUrl url; // with the secret in it: never logged (redactUrl)
    QByteArray body; // JSON
    QString skipReason; // set: not sent, reported Skipped (no keychain, no secret)
    QString failReason; // set: not sent, reported Failed (a secret of the wrong form)
};

// One target's deliveries (a Discord webhook, a Telegram chat), one at a time
// and in order: an alert waits until the one before it is sent or given up.
// Rate limits (429 and its retry_after) and failures (network, 5xx) hold the
// queue and retry with exponential backoff; nothing is lost while the network
// is down, up to `capacity` waiting alerts.
//
// Nothing is sent twice. A request is repeated only when the service cannot
// have acted on it: it never left this machine whole (could not connect, name
// or TLS failure, the connection lost while sending), or the service answered
// that it did not act (429, 5xx). When the request went out whole and no
// answer came (a hung request timed out, the connection dropped before the
// answer), the post may or may not be in the channel: it is reported Failed
// with that reason and not repeated, because neither Discord webhooks nor the
// Telegram Bot API can tell a repeat from a new message.
class DeliveryQueue : public QObject
{
    Q_OBJECT
public:
    using RequestMaker = std::function<DeliveryRequest()>;
    using Interpreter = std::function<DeliveryVerdict(const DeliveryAnswer &)>;

    // `interpret` reads the service's answers.
    DeliveryQueue(Interpreter interpret, const DeliveryPolicy &policy, QObject *parent = nullptr);
    ~DeliveryQueue() override;

    void setPolicy(const DeliveryPolicy &policy) { m_policy = policy; }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

    // Queues a delivery (reported Queued), or refuses it when the queue is full
    // (reported Failed). `makeRequest` is called when its turn comes.
    void enqueue(const AlertReport &report, RequestMaker makeRequest);
    int size() const { return int(m_items.size()); }
    bool isIdle() const { return m_items.isEmpty(); }

    // Everything waiting is reported Failed with `reason` (the target was removed).
    void abandon(const QString &reason);

    // "https://discord.com/api/webhooks/123/…": the address without what makes it a secret.
    static QString redactUrl(const QUrl &url);

signals:
    void reported(const soopchat::AlertReport &report);

private:
    struct Item
    {
        AlertReport report;
        RequestMaker makeRequest;
        DeliveryRequest request;
        bool prepared = false;
        int failures = 0; // network errors and 5xx in a row
    };

    void pump();
    void send();
    void finished();
    void timedOut();
    void report(Item &item, AlertReport::State state, const QString &reason = {}, qint64 retryInMs = 0);
    void finishHead(AlertReport::State state, QString reason); // by value: it may be the head's own
    void retryHead(std::chrono::milliseconds wait, const QString &reason, bool countsAsFailure);
    std::chrono::milliseconds backoff(int failures) const;
    QString networkReason(const HttpPost::Result &result) const;

    Interpreter m_interpret;
    DeliveryPolicy m_policy;
    QByteArray m_userAgent;
    QList<Item> m_items;
    QPointer<HttpPost> m_post; // the request in flight
    bool m_preparing = false; // reading the secret (a nested event loop): no re-entry
    QTimer m_wait; // a retry or a rate-limit pause
    QTimer m_timeout;
};

} // namespace soopchat
