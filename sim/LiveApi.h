#pragma once

#include <QJsonObject>
#include <QObject>

#include "sim/SimCounters.h"

class QHttpServer;
class QHttpServerRequest;

namespace soopchat::sim {

class ChannelRegistry;

// The three HTTP endpoints a client asks before it connects (§1), on
// 127.0.0.1, answering like the real service:
//   POST /afreeca/player_live_api.php?bjid=ID  (form: bid, type, player_type, pwd, ...)
//   GET  /api/get_station_status.php?szBjid=ID
//   POST /station/video/a/view                 (form: nTitleNo)
class LiveApi : public QObject
{
    Q_OBJECT

public:
    LiveApi(ChannelRegistry *registry, SimCounters *counters, QObject *parent = nullptr);
    ~LiveApi() override;

    bool listen(quint16 port, QString *error);
    void close();
    quint16 port() const { return m_port; }

    // Where the live answer sends clients to chat.
    void setChatEndpoint(const QString &domain, quint16 port);

    // The answers themselves, also for tests.
    QJsonObject liveAnswer(const QString &streamerId);
    QJsonObject stationAnswer(const QString &streamerId);
    QJsonObject vodAnswer(qint64 titleNo) const;

private:
    static QString formValue(const QHttpServerRequest &request, const QString &key);

    ChannelRegistry *m_registry;
    SimCounters *m_counters;
    QHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    QString m_chatDomain;
    quint16 m_chatPort = 0;
};

} // namespace soopchat::sim
