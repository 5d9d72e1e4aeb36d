// The main window with SOOP and CHZZK side by side (both simulators on
// loopback): a CHZZK tab is titled with the streamer's name, not its 32-hex
// id; the channel bar, the welcome page, the tabs' tips and the connection
// banner name the platform of the channel they speak of, in the platform's
// own words where only it knows the rule (issue #16).
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "AppTestOptions.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"
#include "sim/chzzk/ChzzkSimulator.h"
#include "support/TestData.h"
#include "ui/chat/ChatListModel.h"
#include "ui/favourites/FavouritesPanel.h"
#include "ui/main/AppContext.h"
#include "ui/main/ChannelBar.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/ConnectionBanner.h"
#include "ui/main/MainWindow.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace soopchat;
using soopchat::sim::ChzzkSimulator;

namespace {
constexpr int Timeout = 20'000;
const QString ChzzkId = u"0f1e2d3c4b5a69788796a5b4c3d2e1f0"_s;
const QString AdultId = u"a0a0a0a0b1b1b1b1c2c2c2c2d3d3d3d3"_s;

QString placeholder(const MainWindow &window)
{
    return window.channelBar()->findChild<QComboBox *>()->lineEdit()->placeholderText();
}

// The welcome page's sentence with what to type.
QString welcomeHint(const MainWindow &window)
{
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->text().contains(u"chzzk.naver.com"_s))
            return label->text();
    }
    return {};
}

ChannelStatus statusOf(ConnectionState state, AccessRestriction restriction = AccessRestriction::None)
{
    ChannelStatus status;
    status.state = state;
    status.channel = u"someone"_s;
    status.restriction = restriction;
    return status;
}
} // namespace

