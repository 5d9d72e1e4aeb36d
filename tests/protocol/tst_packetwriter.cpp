// Client packets, byte for byte as SOOP-PROTOCOL.md §4, §5 and §10.2 give them.
#include <QTest>

#include "core/soop/PacketWriter.h"

using namespace Qt::StringLiterals;
using namespace soopchat::soop;

class TestPacketWriter : public QObject
{
    Q_OBJECT

private slots:
    void guestLoginIsTheAgreedPacket()
    {
        QCOMPARE(PacketWriter::guestLogin(),
            QByteArray("\x1b\t000100000600\x0c\x0c\x0c"
                       "16\x0c"));
    }

    void ticketLoginCarriesTicketAndFlag()
    {
        QCOMPARE(PacketWriter::ticketLogin("TK123", 524304),
            QByteArray("\x1b\t000100001500\x0cTK123\x0c\x0c"
                       "524304\x0c"));
    }

    void keepaliveIsTheAgreedPacket() { QCOMPARE(PacketWriter::keepalive(), QByteArray("\x1b\t000000000100\x0c")); }

    void minimalJoinCarriesOnlyTheChatNumber()
    {
        JoinRequest request;
        request.chatNo = u"4172"_s;
        request.withInfo = false;
        QCOMPARE(PacketWriter::join(request),
            QByteArray("\x1b\t000200001000\x0c"
                       "4172\x0c\x0c\x0c\x0c\x0c"));
    }

    void fullJoinCarriesTicketAndInfoElement()
    {
        JoinRequest request;
        request.chatNo = u"123"_s;
        request.fanTicket = u"hash_bj_1_html5_1"_s;
        request.password = u"비밀"_s;
        request.log.bps = u"8000"_s;
        request.log.uuid = u"abc"_s;
        request.log.geoCc = u"KR"_s;
        request.log.geoRc = u"11"_s;
        request.log.acceptLanguage = u"ko_KR"_s;
        request.log.serviceLanguage = u"ko_KR"_s;
        const QByteArray packet = PacketWriter::join(request);
        const QByteArray body = "\x0c"
                                "123\x0chash_bj_1_html5_1\x0c"
                                "0\x0c\x0c" +
            PacketWriter::joinInfo(request) + "\x0c";
        QCOMPARE(packet.mid(14), body);
        QCOMPARE(packet.mid(6, 6).toInt(), body.size());
        const QByteArray info = PacketWriter::joinInfo(request);
        QVERIFY(info.startsWith("log\x11\x06&\x06set_bps\x06=\x06"
                                "8000\x06&\x06view_bps\x06=\x06"
                                "8000"));
        QVERIFY(info.contains("\x06&\x06uuid\x06=\x06"
                              "abc"));
        QVERIFY(info.contains(QByteArray("\x12pwd\x11" + u"비밀"_s.toUtf8() + "\x12")));
        QVERIFY(info.endsWith("auth_info\x11NULL\x12pver\x11"
                              "2\x12"
                              "access_system\x11html5\x12"));
    }

    void lengthsCountUtf8Bytes()
    {
        const QByteArray packet = PacketWriter::chatMessage(u"안녕 😀"_s);
        // 안녕 = 6 bytes, space, emoji = 4 bytes; body = FF text FF "0" FF
        QCOMPARE(packet,
            QByteArray("\x1b\t000500001500\x0c") + u"안녕 😀"_s.toUtf8() +
                "\x0c"
                "0\x0c");
    }

    void formFeedsInsideFieldsCannotBreakTheFraming()
    {
        QCOMPARE(PacketWriter::chatMessage(u"a\x0c"
                                           "b\r"_s),
            QByteArray("\x1b\t000500000700\x0c"
                       "a b\x0c"
                       "0\x0c"));
    }

    void enterInfoEchoesTheJoinFlag()
    {
        QCOMPARE(PacketWriter::enterInfo(16, 16384),
            QByteArray("\x1b\t001200001200\x0c"
                       "16|16384\x0c"
                       "0\x0c"));
    }
};

QTEST_GUILESS_MAIN(TestPacketWriter)
#include "tst_packetwriter.moc"
