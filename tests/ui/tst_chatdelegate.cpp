// The chat row painter: wrapping, badges, donation emphasis, system rows.
#include <QApplication>

#include <QHelpEvent>
#include <QListView>
#include <QPainter>
#include <QTest>
#include <QToolTip>

#include <cmath>

#include "ChatTestEvents.h"
#include "core/events/Badges.h"
#include "core/events/Donation.h"
#include "support/Pixels.h"
#include "ui/chat/BadgeRenderer.h"
#include "ui/chat/ChatColors.h"
#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatEventText.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ShapedTextCache.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace chattest;

namespace {

struct Fixture
{
    ChatListModel model;
    ChatDelegate delegate;
    QFont font {u"NanumGothic"_s, 10};

    QModelIndex add(const EventPtr &event)
    {
        model.append({event});
        model.flush();
        return model.index(model.rowCount() - 1);
    }

    QStyleOptionViewItem option(int width, int top = 0) const
    {
        QStyleOptionViewItem option;
        option.font = font;
        option.fontMetrics = QFontMetrics(font);
        option.palette = QApplication::palette();
        option.rect = QRect(0, top, width, 0);
        return option;
    }

    // Paints one row onto a base-coloured image of its own size.
    QImage paint(const QModelIndex &index, int width)
    {
        QStyleOptionViewItem opt = option(width);
        opt.rect.setHeight(delegate.sizeHint(opt, index).height());
        QImage image(opt.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(opt.palette.color(QPalette::Base));
        QPainter painter(&image);
        delegate.paint(&painter, opt, index);
        return image;
    }
};

using testdata::coverage;

int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

QPalette darkPalette()
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Base, QColor(0x1E, 0x1F, 0x24));
    palette.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    return palette;
}

Roles everyRole()
{
    Roles roles;
    for (Role role : AllRoles)
        roles |= role;
    return roles;
}

} // namespace

