// Highlights, ignore lists and the role filter in the real main window
// against the simulator: a highlighted row, the highlights of every channel
// in one view, an ignored user gone from the chat list, the overlay window
// and the browser overlay's feed (but not from the statistics), the role
// chips, the rules edited in Settings and kept. Screenshots at 800×600 in
// Korean are kept in the build folder.
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>
#include <QWebSocket>

#include "AppTestOptions.h"
#include "core/events/Badges.h"
#include "core/overlay/OverlayServer.h"
#include "sim/SoopSimulator.h"
#include "support/TestData.h"
#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatView.h"
#include "ui/common/AppSettings.h"
#include "ui/main/AppContext.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/HighlightsPanel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RulesSettingsPage.h"
#include "ui/main/SettingsDialog.h"
#include "ui/overlay/OverlayWindow.h"
#include "ui/overlay/OverlayWindowController.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

constexpr int Timeout = 60'000;

struct App
{
    App(const sim::SoopSimulator &simulator, const QString &folder, const QString &language = u"en"_s,
        bool overlay = false)
        : context(options(simulator, folder, language, overlay)), window(context)
    {
        window.resize(1100, 700);
        window.show();
    }

    static AppContext::Options options(
        const sim::SoopSimulator &simulator, const QString &folder, const QString &language, bool overlay)
    {
        AppContext::Options options = apptest::options(folder, simulator.apiBase(), language);
        options.overlayServer = overlay;
        return options;
    }

    AppContext context;
    MainWindow window;
};

HighlightRule roleRule(Roles roles, quint32 rgb)
{
    HighlightRule rule;
    rule.kind = HighlightRule::Kind::Role;
    rule.roles = roles;
    rule.rgb = rgb;
    return rule;
}

// Every user id in the chat list, with how many rows each has.
QHash<QString, int> rowsPerUser(const ChatListModel &model, int fromRow = 0)
{
    QHash<QString, int> users;
    for (int row = fromRow; row < model.rowCount(); ++row) {
        const EventPtr &event = model.eventAt(row);
        if (event && event->userId && event->type == EventType::Chat)
            ++users[*event->userId];
    }
    return users;
}

QString screenshotPath(const QString &name)
{
    const QString path = testdata::buildDir() + u"/screenshots/"_s + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

} // namespace

class TestRulesApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_simulator.start()); }

    void highlightedRowsAreTintedAndListedAcrossChannels()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path(), u"ko"_s);
        ChatRuleSet rules;
        rules.highlights = {
            roleRule(Role::TopFan | Role::Manager, 0xef5350), roleRule(Role::FanClub | Role::Subscriber, 0xffc83d)};
        app.context.setChatRules(rules);
        ChannelTab *first = app.window.openChannel(u"rules_one"_s);
        ChannelTab *second = app.window.openChannel(u"rules_two"_s);
        QVERIFY(first && second && first != second);
        app.window.resize(800, 600);
        HighlightsPanel *panel = app.window.highlightsPanel();
        QVERIFY(panel->isHidden());
        panel->show();

        // Rows of both channels are highlighted, each with its channel.
        const auto hasEntryOf = [panel](ChannelTab *tab) {
            for (int row = 0; row < panel->count(); ++row) {
                if (panel->tabAt(row) == tab)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasEntryOf(first) && hasEntryOf(second), Timeout);
        for (int row = 0; row < panel->count(); ++row) {
            const QString text = panel->list()->item(row)->text();
            QVERIFY2(text.contains(panel->tabAt(row)->tabTitle()), qPrintable(text));
        }

        // In the chat list, a top fan's row is drawn in the first rule's colour.
        ChatView *chat = first->chatView();
        first->model()->flush();
        const auto highlightedRow = [chat](Role role) {
            for (int row = 0; row < chat->proxy()->rowCount(); ++row) {
                const EventPtr &event = chat->proxy()->eventAt(row);
                if (event->type == EventType::Chat && event->roles().testFlag(role))
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT((first->model()->flush(), highlightedRow(Role::FanClub) >= 0), Timeout);
        const std::optional<Highlight> hit =
            chat->delegate()->highlightOf(chat->proxy()->index(highlightedRow(Role::FanClub), 0));
        QVERIFY(hit);
        QVERIFY(hit->rgb == 0xffc83d || hit->rgb == 0xef5350);
        for (int row = 0; row < chat->proxy()->rowCount(); ++row) {
            const EventPtr &event = chat->proxy()->eventAt(row);
            const bool plain = event->type == EventType::Chat && !event->roles();
            if (plain)
                QVERIFY(!chat->delegate()->highlightOf(chat->proxy()->index(row, 0)));
        }

        // The pop-out overlay window marks the same lines.
        OverlayWindowController *overlay = first->overlayWindow();
        overlay->popOut();
        const auto overlayHighlights = [overlay] {
            int marked = 0;
            for (const OverlayWindow::ShownLine &line : overlay->window()->shownLines()) {
                if (line.highlight.isValid()) {
                    ++marked;
                    if (!(line.event->roles() & (Role::TopFan | Role::Manager | Role::FanClub | Role::Subscriber)))
                        return -1;
                }
            }
            return marked;
        };
        QTRY_VERIFY_WITH_TIMEOUT(overlayHighlights() > 0, Timeout);
        overlay->closeWindow();

        // Clicking an entry of the other channel goes to its tab.
        app.window.tabWidget()->setCurrentWidget(first);
        int otherRow = -1;
        for (int row = 0; row < panel->count() && otherRow < 0; ++row) {
            if (panel->tabAt(row) == second)
                otherRow = row;
        }
        QVERIFY(otherRow >= 0);
        QListWidget *list = panel->list();
        list->scrollToItem(list->item(otherRow));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(otherRow)).center());
        QCOMPARE(app.window.currentTab(), second);

        // The picture: 800×600, in Korean, the highlights dock open.
        app.window.tabWidget()->setCurrentWidget(first);
        first->model()->flush();
        QCoreApplication::processEvents();
        // (The dock's own title is Korean once the new strings are in translations/.)
        QVERIFY(app.window.grab().save(screenshotPath(u"rules-highlights-800x600-ko.png"_s)));

        // The closed tab's entries stay, without a tab to go to.
        app.window.closeTab(app.window.tabWidget()->indexOf(second));
        for (int row = 0; row < panel->count(); ++row)
            QVERIFY(panel->tabAt(row) != second);
    }

    void anIgnoredUserLeavesTheListTheOverlaysButNotTheStatistics()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path(), u"en"_s, true);
        OverlayServer *server = app.context.overlay();
        QVERIFY(server && server->isListening());
        ChannelTab *tab = app.window.openChannel(u"rules_ignore"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::Live, Timeout);

        // The browser overlay's feed, as a page reads it.
        QWebSocket feed;
        QList<QJsonObject> fed;
        connect(&feed, &QWebSocket::binaryMessageReceived, this, [&fed](const QByteArray &message) {
            const QJsonObject object = QJsonDocument::fromJson(message).object();
            if (object.value("kind"_L1).toString() == "events"_L1) {
                for (const QJsonValue &event : object.value("events"_L1).toArray())
                    fed.append(event.toObject());
            }
        });
        QUrl feedUrl(u"ws://127.0.0.1/overlay/ws/"_s + tab->channelId());
        feedUrl.setPort(server->port());
        feedUrl.setQuery(QUrlQuery {{u"token"_s, server->token()}});
        feed.open(feedUrl);
        QSignalSpy connected(&feed, &QWebSocket::connected);
        QVERIFY(connected.wait(Timeout));

        // The pop-out overlay window.
        OverlayWindowController *overlay = tab->overlayWindow();
        overlay->popOut();
        QTRY_VERIFY(overlay->isOpen());

        // The chattiest user so far is ignored, in Settings.
        QTRY_VERIFY_WITH_TIMEOUT((tab->model()->flush(), rowsPerUser(*tab->model()).size() >= 5), Timeout);
        const QHash<QString, int> users = rowsPerUser(*tab->model());
        QString troll;
        for (auto it = users.cbegin(); it != users.cend(); ++it) {
            if (it.key() != tab->channelId() && (troll.isEmpty() || it.value() > users.value(troll)))
                troll = it.key();
        }
        QVERIFY(!troll.isEmpty());
        {
            SettingsDialog dialog(app.context, &app.window);
            auto *page = dialog.findChild<RulesSettingsPage *>();
            QVERIFY(page);
            IgnoreRule rule;
            rule.kind = IgnoreRule::Kind::User;
            rule.pattern = troll;
            page->addIgnore(rule);
            dialog.accept();
        }
        QCOMPARE(app.context.chatRules()->ruleSet().ignores.size(), 1);
        tab->model()->flush();
        const int rowsBefore = tab->model()->rowCount();
        const qsizetype fedBefore = fed.size();
        const qint64 messagesBefore = tab->users().user(troll)->messageCount;

        // The troll speaks again: the statistics count it, nothing shows it.
        // (Lines from before the rule may still be fading out of the overlay window.)
        QSet<const ChatEvent *> before;
        for (int row = 0; row < rowsBefore; ++row)
            before.insert(tab->model()->eventAt(row).get());
        int newOnWindow = 0;
        QStringList trollOnWindow;
        const auto watchWindow = [&] {
            for (const OverlayWindow::ShownLine &line : overlay->window()->shownLines()) {
                if (before.contains(line.event.get()))
                    continue;
                ++newOnWindow;
                if (line.event->userId == troll)
                    trollOnWindow.append(line.event->text.value_or(QString()));
            }
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            (watchWindow(), tab->users().user(troll)->messageCount >= messagesBefore + 2), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT((watchWindow(), fed.size() > fedBefore + 10), Timeout);
        tab->model()->flush();
        QVERIFY(tab->model()->rowCount() > rowsBefore);
        QCOMPARE(rowsPerUser(*tab->model(), rowsBefore).value(troll), 0);
        for (qsizetype i = fedBefore; i < fed.size(); ++i)
            QVERIFY2(fed[i].value("user_id"_L1).toString() != troll, qPrintable(troll));
        QVERIFY(newOnWindow > 0);
        QVERIFY2(trollOnWindow.isEmpty(), qPrintable(trollOnWindow.join(u" / "_s)));

        // Kept in the settings file, and read back the same.
        QCOMPARE(AppSettings(app.context.settings().path()).chatRules(), app.context.chatRules()->ruleSet());
        overlay->closeWindow();
    }

    void theRoleChipsShowOnlyThoseRolesInEitherLanguage()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path());
        ChannelTab *tab = app.window.openChannel(u"rules_roles"_s);
        ChatView *chat = tab->chatView();
        auto *fanClub = chat->findChild<QToolButton *>(u"filter-role-fan_club"_s);
        auto *manager = chat->findChild<QToolButton *>(u"filter-role-manager"_s);
        QVERIFY(fanClub && manager);
        QCOMPARE(fanClub->text(), roleLabel(Role::FanClub));
        const QString english = fanClub->text();
        QTRY_VERIFY_WITH_TIMEOUT((tab->model()->flush(), !rowsPerUser(*tab->model()).isEmpty()), Timeout);

        QTest::mouseClick(fanClub, Qt::LeftButton);
        QTest::mouseClick(manager, Qt::LeftButton);
        QCOMPARE(chat->roles(), Role::FanClub | Role::Manager);
        QTRY_VERIFY_WITH_TIMEOUT((tab->model()->flush(), chat->proxy()->rowCount() > 0), Timeout);
        for (int row = 0; row < chat->proxy()->rowCount(); ++row)
            QVERIFY(chat->proxy()->eventAt(row)->roles() & (Role::FanClub | Role::Manager));
        QVERIFY(chat->proxy()->rowCount() < tab->model()->rowCount());
        // Kept for the next tab and start.
        QCOMPARE(app.context.settings().chatRoleFilter(), (Role::FanClub | Role::Manager).toInt());

        // The chips follow the language like the category chips.
        app.context.setLanguage(u"ko"_s);
        QTRY_COMPARE(fanClub->text(), roleLabel(Role::FanClub));
        QVERIFY(fanClub->text() != english);
        app.window.resize(800, 600);
        tab->model()->flush();
        QCoreApplication::processEvents();
        QVERIFY(app.window.grab().save(screenshotPath(u"rules-role-filter-800x600-ko.png"_s)));

        QTest::mouseClick(fanClub, Qt::LeftButton);
        QTest::mouseClick(manager, Qt::LeftButton);
        QCOMPARE(chat->roles(), Roles());
        const auto anyWithoutThoseRoles = [chat] {
            for (int row = 0; row < chat->proxy()->rowCount(); ++row) {
                if (!(chat->proxy()->eventAt(row)->roles() & (Role::FanClub | Role::Manager)))
                    return true;
            }
            return false;
        };
        QVERIFY(anyWithoutThoseRoles());
    }

    void anInvalidExpressionIsSaidInSettingsAndKept()
    {
        QTemporaryDir folder;
        App app(m_simulator, folder.path(), u"ko"_s);
        SettingsDialog dialog(app.context, &app.window);
        auto *page = dialog.findChild<RulesSettingsPage *>();
        QVERIFY(page);
        auto *own = page->findChild<QLineEdit *>(u"ownNames"_s);
        QVERIFY(own);
        own->setText(u"달콤한곰, sweetbear"_s);
        HighlightRule words;
        words.pattern = u"레전드"_s;
        page->addHighlight(words);
        HighlightRule regex;
        regex.kind = HighlightRule::Kind::Regex;
        regex.pattern = u"(unclosed"_s;
        page->addHighlight(regex);
        HighlightRule mine;
        mine.kind = HighlightRule::Kind::OwnName;
        mine.sound = true;
        page->addHighlight(mine);
        page->addHighlight(roleRule(Role::TopFan, 0xef5350));
        IgnoreRule replace;
        replace.kind = IgnoreRule::Kind::Phrase;
        replace.pattern = u"바보"_s;
        replace.replace = true;
        replace.replacement = u"***"_s;
        page->addIgnore(replace);
        QVERIFY(!page->errorText().isEmpty());
        QVERIFY2(page->errorText().contains(u"2"_s), qPrintable(page->errorText()));
        // Corrected as typed: the message goes.
        page->highlightTable()->item(1, 1)->setText(u"(closed)"_s);
        QVERIFY(page->errorText().isEmpty());
        page->highlightTable()->item(1, 1)->setText(u"(unclosed"_s);
        QVERIFY(!page->errorText().isEmpty());

        dialog.resize(800, 600);
        dialog.show();
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentWidget(page);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(screenshotPath(u"rules-settings-800x600-ko.png"_s)));
        dialog.accept();

        const ChatRuleSet kept = AppSettings(app.context.settings().path()).chatRules();
        QCOMPARE(kept.ownNames, (QStringList {u"달콤한곰"_s, u"sweetbear"_s}));
        QCOMPARE(kept.highlights.size(), 4);
        QCOMPARE(kept.highlights[1].kind, HighlightRule::Kind::Regex);
        QCOMPARE(kept.highlights[2].kind, HighlightRule::Kind::OwnName);
        QVERIFY(kept.highlights[2].sound);
        QCOMPARE(kept.highlights[3].roles, Roles(Role::TopFan));
        QCOMPARE(kept.highlights[3].rgb, 0xef5350u);
        QCOMPARE(kept.ignores.size(), 1);
        QCOMPARE(kept.ignores[0].replacement, u"***"_s);
        QCOMPARE(app.context.chatRules()->errors().size(), 1);
        // The app still runs with them.
        ChannelTab *tab = app.window.openChannel(u"rules_after"_s);
        QTRY_VERIFY_WITH_TIMEOUT((tab->model()->flush(), tab->model()->rowCount() > 5), Timeout);
    }

private:
    sim::SoopSimulator m_simulator;
};

QTEST_MAIN(TestRulesApp)
#include "tst_rulesapp.moc"
