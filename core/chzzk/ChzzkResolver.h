#pragma once

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

#include "core/chzzk/ChzzkConfig.h"
#include "core/chzzk/LiveStatusAnswer.h"

class QNetworkAccessManager;

namespace soopchat::chzzk {

// Asks CHZZK what a client needs before it connects (docs/CHZZK-PROTOCOL.md
// §1): the channel's live status (polling/v2/channels/{id}/live-status), then
// the chat access token for its chat id, then the chat servers (the routing
// answer, kept for the time it says; else the fallback rule). One request at a
// time: a new lookup aborts the one under way.
class ChzzkResolver : public QObject
{
    Q_OBJECT

public:
    ChzzkResolver(QNetworkAccessManager *network, Endpoints endpoints, QObject *parent = nullptr);
    ~ChzzkResolver() override;

    static constexpr qint64 MaxAnswerBytes = 1024 * 1024; // a real answer is a few KiB

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // The live status alone (the poll while joined, the favourites' probe).
    void checkLive(const QString &channelId);
    // Live status, then token and servers when it is live. The first
    // resolve of a channel also asks for its name (askChannelInfo).
    void resolve(const QString &channelId);
    // The channel's name (service/v1/channels/{id}) on a request of its own,
    // beside the others and never in their way; answered by channelInfo.
    void askChannelInfo(const QString &channelId);
    void abort(); // the live-status, token or routing request under way
    void abortChannelInfo();
    bool isBusy() const { return m_reply != nullptr; }

    // The answers' parsers (exposed for tests).
    static LiveStatusAnswer parseLiveStatus(int httpStatus, const QByteArray &body, const QString &channelId);
    static ChannelInfo parseChannelInfo(int httpStatus, const QByteArray &body, const QString &channelId);
    static QStringList parseRouting(const QByteArray &body, qint64 *expireSeconds = nullptr);
    // The notes' rule when routing gives nothing: kr-ssN with N = (sum of the
    // chat id's character codes) % 9 + 1 first (kimcore, chzzkpy), then the
    // rest of kr-ss1..kr-ss10 in order.
    static QStringList fallbackServers(const QString &chatChannelId);

signals:
    void liveChecked(const soopchat::chzzk::LiveStatusAnswer &answer);
    void resolved(const soopchat::chzzk::Resolution &resolution);
    void channelInfo(const soopchat::chzzk::ChannelInfo &info);

private:
    enum class Step : quint8 { Status, Token, Routing };
    enum class Mode : quint8 { StatusOnly, Full };

    // A GET with CHZZK's headers, held to MaxAnswerBytes and the timeout:
    // past either, `refuse` gets the reply and why (the caller aborts it).
    QNetworkReply *get(const QUrl &url, const std::function<void(QNetworkReply *, const QString &)> &refuse);
    void send(Step step, const QUrl &url);
    void onChannelInfoFinished(QNetworkReply *reply);
    void onReplyFinished();
    void handleStatus(QNetworkReply *reply);
    void handleToken(QNetworkReply *reply);
    void handleRouting(QNetworkReply *reply);
    void askRouting();
    void finishResolved();
    void fail(QNetworkReply *reply, const QString &why);
    QString failureText(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    Endpoints m_endpoints;
    std::chrono::milliseconds m_timeout {10'000};
    QPointer<QNetworkReply> m_reply;
    Step m_step = Step::Status;
    Mode m_mode = Mode::Full;
    QString m_channelId;
    Resolution m_result;
    QString m_failure;
    QPointer<QNetworkReply> m_infoReply;
    QString m_infoAskedFor; // resolve() asks for a channel's name once
    QString m_infoFailure;
    QStringList m_routedServers; // the last routing answer, while it holds
    QElapsedTimer m_routedAt;
    qint64 m_routingExpireMs = 0;
};

} // namespace soopchat::chzzk
