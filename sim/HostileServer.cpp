#include "sim/HostileServer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include "core/soop/Packet.h"
#include "sim/PacketBuilder.h"

namespace soopchat::sim {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 HugeLength = 800LL * 1024 * 1024;
constexpr qint64 PumpChunk = 64 * 1024;

QByteArray serverFrame(const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x82)); // FIN, binary
    if (payload.size() < 126) {
        frame.append(char(payload.size()));
    } else if (payload.size() < 65536) {
        frame.append(char(126)).append(char(payload.size() >> 8)).append(char(payload.size() & 0xff));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(payload.size()) >> shift) & 0xff));
    }
    return frame + payload;
}
} // namespace

struct HostileServer::Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray in;
    bool webSocket = false;
    int framesIn = 0;
    qint64 toPump = 0; // bytes of the huge body or frame still to send
    QByteArray drip; // bytes still to drip
    QTimer *dripTimer = nullptr;
};

std::optional<HostileServer::Mode> HostileServer::modeFromName(QStringView name)
{
    const QStringList names = modeNames();
    const qsizetype at = names.indexOf(name.toString());
    if (at < 0)
        return std::nullopt;
    return Mode(at);
}

QStringList HostileServer::modeNames()
{
    return {u"huge-answer"_s, u"drip-answer"_s, u"huge-frame"_s, u"drip-frame"_s};
}

HostileServer::HostileServer(Mode mode, QObject *parent) : QObject(parent), m_mode(mode)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileServer::onConnection);
}

HostileServer::~HostileServer() = default;

bool HostileServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

QUrl HostileServer::apiBase() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

void HostileServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new Connection;
        connection->socket = socket;
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { onReadyRead(connection); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, connection] { pump(connection); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, [connection] { delete connection; }); // the timer is the socket's child
    }
}

void HostileServer::onReadyRead(Connection *connection)
{
    connection->in.append(connection->socket->readAll());
    if (!connection->webSocket) {
        const qsizetype end = connection->in.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = connection->in.left(end);
        connection->in.remove(0, end + 4);
        answerHttp(connection, head);
        if (!connection->webSocket)
            return;
    }
    // Client frames: masked, small (LOGIN, JOIN, keepalives).
    while (connection->in.size() >= 2) {
        const auto *p = reinterpret_cast<const uchar *>(connection->in.constData());
        qint64 length = p[1] & 0x7f;
        qsizetype at = 2;
        if (length == 126) {
            if (connection->in.size() < 4)
                return;
            length = (p[2] << 8) | p[3];
            at = 4;
        } else if (length == 127) {
            return; // no client of ours sends that much
        }
        if (connection->in.size() < at + 4 + length)
            return;
        const QByteArray mask = connection->in.mid(at, 4);
        QByteArray payload = connection->in.mid(at + 4, length);
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(payload[i] ^ mask[i % 4]);
        const int opcode = p[0] & 0x0f;
        connection->in.remove(0, at + 4 + length);
        if (opcode == 0x2 || opcode == 0x1)
            onWebSocketFrame(connection, payload);
        // Pings (0x9) are never answered: a hostile server does not pong.
    }
}

QByteArray HostileServer::liveAnswer() const
{
    QJsonObject channel {{u"RESULT"_s, 1}, {u"BNO"_s, 1}, {u"BJID"_s, u"hostile"_s}, {u"BJNICK"_s, u"hostile"_s},
        {u"CHATNO"_s, u"4172"_s}, {u"BPWD"_s, u"N"_s}, {u"TITLE"_s, u"hostile"_s}, {u"CHIP"_s, u"127.0.0.1"_s},
        {u"CHPT"_s, QString::number(port())}, {u"CHDOMAIN"_s, u"127.0.0.1"_s}, {u"FTK"_s, u""_s}};
    return QJsonDocument(QJsonObject {{u"CHANNEL"_s, channel}}).toJson(QJsonDocument::Compact);
}

void HostileServer::answerHttp(Connection *connection, const QByteArray &head)
{
    QTcpSocket *socket = connection->socket;
    const bool upgrade = head.toLower().contains("upgrade: websocket");
    if (upgrade) {
        QByteArray key;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        const QByteArray accept =
            QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
                .toBase64();
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Protocol: chat\r\nSec-WebSocket-Accept: " +
            accept + "\r\n\r\n");
        connection->webSocket = true;
        return;
    }
    const QByteArray answer = liveAnswer();
    switch (m_mode) {
    case Mode::HugeAnswer:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(HugeLength) + "\r\n\r\n{\"CHANNEL\":{\"TITLE\":\"");
        connection->toPump = HugeLength - 21;
        pump(connection);
        return;
    case Mode::DripAnswer:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(answer.size()) + "\r\n\r\n");
        connection->drip = answer;
        drip(connection);
        return;
    case Mode::HugeFrame:
    case Mode::DripFrame:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
        return;
    }
}

void HostileServer::onWebSocketFrame(Connection *connection, const QByteArray &payload)
{
    ++connection->framesIn;
    if (payload.mid(2, 4) == "0001") {
        connection->socket->write(serverFrame(PacketBuilder::make(1, {"", "16|0"})));
    } else if (payload.mid(2, 4) == "0002") {
        connection->socket->write(
            serverFrame(PacketBuilder::make(2, {"4172", "hostile", "0", "30", "", "1", "16|16384"})));
        emit joined();
        startHostilePart(connection);
    }
}

void HostileServer::startHostilePart(Connection *connection)
{
    if (m_mode == Mode::HugeFrame) {
        QByteArray header;
        header.append(char(0x82)).append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            header.append(char((quint64(HugeLength) >> shift) & 0xff));
        connection->socket->write(header);
        connection->toPump = HugeLength;
        pump(connection);
    } else if (m_mode == Mode::DripFrame) {
        connection->drip = serverFrame(PacketBuilder::make(5, {"slow", "dripper", "0", "0", "3", "dripper", "32|0"}));
        drip(connection);
    }
}

// Keeps about one chunk in flight: as fast as the client reads, never more.
void HostileServer::pump(Connection *connection)
{
    QTcpSocket *socket = connection->socket;
    while (connection->toPump > 0 && socket->bytesToWrite() < PumpChunk) {
        const qint64 n = std::min(connection->toPump, PumpChunk);
        socket->write(QByteArray(n, 'A'));
        connection->toPump -= n;
        m_bytesSent += n;
    }
    emit hostileBytesSent(m_bytesSent);
}

void HostileServer::drip(Connection *connection)
{
    if (!connection->dripTimer) {
        connection->dripTimer = new QTimer(connection->socket);
        connect(connection->dripTimer, &QTimer::timeout, this, [this, connection] {
            if (connection->drip.isEmpty()) {
                connection->dripTimer->stop();
                return;
            }
            connection->socket->write(connection->drip.left(1));
            connection->drip.remove(0, 1);
            ++m_bytesSent;
            emit hostileBytesSent(m_bytesSent);
        });
    }
    connection->dripTimer->start(m_dripMs);
}

} // namespace soopchat::sim
