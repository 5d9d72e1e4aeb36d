#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <deque>
#include <memory>

#include "core/events/ChatEvent.h"
#include "core/overlay/AlertBoxTypes.h"
#include "core/overlay/OverlayAssets.h"
#include "core/overlay/OverlayLimits.h"
#include "core/overlay/OverlayProtocol.h"
#include "core/overlay/OverlayVocabulary.h"

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
class QWebSocket;

namespace soopchat {

class AlertBoxHub;
class OverlayClient;
class OverlayGate;
class OverlayHttpServer;

// The overlay server's working part, on the overlay's own thread (see
// OverlayServer, its face on the thread that owns it): the gate in front of
// the HTTP server, the pages' websockets, the rooms and their backlogs.
//
// publish() hands the same bytes (serialised once, by OverlayServer) to every
// page of the channel; each page has its own bounded queue, so a stalled page
// never makes publishing slower or memory grow.
class OverlayEngine : public QObject
{
    Q_OBJECT

public:
    using Interfaces = OverlayInterfaces;
    using Limits = OverlayLimits;
    using ClientInfo = OverlayClientInfo;

    OverlayEngine(const QString &token, const Limits &limits, QObject *parent = nullptr);
    ~OverlayEngine() override;

    // Starts serving; port 0 picks a free one. Stops a previous listen() first.
    // On failure errorString() says why.
    bool listen(quint16 port, Interfaces interfaces);
    void close();
    bool isListening() const;
    quint16 port() const { return m_port; }
    QString errorString() const { return m_errorString; }

    // A new token closes the pages that were opened with the old one.
    void setToken(const QString &token);
    // Served at /overlay/custom.css and loaded by every page after its own CSS.
    void setCustomCss(const QByteArray &css) { m_customCss = css; }

    // A channel's events, each already serialised (OverlayProtocol::eventJson)
    // and within the message size limit.
    void publish(const QString &channel, const QList<QByteArray> &eventsJson);

    QList<ClientInfo> clients() const;
    int connectionCount() const; // every open connection, pages or not

    // The alert box (AlertBoxHub): /alerts/CHANNEL.
    void setAlertBoxSetup(const AlertBoxSetup &setup);
    void enqueueAlert(const QString &channel, const AlertBoxItem &item);
    void alertBoxCommand(const QString &channel, AlertBoxCommand command);
    int alertPageCount(const QString &channel) const;

signals:
    void alertBoxNotice(const soopchat::AlertBoxNotice &notice);
    void clientCountChanged(int count);
    // Empty when all is well; otherwise why the overlay may not answer.
    void problemChanged(const QString &problem);

private:
    struct BacklogEntry
    {
        quint64 seq = 0;
        QByteArray json;
    };
    struct Room
    {
        std::deque<BacklogEntry> backlog;
        quint64 nextSeq = 1;
        QList<OverlayClient *> clients;
    };

    struct Answer
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QByteArray cacheControl = "no-store";
    };

    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    void refuseRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    Answer answer(const QHttpServerRequest &request) const;
    Answer alertAnswer(const QHttpServerRequest &request) const;
    Answer checkFeedRequest(const QHttpServerRequest &request) const; // 200 = may upgrade
    void write(QHttpServerResponder &responder, const Answer &answer, const QHttpServerRequest &request) const;
    void acceptWebSockets();
    void admit(std::unique_ptr<QWebSocket> socket);
    void removeClient(OverlayClient *client);
    void closeAllClients(OverlayProtocol::CloseCode code, const QString &reason);
    void pingClients();
    void sendBacklog(const Room &room, OverlayClient *client) const;
    void broadcast(Room &room, quint64 firstSeq, const QByteArray &eventsJson, int eventCount);
    bool tokenMatches(QStringView candidate) const;

    QString m_token;
    Limits m_limits;
    QByteArray m_customCss;
    QByteArray m_instance; // tells a reconnecting page whether sequence numbers still apply
    OverlayAssets m_assets;
    OverlayVocabulary m_vocabulary {m_assets};
    AlertBoxHub *m_alertBoxes = nullptr; // a child
    qint64 m_alertFileBytesInFlight = 0; // user files in answers whose socket is still open
    std::unique_ptr<OverlayHttpServer> m_http;
    OverlayGate *m_gate = nullptr; // owned by m_http
    quint16 m_port = 0;
    Interfaces m_interfaces = Interfaces::LoopbackOnly;
    QString m_errorString;
    QHash<QString, Room> m_rooms;
    QList<OverlayClient *> m_clients; // admitted, in rooms
    QTimer m_pingTimer {this}; // a child, so it moves to the overlay's thread with the engine
};

} // namespace soopchat