class TestPlatformTabs : public QObject
{
    Q_OBJECT

private:
    AppContext::Options options(const QString &folder, const QString &language = u"en"_s) const
    {
        AppContext::Options options = apptest::options(folder, m_soop.apiBase(), language);
        options.makeSources = wiring::serviceSources(m_soop.apiBase(), {}, m_chzzk->apiBase());
        LiveWatcher::Pace pace;
        pace.interval = 200ms;
        pace.minimumGap = 10ms;
        options.liveCheckPace = pace;
        return options;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_soop.start());
        sim::ChzzkSimOptions chzzk;
        chzzk.rate = 4;
        m_chzzk = std::make_unique<ChzzkSimulator>(chzzk);
        QString error;
        QVERIFY2(m_chzzk->start(&error), qPrintable(error));
    }

    void theBarAndTheWelcomeNameEveryPlatform()
    {
        QTemporaryDir folder;
        AppContext context(options(folder.path()));
        MainWindow window(context);
        window.show();
        QCOMPARE(context.sources().displayNames(), u"SOOP, CHZZK"_s);
        QCOMPARE(placeholder(window), u"Streamer id or address (SOOP, CHZZK)…"_s);
        const QString tip = window.channelBar()->findChild<QComboBox *>()->toolTip();
        QVERIFY2(tip.contains(u"SOOP: "_s) && tip.contains(u"gosegu2"_s), qPrintable(tip));
        QVERIFY2(tip.contains(u"CHZZK: "_s) && tip.contains(u"chzzk.naver.com/live/"_s), qPrintable(tip));
        // Nothing typed: neutral words, not one platform's.
        auto *input = window.channelBar()->findChild<QComboBox *>();
        input->lineEdit()->clear();
        QTest::keyClick(input->lineEdit(), Qt::Key_Return);
        QCOMPARE(window.channelBar()->errorText(), u"Enter a streamer id or a channel address."_s);
        const QString hint = welcomeHint(window);
        QVERIFY2(hint.contains(u"sooplive.co.kr"_s) && hint.contains(u"32 letters and digits"_s), qPrintable(hint));
        QVERIFY(!window.findChildren<QLabel *>().isEmpty());
        for (const QLabel *label : window.findChildren<QLabel *>())
            QVERIFY2(label->text() != u"Watch a SOOP chat"_s, "the welcome speaks of one platform");
    }

    void aChzzkTabIsTitledWithTheStreamersName()
    {
        QTemporaryDir folder;
        AppContext context(options(folder.path()));
        MainWindow window(context);
        window.resize(1100, 700);
        window.show();
        ChannelTab *chzzk = window.openChannel(u"https://chzzk.naver.com/live/"_s + ChzzkId);
        QVERIFY(chzzk);
        QCOMPARE(chzzk->platform(), Platform::Chzzk);
        QTRY_COMPARE_WITH_TIMEOUT(chzzk->status().state, ConnectionState::Live, Timeout);
        const QString name = m_chzzk->channelName(ChzzkId);
        QVERIFY(!name.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(window.tabWidget()->tabText(window.tabWidget()->indexOf(chzzk)), name, Timeout);
        QCOMPARE(chzzk->tabTitle(), name);
        QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().startsWith(name), Timeout);
        const QString chzzkTip = window.tabWidget()->tabToolTip(window.tabWidget()->indexOf(chzzk));
        QVERIFY2(chzzkTip.startsWith(u"CHZZK · "_s), qPrintable(chzzkTip));

        // A SOOP tab beside it says SOOP.
        ChannelTab *soop = window.openChannel(u"gosegu2"_s);
        QVERIFY(soop);
        QTRY_COMPARE_WITH_TIMEOUT(soop->status().state, ConnectionState::Live, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(soop->tabTitle(), m_soop.channel(u"gosegu2"_s)->nickname(), Timeout);
        const QString soopTip = window.tabWidget()->tabToolTip(window.tabWidget()->indexOf(soop));
        QVERIFY2(soopTip.startsWith(u"SOOP · "_s), qPrintable(soopTip));

        // The favourites name it too: from its tab while open, from the live check otherwise.
        FavouritesPanel *favourites = window.favourites();
        QVERIFY(favourites->addChannel(ChzzkId));
        const QString key = favourites->channels().first();
        QTRY_VERIFY2_WITH_TIMEOUT(
            favourites->rowText(key).startsWith(name), qPrintable(favourites->rowText(key)), Timeout);
        const QString other = u"fedcba98765432100123456789abcdef"_s;
        QVERIFY(favourites->addChannel(other));
        const QString otherKey = favourites->channels().last();
        QTRY_COMPARE_WITH_TIMEOUT(favourites->watcher()->state(otherKey).state, LiveCheck::State::Live, Timeout);
        QTRY_VERIFY2_WITH_TIMEOUT(favourites->rowText(otherKey).startsWith(m_chzzk->channelName(other)),
            qPrintable(favourites->rowText(otherKey)), Timeout);
        QCOMPARE(window.tabs().size(), 2);
    }

    void aNamelessChzzkTabKeepsItsId()
    {
        m_chzzk->setChannelInfoFault(ChzzkSimulator::ChannelInfoFault::ServerError);
        const quint64 asked = m_chzzk->counters().channelInfoRequests;
        const QString id = u"1234567890abcdef1234567890abcdef"_s;
        QTemporaryDir folder;
        AppContext context(options(folder.path()));
        MainWindow window(context);
        window.show();
        ChannelTab *tab = window.openChannel(id);
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::Live, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_chzzk->counters().channelInfoRequests > asked, Timeout);
        QCOMPARE(window.tabWidget()->tabText(0), id);
        m_chzzk->setChannelInfoFault(ChzzkSimulator::ChannelInfoFault::None);
    }

    void theBannerNamesTheTabsPlatform()
    {
        QTemporaryDir folder;
        AppContext context(options(folder.path()));
        const ChatSources &sources = context.sources();
        const auto say = [&sources](Platform platform, const ChannelStatus &status) {
            return ConnectionBanner::describe(sources, platform, status, 0);
        };
        QCOMPARE(say(Platform::Soop, statusOf(ConnectionState::Resolving)), u"Looking up someone on SOOP…"_s);
        QCOMPARE(say(Platform::Chzzk, statusOf(ConnectionState::Resolving)), u"Looking up someone on CHZZK…"_s);
        QCOMPARE(say(Platform::Chzzk, statusOf(ConnectionState::NotFound)), u"There is no CHZZK channel “someone”."_s);
        QCOMPARE(say(Platform::Soop, statusOf(ConnectionState::NotFound)), u"There is no SOOP channel “someone”."_s);
        QVERIFY(say(Platform::Soop, statusOf(ConnectionState::Unavailable)).startsWith(u"SOOP is under maintenance"_s));

        // SOOP's words for SOOP, as before; CHZZK's own rule for CHZZK.
        const QString soopAdult =
            say(Platform::Soop, statusOf(ConnectionState::LoginRequired, AccessRestriction::AdultVerification));
        QVERIFY2(soopAdult.startsWith(u"This broadcast needs an adult-verified SOOP account. SOOP lets only "
                                      "logged-in viewers into its chat"_s),
            qPrintable(soopAdult));
        QVERIFY(say(Platform::Soop, statusOf(ConnectionState::LoginRequired, AccessRestriction::Subscribers))
                    .startsWith(u"This broadcast is for plus subscribers only."_s));
        const QString chzzkAdult =
            say(Platform::Chzzk, statusOf(ConnectionState::LoginRequired, AccessRestriction::AdultVerification));
        QVERIFY2(chzzkAdult.contains(u"CHZZK gives its chat only to viewers who have logged in and verified their "
                                     "age"_s),
            qPrintable(chzzkAdult));
        QVERIFY2(!chzzkAdult.contains(u"SOOP"_s), qPrintable(chzzkAdult));

        // And a real adult-only CHZZK live, in its tab.
        m_chzzk->setState(AdultId, ChzzkSimulator::ChannelState::AdultOnly);
        MainWindow window(context);
        window.show();
        ChannelTab *tab = window.openChannel(AdultId);
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::LoginRequired, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(tab->banner()->message(), chzzkAdult, Timeout);
        QVERIFY(tab->banner()->isVisible());
    }

    void theKoreanWindowAt800x600()
    {
        // For a person to look at: the channel bar and a CHZZK tab, in Korean, at the smallest size.
        QTemporaryDir folder;
        AppContext context(options(folder.path(), u"ko"_s));
        MainWindow window(context);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString shots = testdata::buildDir() + u"/screenshots"_s;
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(shots + u"/platforms-welcome-800x600-ko.png"_s));
        ChannelTab *tab = window.openChannel(ChzzkId);
        QVERIFY(tab);
        window.openChannel(u"gosegu2"_s);
        window.tabWidget()->setCurrentWidget(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->tabTitle(), m_chzzk->channelName(ChzzkId), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 10, Timeout);
        tab->model()->flush();
        QCOMPARE(window.width(), 800);
        QVERIFY(window.grab().save(shots + u"/platforms-chzzk-tab-800x600-ko.png"_s));
        // The placeholder is not cut off in the bar at this width.
        QLineEdit *edit = window.channelBar()->findChild<QComboBox *>()->lineEdit();
        QVERIFY2(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) < edit->width(),
            qPrintable(edit->placeholderText()));
    }

private:
    sim::SoopSimulator m_soop;
    std::unique_ptr<ChzzkSimulator> m_chzzk;
};

QTEST_MAIN(TestPlatformTabs)
#include "tst_platformtabs.moc"
