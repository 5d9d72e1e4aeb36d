// One badge table and one set of tiers, seen three ways: the chat list
// (ChatRowLayout and ChatDelegate, as the list paints a row), the overlay
// window (OverlayWindow) and the browser-source page (headless Chromium fed
// by OverlayServer). For every role, for a user with every role and for
// donations at the edges of the tiers, all three must show the same icon
// files in the same order, the same name colour, the same tier and the same
// accent; the window and the page also the same size for each tier
// (core/events/EventLook.h).
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QListView>
#include <QPainter>
#include <QTest>
#include <QTranslator>

#include "ChromiumPage.h"
#include "OverlayTestSupport.h"
#include "core/events/Badges.h"
#include "core/events/Donation.h"
#include "core/events/EventLook.h"
#include "core/overlay/OverlayServer.h"
#include "support/Pixels.h"
#include "support/TestData.h"
#include "ui/chat/ChatColors.h"
#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatRowLayout.h"
#include "ui/overlay/OverlayWindow.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace overlaytest;

namespace {

const QString Token = OverlayServer::generateToken();
constexpr int ListWidth = 600;

enum class Theme : quint8 { Dark, Light };

// What one view shows for one event.
struct Seen
{
    QStringList badges; // icon file stems, in the order drawn
    QString icon; // the donation or subscription icon's stem; empty for none
    QColor nickname; // invalid when the view draws no name in a role colour
    QString tier; // donationTierName(); "none" for chat
    QColor accent; // a gift's or subscription's accent bar; invalid for none
    qreal scale = -1; // of the chat's font size; -1 where the view has sizes of its own (the chat list)
};

QString describe(const Seen &seen)
{
    const auto name = [](const QColor &color) { return color.isValid() ? color.name() : u"-"_s; };
    return u"badges [%1] icon '%2' nickname %3 tier %4 accent %5 scale %6"_s.arg(seen.badges.join(u' '), seen.icon,
        name(seen.nickname), seen.tier, name(seen.accent), QString::number(seen.scale, 'f', 3));
}

QPalette paletteFor(Theme theme)
{
    QPalette palette = QApplication::palette();
    if (theme == Theme::Dark) {
        palette.setColor(QPalette::Base, QColor(0x1E, 0x1F, 0x24));
        palette.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    } else {
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Text, Qt::black);
    }
    return palette;
}

QString stemOf(const QString &url)
{
    // "/overlay/badges/top_fan.svg?v=..." -> "top_fan"
    const QString path = QUrl(url).path();
    if (!path.startsWith(u"/overlay/badges/"_s) || !path.endsWith(u".svg"_s))
        return u"not a badge url: "_s + url;
    return path.sliced(16).chopped(4);
}

