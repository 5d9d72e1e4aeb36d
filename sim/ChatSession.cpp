#include "sim/ChatSession.h"

#include <QWebSocket>

#include "core/soop/ReturnCode.h"
#include "core/util/Logging.h"
#include "sim/ChannelRegistry.h"
#include "sim/ChatServer.h"
#include "sim/PacketBuilder.h"
#include "sim/SimChannel.h"

namespace soopchat::sim {

namespace {

using namespace Qt::StringLiterals;
using soop::ReturnCode;
using soop::Service;

// A client that reads this far behind is cut off, as a real server would
// rather drop it than buffer without end.
constexpr qint64 MaxBacklogBytes = 64 * 1024 * 1024;
constexpr quint16 SessionKeyError = 6; // ERR_6_SESSKEY (§4.8)
constexpr quint16 AlreadyJoined = 10; // ALREADYJOIN

constexpr quint16 code(ReturnCode c)
{
    return quint16(c);
}

constexpr quint16 code(Service s)
{
    return quint16(s);
}

// Only the wrong-password text is known from the real service (§4.5); the
// others are plain statements of the return code's meaning.
QByteArrayView messageFor(quint16 returnCode)
{
    switch (returnCode) {
    case code(ReturnCode::NotLogin):
        return "로그인 후 이용해 주세요.";
    case code(ReturnCode::Protocol):
        return "프로토콜 오류입니다.";
    case SessionKeyError:
        return "세션 정보가 올바르지 않습니다.";
    case AlreadyJoined:
        return "이미 입장한 채팅방입니다.";
    case code(ReturnCode::InvalidChatNo):
        return "존재하지 않는 채팅방입니다.";
    case code(ReturnCode::PacketHeader):
        return "패킷 헤더 오류입니다.";
    case code(ReturnCode::PacketBody):
        return "패킷 본문 오류입니다.";
    case code(ReturnCode::NotJoined):
        return "채팅방에 입장하지 않았습니다.";
    case code(ReturnCode::PasswordError):
        return "비밀번호가 틀렸습니다.";
    default:
        return "시스템 에러가 발생 했습니다.";
    }
}

bool allDigits(QByteArrayView text)
{
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.isEmpty();
}

} // namespace

ChatSession::ChatSession(quint64 id, QWebSocket *socket, Transport transport, ChatServer *server,
    ChannelRegistry *registry, SimCounters *counters, quint64 seed)
    : QObject(server), m_socket(socket), m_server(server), m_registry(registry), m_counters(counters),
      m_shaper({}, seed), m_dropTimer(this)
{
    m_socket->setParent(this);
    m_info.id = id;
    m_info.transport = transport;
    m_info.path = socket->requestUrl().path();
    m_relayPort = socket->peerPort();
    m_dropTimer.setSingleShot(true);
    connect(&m_dropTimer, &QTimer::timeout, this, [this] { drop(CloseReason::Dropped); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ChatSession::onFrame);
    // Several clients send their packets as text frames; the server takes both (§2).
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { onFrame(text.toUtf8()); });
    connect(m_socket, &QWebSocket::disconnected, this, &ChatSession::onDisconnected);
}

ChatSession::~ChatSession()
{
    detach();
}

void ChatSession::start()
{
    // The real server wants the "chat" subprotocol (§2; S12's outage). Qt's
    // server accepts the upgrade without one, so close right after it.
    if (m_socket->subprotocol() != "chat"_L1) {
        qCDebug(lcSim) << "connection" << m_info.id << "without the chat subprotocol";
        m_state = State::Closing;
        m_info.closeReason = CloseReason::NoSubprotocol;
        m_socket->close(QWebSocketProtocol::CloseCodeProtocolError, u"subprotocol \"chat\" required"_s);
        return;
    }
    if (m_info.path != "/Websocket"_L1 && !m_info.path.startsWith("/Websocket/"_L1)) {
        qCDebug(lcSim) << "connection" << m_info.id << "on unknown path" << m_info.path;
        m_state = State::Closing;
        m_info.closeReason = CloseReason::BadPath;
        m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"unknown path"_s);
    }
}

