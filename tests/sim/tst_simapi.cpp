// The live-info API answers like the real service (SOOP-PROTOCOL.md §1) for
// every scenario, over real HTTP on 127.0.0.1.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"

using namespace Qt::StringLiterals;
using namespace soopchat::sim;

class TestSimApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SoopSimulator> m_sim;
    QNetworkAccessManager m_network;

    void startSim(Scenario scenario = Scenario::Normal)
    {
        SimulatorOptions options;
        options.scenario = scenario;
        m_sim = std::make_unique<SoopSimulator>(options);
        QString error;
        QVERIFY2(m_sim->start(&error), qPrintable(error));
    }

    // Runs a request to completion; the reply's status and body.
    std::pair<int, QByteArray> finish(QNetworkReply *reply)
    {
        std::unique_ptr<QNetworkReply> owned(reply);
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!done.wait(10000))
                return {-1, {}};
        }
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }

    QJsonObject live(const QString &bid, const QString &password = {})
    {
        QUrl url = m_sim->apiBase().resolved(QUrl(u"/afreeca/player_live_api.php"_s));
        url.setQuery(u"bjid="_s + bid);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QUrlQuery form;
        form.addQueryItem(u"bid"_s, bid);
        form.addQueryItem(u"type"_s, u"live"_s);
        form.addQueryItem(u"player_type"_s, u"html5"_s);
        form.addQueryItem(u"pwd"_s, password);
        form.addQueryItem(u"stream_type"_s, u"common"_s);
        form.addQueryItem(u"mode"_s, u"landing"_s);
        form.addQueryItem(u"from_api"_s, u"0"_s);
        form.addQueryItem(u"quality"_s, u"HD"_s);
        const auto [status, body] = finish(m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
        if (status != 200)
            qWarning() << "status" << status;
        return QJsonDocument::fromJson(body).object();
    }

    QJsonObject station(const QString &bid)
    {
        QUrl url = m_sim->apiBase().resolved(QUrl(u"/api/get_station_status.php"_s));
        url.setQuery(u"szBjid="_s + bid);
        return QJsonDocument::fromJson(finish(m_network.get(QNetworkRequest(url))).second).object();
    }

    QJsonObject vod(const QByteArray &form)
    {
        QNetworkRequest request(m_sim->apiBase().resolved(QUrl(u"/station/video/a/view"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        return QJsonDocument::fromJson(finish(m_network.post(request, form)).second).object();
    }

    static QJsonObject offlineChannel()
    {
        return QJsonDocument::fromJson(
            R"({"CHANNEL":{"geo_cc":"KR","geo_rc":"11","acpt_lang":"ko_KR","svc_lang":"ko_KR","ISSP":0,"RESULT":0}})")
            .object();
    }

private slots:
    void cleanup() { m_sim.reset(); }

    void liveChannelAnswersWithEverythingTheChatNeeds()
    {
        startSim();
        const QJsonObject answer = live(u"SomeBJ"_s);
        QVERIFY(answer.contains("CHANNEL"_L1));
        const QJsonObject c = answer.value("CHANNEL"_L1).toObject();
        QCOMPARE(c.value("RESULT"_L1).toInt(), 1);
        SimChannel *channel = m_sim->findChannel(u"somebj"_s);
        QVERIFY(channel);
        QCOMPARE(c.value("BJID"_L1).toString(), u"somebj"_s);
        QCOMPARE(c.value("BJNICK"_L1).toString(), channel->nickname());
        QVERIFY(!channel->nickname().isEmpty());
        QVERIFY(!c.value("TITLE"_L1).toString().isEmpty());
        // Strings where the real answer has strings.
        for (const char *key : {"BNO", "CHATNO", "CHPT", "CHIP", "CHDOMAIN", "FTK", "BPWD", "GRADE", "BPS",
                 "TIER1_NICK", "TIER2_NICK", "geo_cc", "geo_rc", "acpt_lang", "svc_lang"})
            QVERIFY2(c.value(QLatin1StringView(key)).isString(), key);
        QCOMPARE(c.value("BNO"_L1).toString(), channel->broadcastNo());
        QCOMPARE(c.value("CHATNO"_L1).toString(), channel->chatNo());
        QCOMPARE(c.value("CHPT"_L1).toString(), QString::number(m_sim->chatPort()));
        QCOMPARE(c.value("CHIP"_L1).toString(), u"127.0.0.1"_s);
        QCOMPARE(c.value("CHDOMAIN"_L1).toString(), u"localhost"_s);
        QCOMPARE(c.value("BPWD"_L1).toString(), u"N"_s);
        QCOMPARE(c.value("BPS"_L1).toString(), u"8000"_s);
        QCOMPARE(c.value("geo_cc"_L1).toString(), u"KR"_s);
        QCOMPARE(c.value("geo_rc"_L1).toString(), u"11"_s);
        QCOMPARE(c.value("acpt_lang"_L1).toString(), u"ko_KR"_s);
        QCOMPARE(c.value("svc_lang"_L1).toString(), u"ko_KR"_s);
        QVERIFY(c.value("FTK"_L1).toString().endsWith(u"_somebj_"_s + channel->broadcastNo() + u"_html5_1"_s));
        QVERIFY(c.value("BTIME"_L1).isDouble());
        QVERIFY(c.value("CATEGORY_TAGS"_L1).isArray());
        QVERIFY(!c.contains("TK"_L1)); // only for requests with login cookies
        // The same broadcast on every ask.
        QCOMPARE(live(u"somebj"_s).value("CHANNEL"_L1).toObject().value("CHATNO"_L1), c.value("CHATNO"_L1));
    }

    void differentStreamersGetDifferentRooms()
    {
        startSim();
        const QString a = live(u"bj1"_s).value("CHANNEL"_L1).toObject().value("CHATNO"_L1).toString();
        const QString b = live(u"bj2"_s).value("CHANNEL"_L1).toObject().value("CHATNO"_L1).toString();
        QVERIFY(!a.isEmpty());
        QVERIFY(a != b);
    }

    void offlineScenarioAnswersResultZeroButTheStationExists()
    {
        startSim(Scenario::Offline);
        QCOMPARE(live(u"bj1"_s), offlineChannel());
        const QJsonObject s = station(u"bj1"_s);
        QCOMPARE(s.value("RESULT"_L1).toInt(), 1);
        const QJsonObject data = s.value("DATA"_L1).toObject();
        QCOMPARE(data.value("user_id"_L1).toString(), u"bj1"_s);
        for (const char *key : {"station_no", "user_nick", "station_name", "broad_start"})
            QVERIFY2(!data.value(QLatin1StringView(key)).toString().isEmpty(), key);
    }

    void notFoundLooksOfflineUntilTheStationIsAsked()
    {
        startSim(Scenario::NotFound);
        QCOMPARE(live(u"nobody"_s), offlineChannel());
        const QJsonObject s = station(u"nobody"_s);
        QCOMPARE(s.value("RESULT"_L1).toInt(), 0);
        QVERIFY(s.value("DATA"_L1).isNull());
    }

    void loginRequiredHasNoChatFields()
    {
        startSim(Scenario::LoginRequired);
        const QJsonObject c = live(u"adultbj"_s).value("CHANNEL"_L1).toObject();
        QCOMPARE(c.value("RESULT"_L1).toInt(), -6);
        QVERIFY(!c.value("TITLE"_L1).toString().isEmpty());
        QVERIFY(c.contains("CATE"_L1));
        QVERIFY(c.contains("BTIME"_L1));
        for (const char *key : {"CHATNO", "CHDOMAIN", "CHPT", "FTK"})
            QVERIFY2(!c.contains(QLatin1StringView(key)), key);
    }

    void maintenanceSaysSoInKorean()
    {
        startSim(Scenario::Maintenance);
        const QJsonObject c = live(u"bj1"_s).value("CHANNEL"_L1).toObject();
        QCOMPARE(c.value("RESULT"_L1).toInt(), -1);
        QVERIFY(c.value("MSG"_L1).toString().contains(u"점검"_s));
        QVERIFY(!c.contains("CHATNO"_L1));
    }

    void passwordRoomsSayBpwdY()
    {
        startSim(Scenario::WrongPassword);
        const QJsonObject c = live(u"bj1"_s).value("CHANNEL"_L1).toObject();
        QCOMPARE(c.value("RESULT"_L1).toInt(), 1);
        QCOMPARE(c.value("BPWD"_L1).toString(), u"Y"_s);
        // The password goes into JOIN, not into this answer: a wrong one still gets RESULT 1.
        QCOMPARE(live(u"bj1"_s, u"wrong"_s).value("CHANNEL"_L1).toObject().value("RESULT"_L1).toInt(), 1);
    }

    void perChannelStatesOverrideTheScenario()
    {
        startSim();
        m_sim->channel(u"off"_s)->setState(ChannelState::Offline);
        m_sim->channel(u"adult"_s)->setState(ChannelState::LoginRequired);
        m_sim->channel(u"gone"_s)->setState(ChannelState::NotFound);
        m_sim->channel(u"down"_s)->setState(ChannelState::Maintenance);
        QCOMPARE(live(u"off"_s), offlineChannel());
        QCOMPARE(station(u"off"_s).value("RESULT"_L1).toInt(), 1);
        QCOMPARE(live(u"adult"_s).value("CHANNEL"_L1).toObject().value("RESULT"_L1).toInt(), -6);
        QCOMPARE(live(u"gone"_s), offlineChannel());
        QCOMPARE(station(u"gone"_s).value("RESULT"_L1).toInt(), 0);
        QCOMPARE(live(u"down"_s).value("CHANNEL"_L1).toObject().value("RESULT"_L1).toInt(), -1);
        QCOMPARE(live(u"other"_s).value("CHANNEL"_L1).toObject().value("RESULT"_L1).toInt(), 1);

        // Back live: a new broadcast.
        const QString oldBno = m_sim->channel(u"off"_s)->broadcastNo();
        m_sim->goLive(u"off"_s);
        const QJsonObject c = live(u"off"_s).value("CHANNEL"_L1).toObject();
        QCOMPARE(c.value("RESULT"_L1).toInt(), 1);
        QVERIFY(c.value("BNO"_L1).toString() != oldBno);
    }

    void vodOwnerIsFoundByTitleNumber()
    {
        startSim();
        m_sim->addVod(123456789, u"VodOwner"_s, u"지난 방송 다시보기"_s);
        const QJsonObject known = vod("nTitleNo=123456789");
        QCOMPARE(known.value("result"_L1).toInt(), 1);
        const QJsonObject data = known.value("data"_L1).toObject();
        QCOMPARE(data.value("bj_id"_L1).toString(), u"vodowner"_s);
        QCOMPARE(data.value("title_no"_L1).toInteger(), 123456789);
        QCOMPARE(data.value("full_title"_L1).toString(), u"지난 방송 다시보기"_s);

        const QJsonObject unknown = vod("nTitleNo=42");
        QCOMPARE(unknown.value("result"_L1).toInt(), -1);
        QVERIFY(unknown.value("data"_L1).isNull());
        QCOMPARE(vod("nTitleNo=abc").value("result"_L1).toInt(), -1);
    }

    void liveApiWantsPost()
    {
        startSim();
        QUrl url = m_sim->apiBase().resolved(QUrl(u"/afreeca/player_live_api.php"_s));
        url.setQuery(u"bjid=bj1"_s);
        QCOMPARE(finish(m_network.get(QNetworkRequest(url))).first, 404);
        QCOMPARE(finish(m_network.get(QNetworkRequest(m_sim->apiBase().resolved(QUrl(u"/nothing"_s))))).first, 404);
    }

    void formFieldBidAloneIsEnough()
    {
        startSim();
        // yt-dlp posts to the bare URL with only `bid` (§1.1).
        QNetworkRequest request(m_sim->apiBase().resolved(QUrl(u"/afreeca/player_live_api.php"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        const QJsonObject c = QJsonDocument::fromJson(finish(m_network.post(request, "bid=formbj&type=live")).second)
                                  .object()
                                  .value("CHANNEL"_L1)
                                  .toObject();
        QCOMPARE(c.value("RESULT"_L1).toInt(), 1);
        QCOMPARE(c.value("BJID"_L1).toString(), u"formbj"_s);
    }

    void apiPortCanBeChosen()
    {
        SimulatorOptions options;
        SoopSimulator first(options);
        QVERIFY(first.start());
        options.apiPort = first.apiPort();
        SoopSimulator second(options);
        QString error;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"listen failed"_s));
        QVERIFY(!second.start(&error)); // taken
        QVERIFY(error.contains(QString::number(options.apiPort)));
        first.stop();
        QVERIFY2(second.start(&error), qPrintable(error));
        QCOMPARE(second.apiPort(), options.apiPort);
    }
};

QTEST_GUILESS_MAIN(TestSimApi)
#include "tst_simapi.moc"
