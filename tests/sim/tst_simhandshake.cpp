// The chat port checks the handshake bytes as the protocol documents them
// (SOOP-PROTOCOL.md §4, §15) and answers like the real server: exact replies
// for the right bytes, the documented return code and a close for wrong ones.
#include <QSignalSpy>
#include <QTest>

#include <memory>

#include "SimTestClient.h"
#include "core/soop/PacketWriter.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace soopchat::sim;

namespace {

QByteArray serverPacket(const char *service, const QByteArray &body, const char *returnCode = "00")
{
    return "\x1b\t" + QByteArray(service) + QByteArray::number(body.size()).rightJustified(6, '0') + returnCode + body;
}

QByteArray rawPacket(const char *service, const QByteArray &body)
{
    return serverPacket(service, body);
}

} // namespace

class TestSimHandshake : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SoopSimulator> m_sim;

    void startSim(Scenario scenario = Scenario::Normal)
    {
        SimulatorOptions options;
        options.scenario = scenario;
        options.source = SourceKind::Flood;
        options.rate = 50;
        m_sim = std::make_unique<SoopSimulator>(options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    QByteArray minimalJoin(const QString &chatNo)
    {
        soop::JoinRequest join;
        join.chatNo = chatNo;
        join.withInfo = false;
        return soop::PacketWriter::join(join);
    }

private slots:
    void cleanup() { m_sim.reset(); }

    void guestLoginGetsTheCapturedReply()
    {
        startSim();
        QSignalSpy logins(m_sim.get(), &SoopSimulator::loginReceived);
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s));
        QVERIFY(client.waitConnected());
        client.send(soop::PacketWriter::guestLogin());
        QTRY_COMPARE(client.frames().size(), 1);
        QCOMPARE(client.frames()[0],
            QByteArray("\x1b\t000100000700\x0c\x0c"
                       "16|0\x0c"));
        QCOMPARE(logins.size(), 1);
        QCOMPARE(logins[0][1].toByteArray(),
            QByteArray("\x1b\t000100000600\x0c\x0c\x0c"
                       "16\x0c"));
        const auto info = m_sim->connection(logins[0][0].toULongLong());
        QVERIFY(info);
        QCOMPARE(info->loginPacket, soop::PacketWriter::guestLogin());
        QCOMPARE(info->transport, Transport::Plain);
        QCOMPARE(info->path, u"/Websocket/bj1"_s);
    }

    void minimalJoinGetsTheJoinReplyThenTheUserList()
    {
        startSim();
        const QString chatNo = m_sim->channel(u"bj1"_s)->chatNo();
        QSignalSpy joins(m_sim.get(), &SoopSimulator::joinReceived);
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s));
        QVERIFY(client.waitConnected());
        client.send(soop::PacketWriter::guestLogin());
        client.send(minimalJoin(chatNo));
        QTRY_VERIFY(client.frames().size() >= 3);
        const QByteArray body = "\x0c" + chatNo.toLatin1() +
            "\x0c"
            "bj1\x0c"
            "0\x0c"
            "30\x0c\x0c"
            "1\x0c"
            "16|16384\x0c";
        QCOMPARE(client.frames()[1], serverPacket("0002", body));
        QCOMPARE(client.events()[2]->type, EventType::UserEnter);
        QVERIFY(!client.events()[2]->details().users.isEmpty());
        QCOMPARE(joins.size(), 1);
        QCOMPARE(joins[0][1].toString(), u"bj1"_s);
        QCOMPARE(joins[0][2].toByteArray(),
            QByteArray("\x1b\t0002") + QByteArray::number(chatNo.size() + 6).rightJustified(6, '0') + "00\x0c" +
                chatNo.toLatin1() + "\x0c\x0c\x0c\x0c\x0c");
        QCOMPARE(m_sim->connection(joins[0][0].toULongLong())->joinPacket, joins[0][2].toByteArray());
        // Then the broadcast.
        QVERIFY(client.waitForType(EventType::Chat));
    }

    void fullJoinWithTicketAndInfoIsAccepted()
    {
        startSim();
        SimChannel *channel = m_sim->channel(u"bj2"_s);
        soop::JoinRequest join;
        join.chatNo = channel->chatNo();
        join.fanTicket = channel->fanTicket();
        join.log.bps = u"8000"_s;
        join.log.uuid = u"0123456789abcdef"_s;
        join.log.geoCc = u"KR"_s;
        join.log.geoRc = u"11"_s;
        join.log.acceptLanguage = u"ko_KR"_s;
        join.log.serviceLanguage = u"ko_KR"_s;
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj2"_s));
        QVERIFY(client.waitConnected());
        client.send(soop::PacketWriter::guestLogin());
        client.send(soop::PacketWriter::join(join));
        QVERIFY(client.waitForEvents(2));
        QCOMPARE(client.events()[1]->type, EventType::JoinReply);
        QCOMPARE(client.events()[1]->returnCode, 0);
        QCOMPARE(*client.events()[1]->details().chatNo, channel->chatNo());
        QCOMPARE(*client.events()[1]->details().streamerId, u"bj2"_s);
        QCOMPARE(client.events()[1]->flags->flag1, 16u);
        QCOMPARE(client.events()[1]->flags->flag2, 16384u);
    }

    void loginAndJoinInOneFrameAreBothAnswered()
    {
        startSim();
        const QString chatNo = m_sim->channel(u"bj1"_s)->chatNo();
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s));
        QVERIFY(client.waitConnected());
        client.send(soop::PacketWriter::guestLogin() + minimalJoin(chatNo));
        QVERIFY(client.waitForEvents(2));
        QCOMPARE(client.events()[1]->type, EventType::JoinReply);
        QCOMPARE(client.events()[1]->returnCode, 0);
    }

    void keepalivesAreCountedAfterLogin()
    {
        startSim();
        QSignalSpy keepalives(m_sim.get(), &SoopSimulator::keepaliveReceived);
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s));
        QVERIFY(client.handshake(m_sim->channel(u"bj1"_s)->chatNo()));
        client.send(soop::PacketWriter::keepalive());
        client.send(soop::PacketWriter::keepalive());
        QTRY_COMPARE(keepalives.size(), 2);
        QCOMPARE(m_sim->counters().keepalives, 2u);
        QCOMPARE(m_sim->connections().value(0).keepalives, 2u);
        QVERIFY(client.isConnected());
    }

    void wrongHandshakesGetTheirReturnCodeAndAClose_data()
    {
        QTest::addColumn<QList<QByteArray>>("packets");
        QTest::addColumn<int>("returnCode");
        QTest::addColumn<QByteArray>("replyService");

        const QByteArray login = soop::PacketWriter::guestLogin();
        QTest::newRow("length longer than the body") << QList<QByteArray> {"\x1b\t000100000700\x0c\x0c\x0c"
                                                                           "16\x0c"}
                                                     << 14 << QByteArray("0001");
        QTest::newRow("length shorter than the body") << QList<QByteArray> {"\x1b\t000100000500\x0c\x0c\x0c"
                                                                            "16\x0c"}
                                                      << 14 << QByteArray("0001");
        QTest::newRow("UTF-16 length of a Korean body") << QList<QByteArray> {login,
                                                               "\x1b\t000200000800\x0c"
                                                               "\xeb\xb9\x84\x0c\x0c\x0c\x0c\x0c"}
                                                        << 14 << QByteArray("0002");
        QTest::newRow("not a packet") << QList<QByteArray> {"hello"} << 14 << QByteArray("0001");
        QTest::newRow("return code from a client") << QList<QByteArray> {"\x1b\t000100000601\x0c\x0c\x0c"
                                                                         "16\x0c"}
                                                   << 14 << QByteArray("0001");
        QTest::newRow("login with an extra field") << QList<QByteArray> {rawPacket("0001",
                                                          "\x0c\x0c\x0c"
                                                          "16\x0c\x0c")}
                                                   << 15 << QByteArray("0001");
        QTest::newRow("login flag not a number")
            << QList<QByteArray> {rawPacket("0001", "\x0c\x0c\x0cguest\x0c")} << 15 << QByteArray("0001");
        QTest::newRow("login without the final form feed") << QList<QByteArray> {rawPacket("0001",
                                                                  "\x0c\x0c\x0c"
                                                                  "16")}
                                                           << 15 << QByteArray("0001");
        QTest::newRow("join before login") << QList<QByteArray> {minimalJoin(u"1234"_s)} << 16 << QByteArray("0002");
        QTest::newRow("keepalive before login")
            << QList<QByteArray> {soop::PacketWriter::keepalive()} << 2 << QByteArray("0000");
        QTest::newRow("second login") << QList<QByteArray> {login, login} << 3 << QByteArray("0001");
        QTest::newRow("ticket nobody issued")
            << QList<QByteArray> {soop::PacketWriter::ticketLogin("TK123", 524304)} << 6 << QByteArray("0001");
        QTest::newRow("unknown chat number")
            << QList<QByteArray> {login, minimalJoin(u"1"_s)} << 12 << QByteArray("0002");
        QTest::newRow("join with four fields") << QList<QByteArray> {login,
                                                      rawPacket("0002",
                                                          "\x0c"
                                                          "1234\x0c\x0c\x0c\x0c")}
                                               << 15 << QByteArray("0002");
        QTest::newRow("join info element not closed") << QList<QByteArray> {login,
                                                             rawPacket("0002",
                                                                 "\x0c"
                                                                 "1234\x0c"
                                                                 "ftk\x0c"
                                                                 "0\x0c\x0cpwd\x11secret\x0c")}
                                                      << 15 << QByteArray("0002");
        QTest::newRow("chat before join")
            << QList<QByteArray> {login, soop::PacketWriter::chatMessage(u"안녕"_s)} << 16 << QByteArray("0005");
        QTest::newRow("malformed keepalive")
            << QList<QByteArray> {login, rawPacket("0000", "\x0cx\x0c")} << 15 << QByteArray("0000");
    }

    void wrongHandshakesGetTheirReturnCodeAndAClose()
    {
        QFETCH(QList<QByteArray>, packets);
        QFETCH(int, returnCode);
        QFETCH(QByteArray, replyService);
        startSim();
        QSignalSpy rejected(m_sim.get(), &SoopSimulator::handshakeRejected);
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s));
        QVERIFY(client.waitConnected());
        for (const QByteArray &packet : packets)
            client.send(packet);
        QVERIFY(client.waitDisconnected());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected[0][1].toInt(), returnCode);
        QVERIFY(!client.frames().isEmpty());
        const QByteArray reply = client.frames().last();
        QCOMPARE(reply.mid(2, 4), replyService);
        QCOMPARE(reply.mid(12, 2), QByteArray::number(returnCode).rightJustified(2, '0'));
        QCOMPARE(client.events().last()->returnCode, quint16(returnCode));
        QCOMPARE(client.malformedCount(), 0);
        const auto info = m_sim->connection(rejected[0][0].toULongLong());
        QTRY_COMPARE(m_sim->connection(rejected[0][0].toULongLong())->closeReason, CloseReason::Rejected);
        QCOMPARE(info->rejectedWith, quint16(returnCode));
    }

    void chatNumberOfAnotherStreamerIsRejected()
    {
        startSim();
        const QString otherChatNo = m_sim->channel(u"bj2"_s)->chatNo();
        m_sim->channel(u"bj1"_s);
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s));
        QVERIFY(client.waitConnected());
        client.send(soop::PacketWriter::guestLogin());
        client.send(minimalJoin(otherChatNo));
        QVERIFY(client.waitDisconnected());
        QCOMPARE(client.events().last()->returnCode, 12);
    }

    void passwordRoomRejectsAMissingOrWrongPassword_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("minimal");
        QTest::newRow("minimal join") << QString() << true;
        QTest::newRow("empty pwd") << QString() << false;
        QTest::newRow("wrong pwd") << u"1234"_s << false;
    }

    void passwordRoomRejectsAMissingOrWrongPassword()
    {
        QFETCH(QString, password);
        QFETCH(bool, minimal);
        startSim();
        SimChannel *channel = m_sim->channel(u"bj1"_s);
        channel->setPassword(u"비밀번호1"_s);
        soop::JoinRequest join;
        join.chatNo = channel->chatNo();
        join.fanTicket = channel->fanTicket();
        join.password = password;
        join.withInfo = !minimal;
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s));
        QVERIFY(client.waitConnected());
        client.send(soop::PacketWriter::guestLogin());
        client.send(soop::PacketWriter::join(join));
        QVERIFY(client.waitDisconnected());
        const EventPtr reply = client.events().last();
        QCOMPARE(reply->type, EventType::JoinReply);
        QCOMPARE(reply->returnCode, 57);
        QCOMPARE(*reply->details().message, u"비밀번호가 틀렸습니다."_s);
    }

    void passwordRoomAcceptsTheRightPassword()
    {
        startSim(Scenario::WrongPassword);
        SimChannel *channel = m_sim->channel(u"bj1"_s);
        QCOMPARE(channel->config().password, u"0000"_s);
        channel->setPassword(u"비밀번호1"_s); // non-ASCII: the length must count UTF-8 bytes
        soop::JoinRequest join;
        join.chatNo = channel->chatNo();
        join.password = u"비밀번호1"_s;
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s));
        QVERIFY(client.waitConnected());
        client.send(soop::PacketWriter::guestLogin());
        client.send(soop::PacketWriter::join(join));
        QVERIFY(client.waitForEvents(2));
        QCOMPARE(client.events()[1]->returnCode, 0);
        QCOMPARE(*client.events()[1]->details().chatNo, channel->chatNo());
    }

    void chatSubprotocolIsRequired()
    {
        startSim();
        QSignalSpy closed(m_sim.get(), &SoopSimulator::connectionClosed);
        SimTestClient client;
        client.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s), SimTestClient::Subprotocol::None);
        QVERIFY(client.waitConnected());
        client.send(soop::PacketWriter::guestLogin());
        QVERIFY(client.waitDisconnected());
        QCOMPARE(client.socket().closeCode(), QWebSocketProtocol::CloseCodeProtocolError);
        QVERIFY(client.frames().isEmpty());
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(closed[0][1].value<CloseReason>(), CloseReason::NoSubprotocol);
    }

    void tlsPortWorksWithTheTestCertificateTrusted()
    {
        startSim();
        QCOMPARE(m_sim->tlsPort(), m_sim->chatPort() + 1);
        const QSslCertificate cert = SoopSimulator::certificate();
        QVERIFY(!cert.isNull());
        QVERIFY(cert.expiryDate() > QDateTime::currentDateTime().addYears(50));
        SimTestClient client;
        QSignalSpy sslErrors(&client.socket(), &QWebSocket::sslErrors);
        client.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s, SimTestClient::Secure::Yes));
        QVERIFY(client.handshake(m_sim->channel(u"bj1"_s)->chatNo()));
        QCOMPARE(sslErrors.size(), 0);
        QCOMPARE(client.socket().sslConfiguration().peerCertificate(), cert);
        QCOMPARE(m_sim->connections().value(0).transport, Transport::Tls);
    }

    void untrustedClientsSeeTheSelfSignedCertificate()
    {
        startSim();
        QWebSocket socket;
        QSignalSpy sslErrors(&socket, &QWebSocket::sslErrors);
        socket.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s, SimTestClient::Secure::Yes));
        QVERIFY(sslErrors.wait());
    }

    void refuseTlsScenarioClosesOnlyTheTlsPort()
    {
        startSim(Scenario::RefuseTls);
        QVERIFY(m_sim->isTlsRefused());
        SimTestClient tls;
        QSignalSpy errors(
            &tls.socket(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error)); // errorOccurred is 6.5
        tls.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s, SimTestClient::Secure::Yes));
        QVERIFY(errors.wait());
        QCOMPARE(errors[0][0].value<QAbstractSocket::SocketError>(), QAbstractSocket::ConnectionRefusedError);

        SimTestClient plain;
        plain.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s));
        QVERIFY(plain.handshake(m_sim->channel(u"bj1"_s)->chatNo()));

        QVERIFY(m_sim->setTlsRefused(false));
        SimTestClient again;
        again.open(SimTestClient::chatUrl(*m_sim, u"bj1"_s, SimTestClient::Secure::Yes));
        QVERIFY(again.handshake(m_sim->channel(u"bj1"_s)->chatNo()));
    }

    void pathWithoutTheStreamerIdIsAccepted()
    {
        startSim();
        SimTestClient client;
        QUrl url = SimTestClient::chatUrl(*m_sim, u"bj1"_s);
        url.setPath(u"/Websocket"_s); // S1
        client.open(url);
        QVERIFY(client.handshake(m_sim->channel(u"bj1"_s)->chatNo()));
    }
};

QTEST_GUILESS_MAIN(TestSimHandshake)
#include "tst_simhandshake.moc"
