// The overlay page end to end in real headless Chromium, driven over the
// DevTools protocol: what a streamer's OBS browser source would show.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

#include "ChromiumPage.h"
#include "OverlayTestSupport.h"
#include "core/events/Badges.h"
#include "core/events/Donation.h"
#include "core/events/EventWords.h"
#include "core/overlay/OverlayServer.h"
#include "core/util/DisplayText.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace overlaytest;

namespace {

const QString Token = OverlayServer::generateToken();

// PNG header: signature, then IHDR with width and height.
QSize pngSize(const QByteArray &png)
{
    if (!png.startsWith("\x89PNG\r\n\x1a\n") || png.size() < 24)
        return {};
    const auto be32 = [&](int at) {
        return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16) |
            (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
    };
    return QSize(int(be32(16)), int(be32(20)));
}

QString cssRgb(quint32 rgb)
{
    return u"rgb(%1, %2, %3)"_s.arg((rgb >> 16) & 0xFF).arg((rgb >> 8) & 0xFF).arg(rgb & 0xFF);
}

} // namespace

class TestOverlayPage : public QObject
{
    Q_OBJECT

    OverlayServer m_server {Token};
    std::unique_ptr<ChromiumPage> m_page;
    int m_channelCounter = 0;
    QString m_channel;

    // A fresh channel per test, so backlogs from earlier tests do not show up.
    QUrl open(const QString &options = {})
    {
        m_channel = u"page%1"_s.arg(++m_channelCounter);
        QUrl url = m_server.overlayUrl(m_channel);
        if (!options.isEmpty())
            url.setQuery(url.query(QUrl::FullyEncoded) + u"&"_s + options);
        return url;
    }

    bool load(const QUrl &url)
    {
        if (!m_page->navigate(url))
            return false;
        return m_page->waitUntil(u"document.documentElement.dataset.state === 'open'"_s);
    }

    int lineCount() { return m_page->evaluate(u"document.querySelectorAll('#chat .line').length"_s).toInt(-1); }

    // Every line as {type, classes, tier, nick, nickClass, nickColor, text, badges[], badgeSrc[]}.
    QJsonArray lines()
    {
        return m_page
            ->evaluate(uR"(Array.from(document.querySelectorAll('#chat .line')).map((line) => ({
                type: line.dataset.type,
                classes: line.className,
                tier: line.dataset.tier ?? null,
                nick: line.querySelector('.nick')?.textContent ?? null,
                nickClass: line.querySelector('.nick')?.className ?? null,
                nickColor: line.querySelector('.nick') ? getComputedStyle(line.querySelector('.nick')).color : null,
                text: line.querySelector('.text')?.textContent ?? null,
                whole: line.textContent,
                badges: Array.from(line.querySelectorAll('.badges .badge')).map((b) => b.dataset.role),
                badgeSrc: Array.from(line.querySelectorAll('.badges .badge')).map((b) => b.getAttribute('src')),
                fontSize: parseFloat(getComputedStyle(line).fontSize),
            })))"_s)
            .toArray();
    }

