// Every RESULT of player_live_api becomes its own, distinct state (§1.3).
#include <QTest>

#include "core/soop/LiveInfoResolver.h"

using namespace Qt::StringLiterals;
using namespace soopchat::soop;

class TestLiveAnswer : public QObject
{
    Q_OBJECT

private slots:
    void liveAnswerGivesTheChatServer()
    {
        const QByteArray body = uR"({"CHANNEL":{"geo_cc":"KR","geo_rc":"41","acpt_lang":"ko_KR","svc_lang":"ko_KR",
            "ISSP":0,"RESULT":1,"BNO":"281257200","BJID":"SomeBJ","BJNICK":"닉네임","GRADE":"0","CHATNO":"2620",
            "BPWD":"N","TITLE":"제목","BPS":"8000","CHIP":"110.10.76.66","CHPT":"8040",
            "CHDOMAIN":"chat-6E0A4C42.SOOPLIVE.co.kr","FTK":"hash_somebj_281257200_html5_1","TIER1_NICK":"tier1"}})"_s
                                    .toUtf8();
        const LiveLookup result = LiveInfoResolver::parseLiveAnswer(body, u"somebj"_s);
        QCOMPARE(result.status, LiveStatus::Live);
        QCOMPARE(result.info.streamerId, u"somebj"_s);
        QCOMPARE(result.info.streamerNick, u"닉네임"_s);
        QCOMPARE(result.info.broadcastNo, 281257200);
        QCOMPARE(result.info.chatDomain, u"chat-6e0a4c42.sooplive.co.kr"_s);
        QCOMPARE(result.info.chatPort, 8040);
        QCOMPARE(result.info.chatNo, u"2620"_s);
        QCOMPARE(result.info.fanTicket, u"hash_somebj_281257200_html5_1"_s);
        QCOMPARE(result.info.bps, u"8000"_s);
        QCOMPARE(result.info.geoRc, u"41"_s);
        QVERIFY(!result.info.passwordProtected);
    }

    void numbersMayArriveAsNumbers()
    {
        const QByteArray body =
            R"({"CHANNEL":{"RESULT":1,"BNO":12,"BJID":"a","CHATNO":99,"CHPT":9000,"CHDOMAIN":"x","BPWD":"Y"}})";
        const LiveLookup result = LiveInfoResolver::parseLiveAnswer(body, u"a"_s);
        QCOMPARE(result.status, LiveStatus::Live);
        QCOMPARE(result.info.chatNo, u"99"_s);
        QCOMPARE(result.info.chatPort, 9000);
        QVERIFY(result.info.passwordProtected);
    }

    void everyResultHasItsState_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<LiveStatus>("status");
        QTest::addColumn<LoginReason>("reason");
        QTest::newRow("offline") << QByteArray(R"({"CHANNEL":{"geo_cc":"KR","ISSP":0,"RESULT":0}})")
                                 << LiveStatus::Offline << LoginReason::None;
        QTest::newRow("adult or subscribers") << QByteArray(R"({"CHANNEL":{"TITLE":"t","BTIME":63248,"RESULT":-6}})")
                                              << LiveStatus::LoginRequired << LoginReason::AdultOrSubscribers;
        QTest::newRow("adult verification") << QByteArray(R"({"CHANNEL":{"RESULT":-8}})") << LiveStatus::LoginRequired
                                            << LoginReason::AdultVerification;
        QTest::newRow("plus subscribers")
            << QByteArray(R"({"CHANNEL":{"RESULT":-14}})") << LiveStatus::LoginRequired << LoginReason::PlusSubscribers;
        QTest::newRow("maintenance") << QByteArray(R"({"CHANNEL":{"RESULT":-1,"MSG":"점검 중입니다"}})")
                                     << LiveStatus::Maintenance << LoginReason::None;
        QTest::newRow("unknown negative")
            << QByteArray(R"({"CHANNEL":{"RESULT":-99}})") << LiveStatus::BadResponse << LoginReason::None;
        QTest::newRow("live without chat server")
            << QByteArray(R"({"CHANNEL":{"RESULT":1,"BJID":"a"}})") << LiveStatus::BadResponse << LoginReason::None;
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << LiveStatus::BadResponse
                              << LoginReason::None;
        QTest::newRow("top-level result") << QByteArray(R"({"RESULT":0})") << LiveStatus::Offline << LoginReason::None;
    }

    void everyResultHasItsState()
    {
        QFETCH(QByteArray, body);
        QFETCH(LiveStatus, status);
        QFETCH(LoginReason, reason);
        const LiveLookup result = LiveInfoResolver::parseLiveAnswer(body, u"a"_s);
        QCOMPARE(result.status, status);
        QCOMPARE(result.loginReason, reason);
        if (status == LiveStatus::Maintenance)
            QCOMPARE(result.message, u"점검 중입니다"_s);
        if (status == LiveStatus::BadResponse)
            QVERIFY(!result.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveAnswer)
#include "tst_liveanswer.moc"