void ChatSession::onFrame(const QByteArray &frame)
{
    if (m_state == State::Closing)
        return;
    QList<ClientPacket> packets;
    quint16 service = m_state == State::AwaitLogin ? code(Service::Login)
        : m_state == State::LoggedIn               ? code(Service::Join)
                                                   : code(Service::Keepalive);
    // A length that does not match what the frame holds makes the whole
    // frame unreadable: nothing in it is handled.
    if (const quint16 framing = ClientPacketValidator::split(frame, packets, &service); framing != 0)
        return reject(service, framing, messageFor(framing));
    for (const ClientPacket &packet : std::as_const(packets)) {
        handle(packet);
        if (m_state == State::Closing)
            return;
    }
}

void ChatSession::handle(const ClientPacket &packet)
{
    switch (m_state) {
    case State::AwaitLogin:
        if (packet.service == code(Service::Login))
            handleLogin(packet);
        else if (packet.service == code(Service::Join))
            reject(code(Service::Join), code(ReturnCode::NotJoined), messageFor(code(ReturnCode::NotJoined)));
        else
            reject(packet.service, code(ReturnCode::NotLogin), messageFor(code(ReturnCode::NotLogin)));
        return;
    case State::LoggedIn:
    case State::Joined:
        break;
    case State::Closing:
        return;
    }

    switch (Service(packet.service)) {
    case Service::Keepalive:
        if (const quint16 rc = ClientPacketValidator::checkKeepalive(packet.body()); rc != 0)
            return reject(code(Service::Keepalive), rc, messageFor(rc));
        ++m_info.keepalives;
        ++m_counters->keepalives;
        emit keepaliveReceived(m_info.id);
        return;
    case Service::Login:
        return reject(code(Service::Login), code(ReturnCode::Protocol), messageFor(code(ReturnCode::Protocol)));
    case Service::Join:
        if (m_state == State::Joined)
            return reject(code(Service::Join), AlreadyJoined, messageFor(AlreadyJoined));
        return handleJoin(packet);
    default:
        if (m_state != State::Joined)
            return reject(packet.service, code(ReturnCode::NotJoined), messageFor(code(ReturnCode::NotJoined)));
        // S7 asks for the participant list with an empty 0004 (§4.6).
        if (packet.service == code(Service::UserList) && m_channel) {
            for (const QByteArray &list : m_channel->userList())
                sendPacket(list);
        }
        // Chat, flag announcements and the rest of §5 are accepted and not
        // echoed: a guest cannot chat.
        return;
    }
}

void ChatSession::handleLogin(const ClientPacket &packet)
{
    QByteArray ticket;
    quint32 flag = 0;
    if (const quint16 rc = ClientPacketValidator::checkLogin(packet.body(), &ticket, &flag); rc != 0)
        return reject(code(Service::Login), rc, messageFor(rc));
    // The simulator hands out no login tickets (TK), so none can be valid.
    if (!ticket.isEmpty())
        return reject(code(Service::Login), SessionKeyError, messageFor(SessionKeyError));
    m_info.loginPacket = packet.bytes;
    m_state = State::LoggedIn;
    ++m_counters->logins;
    // Byte for byte what S12 captured: `\x1b\t000100000700\x0c\x0c16|0\x0c`.
    sendPacket(PacketBuilder::make(Service::Login, {"", "16|0"}));
    emit loginReceived(m_info.id, packet.bytes);
}

