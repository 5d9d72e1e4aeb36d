// The overlay server with real QWebSocket clients: rooms, tokens, limits,
// backlog, dead and slow pages, and the badge table and tiers it gives the
// page (docs/OVERLAY.md).
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "OverlayTestSupport.h"
#include "core/events/Badges.h"
#include "core/events/Donation.h"
#include "core/overlay/OverlayServer.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace overlaytest;

namespace {

const QString Token = u"test-token-0123456789abcdefghijklmnopqrstuvwxyz"_s;

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray value(const QByteArray &name) const
    {
        for (const auto &[key, v] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

HttpReply httpGet(const QUrl &url)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        return {};
    return {
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->rawHeaderPairs()};
}

QUrl httpUrl(quint16 port, const QString &pathAndQuery)
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(pathAndQuery));
}

// A text of about `bytes` bytes of UTF-8, with `seq` at the front.
QString filler(int seq, int bytes)
{
    return u"%1 "_s.arg(seq) + QString(bytes / 3, QChar(u'가'));
}

} // namespace

class TestOverlayServer : public QObject
{
    Q_OBJECT

private slots:
    void servesThePageWithStrictHeadersAndOverlayUrl()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        const QUrl url = server.overlayUrl(u"BJ_Name"_s);
        QCOMPARE(url.toString(), u"http://127.0.0.1:%1/overlay/bj_name?token=%2"_s.arg(server.port()).arg(Token));

        const HttpReply page = httpGet(url);
        QCOMPARE(page.status, 200);
        QVERIFY(page.value("content-type").startsWith("text/html"));
        QVERIFY(page.body.contains("/overlay/static/overlay.js"));
        QCOMPARE(page.value("cache-control"), "no-store"_ba);
        const QByteArray csp = page.value("content-security-policy");
        QVERIFY2(csp.contains("default-src 'none'") && csp.contains("script-src 'self';"), csp.constData());
        QVERIFY2(csp.contains(QByteArray("connect-src 'self' ws://127.0.0.1:" + QByteArray::number(server.port()))),
            csp.constData());
        QVERIFY(!csp.contains("unsafe-eval"));

        const struct
        {
            const char *path;
            const char *type;
        } files[] = {{"/overlay/static/overlay.js", "text/javascript"}, {"/overlay/static/overlay.css", "text/css"},
            {"/overlay/static/NanumSquareR.ttf", "font/ttf"}};
        for (const auto &file : files) {
            const HttpReply reply = httpGet(httpUrl(server.port(), QString::fromLatin1(file.path)));
            QCOMPARE(reply.status, 200);
            QVERIFY2(reply.value("content-type").startsWith(file.type), file.path);
            QCOMPARE(reply.value("cache-control"), "no-store"_ba);
            QCOMPARE(reply.value("x-content-type-options"), "nosniff"_ba);
            QVERIFY(!reply.body.isEmpty());
        }
        QCOMPARE(httpGet(httpUrl(server.port(), u"/overlay/static/overlay.html"_s)).status, 404);
        QCOMPARE(httpGet(httpUrl(server.port(), u"/overlay/static/missing.js"_s)).status, 404);
        QCOMPARE(httpGet(httpUrl(server.port(), u"/elsewhere"_s)).status, 404);
        QCOMPARE(httpGet(httpUrl(server.port(), u"/overlay/not%20a%20channel?token="_s + Token)).status, 404);

