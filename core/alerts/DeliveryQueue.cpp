#include "core/alerts/DeliveryQueue.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Errors that mean the request never reached the service: repeating it cannot
// make a second post.
bool neverConnected(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInvalidUserDataError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

} // namespace

QByteArray DeliveryAnswer::header(QByteArrayView name) const
{
    for (const HttpPost::Header &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

DeliveryQueue::DeliveryQueue(Interpreter interpret, const DeliveryPolicy &policy, QObject *parent)
    : QObject(parent), m_interpret(std::move(interpret)), m_policy(policy)
{
    m_wait.setSingleShot(true);
    m_timeout.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &DeliveryQueue::pump);
    connect(&m_timeout, &QTimer::timeout, this, &DeliveryQueue::timedOut);
}

DeliveryQueue::~DeliveryQueue() = default; // m_post is a child

void DeliveryQueue::enqueue(const AlertReport &report, RequestMaker makeRequest)
{
    Item item {report, std::move(makeRequest), {}, false, 0};
    item.report.attempt = 0;
    if (m_items.size() >= m_policy.capacity) {
        // The newest waits for nothing: refusing it keeps the order of the
        // ones already promised, and says so rather than dropping silently.
        this->report(item, AlertReport::State::Failed,
            tr("Not sent: the queue for this target is full (%1 alerts waiting; the network or the service is down)")
                .arg(m_items.size()));
        return;
    }
    m_items.append(std::move(item));
    this->report(m_items.last(), AlertReport::State::Queued);
    // run() never blocks: the secret is read and the request made on the next turn of the event loop.
    QMetaObject::invokeMethod(this, &DeliveryQueue::pump, Qt::QueuedConnection);
}

void DeliveryQueue::abandon(const QString &reason)
{
    if (m_post) {
        m_post->disconnect(this);
        m_post->deleteLater();
        m_post = nullptr;
    }
    m_timeout.stop();
    m_wait.stop();
    const QList<Item> items = std::exchange(m_items, {});
    for (Item item : items)
        report(item, AlertReport::State::Failed, reason);
}

void DeliveryQueue::pump()
{
    if (m_preparing || m_post || m_wait.isActive() || m_items.isEmpty())
        return;
    if (!m_items.first().prepared) {
        // Reading the keychain may run a nested event loop: nothing else
        // starts meanwhile, and the head is looked up again after.
        m_preparing = true;
        const QString alertId = m_items.first().report.alertId;
        const int actionIndex = m_items.first().report.actionIndex;
        DeliveryRequest request = m_items.first().makeRequest();
        m_preparing = false;
        if (m_items.isEmpty() || m_items.first().report.alertId != alertId ||
            m_items.first().report.actionIndex != actionIndex)
            return; // abandoned meanwhile
        Item &head = m_items.first();
        head.request = std::move(request);
        head.prepared = true;
        head.makeRequest = {};
        if (!head.request.skipReason.isEmpty()) {
            finishHead(AlertReport::State::Skipped, head.request.skipReason);
            return;
        }
        if (!head.request.failReason.isEmpty()) {
            finishHead(AlertReport::State::Failed, head.request.failReason);
            return;
        }
    }
    send();
}

void DeliveryQueue::send()
{
    Item &head = m_items.first();
    ++head.report.attempt;
    QList<HttpPost::Header> headers {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    if (!m_userAgent.isEmpty())
        headers.append({"User-Agent", m_userAgent});
    m_post = new HttpPost(this);
    connect(m_post, &HttpPost::finished, this, &DeliveryQueue::finished);
    m_post->start(head.request.url, headers, head.request.body);
    m_timeout.start(m_policy.requestTimeout);
    qCDebug(lcNet).noquote() << "alert" << head.report.alertId << "to" << head.report.targetName << "attempt"
                             << head.report.attempt << "at" << redactUrl(head.request.url);
}

void DeliveryQueue::timedOut()
{
    if (m_post)
        m_post->abort(); // finished() follows
}

void DeliveryQueue::finished()
{
    m_timeout.stop();
    HttpPost *post = m_post;
    m_post = nullptr;
    if (!post || m_items.isEmpty())
        return;
    post->deleteLater();
    const HttpPost::Result &result = post->result();
    if (result.status == 0) {
        // No answer. Repeat only what cannot have reached the service.
        const QString why = networkReason(result);
        if (!result.requestSent || neverConnected(result.error)) {
            retryHead(backoff(m_items.first().failures + 1), why, true);
        } else {
            finishHead(AlertReport::State::Failed,
                tr("%1 after the alert was sent: it may have arrived, so it is not sent again").arg(why));
        }
        return;
    }

    DeliveryAnswer answer;
    answer.status = result.status;
    answer.body = result.body.left(64 * 1024); // an error page can be big; the JSON that matters is small
    answer.headers = result.headers;
    const DeliveryVerdict verdict = m_interpret(answer);
    switch (verdict.kind) {
    case DeliveryVerdict::Kind::Sent:
        finishHead(AlertReport::State::Sent, {});
        if (verdict.wait > 0ms)
            m_wait.start(verdict.wait); // the rate-limit bucket is empty: the next one waits for it
        return;
    case DeliveryVerdict::Kind::RateLimited:
        retryHead(verdict.wait, verdict.reason, false);
        return;
    case DeliveryVerdict::Kind::RetryLater:
        retryHead(backoff(m_items.first().failures + 1), verdict.reason, true);
        return;
    case DeliveryVerdict::Kind::Failed:
        finishHead(AlertReport::State::Failed, verdict.reason);
        return;
    }
}

void DeliveryQueue::retryHead(std::chrono::milliseconds wait, const QString &reason, bool countsAsFailure)
{
    Item &head = m_items.first();
    if (countsAsFailure && ++head.failures >= m_policy.maxAttempts) {
        finishHead(AlertReport::State::Failed, tr("Given up at attempt %1: %2").arg(head.report.attempt).arg(reason));
        return;
    }
    wait = std::max(wait, 0ms);
    report(head, AlertReport::State::Retrying, reason, wait.count());
    m_wait.start(wait);
}

void DeliveryQueue::finishHead(AlertReport::State state, QString reason)
{
    Item item = m_items.takeFirst();
    report(item, state, reason);
    QMetaObject::invokeMethod(this, &DeliveryQueue::pump, Qt::QueuedConnection);
}

void DeliveryQueue::report(Item &item, AlertReport::State state, const QString &reason, qint64 retryInMs)
{
    AlertReport report = item.report;
    report.state = state;
    report.reason = reason;
    report.retryInMs = retryInMs;
    report.attempt = std::max(report.attempt, 1);
    report.atMs = QDateTime::currentMSecsSinceEpoch();
    // The target's name, never its address: the address holds the secret.
    qCInfo(lcNet).noquote() << "alert" << report.alertId << "action" << report.actionIndex << "to" << report.targetName
                            << alertReportStateName(state) << reason;
    emit reported(report);
}

std::chrono::milliseconds DeliveryQueue::backoff(int failures) const
{
    // first, 2×, 4×, ... capped; up to a quarter more at random so that
    // several targets failing together do not retry in step.
    const int doublings = std::clamp(failures - 1, 0, 20);
    const qint64 base = std::min<qint64>(m_policy.firstRetry.count() << doublings, m_policy.maxRetry.count());
    const qint64 jitter = base > 4 ? QRandomGenerator::global()->bounded(base / 4) : 0;
    return std::chrono::milliseconds(std::min<qint64>(base + jitter, m_policy.maxRetry.count()));
}

QString DeliveryQueue::networkReason(const HttpPost::Result &result) const
{
    // Only the kind of error is told: Qt's texts may name the address, and the address holds the secret.
    if (result.aborted) {
        return tr("No answer in %1 s")
            .arg(std::chrono::duration_cast<std::chrono::seconds>(m_policy.requestTimeout).count());
    }
    switch (result.error) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("The connection was refused");
    case QAbstractSocket::RemoteHostClosedError:
        return tr("The service closed the connection");
    case QAbstractSocket::HostNotFoundError:
        return tr("The service's address was not found (is the network down?)");
    case QAbstractSocket::SslHandshakeFailedError:
        return tr("The secure connection could not be made");
    case QAbstractSocket::NetworkError:
        return tr("The network is down");
    case QAbstractSocket::SocketTimeoutError:
        return tr("The connection timed out");
    default:
        return tr("Network error %1").arg(int(result.error));
    }
}

QString DeliveryQueue::redactUrl(const QUrl &url)
{
    QStringList segments = url.path().split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QString &segment = segments[i];
        if (segment.startsWith("bot"_L1) && segment.contains(u':'))
            segment = u"bot…"_s; // Telegram: /bot<token>/sendMessage
        else if ((i >= 2 && segments.at(i - 2) == "webhooks"_L1) || segment.size() >= 20)
            segment = u"…"_s; // Discord: /api/webhooks/<id>/<token>
    }
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemovePath);
    return shown.toString() + segments.join(u'/');
}

} // namespace soopchat