QColor cssColor(const QString &css)
{
    // getComputedStyle gives "rgb(255, 107, 110)".
    static const QRegularExpression rgb(uR"(^rgba?\((\d+), (\d+), (\d+))"_s);
    const QRegularExpressionMatch match = rgb.match(css);
    return match.hasMatch() ? QColor(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
                            : QColor();
}

std::shared_ptr<ChatEvent> ofType(EventType type, const QString &nickname)
{
    auto e = std::make_shared<ChatEvent>(*eventOf(type, nickname));
    e->text.reset();
    return e;
}

// A chat line for every role alone, one for a user with every role, and the
// gifts and subscriptions at the tiers' edges. Gifts come without roles, as
// platforms send them: their EVENTS.md objects carry no flags.
EventBatch sampleEvents()
{
    EventBatch events;
    for (const RoleBadge &badge : roleBadges())
        events.append(chat(u"역할 "_s + badge.key, u"나는 "_s + roleLabel(badge.role), badge.role));
    Roles every;
    for (Role role : AllRoles)
        every |= role;
    events.append(chat(u"모든역할"_s, u"배지가 일곱 개"_s, every));
    events.append(balloon(u"작은손"_s, 99));
    events.append(balloon(u"보통손"_s, 100));
    events.append(balloon(u"큰손"_s, 1'000));
    events.append(balloon(u"왕손"_s, 10'000));
    auto video = ofType(EventType::VideoBalloon, u"영상손"_s);
    video->count = 1'000;
    auto ad = ofType(EventType::AdBalloon, u"애드손"_s);
    ad->count = 99;
    auto subscription = ofType(EventType::Subscription, u"새구독"_s);
    auto renewal = ofType(EventType::SubscriptionRenewal, u"세달구독"_s);
    renewal->editDetails().months = 3;
    auto year = ofType(EventType::SubscriptionRenewal, u"일년구독"_s);
    year->editDetails().months = 12;
    auto gift = ofType(EventType::SubscriptionGift, u"선물왕"_s);
    gift->editDetails().toNickname = u"받는이"_s;
    auto cheese = ofType(EventType::Cheese, u"치즈손"_s);
    cheese->count = 10'000;
    auto missionCheese = ofType(EventType::MissionCheese, u"미션치즈"_s);
    missionCheese->count = 1'000;
    events += EventBatch {video, ad, subscription, renewal, year, gift, cheese, missionCheese};
    return events;
}

} // namespace

class TestBadgeAgreement : public QObject
{
    Q_OBJECT

    OverlayServer m_server {Token};
    std::unique_ptr<ChromiumPage> m_page;
    int m_channels = 0;
    qsizetype m_shown = 0;
    const EventBatch m_events = sampleEvents();

    // ---- the chat list -------------------------------------------------------

    // As the list lays out and paints the row: the layout gives icons and
    // tier, the painted row proves the name's colour.
    Seen chatListRow(const EventPtr &event, Theme theme)
    {
        const QFont font(u"NanumGothic"_s, 10);
        const ChatRowMetrics metrics(font);
        const ChatRowLayout layout(event, ListWidth, metrics, false);
        Seen seen;
        for (const ChatRowLayout::Badge &badge : layout.badges())
            seen.badges.append(QString(badge.icon));
        if (const std::optional<QLatin1StringView> icon = layout.icon())
            seen.icon = QString(*icon);
        seen.tier = QString(donationTierName(layout.tier()));
        const ChatColors colors(paletteFor(theme));
        if (layout.kind() == ChatRowLayout::Kind::Donation)
            seen.accent = colors.donationAccent(event->type);
        if (event->roles()) {
            seen.nickname = colors.nickname(event->roles(), event->userId.value_or(QString()));
            // ...and that is the colour the row is painted with.
            const QImage row = paintRow(event, theme);
            // Nearly every pixel drawn in the name's box is that colour over
            // the background (thin glyphs, and the boxes the test fonts draw
            // for Chinese, count as much as bold Hangul).
            const double share = testdata::blendShare(
                row, layout.nicknameRect(), paletteFor(theme).color(QPalette::Base), seen.nickname);
            if (share < 0.8)
                seen.nickname = QColor(); // not painted in it: fails the comparison
        }
        return seen;
    }

    QImage paintRow(const EventPtr &event, Theme theme)
    {
        ChatListModel model;
        ChatDelegate delegate;
        delegate.setShowTimestamps(false);
        model.append({event});
        model.flush();
        const QModelIndex index = model.index(0);
        QStyleOptionViewItem option;
        option.font = QFont(u"NanumGothic"_s, 10);
        option.fontMetrics = QFontMetrics(option.font);
        option.palette = paletteFor(theme);
        option.rect = QRect(0, 0, ListWidth, 0);
        option.rect.setHeight(delegate.sizeHint(option, index).height());
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(option.palette.color(QPalette::Base));
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
        return image;
    }

    // ---- the overlay window --------------------------------------------------

    QHash<const ChatEvent *, Seen> overlayWindowLines(const EventBatch &events)
    {
        OverlayWindow window(u"agree_bj"_s);
        OverlayWindowOptions options;
        options.fadeSeconds = 0;
        options.maxLines = OverlayWindowOptions::MaxLines;
        window.setOptions(options);
        window.resize(500, 4000); // every line fits
        window.addEvents(events);
        QHash<const ChatEvent *, Seen> seen;
        for (const OverlayWindow::ShownLine &line : window.shownLines()) {
            Seen s;
            for (QLatin1StringView badge : line.badges)
                s.badges.append(QString(badge));
            s.icon = QString(line.icon);
            s.nickname = line.event->roles() ? line.nickname : QColor();
            s.tier = QString(donationTierName(line.tier));
            s.accent = line.accent;
            s.scale = qreal(line.fontPixelSize) / options.fontSize;
            seen.insert(line.event.get(), s);
        }
        return seen;
    }

    // ---- the browser-source page ---------------------------------------------

    // In the order shown: what the page shows of `events`.
    QList<Seen> pageLines(Theme theme, const EventBatch &events, qsizetype shown)
    {
        QUrl url = m_server.overlayUrl(u"agree%1"_s.arg(++m_channels));
        url.setQuery(url.query(QUrl::FullyEncoded) + (theme == Theme::Light ? u"&fade=0&theme=light"_s : u"&fade=0"_s));
        if (!m_page->navigate(url) || !m_page->waitUntil(u"document.documentElement.dataset.state === 'open'"_s))
            return {};
        m_server.publish(url.path().section(u'/', -1), events);
        const QString count = QString::number(shown);
        if (!m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === "_s + count) ||
            !m_page->waitUntil(u"Array.from(document.querySelectorAll('#chat img')).every("
                               "(i) => i.complete && i.naturalWidth > 0)"_s))
            return {};
        const QJsonArray lines =
            m_page
                ->evaluate(uR"(Array.from(document.querySelectorAll('#chat .line')).map((line) => ({
                    badges: Array.from(line.querySelectorAll('.badges img.badge')).map((b) => b.getAttribute('src')),
                    icon: line.querySelector('img.donation-icon')?.getAttribute('src') ?? '',
                    nickClass: line.querySelector('.nick')?.className ?? '',
                    nickColor: getComputedStyle(line.querySelector('.nick')).color,
                    tier: line.dataset.tier ?? 'none',
                    donation: line.classList.contains('donation'),
                    bar: getComputedStyle(line).borderLeftColor,
                    scale: parseFloat(getComputedStyle(line).fontSize) /
                        parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--font-size')),
                })))"_s)
                .toArray();
        QList<Seen> seen;
        for (const QJsonValue &value : lines) {
            const QJsonObject line = value.toObject();
            Seen s;
            for (const QJsonValue &badge : line["badges"_L1].toArray())
                s.badges.append(stemOf(badge.toString()));
            if (const QString icon = line["icon"_L1].toString(); !icon.isEmpty())
                s.icon = stemOf(icon);
            if (line["nickClass"_L1].toString().contains(u"role-"_s))
                s.nickname = cssColor(line["nickColor"_L1].toString());
            s.tier = line["tier"_L1].toString();
            if (line["donation"_L1].toBool())
                s.accent = cssColor(line["bar"_L1].toString());
            s.scale = line["scale"_L1].toDouble();
            seen.append(s);
        }
        return seen;
    }

    // What the table and the tier rule say the event should look like.
    static Seen expected(const ChatEvent &event, Theme theme)
    {
        Seen seen;
        for (const RoleBadge &badge : roleBadges()) {
            if (event.roles().testFlag(badge.role))
                seen.badges.append(QString(badge.key));
        }
        if (const std::optional<QLatin1StringView> icon = eventIcon(event.type))
            seen.icon = QString(*icon);
        if (const std::optional<Role> main = mainRole(event.roles())) {
            const RoleBadge &badge = roleBadge(*main);
            seen.nickname = QColor(QRgb(theme == Theme::Dark ? badge.nicknameRgbOnDark : badge.nicknameRgbOnLight));
        }
        const DonationTier tier = donationTier(event);
        seen.tier = QString(donationTierName(tier));
        if (const std::optional<EventAccent> accent = eventAccent(event.type))
            seen.accent = QColor::fromRgba(accent->on(theme == Theme::Dark));
        seen.scale = tierLook(tier).scale;
        return seen;
    }

    // Sizes in whole pixels: the window rounds the font to one.
    static bool same(const Seen &a, const Seen &b)
    {
        const bool sameSize = a.scale < 0 || b.scale < 0 || std::abs(a.scale - b.scale) <= 0.5 / 20 + 1e-9;
        return a.badges == b.badges && a.icon == b.icon && a.nickname == b.nickname && a.tier == b.tier &&
            a.accent == b.accent && sameSize;
    }

    // The chat list, the overlay window and the page on a dark background,
    // each against the tables, for every event the overlay shows; counts
    // them in m_shown.
    void threeViewsAgree(const EventBatch &events)
    {
        const QHash<const ChatEvent *, Seen> window = overlayWindowLines(events);
        const QList<Seen> page = pageLines(Theme::Dark, events, window.size());
        QCOMPARE(page.size(), window.size());
        m_shown = 0;
        for (const EventPtr &event : events) {
            if (!window.contains(event.get()))
                continue; // not an overlay line (entering viewers, ...): the page skips it too
            const Seen want = expected(*event, Theme::Dark);
            const Seen list = chatListRow(event, Theme::Dark);
            const Seen overlay = window.value(event.get());
            const Seen &onPage = page[m_shown++];
            const QString row = event->nickname.value_or(QString()) + u": want "_s + describe(want) + u"\n list    "_s +
                describe(list) + u"\n window  "_s + describe(overlay) + u"\n page    "_s + describe(onPage);
            QVERIFY2(same(list, want), qPrintable(row));
            QVERIFY2(same(overlay, want), qPrintable(row));
            QVERIFY2(same(onPage, want), qPrintable(row));
        }
    }

private slots:
    void initTestCase()
    {
        if (ChromiumPage::executable().isEmpty())
            QSKIP(qPrintable(ChromiumPage::installHint()));
        QVERIFY(m_server.listen());
        m_page = std::make_unique<ChromiumPage>();
        QVERIFY2(m_page->start(QSize(500, 880)), qPrintable(m_page->errorString()));
    }

    void cleanup()
    {
        if (m_page)
            QVERIFY2(m_page->problems().isEmpty(), qPrintable(m_page->problems().join(u'\n')));
    }

    void cleanupTestCase() { m_page.reset(); }

    void theTiersAtTheirEdgesAreTheRulesOwn()
    {
        // The sample covers every tier, and the rule is the one in core.
        QStringList tiers;
        for (const EventPtr &event : m_events)
            tiers.append(QString(donationTierName(donationTier(*event))));
        QCOMPARE(tiers.mid(int(roleBadges().size()) + 1),
            QStringList({u"small"_s, u"medium"_s, u"large"_s, u"huge"_s, u"large"_s, u"small"_s, u"medium"_s,
                u"medium"_s, u"large"_s, u"medium"_s, u"medium"_s, u"small"_s}));
    }

    void chatListOverlayWindowAndPageAgreeOnADarkBackground()
    {
        threeViewsAgree(m_events);
        QCOMPARE(m_shown, m_events.size());
    }

    void theDemosRecordingsLookTheSameInEveryView()
    {
        // What the demo plays: its chat and its donations, as SOOP sent them.
        EventBatch events;
        for (const QString &file : {u"chat-2026-09.frames.jsonl"_s, u"donations-2026-10.frames.jsonl"_s})
            events += testdata::decodedFixture(file);
        QCOMPARE(events.size(), 27); // ../shared/fixtures/soop/README.md
        threeViewsAgree(events);
        QCOMPARE(m_shown, events.size()); // chat and gifts: all of it is overlay material
        // The roles, tiers and currencies it holds were all compared.
        Roles roles;
        QSet<DonationTier> tiers;
        QSet<EventType> gifts;
        for (const EventPtr &event : events) {
            roles |= event->roles();
            tiers.insert(donationTier(*event));
            if (eventAccent(event->type))
                gifts.insert(event->type);
        }
        QVERIFY(roles.testFlag(Role::FanClub)); // (its "top fan" has flag2 32768, SPECIFY: no role)
        QCOMPARE(tiers,
            QSet<DonationTier>({DonationTier::None, DonationTier::Small, DonationTier::Medium, DonationTier::Large}));
        QCOMPARE(gifts,
            QSet<EventType>(
                {EventType::Balloon, EventType::AdBalloon, EventType::Subscription, EventType::SubscriptionRenewal}));
    }

    void chatListAndPageAgreeOnALightBackground()
    {
        const QList<Seen> page = pageLines(Theme::Light, m_events, m_events.size());
        QCOMPARE(page.size(), m_events.size());
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            const Seen want = expected(*m_events[i], Theme::Light);
            const Seen list = chatListRow(m_events[i], Theme::Light);
            const QString row = m_events[i]->nickname.value_or(QString()) + u": want "_s + describe(want) +
                u"\n list    "_s + describe(list) + u"\n page    "_s + describe(page[i]);
            QVERIFY2(same(list, want), qPrintable(row));
            QVERIFY2(same(page[i], want), qPrintable(row));
        }
    }

    void picturesForPeople()
    {
        const QString folder = testdata::buildDir() + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(folder));
        QTranslator korean; // as a Korean streamer sees the app
        QVERIFY(korean.load(u":/i18n/soopchat_ko.qm"_s));
        QCoreApplication::installTranslator(&korean);

        // The chat list as a user sees it, grabbed offscreen.
        ChatListModel model;
        ChatDelegate delegate;
        delegate.setShowTimestamps(false);
        QListView view;
        view.setPalette(paletteFor(Theme::Dark));
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        view.setUniformItemSizes(false);
        view.resize(ListWidth, 480);
        model.append(m_events);
        model.flush();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(folder + u"/agreement-chat-list.png"_s));

        // The overlay window over its chroma key, its lines faded in.
        OverlayWindow window(u"agree_bj"_s);
        qint64 nowMs = 1'000;
        window.setClock([&nowMs] { return nowMs; });
        OverlayWindowOptions options;
        options.fadeSeconds = 0;
        options.locked = true;
        options.maxLines = OverlayWindowOptions::MaxLines;
        window.setOptions(options);
        window.resize(500, 920);
        window.addEvents(m_events);
        nowMs += 1'000;
        window.updateFading();
        QImage image(window.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        window.render(&image, QPoint(), QRegion(), QWidget::RenderFlags());
        QVERIFY(image.save(folder + u"/agreement-overlay-window.png"_s));

        // And the page over a dark scene.
        QVERIFY(pageLines(Theme::Dark, m_events, m_events.size()).size() == m_events.size());
        QVERIFY(m_page->setBackground(38, 44, 58, 1.0));
        QVERIFY(m_page->waitUntil(u"document.fonts.status === 'loaded'"_s));
        QVERIFY(m_page->waitUntil(u"document.getAnimations().every((a) => a.playState !== 'running' "
                                  "|| a.effect.getTiming().iterations === Infinity)"_s));
        QFile png(folder + u"/agreement-overlay-page.png"_s);
        QVERIFY(png.open(QIODevice::WriteOnly));
        QVERIFY(png.write(m_page->screenshot()) > 0);
        QCoreApplication::removeTranslator(&korean);
        qInfo().noquote() << "agreement pictures in" << folder;
    }
};

QTEST_MAIN(TestBadgeAgreement)
#include "tst_badgeagreement.moc"
