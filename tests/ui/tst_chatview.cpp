// The chat list widget: following the bottom, the "new messages" button,
// filter toggles and search, nickname clicks, and a screenshot to look at.
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

#include "ChatTestEvents.h"
#include "core/events/Badges.h"
#include "core/stats/UserDirectory.h"
#include "support/TestData.h"
#include "ui/chat/ChatColors.h"
#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/UserCardDialog.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace chattest;

namespace {

void feed(ChatListModel &model, const EventBatch &batch)
{
    model.append(batch);
    model.flush();
    QCoreApplication::processEvents(); // the view's coalesced relayout
}

// A chat view on screen over its own model, as the tab shows it.
struct ShownChat
{
    explicit ShownChat(int maxRows = ChatListModel::DefaultMaxRows)
    {
        model.setMaxRows(maxRows);
        view.resize(420, 300);
        view.show();
    }

    ChatListModel model;
    ChatView view {&model};
};

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1E, 0x1F, 0x22));
    p.setColor(QPalette::WindowText, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1B));
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x23, 0x26));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Button, QColor(0x2A, 0x2B, 0x2F));
    p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Highlight, QColor(0x4C, 0x7D, 0xF0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// A realistic few seconds of a busy Korean stream.
EventBatch showcase()
{
    auto renewal = std::make_shared<ChatEvent>();
    renewal->type = EventType::SubscriptionRenewal;
    renewal->nickname = u"오래된구독자"_s;
    renewal->userId = u"oldsub"_s;
    renewal->editDetails().months = 14;
    renewal->receivedAtMs = at(21, 2, 41);
    auto gift = std::make_shared<ChatEvent>();
    gift->type = EventType::SubscriptionGift;
    gift->nickname = u"선물왕"_s;
    gift->userId = u"giftking"_s;
    gift->editDetails().toNickname = u"새싹시청자"_s;
    gift->receivedAtMs = at(21, 2, 55);
    auto freeze = ofType(EventType::Freeze, at(21, 3, 20));
    freeze->editDetails().frozen = true;
    auto mute = ofType(EventType::Mute, at(21, 3, 22));
    mute->nickname = u"도배맨"_s;
    mute->editDetails().seconds = 30;
    auto fanBalloon = ofType(EventType::Balloon, at(21, 2, 47));
    fanBalloon->nickname = u"별빛토끼"_s;
    fanBalloon->userId = u"rabbit7"_s;
    fanBalloon->count = 100;
    fanBalloon->editDetails().fanClubOrdinal = 1204;

    return {
        chat(u"치킨러버"_s, u"chicken"_s, u"오 방송 켜졌다"_s, {}, -1, at(21, 2, 20)),
        chat(u"새벽감성"_s, u"dawn"_s, u"ㅎㅇㅎㅇ"_s, Role::Subscriber, 1, at(21, 2, 21)),
        chat(u"mint_choco"_s, u"mint"_s, u"hi hi"_s, {}, -1, at(21, 2, 22)),
        chat(u"야식요정"_s, u"yasik"_s, u"오늘 공포게임이라면서요 기대된다"_s, Role::FanClub, -1, at(21, 2, 24)),
        chat(u"소라"_s, u"sora_bj"_s, u"다들 반가워요! 오늘은 신작 공포게임 달립니다 🎮"_s, Role::Host, -1,
            at(21, 2, 30)),
        chat(u"별빛토끼"_s, u"rabbit7"_s, u"안녕하세요 언니 오늘도 예뻐요"_s, Role::FanClub | Role::Subscriber, 7,
            at(21, 2, 31)),
        chat(u"매니저곰"_s, u"bear_mgr"_s, u"도배, 욕설은 바로 채금입니다~ 즐거운 방송 되세요"_s, Role::Manager, -1,
            at(21, 2, 33)),
        chat(u"열혈냥이"_s, u"hotcat"_s, u"ㅋㅋㅋㅋㅋㅋ 시작부터 텐션 미쳤다"_s, Role::TopFan | Role::FanClub, -1,
            at(21, 2, 34)),
        chat(u"지나가던행인"_s, u"passerby"_s, u"이 게임 무서워요?"_s, {}, -1, at(21, 2, 36)),
        donation(EventType::Balloon, u"새싹시청자"_s, u"sprout"_s, 10, {}, at(21, 2, 38)),
        renewal,
        chat(u"서포터짱"_s, u"supporter1"_s, u"오늘 몇 시까지 해요?"_s, Role::Supporter | Role::Subscriber, 2,
            at(21, 2, 44)),
        fanBalloon,
        chat(u"lurker_kim"_s, u"lurker"_s, u"first time here, the chat is so fast lol"_s, {}, -1, at(21, 2, 50)),
        gift,
        donation(
            EventType::AdBalloon, u"광고요정"_s, u"adfairy"_s, 500, u"소라님 방송 항상 응원합니다!"_s, at(21, 2, 58)),
        donation(EventType::Balloon, u"큰손회장님"_s, u"whale"_s, 1000, {}, at(21, 3, 2)),
        notice(u"오늘 방송은 새벽 1시까지 진행됩니다. 후원 감사합니다!"_s),
        gap(at(21, 3, 10), at(21, 3, 14)),
        chat(u"달빛"_s, u"moon"_s, u"재접속했어요 방금 뭐 지나갔나요? 화면이 잠깐 멈췄었는데"_s, Role::Subscriber, 26,
            at(21, 3, 15)),
        freeze,
        mute,
        donation(EventType::Balloon, u"전설의후원자"_s, u"legend"_s, 10'000, {}, at(21, 3, 30)),
        chat(u"별빛토끼"_s, u"rabbit7"_s, u"와 만개 실화냐 ㄷㄷㄷ 회장님 감사합니다"_s,
            Role::FanClub | Role::Subscriber, 7, at(21, 3, 31)),
    };
}

} // namespace

class TestChatView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setFont(QFont(u"NanumGothic"_s, 10)); }

    void followsNewRowsUntilScrolledUpThenCountsThemAndResumes()
    {
        ShownChat shown;
        auto &[model, view] = shown;
        ChatListView *list = view.listView();
        feed(model, chatBatch(200));
        QVERIFY(list->isFollowing());
        QCOMPARE(list->lastVisibleRow(), 199);

        QSignalSpy following(list, &ChatListView::followingChanged);
        QWheelEvent up(QPointF(50, 50), list->viewport()->mapToGlobal(QPointF(50, 50)), {}, {0, 240}, Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(list->viewport(), &up);
        QVERIFY(!list->isFollowing());
        QCOMPARE(following.count(), 1);
        const int first = list->firstVisibleRow();
        QVERIFY(list->lastVisibleRow() < 199);

        auto *button = view.findChild<QPushButton *>(u"new-messages"_s);
        QVERIFY(button);
        QVERIFY(button->isHidden());
        feed(model, chatBatch(3, 200));
        feed(model, chatBatch(4, 203));
        QCOMPARE(view.newMessageCount(), 7);
        QVERIFY(button->isVisible());
        QVERIFY2(button->text().startsWith(u"7 new message"_s), qPrintable(button->text()));
        QCOMPARE(list->firstVisibleRow(), first); // the reader's place did not move
        // Filtered-out rows are not "new messages".
        auto enter = ofType(EventType::UserEnter);
        feed(model, {enter});
        QCOMPARE(view.newMessageCount(), 7);

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(list->isFollowing());
        QVERIFY(button->isHidden());
        QCOMPARE(view.newMessageCount(), 0);
        QCOMPARE(list->lastVisibleRow(), view.proxy()->rowCount() - 1);
        feed(model, chatBatch(5, 300));
        QCOMPARE(list->lastVisibleRow(), view.proxy()->rowCount() - 1);
        QCOMPARE(view.newMessageCount(), 0);
    }

    void dragingTheScrollBarToTheEndFollowsAgain()
    {
        ShownChat shown;
        auto &[model, view] = shown;
        feed(model, chatBatch(500));
        QScrollBar *bar = view.listView()->verticalScrollBar();
        bar->setValue(10); // as a drag would
        QVERIFY(!view.listView()->isFollowing());
        QCOMPARE(view.listView()->firstVisibleRow(), 10);
        bar->setValue(bar->maximum());
        QVERIFY(view.listView()->isFollowing());
    }

    void theScrollBarStaysStillWhileFollowingAFullList()
    {
        // Rows of one and of two lines, so that how many fit at the bottom
        // changes from flush to flush while the row count stays the same.
        auto row = [](int i) {
            const QString text = (i * 37) % 11 < 4
                ? u"이 메시지는 한 줄에 다 들어가지 않을 만큼 길어서 두 줄로 접혀 보입니다, 채팅창이 넓어도 그렇습니다 %1"_s
                      .arg(i)
                : u"짧은 말 %1"_s.arg(i);
            return chat(u"시청자%1"_s.arg(i % 5), u"v%1"_s.arg(i % 5), text);
        };
        ShownChat shown(ChatListModel::MinMaxRows);
        auto &[model, view] = shown;
        EventBatch first;
        for (int i = 0; i < ChatListModel::MinMaxRows; ++i)
            first.append(row(i));
        feed(model, first);
        QScrollBar *bar = view.listView()->verticalScrollBar();
        QSignalSpy ranges(bar, &QScrollBar::rangeChanged);
        QSignalSpy values(bar, &QScrollBar::valueChanged);
        for (int flush = 0; flush < 20; ++flush)
            feed(model, {row(1000 + flush)});
        QCOMPARE(model.rowCount(), ChatListModel::MinMaxRows);
        QCOMPARE(ranges.count(), 0);
        QCOMPARE(values.count(), 0);
        QVERIFY(view.listView()->isFollowing());
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(view.listView()->lastVisibleRow(), ChatListModel::MinMaxRows - 1);
    }

    void theScrollBarOfALongListCatchesUpAtACalmRate()
    {
        ShownChat shown(1000);
        auto &[model, view] = shown;
        // The test's clock paces the bar, so what counts as "within one
        // interval" does not depend on how fast this machine runs the flushes.
        qint64 nowMs = 0;
        view.listView()->setClock([&nowMs] { return nowMs; });
        feed(model, chatBatch(1000));
        QScrollBar *bar = view.listView()->verticalScrollBar();
        QVERIFY(bar->maximum() > 900);
        QSignalSpy ranges(bar, &QScrollBar::rangeChanged);
        for (int flush = 0; flush < 20; ++flush) {
            // Viewers entering are hidden by default: the list's length
            // changes with every flush while the ring's stays the same.
            EventBatch batch = chatBatch(3, 2000 + 3 * flush);
            for (int i = 0; i < flush % 4; ++i)
                batch.append(ofType(EventType::UserEnter, at(21, 3, 0)));
            feed(model, batch);
        }
        // Twenty flushes within one interval: the bar did not change once, and is behind.
        QCOMPARE(ranges.count(), 0);
        const int expected = view.proxy()->rowCount() - bar->pageStep();
        QVERIFY2(bar->maximum() > expected, qPrintable(u"%1, %2"_s.arg(bar->maximum()).arg(expected)));
        // Once the interval is over it catches up by itself, in one step, and stays at the bottom.
        nowMs += ChatListView::ScrollBarInterval.count();
        QTRY_COMPARE(bar->maximum(), expected);
        QCOMPARE(ranges.count(), 1);
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(view.listView()->isFollowing());

        // Grabbing the bar brings it up to date at once.
        feed(model, chatBatch(3, 3000) << ofType(EventType::UserEnter, at(21, 3, 0)));
        bar->setSliderDown(true);
        QCOMPARE(bar->maximum(), view.proxy()->rowCount() - bar->pageStep());
        bar->setSliderDown(false);
    }

    void paintingReportsTheRowsDrawn()
    {
        ShownChat shown;
        auto &[model, view] = shown;
        ChatListView *list = view.listView();
        QSignalSpy painted(list, &ChatListView::rowsPainted);
        feed(model, chatBatch(200));
        list->viewport()->repaint();
        QVERIFY(!painted.isEmpty());
        QCOMPARE(painted.last().at(0).toInt(), list->firstVisibleRow());
        QCOMPARE(painted.last().at(1).toInt(), 199); // the newest row, as bench/desktop times it
    }

    void rowsFallingOffTheFrontDoNotMoveTheReader()
    {
        ShownChat shown(300);
        auto &[model, view] = shown;
        feed(model, chatBatch(300));
        view.listView()->verticalScrollBar()->setValue(200);
        const QString reading = view.proxy()->index(200, 0).data(ChatListModel::TextRole).toString();
        feed(model, chatBatch(50, 300)); // evicts rows 0..49
        const int top = view.listView()->firstVisibleRow();
        QCOMPARE(view.proxy()->index(top, 0).data(ChatListModel::TextRole).toString(), reading);
        QCOMPARE(top, 150);
    }

    void clickOnANicknameEmitsUserActivated()
    {
        ChatListModel model;
        ChatView view(&model);
        view.resize(500, 300);
        view.show();
        feed(model,
            {chat(u"소라"_s, u"sora_bj"_s, u"안녕"_s, Role::Host),
                chat(u"별빛토끼"_s, u"rabbit7"_s, u"반가워요"_s, Role::FanClub | Role::Subscriber, 3)});
        QSignalSpy activated(&view, &ChatView::userActivated);
        ChatListView *list = view.listView();
        const QModelIndex row = view.proxy()->index(1, 0);
        QStyleOptionViewItem option;
        option.font = list->font();
        option.palette = list->palette();
        option.rect = list->visualRect(row);
        const QRect nick = view.delegate()->nicknameRect(option, row);
        QVERIFY(nick.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, nick.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), u"rabbit7"_s);
        // A click on the message text is not a click on the user.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(option.rect.right() - 5, nick.center().y()));
        QCOMPARE(activated.count(), 1);
    }

    void aClickInAStormLandsOnTheLineItBeganOn()
    {
        // Rows arrive between the press and the release, as they do many times
        // a second in a storm: the followed list holds still while the button
        // is down, so the release is on the same line, then it follows again.
        ShownChat shown;
        auto &[model, view] = shown;
        ChatListView *list = view.listView();
        const auto storm = [](int n, int first) {
            EventBatch batch;
            for (int i = first; i < first + n; ++i)
                batch.append(chat(u"시청자%1"_s.arg(i), u"viewer%1"_s.arg(i), u"메시지 %1"_s.arg(i)));
            return batch;
        };
        feed(model, storm(100, 0));
        QVERIFY(list->isFollowing());
        const QModelIndex row = view.proxy()->index(view.proxy()->rowCount() - 2, 0);
        QStyleOptionViewItem option;
        option.font = list->font();
        option.palette = list->palette();
        option.rect = list->visualRect(row);
        const QPoint nick = view.delegate()->nicknameRect(option, row).center();
        QVERIFY(!nick.isNull());

        QSignalSpy activated(&view, &ChatView::userActivated);
        QTest::mousePress(list->viewport(), Qt::LeftButton, {}, nick);
        QVERIFY(!list->isFollowing());
        QCOMPARE(list->indexAt(nick), row);
        feed(model, storm(30, 100));
        QCOMPARE(list->indexAt(nick), row); // the line under the pointer stayed
        QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, nick);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), u"viewer98"_s);
        QVERIFY(list->isFollowing());
        QCOMPARE(list->lastVisibleRow(), view.proxy()->rowCount() - 1);
        QCOMPARE(view.newMessageCount(), 0);

        // A reader who scrolls while the button is down keeps the place they scrolled to.
        QTest::mousePress(list->viewport(), Qt::LeftButton, {}, nick);
        QWheelEvent up(QPointF(nick), list->viewport()->mapToGlobal(QPointF(nick)), {}, {0, 240}, Qt::LeftButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(list->viewport(), &up);
        QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, nick);
        QVERIFY(!list->isFollowing());
    }

    void togglesAndSearchNarrowTheList()
    {
        ChatListModel model;
        ChatView view(&model);
        view.resize(500, 400);
        view.show();
        feed(model, showcase());
        const int all = view.proxy()->rowCount();
        QCOMPARE(all, int(showcase().size()));

        auto *chatToggle = view.findChild<QToolButton *>(u"filter-chat"_s);
        QVERIFY(chatToggle && chatToggle->isChecked());
        chatToggle->click();
        QVERIFY(!view.categories().testFlag(EventFilter::Category::Chat));
        QCOMPARE(view.proxy()->rowCount(), all - 13); // the chat messages
        chatToggle->click();
        QCOMPARE(view.proxy()->rowCount(), all);

        QVERIFY(!view.isSearchOpen());
        QTest::keyClick(view.listView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(view.isSearchOpen());
        auto *field = view.findChild<QLineEdit *>(u"search-field"_s);
        QVERIFY(field->hasFocus() || !QApplication::focusWidget()); // offscreen may not focus
        field->insert(u"from:별빛"_s); // as typed: applied after a short pause
        QTRY_COMPARE(view.proxy()->rowCount(), 3);

        view.setSearchQuery(u"type:balloon"_s);
        QCOMPARE(view.proxy()->rowCount(), 4); // star balloons only, not the ad balloon
        QVERIFY(view.searchError().isEmpty());

        view.setSearchQuery(u"type:balon"_s);
        QCOMPARE(view.proxy()->rowCount(), 0);
        QCOMPARE(view.searchError(), u"Unknown type: balon"_s);
        auto *error = view.findChild<QLabel *>(u"search-error"_s);
        QVERIFY(error->isVisible());

        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!view.isSearchOpen());
        QCOMPARE(view.proxy()->rowCount(), all);
        QVERIFY(!error->isVisible());
    }

    void timestampsToggle()
    {
        ChatListModel model;
        ChatView view(&model);
        view.resize(500, 300);
        view.show();
        feed(model, chatBatch(5));
        auto *toggle = view.findChild<QToolButton *>(u"toggle-time"_s);
        QVERIFY(toggle->isChecked());
        QStyleOptionViewItem option;
        option.font = view.listView()->font();
        option.rect = QRect(0, 0, 500, 0);
        const QModelIndex row = view.proxy()->index(0, 0);
        const int withTime = view.delegate()->nicknameRect(option, row).left();
        toggle->click();
        QVERIFY(!view.showTimestamps());
        QVERIFY(view.delegate()->nicknameRect(option, row).left() < withTime);
    }

    void screenshot_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << u"chat-list.png"_s << false;
        QTest::newRow("dark") << u"chat-list-dark.png"_s << true;
    }

    void screenshot()
    {
        QFETCH(QString, file);
        QFETCH(bool, dark);
        ChatListModel model;
        ChatView view(&model);
        view.setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
        view.resize(460, 760);
        view.show();
        feed(model, showcase());
        QVERIFY(view.listView()->isFollowing());
        const QImage image = view.grab().toImage();
        const QString dir = testdata::buildDir() + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(image.save(dir + u'/' + file));
        qInfo() << "screenshot:" << dir + u'/' + file;
    }

    // The card counts a viewer's balloons as the statistics panel does
    // (SessionTotals): star and video balloons, not ad balloons.
    void userCardCountsBalloonsByTheOneDefinition()
    {
        ShownChat shown;
        UserDirectory users;
        users.add({donation(EventType::Balloon, u"큰손"_s, u"whale"_s, 100),
            donation(EventType::VideoBalloon, u"큰손"_s, u"whale"_s, 1'000),
            donation(EventType::AdBalloon, u"큰손"_s, u"whale"_s, 5'000)});
        QPointer<UserCardDialog> card;
        UserCardDialog::showFor(card, &shown.view, &shown.view, users, u"whale"_s);
        QVERIFY(card);
        QCOMPARE(card->findChild<QLabel *>(u"user-balloons"_s)->text(), QLocale().toString(1'100));
        delete card;
    }

    void userCardShowsTheSummary()
    {
        UserSummary summary;
        summary.nickname = u"별빛토끼"_s;
        summary.userId = u"rabbit7"_s;
        summary.roles = Role::FanClub | Role::Subscriber;
        summary.subscriptionMonths = 7;
        summary.firstSeenMs = at(21, 2, 31);
        summary.messageCount = 42;
        summary.balloonsGiven = 1100;
        summary.recentMessages = {
            {at(21, 2, 31), u"안녕하세요 언니 오늘도 예뻐요"_s}, {at(21, 3, 31), u"<b>와</b> 만개 실화냐"_s}};
        UserCardDialog card;
        card.setSummary(summary);
        card.show();
        QCOMPARE(card.findChild<QLabel *>(u"user-nickname"_s)->text(), u"별빛토끼"_s);
        QVERIFY(card.findChild<QLabel *>(u"user-roles"_s)->text().startsWith(u"Fan club, Subscriber, 7 month"_s));
        QCOMPARE(card.findChild<QLabel *>(u"user-messages"_s)->text(), QLocale().toString(42));
        QCOMPARE(card.findChild<QLabel *>(u"user-balloons"_s)->text(), QLocale().toString(1100));
        QCOMPARE(card.findChild<QLabel *>(u"user-nickname"_s)->textFormat(), Qt::PlainText);
        QSignalSpy search(&card, &UserCardDialog::searchRequested);
        card.findChild<QPushButton *>(u"user-show-messages"_s)->click();
        QCOMPARE(search.first().first().toString(), u"from:rabbit7"_s);
        const QString dir = testdata::buildDir() + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(card.grab().toImage().save(dir + u"/user-card.png"_s));
    }

    void userCardBadgesFollowTheTable()
    {
        // The same icons in the same order as the chat list, and the name in the main role's colour.
        UserSummary summary;
        summary.nickname = u"모든역할"_s;
        summary.userId = u"all"_s;
        for (Role role : AllRoles)
            summary.roles |= role;
        summary.subscriptionMonths = 7;
        UserCardDialog card;
        card.setSummary(summary);
        QStringList badges;
        QStringList labels;
        for (const QLabel *badge : card.findChildren<QLabel *>(QRegularExpression(u"^badge-"_s)))
            badges.append(badge->objectName());
        for (const RoleBadge &badge : roleBadges())
            labels.append(u"badge-"_s + badge.key);
        QCOMPARE(badges, labels);
        QVERIFY(card.findChild<QLabel *>(u"user-roles"_s)->text().startsWith(u"Streamer, Operator, Manager"_s));
        const QColor nickname = card.findChild<QLabel *>(u"user-nickname"_s)->palette().color(QPalette::WindowText);
        QCOMPARE(nickname, ChatColors(card.palette()).role(roleBadges()[0].role));
    }
};

QTEST_MAIN(TestChatView)
#include "tst_chatview.moc"
