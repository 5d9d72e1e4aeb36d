// The overlay end to end, as a streamer runs it: the real app (AppContext,
// MainWindow, ChannelTab) watching a simulated live broadcast, its overlay
// server, and the overlay page in real headless Chromium. Chat said in the
// simulated room must reach the page with its badges, fade away, and markup
// typed in chat must stay text on the page and in the pop-out window.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include "ChromiumPage.h"
#include "core/overlay/OverlayServer.h"
#include "core/util/DisplayText.h"
#include "sim/PacketBuilder.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"
#include "support/TestData.h"
#include "ui/main/AppContext.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/MainWindow.h"
#include "ui/overlay/OverlayWindow.h"
#include "ui/overlay/OverlayWindowController.h"
#include "wiring/ServiceSources.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using soopchat::ConnectionState;

namespace {

constexpr int Timeout = 20'000;
const QString Channel = u"overlay_live_bj"_s;

constexpr quint32 FanClubFlag = 32;
constexpr quint32 SubscriberFlag = 268435456;

// A 0005 chat packet in the 2026 layout, as the simulator's own chat is built.
QByteArray chatPacket(const QString &nickname, const QString &userId, const QString &text, quint32 flag1)
{
    QByteArray out;
    sim::PacketBuilder p(out, 5);
    p.field(QStringView(text)).field(userId.toUtf8()).field("0").field("0").field("-1").field(QStringView(nickname));
    p.flags(flag1, 0).number(-1).field("").field("").number(0).field("-1").empty().field("-1");
    p.finish();
    return out;
}

// JavaScript string literal for `text` (JSON is valid JavaScript).
QString jsString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString lineWithText(const QString &text)
{
    return u"Array.from(document.querySelectorAll('#chat .line')).find((l) => "
           "l.querySelector('.text')?.textContent === %1)"_s.arg(jsString(text));
}

} // namespace

class TestOverlayLive : public QObject
{
    Q_OBJECT

    sim::SoopSimulator m_simulator;
    QTemporaryDir m_folder;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ChromiumPage> m_page;
    ChannelTab *m_tab = nullptr;

    QUrl pageUrl(const QString &options) const
    {
        QUrl url = m_context->overlay()->overlayUrl(m_tab->channelId());
        url.setQuery(url.query(QUrl::FullyEncoded) + u"&"_s + options);
        return url;
    }

    bool load(const QString &options)
    {
        return m_page->navigate(pageUrl(options)) &&
            m_page->waitUntil(u"document.documentElement.dataset.state === 'open'"_s);
    }

    void say(const QString &nickname, const QString &userId, const QString &text, quint32 flag1 = 0)
    {
        m_simulator.channel(Channel)->sendPacket(chatPacket(nickname, userId, text, flag1));
    }

private slots:
    void initTestCase()
    {
        if (ChromiumPage::executable().isEmpty())
            QSKIP(qPrintable(ChromiumPage::installHint()));
        QVERIFY(m_simulator.start());
        AppContext::Options options;
        options.settingsPath = m_folder.filePath(u"soopchat.ini"_s);
        options.dataDir = m_folder.filePath(u"data"_s);
        options.makeSources = wiring::serviceSources(m_simulator.apiBase());
        options.language = u"en"_s;
        m_context = std::make_unique<AppContext>(options);
        QVERIFY2(m_context->overlay(), qPrintable(m_context->overlayError()));
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->show();
        m_tab = m_window->openChannel(Channel);
        QVERIFY(m_tab);
        QTRY_COMPARE_WITH_TIMEOUT(m_tab->status().state, ConnectionState::Live, Timeout);
        m_simulator.channel(Channel)->setRate(6); // a calm room, so a line stays put while we look at it

        m_page = std::make_unique<ChromiumPage>();
        QVERIFY2(m_page->start(QSize(400, 600)), qPrintable(m_page->errorString()));
    }

    void cleanup()
    {
        if (m_page) // no exception, CSP violation or console error on the page
            QVERIFY2(m_page->problems().isEmpty(), qPrintable(m_page->problems().join(u'\n')));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_window.reset(); // the tabs (and their clients) before the context's network thread
        m_context.reset();
    }

    void chatFromTheSimulatedBroadcastShowsWithBadges()
    {
        QVERIFY(load(u"fade=0&lines=200"_s));
        // The scripted room's own chat, roles and all, as the app received it.
        QVERIFY2(m_page->waitUntil(u"document.querySelectorAll('#chat .line.message').length >= 8"_s),
            qPrintable(m_page->errorString()));
        QVERIFY2(m_page->waitUntil(u"document.querySelectorAll('#chat .line .badges .badge').length > 0"_s),
            qPrintable(m_page->errorString()));

        // One exact line through the simulator's chat socket, the client, the tab and the server.
        say(u"배지시청자"_s, u"badge_viewer"_s, u"배지가 보이나요?"_s, FanClubFlag | SubscriberFlag);
        QVERIFY2(m_page->waitUntil(lineWithText(u"배지가 보이나요?"_s) + u" !== undefined"_s),
            qPrintable(m_page->errorString()));
        const QJsonObject line = m_page
                                     ->evaluate(u"(() => { const l = %1; return { nick: l.querySelector('.nick')"
                                                ".textContent, nickClass: l.querySelector('.nick').className, "
                                                "badges: Array.from(l.querySelectorAll('.badge')).map((b) => "
                                                "b.dataset.role) }; })()"_s.arg(lineWithText(u"배지가 보이나요?"_s)))
                                     .toObject();
        QCOMPARE(line["nick"_L1].toString(), u"배지시청자"_s);
        QVERIFY2(
            line["nickClass"_L1].toString().contains(u"role-fan_club"_s), qPrintable(line["nickClass"_L1].toString()));
        QCOMPARE(line["badges"_L1].toArray(), QJsonArray({u"fan_club"_s, u"subscriber"_s}));
    }

