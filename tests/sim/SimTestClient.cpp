#include "SimTestClient.h"

#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocketHandshakeOptions>

#include "core/soop/PacketWriter.h"
#include "sim/FloodSession.h"
#include "sim/SoopSimulator.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {
constexpr int WaitMs = 10000;
}

SimTestClient::SimTestClient(QObject *parent) : QObject(parent)
{
    m_socket.setSslConfiguration(sim::SoopSimulator::clientSslConfiguration());
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &SimTestClient::onFrame);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { ++m_disconnects; });
}

QUrl SimTestClient::chatUrl(const sim::SoopSimulator &sim, const QString &bid, Secure secure)
{
    QUrl url;
    url.setScheme(secure == Secure::Yes ? u"wss"_s : u"ws"_s);
    url.setHost(secure == Secure::Yes ? sim.chatDomain() : u"127.0.0.1"_s);
    url.setPort(secure == Secure::Yes ? sim.tlsPort() : sim.chatPort());
    url.setPath(u"/Websocket/"_s + bid);
    return url;
}

void SimTestClient::open(const QUrl &url, Subprotocol subprotocol)
{
    QWebSocketHandshakeOptions options;
    if (subprotocol == Subprotocol::Chat)
        options.setSubprotocols({u"chat"_s});
    m_socket.open(QNetworkRequest(url), options);
}

bool SimTestClient::waitConnected()
{
    if (isConnected())
        return true;
    QSignalSpy spy(&m_socket, &QWebSocket::connected);
    return spy.wait(WaitMs) || isConnected();
}

bool SimTestClient::waitDisconnected()
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QSignalSpy spy(&m_socket, &QWebSocket::disconnected);
    return spy.wait(WaitMs) || m_socket.state() == QAbstractSocket::UnconnectedState;
}

bool SimTestClient::handshake(const QString &chatNo)
{
    if (!waitConnected())
        return false;
    const qsizetype before = m_events.size();
    send(soop::PacketWriter::guestLogin());
    soop::JoinRequest join;
    join.chatNo = chatNo;
    join.withInfo = false;
    send(soop::PacketWriter::join(join));
    if (!waitForEvents(before + 2))
        return false;
    return m_events[before]->type == EventType::LoginReply && m_events[before + 1]->type == EventType::JoinReply &&
        m_events[before + 1]->returnCode == 0;
}

void SimTestClient::onFrame(const QByteArray &frame)
{
    m_frames.append(frame);
    m_decoder.feed(frame, m_events);
}

bool SimTestClient::waitForEvents(qsizetype count)
{
    return QTest::qWaitFor([&] { return m_events.size() >= count; }, WaitMs);
}

bool SimTestClient::waitForType(EventType type)
{
    return QTest::qWaitFor([&] { return !eventsOf(type).isEmpty(); }, WaitMs);
}

QList<EventPtr> SimTestClient::eventsOf(EventType type) const
{
    QList<EventPtr> out;
    for (const EventPtr &event : m_events) {
        if (event->type == type)
            out.append(event);
    }
    return out;
}

qsizetype SimTestClient::malformedCount() const
{
    return eventsOf(EventType::Malformed).size();
}

QList<quint64> SimTestClient::floodSequence() const
{
    QList<quint64> numbers;
    for (const EventPtr &event : m_events) {
        if (event->type == EventType::Chat && event->text) {
            if (const auto n = sim::FloodSession::sequenceOf(*event->text))
                numbers.append(*n);
        }
    }
    return numbers;
}