private slots:
    void initTestCase()
    {
        if (ChromiumPage::executable().isEmpty())
            QSKIP(qPrintable(ChromiumPage::installHint()));
        QVERIFY(m_server.listen());
        m_page = std::make_unique<ChromiumPage>();
        QVERIFY2(m_page->start(QSize(400, 600)), qPrintable(m_page->errorString()));
    }

    void cleanup()
    {
        if (m_page) {
            // No exception, CSP violation or console error on any page of these tests.
            QVERIFY2(m_page->problems().isEmpty(), qPrintable(m_page->problems().join(u'\n')));
        }
    }

    void cleanupTestCase() { m_page.reset(); }

    void chatLinesShowRoleBadgesAndColouredNames()
    {
        QVERIFY(load(open(u"fade=0"_s)));
        m_server.publish(m_channel,
            batch({chat(u"방장"_s, u"어서 오세요"_s, Role::Host),
                chat(u"매니저님"_s, u"공지 확인해 주세요"_s, Role::Manager),
                chat(u"열혈이"_s, u"오늘도 화이팅"_s, Roles(Role::TopFan) | Role::FanClub),
                chat(u"구독자"_s, u"ㅋㅋㅋ"_s, Roles(Role::Subscriber) | Role::Supporter),
                chat(u"손님"_s, u"처음 왔어요"_s)}));
        QVERIFY2(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === 5"_s),
            qPrintable(m_page->errorString()));
        const QJsonArray shown = lines();
        const QList<QStringList> badges {
            {u"host"_s}, {u"manager"_s}, {u"top_fan"_s, u"fan_club"_s}, {u"subscriber"_s, u"supporter"_s}, {}};
        const QStringList nickRoles {u"role-host"_s, u"role-manager"_s, u"role-top_fan"_s, u"role-subscriber"_s, {}};
        for (int i = 0; i < 5; ++i) {
            const QJsonObject line = shown.at(i).toObject();
            QCOMPARE(line["type"_L1].toString(), u"chat"_s);
            QStringList got;
            for (const QJsonValue &role : line["badges"_L1].toArray())
                got.append(role.toString());
            QCOMPARE(got, badges.at(i));
            const QString nickClass = line["nickClass"_L1].toString();
            if (nickRoles.at(i).isEmpty())
                QCOMPARE(nickClass, u"nick"_s);
            else
                QVERIFY2(nickClass.contains(nickRoles.at(i)), qPrintable(nickClass));
        }
        QCOMPARE(shown.at(0)["nick"_L1].toString(), u"방장"_s);
        QCOMPARE(shown.at(0)["text"_L1].toString(), u"어서 오세요"_s);
        // The name takes the table's colour of the first role, the shade for dark backgrounds.
        const QList<Role> mainRoles {Role::Host, Role::Manager, Role::TopFan, Role::Subscriber};
        for (int i = 0; i < mainRoles.size(); ++i)
            QCOMPARE(shown.at(i)["nickColor"_L1].toString(), cssRgb(roleBadge(mainRoles[i]).nicknameRgbOnDark));
        // Each badge is the app's own SVG, served by the app, with the role's name in Korean.
        QCOMPARE(m_page->evaluate(u"document.querySelector('.badge-top_fan').alt"_s).toString(), u"열혈팬"_s);
        QCOMPARE(m_page->evaluate(u"document.querySelector('.badge-host').title"_s).toString(), u"BJ"_s);
        QVERIFY(shown.at(2)["badgeSrc"_L1][0].toString().startsWith(u"/overlay/badges/top_fan.svg?v="_s));
        QVERIFY(m_page->waitUntil(u"Array.from(document.querySelectorAll('#chat img')).every((i) => "
                                  "i.getAttribute('src').startsWith('/overlay/badges/') && i.complete "
                                  "&& i.naturalWidth > 0)"_s));
    }

    void everyRoleIsDrawnInTheTablesOrderAndColours_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("lang");
        QTest::newRow("dark, Korean") << u"dark"_s << u"ko"_s;
        QTest::newRow("light, English") << u"light"_s << u"en"_s;
        QTest::newRow("box, Korean") << u"box"_s << u"ko"_s;
    }

    void everyRoleIsDrawnInTheTablesOrderAndColours()
    {
        QFETCH(QString, theme);
        QFETCH(QString, lang);
        QVERIFY(load(open(u"fade=0&theme=%1&lang=%2"_s.arg(theme, lang))));
        Roles every;
        for (Role role : AllRoles)
            every |= role;
        EventBatch events;
        for (const RoleBadge &badge : roleBadges())
            events.append(chat(u"한 역할"_s, QString(badge.key), badge.role));
        events.append(chat(u"모든 역할"_s, u"every"_s, every));
        m_server.publish(m_channel, events);
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === %1"_s.arg(events.size())));
        const QJsonArray shown = lines();
        QStringList keys;
        for (qsizetype i = 0; i < qsizetype(roleBadges().size()); ++i) {
            const RoleBadge &badge = roleBadges()[size_t(i)];
            keys.append(QString(badge.key));
            const QJsonObject line = shown.at(i).toObject();
            QCOMPARE(line["badges"_L1].toArray(), QJsonArray({QString(badge.key)}));
            QVERIFY(line["badgeSrc"_L1][0].toString().startsWith(u"/overlay/badges/%1.svg?v="_s.arg(badge.key)));
            const quint32 rgb = theme == u"light"_s ? badge.nicknameRgbOnLight : badge.nicknameRgbOnDark;
            QCOMPARE(line["nickColor"_L1].toString(), cssRgb(rgb));
            QVERIFY2(line["nickClass"_L1].toString().contains(u"role-"_s + badge.key),
                qPrintable(line["nickClass"_L1].toString()));
        }
        // Seven badges in the table's order; the name in the first one's colour.
        const QJsonObject all = shown.last().toObject();
        QCOMPARE(all["badges"_L1].toArray(), QJsonArray::fromStringList(keys));
        QCOMPARE(all["nickColor"_L1].toString(),
            cssRgb(theme == u"light"_s ? roleBadges()[0].nicknameRgbOnLight : roleBadges()[0].nicknameRgbOnDark));
        // Labels in the page's language, from the app's catalogue.
        QCOMPARE(m_page->evaluate(u"document.querySelector('.badge-top_fan').alt"_s).toString(),
            lang == u"ko"_s ? u"열혈팬"_s : u"Top fan"_s);
        QCOMPARE(m_page->evaluate(u"document.querySelector('.badge-host').alt"_s).toString(),
            lang == u"ko"_s ? u"BJ"_s : u"Streamer"_s);
    }

    void biggerDonationsAreEmphasisedMore()
    {
        QVERIFY(load(open(u"fade=0"_s)));
        m_server.publish(m_channel,
            batch({balloon(u"a"_s, 10), balloon(u"b"_s, 500), balloon(u"c"_s, 5000),
                balloon(u"d"_s, 50000, Role::TopFan)}));
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === 4"_s));
        const QJsonArray shown = lines();
        double previous = 0;
        const QStringList tiers {u"small"_s, u"medium"_s, u"large"_s, u"huge"_s};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject line = shown.at(i).toObject();
            QCOMPARE(line["tier"_L1].toString(), tiers.at(i)); // as the server sent it
            QVERIFY2(line["classes"_L1].toString().contains(u"tier-"_s + tiers.at(i)),
                qPrintable(line["classes"_L1].toString()));
            const double size = line["fontSize"_L1].toDouble();
            QVERIFY2(size > previous, qPrintable(QString::number(size)));
            previous = size;
        }
        QVERIFY2(shown.at(3)["whole"_L1].toString().contains(u"별풍선 50,000개"_s),
            qPrintable(shown.at(3)["whole"_L1].toString()));
        QVERIFY(m_page->evaluate(u"document.querySelector('#chat .line img.donation-icon').getAttribute('src')"_s)
                    .toString()
                    .startsWith(u"/overlay/badges/balloon.svg?v="_s));
    }

    void donationsAreWordedAsInTheChatList_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("ko") << u"ko"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void donationsAreWordedAsInTheChatList()
    {
        // The page's words for a donation or a subscription are the app's
        // (core/events/EventWords), in the page's language: the same line in
        // the list, the overlay window and on stream.
        QFETCH(QString, lang);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/soopchat_"_s + lang + u".qm"_s));
        QVERIFY(load(open(u"fade=0&lang="_s + lang)));
        auto renewal = std::make_shared<ChatEvent>(*eventOf(EventType::SubscriptionRenewal, u"일년구독"_s));
        renewal->editDetails().months = 12;
        auto gift = std::make_shared<ChatEvent>(*eventOf(EventType::SubscriptionGift, u"선물왕"_s));
        gift->editDetails().toNickname = u"받는이"_s;
        auto sub = std::make_shared<ChatEvent>(*eventOf(EventType::Subscription, u"새구독"_s));
        m_server.publish(m_channel, batch({balloon(u"한개"_s, 1), balloon(u"많이"_s, 1500), sub, renewal, gift}));
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === 5"_s));
        const QJsonArray shown = lines();
        const auto words = [&](EventType type, int count, const QString &number, const QString &to = {}) {
            return actionTemplate(type, count, translator).replace(u"%Ln"_s, number).replace(u"%1"_s, to);
        };
        const QStringList expected {
            u"한개 "_s + words(EventType::Balloon, 1, u"1"_s),
            u"많이 "_s + words(EventType::Balloon, 1500, u"1,500"_s),
            u"새구독 "_s + words(EventType::Subscription, 0, {}),
            u"일년구독 "_s + words(EventType::SubscriptionRenewal, 12, u"12"_s),
            u"선물왕 "_s + words(EventType::SubscriptionGift, 0, {}, u"받는이"_s),
        };
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(shown.at(i)["whole"_L1].toString(), expected.at(i));
        if (lang == u"ko"_s) {
            QCOMPARE(expected.at(1), u"많이 별풍선 1,500개 선물"_s);
        } else {
            QCOMPARE(expected.at(0), u"한개 sent 1 star balloon"_s);
            QCOMPARE(expected.at(1), u"많이 sent 1,500 star balloons"_s);
        }
    }

    void tiersComeFromTheAppAtTheirEdges()
    {
        QVERIFY(load(open(u"fade=0"_s)));
        auto sub = std::make_shared<ChatEvent>(*eventOf(EventType::Subscription, u"새구독"_s));
        auto renewal = std::make_shared<ChatEvent>(*eventOf(EventType::SubscriptionRenewal, u"일년구독"_s));
        renewal->editDetails().months = 12;
        auto gift = std::make_shared<ChatEvent>(*eventOf(EventType::SubscriptionGift, u"선물왕"_s));
        const EventBatch events {balloon(u"a"_s, 99), balloon(u"b"_s, 100), balloon(u"c"_s, 1'000),
            balloon(u"d"_s, 10'000), sub, renewal, gift, chat(u"e"_s, u"chat has no tier"_s)};
        m_server.publish(m_channel, events);
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === 8"_s));
        const QJsonArray shown = lines();
        for (int i = 0; i < events.size(); ++i) {
            const DonationTier tier = donationTier(*events[i]);
            const QJsonValue shownTier = shown.at(i)["tier"_L1];
            if (tier == DonationTier::None)
                QVERIFY(shownTier.isNull());
            else
                QCOMPARE(shownTier.toString(), QString(donationTierName(tier)));
        }
        QCOMPARE(shown.at(5)["tier"_L1].toString(), u"large"_s); // a year of renewals
        QVERIFY(m_page
                    ->evaluate(u"document.querySelector('#chat .type-subscription_gift img.donation-icon')"
                               ".getAttribute('src')"_s)
                    .toString()
                    .startsWith(u"/overlay/badges/gift.svg?v="_s));
    }

    void chatMarkupIsShownAsTextAndNeverRuns()
    {
        QVERIFY(load(open(u"fade=0"_s)));
        const QStringList payloads {
            uR"x(<img src=x onerror="window.__xss=1;document.body.appendChild(document.createElement('xss-marker'))">)x"_s,
            u"<script>window.__xss=2;document.body.appendChild(document.createElement('xss-marker'))</script>"_s,
            uR"x(<svg onload="window.__xss=3"></svg><a href="javascript:window.__xss=4">click</a>)x"_s,
        };
        EventBatch events;
        for (const QString &payload : payloads)
            events.append(chat(u"<b onmouseover=\"window.__xss=5\">nick</b>"_s, payload));
        events.append(chat(u"marker"_s, u"after the payloads"_s)); // rendered last: everything before is in
        m_server.publish(m_channel, events);
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === 4"_s));

        const QJsonArray shown = lines();
        for (int i = 0; i < payloads.size(); ++i) {
            QCOMPARE(shown.at(i)["text"_L1].toString(), payloads.at(i));
            // As text, in its display form (a nickname is cut at 24 characters, docs/EVENTS.md).
            QCOMPARE(shown.at(i)["nick"_L1].toString(),
                DisplayText::shown(u"<b onmouseover=\"window.__xss=5\">nick</b>"_s, DisplayText::Field::Nickname));
        }
        QCOMPARE(m_page->evaluate(u"typeof window.__xss"_s).toString(), u"undefined"_s);
        QCOMPARE(m_page
                     ->evaluate(u"document.querySelectorAll('xss-marker, #chat script, #chat a, #chat b, #chat svg, "
                                "#chat img:not(.badge[src^=\"/overlay/badges/\"]):not("
                                ".donation-icon[src^=\"/overlay/badges/\"])').length"_s)
                     .toInt(-1),
            0);
        // Only text nodes and our own spans inside a chat line.
        QCOMPARE(m_page
                     ->evaluate(u"Array.from(document.querySelectorAll('#chat .line .text')).every("
                                "(t) => t.childNodes.length === 1 && t.firstChild.nodeType === Node.TEXT_NODE)"_s)
                     .toBool(),
            true);
    }

    void linesFadeOutAndAreRemoved()
    {
        QVERIFY(load(open(u"fade=1"_s)));
        m_server.publish(m_channel, batch({chat(u"a"_s, u"one"_s), chat(u"b"_s, u"two"_s)}));
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === 2"_s));
        QVERIFY2(m_page->waitUntil(u"document.querySelector('#chat .line.fading') !== null"_s),
            qPrintable(m_page->errorString()));
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === 0"_s));
    }

    void onlyTheNewestLinesStay()
    {
        QVERIFY(load(open(u"fade=0&lines=5"_s)));
        EventBatch events;
        for (int i = 1; i <= 12; ++i)
            events.append(chat(u"n"_s, u"message %1"_s.arg(i)));
        m_server.publish(m_channel, events);
        QVERIFY(m_page->waitUntil(u"document.documentElement.dataset.received === '12'"_s));
        QCOMPARE(lineCount(), 5);
        QCOMPARE(lines().at(0)["text"_L1].toString(), u"message 8"_s);
        QCOMPARE(lines().at(4)["text"_L1].toString(), u"message 12"_s);
    }

    void optionsChangeTheLook()
    {
        m_server.setCustomCss(".nick { text-transform: uppercase; }");
        QVERIFY(load(open(u"fade=0&size=32&badges=0&donations_only=1&theme=box&text_color=ff0000"
                          "&font=NanumGothic&css=.line%7Bletter-spacing%3A3px%7D"_s)));
        m_server.publish(m_channel, batch({chat(u"a"_s, u"hidden chat"_s, Role::Host), balloon(u"rich"_s, 100)}));
        QVERIFY(m_page->waitUntil(u"document.documentElement.dataset.received === '2'"_s));
        QCOMPARE(lineCount(), 1); // donations only
        const QJsonObject style = m_page
                                      ->evaluate(uR"((() => { const line = document.querySelector('#chat .line');
                    const s = getComputedStyle(line); const nick = getComputedStyle(line.querySelector('.nick'));
                    return { size: parseFloat(getComputedStyle(document.body).fontSize), color: s.color,
                             spacing: s.letterSpacing, background: s.backgroundColor, font: s.fontFamily,
                             transform: nick.textTransform,
                             badges: line.querySelectorAll('.badge').length }; })())"_s)
                                      .toObject();
        QCOMPARE(style["size"_L1].toDouble(), 32.0);
        QCOMPARE(style["color"_L1].toString(), u"rgb(255, 0, 0)"_s);
        QCOMPARE(style["spacing"_L1].toString(), u"3px"_s); // the css parameter
        QCOMPARE(style["transform"_L1].toString(), u"uppercase"_s); // the app's custom.css
        QVERIFY(style["font"_L1].toString().startsWith(u"NanumGothic"_s));
        QCOMPARE(style["badges"_L1].toInt(), 0);
        m_server.setCustomCss({});
    }

    void aRefreshShowsRecentChatFromTheBacklog()
    {
        const QUrl url = open(u"fade=0"_s);
        QVERIFY(load(url));
        m_server.publish(m_channel, batch({chat(u"a"_s, u"before refresh"_s)}));
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === 1"_s));
        QVERIFY(load(url));
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === 1"_s));
        QCOMPARE(lines().at(0)["text"_L1].toString(), u"before refresh"_s);
    }

    void thePageReconnectsWhenTheAppRestarts()
    {
        QVERIFY(load(open(u"fade=0"_s)));
        const quint16 port = m_server.port();
        m_server.close();
        QVERIFY(m_page->waitUntil(u"document.documentElement.dataset.state !== 'open'"_s));
        QVERIFY(m_server.listen(port));
        QVERIFY2(m_page->waitUntil(u"document.documentElement.dataset.state === 'open'"_s, std::chrono::seconds(30)),
            qPrintable(m_page->errorString()));
        m_server.publish(m_channel, batch({chat(u"a"_s, u"after restart"_s)}));
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === 1"_s));
        // The reconnect attempts while the server was down are network errors, not page problems.
        m_page->clearProblems();
    }

    void aNewTokenStopsOpenPages()
    {
        QVERIFY(load(open(u"fade=0"_s)));
        m_server.setToken(OverlayServer::generateToken());
        QVERIFY(m_page->waitUntil(u"document.documentElement.dataset.state === 'forbidden'"_s));
        m_server.setToken(Token);
    }

    void aWrongTokenGetsNoPage()
    {
        QUrl url = open();
        url.setQuery(u"token=wrong"_s);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"refused overlay page"_s));
        QVERIFY(m_page->navigate(url));
        QVERIFY(m_page->evaluate(u"document.body.innerText"_s).toString().contains(u"403"_s));
        QCOMPARE(m_page->evaluate(u"document.getElementById('chat')"_s).isNull(), true);
        m_page->clearProblems(); // the 403 itself is logged as a failed resource
    }

    void screenshotForPeople()
    {
        QVERIFY(load(open(u"fade=0"_s)));
        // What shows through the transparent page in OBS: a dark game scene, roughly.
        QVERIFY(m_page->setBackground(38, 44, 58, 1.0));
        auto sub = std::make_shared<ChatEvent>(*chat(u"달빛소나타"_s, {}, Role::Subscriber));
        sub->type = EventType::SubscriptionRenewal;
        sub->editDetails().months = 12;
        auto notice = std::make_shared<ChatEvent>();
        notice->type = EventType::Notice;
        notice->text = u"오늘 방송은 밤 11시까지 진행됩니다"_s;
        auto sticker = std::make_shared<ChatEvent>(*chat(u"스티커장인"_s, u"귀여워"_s, Role::FanClub));
        sticker->type = EventType::OgqSticker;
        m_server.publish(m_channel,
            batch({notice, chat(u"별빛토끼"_s, u"안녕하세요~ 오늘도 왔어요"_s),
                chat(u"방장"_s, u"어서 오세요! 랭크 갑니다"_s, Role::Host),
                chat(u"매니저봇"_s, u"채팅 예절을 지켜 주세요"_s, Role::Manager),
                chat(u"열혈팬하늘"_s, u"가즈아!!! 이긴다"_s, Roles(Role::TopFan) | Role::FanClub),
                balloon(u"후원왕"_s, 100), sticker,
                chat(u"구독자민트"_s, u"<b>태그</b>도 글자로"_s, Roles(Role::Subscriber) | Role::Supporter), sub,
                balloon(u"큰손"_s, 10000), chat(u"지나가던시청자"_s, u"ㅋㅋㅋㅋ 대박"_s)}));
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === 11"_s));
        QVERIFY(m_page->waitUntil(u"document.fonts.status === 'loaded'"_s));
        // Let the entry animations finish so the picture shows the settled layout.
        QVERIFY(m_page->waitUntil(u"document.getAnimations().every((a) => a.playState !== 'running' "
                                  "|| a.effect.getTiming().iterations === Infinity)"_s));
        const QByteArray png = m_page->screenshot();
        QCOMPARE(pngSize(png), QSize(400, 600));
        const QString path = testdata::buildDir() + u"/screenshots/overlay-page.png"_s;
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(png), png.size());
        qInfo().noquote() << "overlay screenshot:" << path;
    }
};

QTEST_GUILESS_MAIN(TestOverlayPage)
#include "tst_overlaypage.moc"
