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
#include "core/overlay/OverlayAssets.h"
#include "core/overlay/OverlayProtocol.h"
#include "core/overlay/OverlayVocabulary.h"

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;
class QWebSocket;

namespace soopchat {

class OverlayClient;
class OverlayHttpServer;

// The browser-source overlay: serves the page at
// http://127.0.0.1:PORT/overlay/CHANNEL?token=TOKEN and pushes each channel's
// events to its pages over a websocket on the same port (docs/OVERLAY.md).
//
// The page keeps no copy of the badge table or the tiers: it is served the
// badge SVGs the app draws, gets the table in its hello (OverlayVocabulary)
// and each donation's tier beside it (OverlayProtocol::eventJson).
//
// Lives on the GUI thread beside the consumers of SoopClient. publish()
// serialises each event once and hands the same bytes to every page of the
// channel; each page has its own bounded queue, so a stalled page never makes
// publish() slower or memory grow. The app owns one instance, sets its token
// and port from settings and stores the token itself.
class OverlayServer : public QObject
{
    Q_OBJECT

public:
    enum class Interfaces : quint8 { LoopbackOnly, All };

    struct Limits
    {
        int maxClients = 200;
        qint64 maxMessageBytes = 64 * 1024; // one outgoing message; bigger events are not sent
        qint64 maxIncomingBytes = 4 * 1024; // pages send nothing but pongs
        qint64 maxQueuedBytes = 1024 * 1024; // per page, beyond what its socket holds
        qint64 socketHighWaterBytes = 256 * 1024; // stop writing to a page's socket above this
        int backlogEvents = 50; // per channel, sent to a page when it connects
        std::chrono::milliseconds pingInterval {5000};
        std::chrono::milliseconds pongTimeout {15000}; // a page silent this long is closed
    };

    struct ClientInfo
    {
        QString channel;
        QHostAddress peer;
        qsizetype queuedMessages = 0;
        qint64 queuedBytes = 0;
        qint64 socketBytes = 0; // written to the socket, not yet to the network
        quint64 sentEvents = 0;
        quint64 droppedEvents = 0;
    };

    explicit OverlayServer(const QString &token, QObject *parent = nullptr);
    OverlayServer(const QString &token, const Limits &limits, QObject *parent = nullptr);
    ~OverlayServer() override;

    // Starts serving; port 0 picks a free one. Stops a previous listen() first.
    // On failure errorString() says why.
    bool listen(quint16 port = 0, Interfaces interfaces = Interfaces::LoopbackOnly);
    void close();
    bool isListening() const;
    quint16 port() const { return m_port; }
    Interfaces interfaces() const { return m_interfaces; }
    QString errorString() const { return m_errorString; }

    // A new token closes the pages that were opened with the old one.
    QString token() const { return m_token; }
    void setToken(const QString &token);
    static QString generateToken(); // 256 random bits, URL-safe

    // Served at /overlay/custom.css and loaded by every page after its own CSS.
    void setCustomCss(const QByteArray &css) { m_customCss = css; }
    QByteArray customCss() const { return m_customCss; }

    // The URL to paste into an OBS browser source; empty when not listening or
    // when `channel` is not a channel id.
    QUrl overlayUrl(const QString &channel) const;

    // Feeds a channel's events (call for every batch SoopClient emits); those
    // that do not belong on an overlay are skipped.
    void publish(const QString &channel, const EventBatch &events);

    int clientCount() const { return int(m_clients.size()); }
    QList<ClientInfo> clients() const;
    const Limits &limits() const { return m_limits; }

signals:
    void clientCountChanged(int count);

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
    std::unique_ptr<OverlayHttpServer> m_http;
    quint16 m_port = 0;
    Interfaces m_interfaces = Interfaces::LoopbackOnly;
    QString m_errorString;
    QHash<QString, Room> m_rooms;
    QList<OverlayClient *> m_clients; // admitted, in rooms
    QTimer m_pingTimer;
};

} // namespace soopchat
