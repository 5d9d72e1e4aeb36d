#pragma once

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

#include <chrono>

#include "core/soop/LiveInfo.h"

class QNetworkAccessManager;

namespace soopchat::soop {

// Asks SOOP's player_live_api whether a streamer is live and where the chat
// is (§1), trying each domain in turn on network errors. RESULT 0 is either
// "offline" or "no such streamer"; the station API tells which. One lookup at
// a time: a new one aborts the previous.
class LiveInfoResolver : public QObject
{
    Q_OBJECT

public:
    LiveInfoResolver(QNetworkAccessManager *network, ResolverEndpoints endpoints, QObject *parent = nullptr);
    ~LiveInfoResolver() override;

    // An answer bigger than this is refused (a real one is a few KiB).
    static constexpr qint64 MaxAnswerBytes = 1024 * 1024;

    // For each answer in all, however slowly it arrives.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Skip: an offline answer is believed without asking the station API
    // whether the streamer exists (for one already known to, asked again).
    enum class StationCheck : quint8 { Ask, Skip };
    void lookup(const QString &streamerId, const QString &password = {}, StationCheck station = StationCheck::Ask);
    void lookupVodOwner(qint64 vodNo);
    void abort();
    bool isBusy() const { return m_reply != nullptr; }

    // Parses a player_live_api answer (exposed for tests).
    static LiveLookup parseLiveAnswer(const QByteArray &body, const QString &streamerId);

signals:
    void finished(const soopchat::soop::LiveLookup &result);
    // A VOD's owner; or finished() with an error status when it cannot be found.
    void vodOwnerFound(const QString &streamerId);

private:
    enum class Step { Live, Station, Vod };

    void sendLive(int endpoint);
    void sendStation(int endpoint);
    void sendVod(int endpoint);
    void start(QNetworkReply *reply, Step step, int endpoint);
    void onReplyFinished();
    void handleLive(QNetworkReply *reply, int endpoint);
    void handleStation(QNetworkReply *reply, int endpoint);
    void handleVod(QNetworkReply *reply, int endpoint);
    void finish(LiveLookup result);
    void fail(QNetworkReply *reply, const QString &why);
    QString failureText(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    ResolverEndpoints m_endpoints;
    std::chrono::milliseconds m_timeout {10'000};
    QPointer<QNetworkReply> m_reply;
    Step m_step = Step::Live;
    int m_endpoint = 0;
    QString m_streamerId;
    QString m_password;
    StationCheck m_stationCheck = StationCheck::Ask;
    qint64 m_vodNo = 0;
    LiveLookup m_pending; // the live answer while the station check runs
    QString m_failure; // why the current answer was refused, if it was
};

} // namespace soopchat::soop
