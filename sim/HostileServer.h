#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <optional>

class QTcpSocket;

namespace soopchat::sim {

// A SOOP service that breaks the rules on purpose, for hardening tests and
// `soopchat-cli sim --hostile MODE`. It speaks HTTP and the websocket
// handshake by hand on one loopback port, so that it can declare lengths it
// never sends and send bytes one at a time, which a well-behaved server
// library will not do. The live API answers "live, chat on this port"; the
// chat logs the client in and joins it, then misbehaves.
class HostileServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode : quint8 {
        HugeAnswer, // the live API declares 800 MB and streams it as fast as the client reads
        DripAnswer, // the live API sends a valid answer one byte every dripInterval
        HugeFrame, // after the join, a websocket frame that declares 800 MB, streamed
        DripFrame, // after the join, a chat packet one byte every dripInterval, and no pongs
    };

    static std::optional<Mode> modeFromName(QStringView name);
    static QStringList modeNames();

    explicit HostileServer(Mode mode, QObject *parent = nullptr);
    ~HostileServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl apiBase() const;
    quint16 port() const { return m_server.serverPort(); }
    Mode mode() const { return m_mode; }

    void setDripInterval(int milliseconds) { m_dripMs = milliseconds; }
    qint64 bytesSent() const { return m_bytesSent; } // of the hostile part, to every client

signals:
    void joined(); // a client got through the handshake
    void hostileBytesSent(qint64 total);

private:
    struct Connection;
    void onConnection();
    void onReadyRead(Connection *connection);
    void answerHttp(Connection *connection, const QByteArray &head);
    void onWebSocketFrame(Connection *connection, const QByteArray &payload);
    void startHostilePart(Connection *connection);
    void pump(Connection *connection);
    void drip(Connection *connection);
    QByteArray liveAnswer() const;

    Mode m_mode;
    QTcpServer m_server;
    int m_dripMs = 100;
    qint64 m_bytesSent = 0;
};

} // namespace soopchat::sim