    void linesFadeOutOnThePage()
    {
        QVERIFY(load(u"fade=2&lines=200"_s));
        say(u"잠깐시청자"_s, u"brief"_s, u"곧 사라질 줄"_s);
        const QString probe = lineWithText(u"곧 사라질 줄"_s);
        QVERIFY2(m_page->waitUntil(probe + u" !== undefined"_s), qPrintable(m_page->errorString()));
        QVERIFY2(
            m_page->waitUntil(probe + u"?.classList.contains('fading') === true"_s), qPrintable(m_page->errorString()));
        QVERIFY2(m_page->waitUntil(probe + u" === undefined"_s), qPrintable(m_page->errorString()));
    }

    void markupTypedInChatStaysText()
    {
        // A quiet room: the pop-out window shows only the newest lines that fit
        // its height, and the room's own chat pushed these off its top within
        // a second, often before the checks on the page below were done.
        sim::SimChannel *room = m_simulator.channel(Channel);
        room->setTimeline(sim::SimChannel::Timeline::Muted);
        const auto deliverAgain = qScopeGuard([room] { room->setTimeline(sim::SimChannel::Timeline::Delivered); });
        QVERIFY(load(u"fade=0&lines=200"_s));
        OverlayWindowController *controller = m_tab->overlayWindow();
        OverlayWindowOptions options = controller->options();
        options.fadeSeconds = 0; // as on the page: the lines stay however long the checks take
        controller->setOptions(options);
        controller->popOut(); // the pop-out window gets the same lines
        OverlayWindow *window = controller->window();
        const QStringList payloads {
            uR"x(<img src=x onerror="window.__xss=1;document.body.appendChild(document.createElement('xss-marker'))">)x"_s,
            u"<script>window.__xss=2</script>"_s,
            uR"x(<svg onload="window.__xss=3"></svg><a href="javascript:window.__xss=4">click</a>)x"_s,
        };
        const QString nick = u"<b onmouseover=\"window.__xss=5\">닉</b>"_s;
        for (const QString &payload : payloads)
            say(nick, u"xss_viewer"_s, payload, FanClubFlag);
        say(u"마커"_s, u"marker"_s, u"payloads sent"_s); // arrives after them

        QVERIFY2(m_page->waitUntil(lineWithText(u"payloads sent"_s) + u" !== undefined"_s),
            qPrintable(m_page->errorString()));
        for (const QString &payload : payloads) {
            QVERIFY2(m_page->evaluate(lineWithText(payload) + u" !== undefined"_s).toBool(), qPrintable(payload));
            // As text, in its display form (a nickname is cut at 24 characters, docs/EVENTS.md).
            QCOMPARE(m_page->evaluate(lineWithText(payload) + u".querySelector('.nick').textContent"_s).toString(),
                DisplayText::shown(nick, DisplayText::Field::Nickname));
        }
        QCOMPARE(m_page->evaluate(u"typeof window.__xss"_s).toString(), u"undefined"_s);
        QCOMPARE(m_page
                     ->evaluate(u"document.querySelectorAll('xss-marker, #chat script, #chat a, #chat b, #chat svg, "
                                "#chat img:not(.badge[src^=\"/overlay/badges/\"]):not("
                                ".donation-icon[src^=\"/overlay/badges/\"])').length"_s)
                     .toInt(-1),
            0);

        // The pop-out window holds the same text, drawn as text.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                int found = 0;
                for (const OverlayWindow::ShownLine &line : window->shownLines()) {
                    if (payloads.contains(line.event->text.value_or(QString())) && line.event->nickname == nick)
                        ++found;
                }
                return found == payloads.size();
            }(),
            Timeout);
    }

    void screenshotOfTheLivePage()
    {
        QVERIFY(load(u"fade=0&lines=30"_s));
        QVERIFY(m_page->setBackground(38, 44, 58, 1.0)); // roughly a dark game scene behind the source
        // The backlog brings the room's recent chat (the markup lines among it); let a few more arrive.
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length >= 12"_s));
        say(u"큰손시청자"_s, u"big_viewer"_s, u"오늘 방송 최고예요!"_s, FanClubFlag | SubscriberFlag);
        QVERIFY(m_page->waitUntil(lineWithText(u"오늘 방송 최고예요!"_s) + u" !== undefined"_s));
        QVERIFY(m_page->waitUntil(u"document.fonts.status === 'loaded'"_s));
        // A steady picture: the chat stops and the entry animations end.
        m_simulator.channel(Channel)->setRate(1);
        QVERIFY(m_page->waitUntil(u"document.getAnimations().every((a) => a.playState !== 'running' "
                                  "|| a.effect.getTiming().iterations === Infinity)"_s));
        const QByteArray png = m_page->screenshot();
        QVERIFY(png.startsWith("\x89PNG"));
        const QString path = testdata::buildDir() + u"/screenshots/overlay-page-live.png"_s;
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(png), png.size());
        qInfo().noquote() << "live overlay screenshot:" << path;
    }
};

QTEST_MAIN(TestOverlayLive)
#include "tst_overlaylive.moc"