        server.setCustomCss(".nick { color: red; }");
        const HttpReply css = httpGet(httpUrl(server.port(), u"/overlay/custom.css?token="_s + Token));
        QCOMPARE(css.status, 200);
        QVERIFY(css.value("content-type").startsWith("text/css"));
        QCOMPARE(css.body, ".nick { color: red; }"_ba);
    }

    void refusesThePageWithoutTheRightToken()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        for (const QString &query : {u""_s, u"?token=wrong"_s, u"?token="_s}) {
            QTest::ignoreMessage(QtWarningMsg,
                QRegularExpression(u"refused overlay page /overlay/chan from 127.0.0.1: wrong or missing token"_s));
            const HttpReply reply = httpGet(httpUrl(server.port(), u"/overlay/chan"_s + query));
            QCOMPARE(reply.status, 403);
            QVERIFY(!reply.body.contains("overlay.js"));
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused overlay page /overlay/custom.css"_s));
        QCOMPARE(httpGet(httpUrl(server.port(), u"/overlay/custom.css?token=nope"_s)).status, 403);
    }

    void refusesTheWebSocketWithoutTheRightToken()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        for (const QString &token : {u"wrong"_s, QString()}) {
            QTest::ignoreMessage(QtWarningMsg,
                QRegularExpression(u"refused overlay websocket /overlay/ws/chan from "
                                   "127.0.0.1: wrong or missing token"_s));
            FeedClient client;
            client.open(feedUrl(server.port(), u"chan"_s, token));
            // Refused before the handshake, with a plain HTTP status.
            QTRY_VERIFY_WITH_TIMEOUT(!client.error.isEmpty(), 10000);
            QVERIFY2(client.error.contains(u"403"_s), qPrintable(client.error));
            QVERIFY(client.log.hello.isEmpty());
            QCOMPARE(client.log.messages, 0);
        }
        QCOMPARE(server.clientCount(), 0);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused overlay websocket /elsewhere"_s));
        FeedClient stray;
        QUrl strayUrl = feedUrl(server.port(), u"chan"_s, Token);
        strayUrl.setPath(u"/elsewhere"_s);
        stray.open(strayUrl);
        QTRY_VERIFY_WITH_TIMEOUT(!stray.error.isEmpty(), 10000);
        QVERIFY2(stray.error.contains(u"404"_s), qPrintable(stray.error));
        QCOMPARE(server.clientCount(), 0);
    }

    void newTokenClosesPagesOpenedWithTheOldOne()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        FeedClient client;
        client.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_COMPARE(server.clientCount(), 1);
        const QString fresh = OverlayServer::generateToken();
        QCOMPARE(fresh.size(), 43); // 256 bits, base64url
        QVERIFY(fresh != OverlayServer::generateToken());
        server.setToken(fresh);
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, 10000);
        QCOMPARE(client.closeCode, 4403);
        QTRY_COMPARE(server.clientCount(), 0);
        QVERIFY(server.overlayUrl(u"chan"_s).toString().endsWith(fresh));
    }

    void aClientGetsOnlyItsOwnChannel()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        FeedClient alpha1, alpha2, beta;
        alpha1.open(feedUrl(server.port(), u"alpha"_s, Token));
        alpha2.open(feedUrl(server.port(), u"ALPHA"_s, Token)); // ids are case-insensitive
        beta.open(feedUrl(server.port(), u"beta"_s, Token));
        QTRY_COMPARE(server.clientCount(), 3);
        QTRY_VERIFY(!alpha1.log.hello.isEmpty() && !alpha2.log.hello.isEmpty() && !beta.log.hello.isEmpty());
        QCOMPARE(alpha2.log.hello.value("channel"_L1).toString(), u"alpha"_s);

        for (int i = 0; i < 20; ++i) {
            server.publish(u"alpha"_s, batch({chat(u"a"_s, u"alpha %1"_s.arg(i))}));
            server.publish(u"beta"_s, batch({chat(u"b"_s, u"beta %1"_s.arg(i))}));
        }
        server.publish(u"gamma"_s, batch({chat(u"c"_s, u"gamma"_s)})); // nobody listens
        QTRY_COMPARE(alpha1.log.events.size(), 20);
        QTRY_COMPARE(alpha2.log.events.size(), 20);
        QTRY_COMPARE(beta.log.events.size(), 20);
        for (const FeedClient *client : {&alpha1, &alpha2})
            QVERIFY(client->log.texts().filter(u"alpha"_s).size() == 20);
        QVERIFY(beta.log.texts().filter(u"beta"_s).size() == 20);
        // The last event must have arrived after the others; nothing else follows.
        QCOMPARE(alpha1.log.texts().last(), u"alpha 19"_s);
        QCOMPARE(beta.log.texts().last(), u"beta 19"_s);
    }

    void onlyOverlayEventsAreSent()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        FeedClient client;
        client.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_VERIFY(!client.log.hello.isEmpty());

        EventBatch events;
        for (int t = 0; t < EventTypeCount; ++t)
            events.append(eventOf(EventType(t)));
        events.append(nullptr); // tolerated
        server.publish(u"chan"_s, events);
        const QStringList expected {u"chat"_s, u"balloon"_s, u"manager_chat"_s, u"admin_notice"_s, u"vod_balloon"_s,
            u"ad_balloon"_s, u"subscription"_s, u"subscription_renewal"_s, u"notice"_s, u"video_balloon"_s,
            u"station_ad_balloon"_s, u"subscription_gift"_s, u"ogq_sticker"_s, u"cheese"_s, u"video_cheese"_s,
            u"mission_cheese"_s, u"blind"_s};
        QTRY_COMPARE(client.log.events.size(), expected.size());
        QStringList types;
        for (const QJsonObject &e : client.log.events)
            types.append(e.value("type"_L1).toString());
        QCOMPARE(types, expected);
        // Sequence numbers count overlay events only, one by one.
        QCOMPARE(client.log.seqs().first(), 1u);
        QCOMPARE(client.log.seqs().last(), quint64(expected.size()));
    }

    void badgeIconsAreTheAppsOwnFilesAndCacheable()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        FeedClient client;
        client.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_VERIFY(!client.log.hello.isEmpty());
        const QJsonObject vocabulary = client.log.hello.value("vocabulary"_L1).toObject();
        QHash<QString, QString> urls; // icon -> URL as the page is told
        for (const QJsonValue &role : vocabulary.value("roles"_L1).toArray())
            urls.insert(role["key"_L1].toString(), role["badge"_L1].toString());
        for (const QJsonValue &url : vocabulary.value("event_icons"_L1).toObject())
            urls.insert(QUrl(url.toString()).path().section(u'/', -1).chopped(4), url.toString());

        QStringList icons;
        for (const RoleBadge &badge : roleBadges())
            icons.append(QString(badge.key));
        for (QLatin1StringView icon : eventIcons())
            icons.append(QString(icon));
        for (const QString &icon : std::as_const(icons)) {
            QVERIFY2(urls.contains(icon), qPrintable(icon));
            QFile file(badgeResourcePath(QLatin1StringView(icon.toLatin1())));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray svg = file.readAll();
            // The vocabulary's URL, no token: the very bytes the app draws, kept for good.
            const HttpReply versioned = httpGet(httpUrl(server.port(), urls.value(icon)));
            QCOMPARE(versioned.status, 200);
            QCOMPARE(versioned.body, svg);
            QCOMPARE(versioned.value("content-type"), "image/svg+xml"_ba);
            QCOMPARE(versioned.value("cache-control"), "public, max-age=31536000, immutable"_ba);
            QCOMPARE(versioned.value("x-content-type-options"), "nosniff"_ba);
            QVERIFY(versioned.value("content-security-policy").contains("default-src 'none'"));
            // Another or no version is served too, but checked again next time.
            const HttpReply plain = httpGet(httpUrl(server.port(), u"/overlay/badges/%1.svg"_s.arg(icon)));
            QCOMPARE(plain.status, 200);
            QCOMPARE(plain.body, svg);
            QCOMPARE(plain.value("cache-control"), "no-cache"_ba);
        }
        // Nothing but the table's icons.
        for (const QString &path : {u"/overlay/badges/evil.svg"_s, u"/overlay/badges/top_fan.png"_s,
                 u"/overlay/badges/top_fan"_s, u"/overlay/badges/%2e%2e%2fstatic%2foverlay.js"_s, u"/overlay/badges/"_s,
                 u"/overlay/badges/overlay.css"_s, u"/overlay/badges/TOP_FAN.svg"_s})
            QCOMPARE(httpGet(httpUrl(server.port(), path)).status, 404);
    }

    void theHelloCarriesTheBadgeTableInThePagesLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("ko") << u"ko"_s
                            << QStringList {u"BJ"_s, u"운영자"_s, u"매니저"_s, u"열혈팬"_s, u"팬클럽"_s, u"구독자"_s,
                                   u"서포터"_s};
        QTest::newRow("en") << u"en"_s
                            << QStringList {u"Streamer"_s, u"Operator"_s, u"Manager"_s, u"Top fan"_s, u"Fan club"_s,
                                   u"Subscriber"_s, u"Supporter"_s};
        QTest::newRow("none: Korean, the page's default")
            << QString()
            << QStringList {u"BJ"_s, u"운영자"_s, u"매니저"_s, u"열혈팬"_s, u"팬클럽"_s, u"구독자"_s, u"서포터"_s};
    }

    void theHelloCarriesTheBadgeTableInThePagesLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, labels);
        OverlayServer server(Token);
        QVERIFY(server.listen());
        QUrl url = feedUrl(server.port(), u"chan"_s, Token);
        if (!lang.isEmpty())
            url.setQuery(url.query() + u"&lang="_s + lang);
        FeedClient client;
        client.open(url);
        QTRY_VERIFY(!client.log.hello.isEmpty());
        const QJsonObject vocabulary = client.log.hello.value("vocabulary"_L1).toObject();
        QCOMPARE(vocabulary.value("language"_L1).toString(), lang.isEmpty() ? u"ko"_s : lang);

        const QJsonArray roles = vocabulary.value("roles"_L1).toArray();
        QCOMPARE(roles.size(), qsizetype(roleBadges().size()));
        const auto hex = [](quint32 rgb) { return u"#%1"_s.arg(rgb, 6, 16, QChar(u'0')); };
        for (qsizetype i = 0; i < roles.size(); ++i) {
            const RoleBadge &badge = roleBadges()[size_t(i)]; // in drawing order
            const QJsonObject role = roles.at(i).toObject();
            QCOMPARE(role["key"_L1].toString(), QString(badge.key));
            QCOMPARE(role["label"_L1].toString(), labels.at(i));
            QCOMPARE(role["badge_color"_L1].toString(), hex(badge.badgeRgb));
            QCOMPARE(role["nickname_on_light"_L1].toString(), hex(badge.nicknameRgbOnLight));
            QCOMPARE(role["nickname_on_dark"_L1].toString(), hex(badge.nicknameRgbOnDark));
            QVERIFY(role["badge"_L1].toString().startsWith(u"/overlay/badges/%1.svg?v="_s.arg(badge.key)));
        }
        const QJsonObject icons = vocabulary.value("event_icons"_L1).toObject();
        for (int t = 0; t < EventTypeCount; ++t) {
            const EventType type = EventType(t);
            const QString name = QString(eventTypeName(type));
            if (const std::optional<QLatin1StringView> icon = eventIcon(type))
                QVERIFY2(icons.value(name).toString().startsWith(u"/overlay/badges/%1.svg?v="_s.arg(*icon)),
                    qPrintable(name));
            else
                QVERIFY2(!icons.contains(name), qPrintable(name));
        }
    }

    void donationsCarryTheirTier()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        FeedClient client;
        client.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_VERIFY(!client.log.hello.isEmpty());
        auto renewal = std::make_shared<ChatEvent>(*eventOf(EventType::SubscriptionRenewal));
        renewal->editDetails().months = 12;
        auto video = std::make_shared<ChatEvent>(*eventOf(EventType::VideoBalloon));
        video->count = 1'000;
        const EventBatch events {balloon(u"a"_s, 99), balloon(u"b"_s, 100), balloon(u"c"_s, 1'000),
            balloon(u"d"_s, 10'000), eventOf(EventType::Subscription), renewal, eventOf(EventType::SubscriptionGift),
            video, chat(u"e"_s, u"chat"_s), eventOf(EventType::Notice)};
        server.publish(u"chan"_s, events);
        QTRY_COMPARE(client.log.events.size(), events.size());
        QStringList tiers;
        for (const QJsonObject &e : std::as_const(client.log.events))
            tiers.append(e.value("donation_tier"_L1).toString(u"-"_s));
        QCOMPARE(tiers,
            QStringList({u"small"_s, u"medium"_s, u"large"_s, u"huge"_s, u"medium"_s, u"large"_s, u"medium"_s,
                u"large"_s, u"-"_s, u"-"_s}));
        for (qsizetype i = 0; i < events.size(); ++i) {
            const DonationTier tier = donationTier(*events[i]);
            if (tier != DonationTier::None)
                QCOMPARE(tiers.at(i), QString(donationTierName(tier))); // the one rule, not a copy
        }
        // Besides its tier, an event is its EVENTS.md object, a subscription's own "tier" included.
        QCOMPARE(client.log.events.at(2).value("count"_L1).toInt(), 1'000);
        QCOMPARE(client.log.events.at(2).value("type"_L1).toString(), u"balloon"_s);
        auto tiered = std::make_shared<ChatEvent>(*eventOf(EventType::Subscription));
        tiered->editDetails().tier = 2;
        server.publish(u"chan"_s, {tiered});
        QTRY_COMPARE(client.log.events.size(), events.size() + 1);
        QCOMPARE(client.log.events.last().value("tier"_L1).toInt(), 2);
        QCOMPARE(client.log.events.last().value("donation_tier"_L1).toString(), u"medium"_s);
    }

    void aNewPageGetsTheRecentBacklog()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        for (int i = 1; i <= 60; ++i)
            server.publish(u"chan"_s, batch({chat(u"n"_s, u"early %1"_s.arg(i)), eventOf(EventType::Keepalive)}));

        FeedClient client;
        client.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_COMPARE(client.log.events.size(), 50);
        QCOMPARE(client.log.hello.value("backlog"_L1).toInt(), 50);
        QCOMPARE(client.log.texts().first(), u"early 11"_s);
        QCOMPARE(client.log.texts().last(), u"early 60"_s);
        QVERIFY(client.log.events.first().value("_backlog"_L1).toBool());
        QCOMPARE(client.log.seqs().first(), 11u);

        server.publish(u"chan"_s, batch({chat(u"n"_s, u"live"_s)}));
        QTRY_COMPARE(client.log.events.size(), 51);
        QVERIFY(!client.log.events.last().value("_backlog"_L1).toBool());
        QCOMPARE(client.log.seqs().last(), 61u);
    }

    void aHundredClientsAllReceiveEveryEvent()
    {
        OverlayServer server(Token);
        QVERIFY(server.listen());
        QSignalSpy counts(&server, &OverlayServer::clientCountChanged);
        std::vector<std::unique_ptr<FeedClient>> clients;
        for (int i = 0; i < 100; ++i) {
            clients.push_back(std::make_unique<FeedClient>());
            clients.back()->open(feedUrl(server.port(), u"crowd"_s, Token));
        }
        QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 100, 30000);
        QCOMPARE(counts.last().first().toInt(), 100);

        constexpr int Batches = 50, PerBatch = 4;
        for (int b = 0; b < Batches; ++b) {
            EventBatch events;
            for (int i = 0; i < PerBatch; ++i)
                events.append(chat(u"viewer%1"_s.arg(i), u"message %1"_s.arg(b * PerBatch + i)));
            server.publish(u"crowd"_s, events);
        }
        const auto allDone = [&] {
            return std::all_of(clients.begin(), clients.end(),
                [](const auto &c) { return c->log.events.size() == Batches * PerBatch; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allDone(), 30000);
        for (const auto &client : clients) {
            const QList<quint64> seqs = client->log.seqs();
            for (qsizetype i = 0; i < seqs.size(); ++i)
                QCOMPARE(seqs.at(i), quint64(i + 1));
            QCOMPARE(client->log.texts().last(), u"message %1"_s.arg(Batches * PerBatch - 1));
        }
        for (const OverlayServer::ClientInfo &info : server.clients())
            QCOMPARE(info.droppedEvents, 0u);
    }

    void aStalledClientDropsItsOldestMessagesAndNobodyElseNotices()
    {
        OverlayServer::Limits limits;
        limits.maxMessageBytes = 16 * 1024;
        limits.maxQueuedBytes = 256 * 1024;
        limits.socketHighWaterBytes = 64 * 1024;
        limits.pingInterval = std::chrono::minutes(10); // this test is not about dead pages
        limits.pongTimeout = std::chrono::minutes(20);
        OverlayServer server(Token, limits);
        QVERIFY(server.listen());

        StallableClient slow;
        FeedClient fast;
        slow.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_COMPARE(server.clientCount(), 1);
        fast.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_COMPARE(server.clientCount(), 2);
        QTRY_VERIFY(!slow.log().hello.isEmpty() && !fast.log.hello.isEmpty());

        slow.stall();
        // Publish ~1 KiB events until the kernel's buffers for the stalled page
        // are full and the server has had to drop for it, then some more.
        int published = 0;
        int afterFirstDrop = -1;
        qint64 maxQueued = 0, maxSocket = 0;
        while (afterFirstDrop < 2000 && published < 200000) {
            ++published;
            server.publish(u"chan"_s, batch({chat(u"talker"_s, filler(published, 1024))}));
            QCoreApplication::processEvents(); // the fast page, on this thread, keeps reading meanwhile
            if (published % 50 == 0) {
                const OverlayServer::ClientInfo stalled = server.clients().first();
                maxQueued = std::max(maxQueued, stalled.queuedBytes);
                maxSocket = std::max(maxSocket, stalled.socketBytes);
                if (afterFirstDrop < 0 && stalled.droppedEvents > 0)
                    afterFirstDrop = 0;
            }
            if (afterFirstDrop >= 0)
                ++afterFirstDrop;
        }
        QVERIFY2(afterFirstDrop >= 0, "the stalled page never had to drop");
        // Bounded: the queue never passes its budget, the socket never holds much more than its high-water mark.
        QVERIFY2(maxQueued <= limits.maxQueuedBytes, QByteArray::number(maxQueued).constData());
        QVERIFY2(maxSocket <= limits.socketHighWaterBytes + limits.maxMessageBytes,
            QByteArray::number(maxSocket).constData());

        // The reading page got everything, in order, while the other one was stalled.
        QTRY_COMPARE_WITH_TIMEOUT(fast.log.events.size(), qsizetype(published), 30000);
        QCOMPARE(fast.log.seqs().last(), quint64(published));
        QCOMPARE(fast.log.droppedNotices, 0);
        QVERIFY(slow.isConnected());

        const quint64 dropped = server.clients().first().droppedEvents;
        QVERIFY(dropped > 0);
        slow.resume();
        QTRY_VERIFY_WITH_TIMEOUT(!slow.log().events.isEmpty() && slow.log().seqs().last() == quint64(published), 30000);
        const FeedLog log = slow.log();
        // Nothing lost silently: what arrived plus what was reported dropped is everything.
        QCOMPARE(log.droppedReported, dropped);
        QCOMPARE(quint64(log.events.size()) + log.droppedReported, quint64(published));
        // What was dropped was old: the newest events arrived, in order, without a gap at the end.
        const QList<quint64> seqs = log.seqs();
        QVERIFY(std::is_sorted(seqs.begin(), seqs.end()));
        const qsizetype tail = limits.maxQueuedBytes / (2 * 1024);
        for (qsizetype i = 1; i <= tail; ++i)
            QCOMPARE(seqs.at(seqs.size() - i), quint64(published) + 1 - quint64(i));
        QVERIFY(log.droppedNotices >= 1);
    }

    void aPageThatStopsAnsweringPingsIsClosed()
    {
        OverlayServer::Limits limits;
        limits.pingInterval = std::chrono::milliseconds(100);
        limits.pongTimeout = std::chrono::milliseconds(1000);
        OverlayServer server(Token, limits);
        QVERIFY(server.listen());

        StallableClient dead;
        FeedClient alive;
        dead.open(feedUrl(server.port(), u"chan"_s, Token));
        alive.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_COMPARE(server.clientCount(), 2);

        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"closing overlay page of channel chan .* no answer"_s));
        dead.stall();
        // Closed within the bound (pong timeout + one ping interval), with generous slack for a busy machine.
        QTRY_COMPARE_WITH_TIMEOUT(server.clientCount(), 1, 10000);
        dead.resume();
        QTRY_VERIFY(dead.isDisconnected());

        // The answering page lived through the same ping rounds and still gets events.
        QVERIFY(!alive.disconnected);
        server.publish(u"chan"_s, batch({chat(u"n"_s, u"still here"_s)}));
        QTRY_COMPARE(alive.log.texts(), QStringList {u"still here"_s});
        QCOMPARE(server.clientCount(), 1);
    }

    void clientCountIsLimited()
    {
        OverlayServer::Limits limits;
        limits.maxClients = 3;
        OverlayServer server(Token, limits);
        QVERIFY(server.listen());
        FeedClient clients[3];
        for (FeedClient &client : clients)
            client.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_COMPARE(server.clientCount(), 3);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused overlay websocket .* already 3 pages"_s));
        FeedClient extra;
        extra.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_VERIFY_WITH_TIMEOUT(!extra.error.isEmpty(), 10000);
        QVERIFY2(extra.error.contains(u"503"_s), qPrintable(extra.error));
        QCOMPARE(server.clientCount(), 3);

        clients[0].socket.close();
        QTRY_COMPARE(server.clientCount(), 2);
        FeedClient later;
        later.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_COMPARE(server.clientCount(), 3);
    }

    void messageSizesAreLimited()
    {
        OverlayServer::Limits limits;
        limits.maxMessageBytes = 8 * 1024;
        limits.maxIncomingBytes = 1024;
        OverlayServer server(Token, limits);
        QVERIFY(server.listen());
        FeedClient client;
        client.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_VERIFY(!client.log.hello.isEmpty());

        // Outgoing: an event too big for one message is not sent; the rest of the batch is. (The
        // page gets names and messages in their display form, at most 300 characters, so the bulk
        // is in a field it does not draw.)
        const auto sticker = [](const QString &text, qsizetype urlSize) {
            auto event = std::make_shared<ChatEvent>(*chat(u"n"_s, text));
            event->type = EventType::OgqSticker;
            event->editDetails().imageUrl = QString(urlSize, u'u');
            return EventPtr(event);
        };
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not sending a ogq_sticker event of \\d+ bytes"_s));
        server.publish(u"chan"_s,
            batch({sticker(u"x"_s, 20000), chat(u"n"_s, u"small"_s), sticker(u"y"_s, 4000), sticker(u"z"_s, 4000)}));
        QTRY_COMPARE(client.log.events.size(), 3);
        QCOMPARE(client.log.texts().first(), u"small"_s);
        QCOMPARE(client.log.seqs(), (QList<quint64> {1, 2, 3}));
        QVERIFY(client.log.messages >= 3); // hello plus a batch split to stay under the limit

        // Incoming: pages only answer pings; a big message closes the connection.
        client.socket.sendTextMessage(QString(4096, u'a'));
        QTRY_VERIFY_WITH_TIMEOUT(client.disconnected, 10000);
        QCOMPARE(client.closeCode, 1009);
        QTRY_COMPARE(server.clientCount(), 0);
    }

    void listenReportsABusyPortAndCanMove()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        OverlayServer server(Token);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot serve the overlay on port"_s));
        QVERIFY(!server.listen(squatter.serverPort()));
        QVERIFY(!server.errorString().isEmpty());
        QVERIFY(!server.isListening());
        QVERIFY(server.overlayUrl(u"chan"_s).isEmpty());

        QVERIFY(server.listen(0, OverlayServer::Interfaces::All));
        QCOMPARE(server.interfaces(), OverlayServer::Interfaces::All);
        // OBS runs on this machine: the URL stays on loopback even when others may connect.
        QCOMPARE(server.overlayUrl(u"chan"_s).host(), u"127.0.0.1"_s);
        QCOMPARE(httpGet(server.overlayUrl(u"chan"_s)).status, 200);

        FeedClient client;
        client.open(feedUrl(server.port(), u"chan"_s, Token));
        QTRY_COMPARE(server.clientCount(), 1);
        server.close();
        QTRY_VERIFY(client.disconnected);
        QCOMPARE(server.clientCount(), 0);
        QVERIFY(server.overlayUrl(u"chan"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOverlayServer)
#include "tst_overlayserver.moc"