void ChatSession::handleJoin(const ClientPacket &packet)
{
    JoinRequestFields join;
    if (const quint16 rc = ClientPacketValidator::checkJoin(packet.body(), &join); rc != 0)
        return reject(code(Service::Join), rc, messageFor(rc));
    const quint16 invalid = code(ReturnCode::InvalidChatNo);
    SimChannel *channel = allDigits(join.chatNo) ? m_registry->findLiveByChatNo(join.chatNo) : nullptr;
    if (!channel)
        return reject(code(Service::Join), invalid, messageFor(invalid));
    // The id in the path, when there is one, must be the room's streamer.
    const QString pathId = m_info.path.section(u'/', 2, 2);
    if (!pathId.isEmpty() && pathId.toLower() != channel->id())
        return reject(code(Service::Join), invalid, messageFor(invalid));
    const QString &password = channel->config().password;
    if (!password.isEmpty() && join.password.value_or(QByteArray()) != password.toUtf8()) {
        const quint16 wrong = code(ReturnCode::PasswordError);
        return reject(code(Service::Join), wrong, messageFor(wrong));
    }

    m_info.joinPacket = packet.bytes;
    m_info.channelId = channel->id();
    m_state = State::Joined;
    m_channel = channel;
    ++m_counters->joins;
    const ChannelConfig &config = channel->config();
    m_shaper.setShapes(config.shapes);
    // F[0] CHATNO, F[1] streamer, F[3] max managers, F[5] 1, F[6] the guest's own flag (§4.5, §15).
    sendPacket(PacketBuilder::make(
        Service::Join, {channel->chatNo().toLatin1(), channel->id().toUtf8(), "0", "30", "", "1", "16|16384"}));
    emit joinReceived(m_info.id, channel->id(), packet.bytes);
    if (m_state == State::Closing)
        return;

    if (config.stall == StallMode::AfterJoin) {
        m_server->stallSession(this, true);
    } else {
        for (const QByteArray &list : channel->userList())
            sendPacket(list);
    }
    channel->addListener(this);
    if (config.dropAfter.count() > 0)
        m_dropTimer.start(config.dropAfter);
}

void ChatSession::reject(quint16 service, quint16 returnCode, QByteArrayView message)
{
    if (m_state == State::Closing)
        return;
    qCDebug(lcSim) << "connection" << m_info.id << "rejected with return code" << returnCode;
    sendPacket(PacketBuilder::make(service, {message}, returnCode));
    m_state = State::Closing;
    m_info.rejectedWith = returnCode;
    m_info.closeReason = CloseReason::Rejected;
    ++m_counters->rejected;
    detach();
    emit rejected(m_info.id, returnCode);
    m_socket->close(QWebSocketProtocol::CloseCodeNormal, QString::fromLatin1(soop::returnCodeName(returnCode)));
}

void ChatSession::sendPacket(const QByteArray &packet)
{
    const QList<qsizetype> ends {packet.size()};
    m_shaper.shape(packet, ends, 0, 1, FrameShaper::Garbage::Never, [this](QByteArrayView frame) { sendFrame(frame); });
    ++m_info.packetsSent;
    ++m_counters->packetsSent;
}

void ChatSession::deliver(QByteArrayView data, const QList<qsizetype> &ends, qsizetype first, qsizetype last)
{
    if (m_state == State::Closing || m_info.stalled)
        return;
    if (m_socket->bytesToWrite() > MaxBacklogBytes) {
        qCWarning(lcSim) << "connection" << m_info.id << "reads too slowly; dropping it";
        drop(CloseReason::SlowConsumer);
        return;
    }
    m_shaper.shape(
        data, ends, first, last, FrameShaper::Garbage::Allowed, [this](QByteArrayView frame) { sendFrame(frame); });
    m_info.packetsSent += quint64(last - first);
    m_counters->packetsSent += quint64(last - first);
}

void ChatSession::sendFrame(QByteArrayView frame)
{
    m_socket->sendBinaryMessage(QByteArray::fromRawData(frame.data(), frame.size()));
    ++m_info.framesSent;
    ++m_counters->framesSent;
    m_counters->bytesSent += quint64(frame.size());
}

void ChatSession::detach()
{
    m_dropTimer.stop();
    if (m_channel)
        m_channel->removeListener(this);
    m_channel = nullptr;
}

void ChatSession::drop(CloseReason reason)
{
    if (m_state == State::Closing)
        return;
    m_state = State::Closing;
    m_info.closeReason = reason;
    ++m_counters->dropped;
    detach();
    // Later: a drop may be decided while a channel is delivering a tick.
    QMetaObject::invokeMethod(m_socket, &QWebSocket::abort, Qt::QueuedConnection);
}

void ChatSession::onDisconnected()
{
    detach();
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    if (m_info.closeReason == CloseReason::Open)
        m_info.closeReason = CloseReason::ClientClosed;
    m_state = State::Closing;
    emit closed(m_info.id, m_info.closeReason);
}

} // namespace soopchat::sim