class TestChatDelegate : public QObject
{
    Q_OBJECT

private slots:
    // A line that is nothing but an emoticon is as tall as a line of text,
    // and its nickname is drawn inside the row, not above it.
    void anEmoticonOnlyLineIsALineOfText()
    {
        Fixture f;
        const auto emoticonLine = [](const QString &text) {
            EventPtr e = chat(u"시청자8"_s, u"viewer8"_s, text);
            auto *edit = const_cast<ChatEvent *>(e.get());
            edit->platform = Platform::Chzzk;
            edit->editDetails().emoticons = {Emoticon {u"sd_8"_s, u"https://example.invalid/sd_8.png"_s}};
            return e;
        };
        const QModelIndex plain = f.add(chat(u"시청자8"_s, u"viewer8"_s, u"굿굿"_s));
        const QModelIndex only = f.add(emoticonLine(u"{:sd_8:}"_s));
        const QModelIndex mixed = f.add(emoticonLine(u"와 {:sd_8:}"_s));
        const int width = 400;
        const int plainHeight = f.delegate.sizeHint(f.option(width), plain).height();
        QCOMPARE(
            f.delegate.sizeHint(f.option(width), only).height(), f.delegate.sizeHint(f.option(width), mixed).height());
        QVERIFY(f.delegate.sizeHint(f.option(width), only).height() >= plainHeight);
        // The nickname's ink starts where a plain line's does.
        const auto firstInkRow = [](const QImage &image, const QColor &base) {
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width() / 2; ++x) {
                    if (distance(image.pixelColor(x, y), base) > 120)
                        return y;
                }
            }
            return -1;
        };
        const QColor base = QApplication::palette().color(QPalette::Base);
        const int plainInk = firstInkRow(f.paint(plain, width), base);
        QVERIFY(plainInk >= 0);
        QVERIFY2(qAbs(firstInkRow(f.paint(only, width), base) - plainInk) <= 2,
            qPrintable(u"%1 vs %2"_s.arg(firstInkRow(f.paint(only, width), base)).arg(plainInk)));
    }

    void sizeHintWrapsLongKoreanText()
    {
        Fixture f;
        const QModelIndex shortRow = f.add(chat(u"시청자1"_s, u"v1"_s, u"안녕하세요"_s));
        const QModelIndex longRow = f.add(chat(u"시청자2"_s, u"v2"_s,
            u"오늘 방송 너무 재밌어요 ㅋㅋㅋ 다음 주에도 같은 시간에 하시나요? "
            u"저번에 말씀하신 낚시 게임도 꼭 보고 싶어요 화이팅!"_s));
        const int oneLine = f.delegate.sizeHint(f.option(900), shortRow).height();
        QVERIFY(oneLine > 0);
        // Wide enough: one line, same height as any one-line row.
        QCOMPARE(f.delegate.sizeHint(f.option(2000), longRow).height(), oneLine);
        const int narrow = f.delegate.sizeHint(f.option(300), longRow).height();
        const int narrower = f.delegate.sizeHint(f.option(180), longRow).height();
        QVERIFY2(narrow >= 2 * oneLine - 8, qPrintable(u"%1 vs %2"_s.arg(narrow).arg(oneLine)));
        QVERIFY(narrower > narrow);
        // Short rows keep one line at any sensible width.
        QCOMPARE(f.delegate.sizeHint(f.option(300), shortRow).height(), oneLine);
    }

    void layoutIsCachedPerWidthAndDroppedOnFontChange()
    {
        Fixture f;
        const QModelIndex row = f.add(chat(u"a"_s, u"a"_s, u"말이 길어지면 줄이 바뀝니다 "_s.repeated(6)));
        const int wide = f.delegate.sizeHint(f.option(800), row).height();
        QCOMPARE(f.delegate.layoutCacheSize(), 1);
        QCOMPARE(f.delegate.sizeHint(f.option(800), row).height(), wide);
        QVERIFY(f.delegate.sizeHint(f.option(250), row).height() > wide);
        QCOMPARE(f.delegate.layoutCacheSize(), 1); // replaced, not duplicated
        f.font.setPointSize(16);
        QVERIFY(f.delegate.sizeHint(f.option(800), row).height() > wide);
    }

    void repeatedTextIsShapedOnce()
    {
        ShapedTextCache cache;
        const QFont font(u"NanumGothic"_s, 10);

        // A short line fits after any nickname: one layout for every width
        // that holds it, shaped once.
        const QString shortText = u"ㅋㅋㅋㅋ 👍👍"_s;
        const ShapedTextCache::Wrapped first = cache.wrapped(shortText, font, 400, 600);
        QCOMPARE(first.layout->lineCount(), 1);
        QCOMPARE(cache.wrapped(shortText, font, 300, 600).layout.get(), first.layout.get());
        QCOMPARE(cache.wrapped(shortText, font, 500, 550).layout.get(), first.layout.get());
        QCOMPARE(cache.misses(), 1u);

        // A long one wraps: the first line at its own width, the others at
        // theirs, all placed from x = 0 for the row to position.
        const QString longText = u"이거 어디서 살 수 있나요? 링크 좀 주세요 "_s.repeated(4);
        const ShapedTextCache::Wrapped wrapped = cache.wrapped(longText, font, 120, 300);
        QVERIFY(wrapped.layout->lineCount() > 2);
        QVERIFY(wrapped.layout->lineAt(0).naturalTextWidth() <= 120);
        QVERIFY(wrapped.layout->lineAt(1).naturalTextWidth() > 120);
        QCOMPARE(wrapped.layout->lineAt(1).x(), 0);
        QCOMPARE(
            wrapped.height, int(std::ceil(wrapped.layout->lineAt(wrapped.layout->lineCount() - 1).rect().bottom())));
        QCOMPARE(cache.wrapped(longText, font, 120, 300).layout.get(), wrapped.layout.get());
        QVERIFY(cache.wrapped(longText, font, 200, 300).layout != wrapped.layout);
        QVERIFY(cache.wrapped(shortText, QFont(u"NanumGothic"_s, 14), 400, 600).layout != first.layout);

        // Lines are plain text, shared too, and carry their advance.
        const quint64 hits = cache.hits();
        const ShapedTextCache::Line nick = cache.line(u"<b>x</b>:"_s, font);
        QCOMPARE(nick.text.textFormat(), Qt::PlainText);
        QCOMPARE(nick.width, QFontMetrics(font).horizontalAdvance(u"<b>x</b>:"_s));
        QCOMPARE(cache.line(u"<b>x</b>:"_s, font).text.text(), nick.text.text());
        QCOMPARE(cache.hits(), hits + 1);
    }

    void timesAreFormattedOncePerMinuteAndStayRight()
    {
        const ChatRowMetrics metrics(QFont(u"NanumGothic"_s, 10));
        const qint64 base = at(21, 2, 59);
        for (qint64 ms : {base, base + 400, at(21, 3, 0), at(21, 3, 0) + 59'999, at(21, 4, 1), base, qint64(0)})
            QCOMPARE(metrics.shortTime(ms), ChatEventText::shortTime(ms));
        const QString first = metrics.shortTime(at(21, 5, 0));
        QCOMPARE(
            metrics.shortTime(at(21, 5, 30)).constData(), first.constData()); // the same string, not formatted again
    }

    void nicknamesAreNeverRichText()
    {
        Fixture f;
        const QModelIndex row = f.add(chat(u"<b>x</b>"_s, u"x"_s, u"<i>hi</i>"_s));
        QFont bold = f.font;
        bold.setBold(true);
        const QRect nick = f.delegate.nicknameRect(f.option(600), row);
        QCOMPARE(nick.width(), QFontMetrics(bold).horizontalAdvance(u"<b>x</b>:"_s));
    }

    void badgesArePaintedForEveryRoleWithTooltips_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QColor>("color"); // the badge's fill in resources/badges
        QTest::addColumn<QString>("tooltip");
        QTest::newRow("host") << Role::Host << QColor(0xE5, 0x48, 0x4D) << u"Streamer"_s;
        QTest::newRow("manager") << Role::Manager << QColor(0x23, 0x94, 0x5A) << u"Manager"_s;
        QTest::newRow("top fan") << Role::TopFan << QColor(0xE0, 0x30, 0x6F) << u"Top fan"_s;
        QTest::newRow("fan club") << Role::FanClub << QColor(0x12, 0x8C, 0x9B) << u"Fan club"_s;
        QTest::newRow("subscriber") << Role::Subscriber << QColor(0x7A, 0x5A, 0xF0) << u"Subscriber, 5 month"_s;
        QTest::newRow("supporter") << Role::Supporter << QColor(0xE0, 0x8A, 0x00) << u"Supporter"_s;
        QTest::newRow("operator") << Role::Operator << QColor(0x2F, 0x6F, 0xE4) << u"Operator"_s;
    }

    void badgesArePaintedForEveryRoleWithTooltips()
    {
        QFETCH(Role, role);
        QFETCH(QColor, color);
        QFETCH(QString, tooltip);
        Fixture f;
        const QModelIndex row = f.add(chat(u"시청자"_s, u"viewer"_s, u"ㅎㅇ"_s, role, 5));
        const QRect badge = f.delegate.badgeRect(f.option(600), row, role);
        QVERIFY(badge.isValid());
        QVERIFY(badge.width() >= 12);

        const QImage image = f.paint(row, 600);
        // The badge's coloured square covers a good part of its rect; its
        // white glyph most of the rest.
        QVERIFY2(coverage(image, badge, color) > 0.3, qPrintable(u"coverage %1"_s.arg(coverage(image, badge, color))));
        QVERIFY(coverage(image, badge, Qt::white) > 0.1);
        // Pixel for pixel the table's icon file, as BadgeRenderer draws it.
        QImage icon(badge.size(), QImage::Format_ARGB32_Premultiplied);
        icon.fill(QApplication::palette().color(QPalette::Base));
        QPainter painter(&icon);
        painter.drawPixmap(0, 0, BadgeRenderer().pixmap(roleBadge(role).key, badge.width(), 1.0));
        painter.end();
        QCOMPARE(image.copy(badge), icon);
        // No other role's badge in that row.
        for (Role other : AllRoles) {
            if (other != role)
                QVERIFY(!f.delegate.badgeRect(f.option(600), row, other).isValid());
        }

        const ChatDelegate::Hit hit = f.delegate.hitTest(f.option(600), row, badge.center());
        QCOMPARE(hit.part, ChatDelegate::Part::Badge);
        QCOMPARE(hit.role, role);
        QVERIFY2(hit.tooltip.startsWith(tooltip), qPrintable(hit.tooltip));

        // And through the view's help event, as a tooltip shown to the user.
        QListView view;
        view.setModel(&f.model);
        QHelpEvent help(QEvent::ToolTip, badge.center(), view.viewport()->mapToGlobal(badge.center()));
        QVERIFY(f.delegate.helpEvent(&help, &view, f.option(600), row));
        QVERIFY2(QToolTip::text().contains(tooltip), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void everyRoleAtOnceIsDrawnInTheTablesOrder()
    {
        Fixture f;
        const QModelIndex row = f.add(chat(u"모두"_s, u"all"_s, u"hi"_s, everyRole(), 3));
        const QStyleOptionViewItem option = f.option(900);
        QRect previous;
        for (const RoleBadge &badge : roleBadges()) {
            const QRect rect = f.delegate.badgeRect(option, row, badge.role);
            QVERIFY2(rect.isValid(), badge.key.data());
            if (previous.isValid())
                QVERIFY2(previous.right() < rect.left(), badge.key.data());
            QCOMPARE(f.delegate.hitTest(option, row, rect.center()).role, badge.role);
            previous = rect;
        }
        QVERIFY(previous.right() < f.delegate.nicknameRect(option, row).left());
    }

    void nicknamesTakeTheirMainRolesColourFromTheTable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void nicknamesTakeTheirMainRolesColourFromTheTable()
    {
        QFETCH(bool, dark);
        const QPalette palette = dark ? darkPalette() : QApplication::palette();
        const ChatColors colors(palette);
        QCOMPARE(colors.isDark(), dark);
        for (const RoleBadge &badge : roleBadges()) {
            const QColor want(QRgb(dark ? badge.nicknameRgbOnDark : badge.nicknameRgbOnLight));
            QCOMPARE(colors.role(badge.role), want);
            // With every role after this one too, this one is the main role.
            Roles roles = badge.role;
            bool after = false;
            for (const RoleBadge &other : roleBadges()) {
                after = after || other.role == badge.role;
                if (after)
                    roles |= other.role;
            }
            QCOMPARE(colors.nickname(roles, u"any"_s), want);

            // And the row is painted in it.
            Fixture f;
            f.font.setPointSize(14);
            const QModelIndex row = f.add(chat(u"닉네임닉네임"_s, u"nick"_s, u"안녕"_s, roles));
            QStyleOptionViewItem opt = f.option(900);
            opt.palette = palette;
            opt.rect.setHeight(f.delegate.sizeHint(opt, row).height());
            QImage image(opt.rect.size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(palette.color(QPalette::Base));
            QPainter painter(&image);
            f.delegate.paint(&painter, opt, row);
            painter.end();
            const double share = coverage(image, f.delegate.nicknameRect(opt, row), want, 30);
            QVERIFY2(share > 0.05, qPrintable(u"%1: %2"_s.arg(badge.key).arg(share)));
        }
        QCOMPARE(colors.nickname({}, u"someone"_s), colors.hashed(u"someone"_s));
    }

    void colourOfAUserWithoutARoleIsTheSameInEveryRun()
    {
        // Fixed values: a hash seeded per process would give another hue in another run.
        const ChatColors light(QApplication::palette());
        const ChatColors dark(darkPalette());
        QCOMPARE(light.hashed(u"rabbit7"_s), QColor::fromHsl(145, 120, 82));
        QCOMPARE(dark.hashed(u"rabbit7"_s), QColor::fromHsl(145, 110, 178));
        QCOMPARE(light.hashed(u"별빛토끼"_s), QColor::fromHsl(5, 120, 82));
        QCOMPARE(light.nickname({}, u"rabbit7"_s), light.hashed(u"rabbit7"_s));
    }

    void donationRowsTakeTheirTierAndIconFromCore()
    {
        const ChatRowMetrics metrics(QFont(u"NanumGothic"_s, 10));
        auto renewal = ofType(EventType::SubscriptionRenewal);
        renewal->editDetails().months = 12;
        auto gift = ofType(EventType::SubscriptionGift);
        const EventBatch events {donation(EventType::Balloon, u"a"_s, u"a"_s, 99),
            donation(EventType::Balloon, u"a"_s, u"a"_s, 100), donation(EventType::Balloon, u"a"_s, u"a"_s, 1'000),
            donation(EventType::Balloon, u"a"_s, u"a"_s, 10'000),
            donation(EventType::VideoBalloon, u"a"_s, u"a"_s, 500), ofType(EventType::Subscription), renewal, gift};
        const QList<DonationTier> tiers {DonationTier::Small, DonationTier::Medium, DonationTier::Large,
            DonationTier::Huge, DonationTier::Medium, DonationTier::Medium, DonationTier::Large, DonationTier::Medium};
        for (qsizetype i = 0; i < events.size(); ++i) {
            const ChatRowLayout layout(events[i], 600, metrics, false);
            QCOMPARE(layout.tier(), tiers.at(i));
            QCOMPARE(layout.tier(), donationTier(*events[i]));
            QCOMPARE(layout.icon(), eventIcon(events[i]->type));
        }
        QCOMPARE(ChatRowLayout(events[0], 600, metrics, false).icon(), std::optional("balloon"_L1));
        QCOMPARE(ChatRowLayout(gift, 600, metrics, false).icon(), std::optional("gift"_L1));
        const ChatRowLayout plain(chat(u"a"_s, u"a"_s, u"x"_s), 600, metrics, false);
        QCOMPARE(plain.tier(), DonationTier::None);
        QVERIFY(!plain.icon());
    }

    void aHostWithManyRolesGetsEachBadgeInOrder()
    {
        Fixture f;
        const QModelIndex row =
            f.add(chat(u"BJ"_s, u"bj"_s, u"hi"_s, Role::Host | Role::TopFan | Role::Subscriber | Role::FanClub, 2));
        const QRect host = f.delegate.badgeRect(f.option(600), row, Role::Host);
        const QRect topFan = f.delegate.badgeRect(f.option(600), row, Role::TopFan);
        const QRect fanClub = f.delegate.badgeRect(f.option(600), row, Role::FanClub);
        const QRect subscriber = f.delegate.badgeRect(f.option(600), row, Role::Subscriber);
        QVERIFY(host.right() < topFan.left());
        QVERIFY(topFan.right() < fanClub.left());
        QVERIFY(fanClub.right() < subscriber.left());
        QVERIFY(subscriber.right() < f.delegate.nicknameRect(f.option(600), row).left());
        QCOMPARE(host.top(), subscriber.top());
    }

    void clickOnNicknameActivatesTheUser()
    {
        Fixture f;
        const QModelIndex row = f.add(chat(u"별빛토끼"_s, u"rabbit7"_s, u"안녕"_s, Role::FanClub));
        const ChatDelegate::Hit hit =
            f.delegate.hitTest(f.option(600), row, f.delegate.nicknameRect(f.option(600), row).center());
        QCOMPARE(hit.part, ChatDelegate::Part::Nickname);
        QCOMPARE(hit.userId, u"rabbit7"_s);
    }

    void donationsGetLouderWithTheAmount()
    {
        Fixture f;
        f.delegate.setShowTimestamps(false);
        QList<int> heights;
        QList<int> tints;
        const QColor base = QApplication::palette().color(QPalette::Base);
        int plain = 0;
        {
            const QModelIndex row = f.add(chat(u"a"_s, u"a"_s, u"hi"_s));
            plain = f.delegate.sizeHint(f.option(600), row).height();
            const QImage image = f.paint(row, 600);
            QCOMPARE(image.pixelColor(300, 1), base);
        }
        for (qint64 count : {10, 100, 1000, 10'000}) {
            const QModelIndex row = f.add(donation(EventType::Balloon, u"큰손"_s, u"whale"_s, count));
            heights.append(f.delegate.sizeHint(f.option(600), row).height());
            // A spot of the card's top padding, clear of any text.
            tints.append(distance(f.paint(row, 600).pixelColor(300, 4), base));
        }
        QVERIFY(heights.first() > plain);
        QVERIFY(tints.first() > 10); // even a small balloon is tinted
        for (int i = 1; i < heights.size(); ++i) {
            QVERIFY2(heights[i] >= heights[i - 1], qPrintable(u"heights %1 %2"_s.arg(heights[i - 1]).arg(heights[i])));
            QVERIFY2(tints[i] > tints[i - 1], qPrintable(u"tints %1 %2"_s.arg(tints[i - 1]).arg(tints[i])));
        }
        QVERIFY(heights.last() > heights.first());
        // English plurals come from soopchat_en.ts; without it the source form shows.
        QVERIFY(ChatEventText::donationAction(*donation(EventType::Balloon, u"a"_s, u"a"_s, 100))
                    .startsWith(u"sent 100 star balloon"_s));
    }

    void gapRowSaysWhenTheConnectionWasDown()
    {
        Fixture f;
        const QModelIndex row = f.add(gap(at(21, 3, 10), at(21, 3, 14)));
        QCOMPARE(ChatEventText::gapText(at(21, 3, 10), at(21, 3, 14)), u"Disconnected 21:03:10\u201321:03:14"_s);
        // A drop shorter than a second is not a range from a time to itself.
        QCOMPARE(ChatEventText::gapText(at(17, 53, 48), at(17, 53, 48) + 400), u"Disconnected briefly at 17:53:48"_s);
        QVERIFY(row.data(Qt::DisplayRole).toString().endsWith(u"Disconnected 21:03:10\u201321:03:14"_s));
        const QImage image = f.paint(row, 600);
        QVERIFY(image.height() > 0);
        // Something (the text and the rule) is drawn across the middle.
        QVERIFY(
            coverage(image, QRect(0, 0, 600, image.height()), QApplication::palette().color(QPalette::Base), 1) < 0.98);
    }

    void systemRowsSayWhatHappened()
    {
        auto freeze = ofType(EventType::Freeze);
        freeze->editDetails().frozen = true;
        QCOMPARE(ChatEventText::systemText(*freeze), u"Chat frozen"_s);
        // Who may still chat, as SOOP's 0021 says it: roles in the badge table's order, then the rules.
        freeze->editDetails().allowedRoles = Roles(Role::Manager | Role::Host);
        QCOMPARE(ChatEventText::systemText(*freeze), u"Chat frozen: only Streamer, Manager can chat"_s);
        freeze->editDetails().minBalloons = 100;
        freeze->editDetails().minMonths = 3;
        QCOMPARE(ChatEventText::systemText(*freeze),
            u"Chat frozen: only Streamer, Manager, viewers who gave 100+ balloons, subscribers of 3+ months can chat"_s);
        freeze->editDetails().frozen = false;
        QCOMPARE(ChatEventText::systemText(*freeze), u"Chat unfrozen"_s);
        auto start = ofType(EventType::BroadcastStart);
        start->text = u"2부 시작!"_s;
        QCOMPARE(ChatEventText::systemText(*start), u"A new broadcast began: 2부 시작! (the statistics start again)"_s);
        auto mute = ofType(EventType::Mute);
        mute->nickname = u"악플러"_s;
        mute->editDetails().seconds = 30;
        QVERIFY(ChatEventText::systemText(*mute).startsWith(u"악플러 was muted for 30 second"_s));
        auto kick = ofType(EventType::UserLeave);
        kick->nickname = u"악플러"_s;
        kick->editDetails().kicked = true;
        QCOMPARE(ChatEventText::systemText(*kick), u"악플러 was kicked out"_s);
        auto slow = ofType(EventType::SlowMode);
        slow->editDetails().seconds = 5;
        QVERIFY(ChatEventText::systemText(*slow).startsWith(u"Slow mode: one message every 5 second"_s));
        auto renewal = ofType(EventType::SubscriptionRenewal);
        renewal->editDetails().months = 3;
        QVERIFY(ChatEventText::donationAction(*renewal).startsWith(u"subscribed for 3 month"_s));
    }
};

QTEST_MAIN(TestChatDelegate)
#include "tst_chatdelegate.moc"
