#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetrics>
#include <QList>
#include <QRect>
#include <QStaticText>
#include <QTextLayout>
#include <QUrl>

#include <optional>

#include "core/events/ChatEvent.h"
#include "core/events/Donation.h"
#include "ui/chat/BadgeRenderer.h"
#include "ui/chat/ShapedTextCache.h"

class QPainter;

namespace soopchat {

class ChatColors;
class ImageCache;

// Fonts and sizes shared by every row of one view font and density; rebuilt
// only when either changes.
struct ChatRowMetrics
{
    // Compact rows: less padding and smaller badges, more chat on screen.
    enum class Density : quint8 { Comfortable, Compact };

    explicit ChatRowMetrics(const QFont &base, Density rowDensity = Density::Comfortable);

    Density density;
    QFont font, bold, small, smallBold;
    QFontMetrics fm, boldFm, smallFm;
    int hPad; // left and right padding of a row
    int vPad; // above and below the text of a plain row
    int badge; // badge edge
    int badgeGap;
    int timeWidth; // "00:00" in the small font: the time column
    int spaceWidth; // of a space in the base font
    int columnGap;
    int emoticon; // edge of an emoticon in a line of text
    int sticker; // edge of an OGQ sticker's box
    int placeholderAdvance; // of the character an emoticon stands on
    QColor linkColor; // set by the delegate from the view's palette

    // Shaped text shared by the rows laid out in these fonts.
    mutable ShapedTextCache shaped;

    // ChatEventText::shortTime, formatted once a minute: rows arrive in
    // time order, and QDateTime's formatting is not cheap.
    QString shortTime(qint64 ms) const;
    mutable qint64 shortTimeMinute = -1;
    mutable QString shortTimeText;

    QFont headline(DonationTier tier) const;
    int donationIcon(DonationTier tier) const;
};

// Where everything of one row goes at one width: computed once, cached by
// the delegate, then painted and hit-tested many times. Coordinates are
// relative to the row's top-left corner. Never stored in the event.
class ChatRowLayout
{
public:
    enum class Kind : quint8 { Chat, Donation, Notice, System, Gap, Quiet };

    struct Badge
    {
        Role role;
        QLatin1StringView icon; // the badge table's key: the icon file drawn
        QRect rect;
        QStaticText months; // empty unless a subscriber with months
        QPoint monthsPos;
        QRect hitRect; // badge plus months
    };

    // A link in the message: where it is drawn (one rect per line it spans) and where it goes.
    struct Link
    {
        QRect rect;
        QUrl url;
    };
    // An image in the row: an emoticon in the text or an OGQ sticker's box.
    struct Image
    {
        QRect rect;
        QString url;
        QString name; // the emoticon's name; empty for a sticker
    };

    ChatRowLayout(EventPtr event, int width, const ChatRowMetrics &metrics, bool showTime);

    static Kind kindOf(EventType type);

    const EventPtr &event() const { return m_event; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    Kind kind() const { return m_kind; }
    DonationTier tier() const { return m_tier; }
    int lineCount() const { return m_text ? m_text->lineCount() : 0; }

    const QList<Badge> &badges() const { return m_badges; }
    QRect badgeRect(Role role) const;
    QRect nicknameRect() const { return m_nickRect; }
    QRect timeRect() const { return m_timeRect; }
    QRect cardRect() const { return m_card; }
    QRect iconRect() const { return m_iconRect; }
    // The icon of a donation or notice row (eventIcon()), if it has one.
    std::optional<QLatin1StringView> icon() const { return m_icon; }

    const QList<Link> &links() const { return m_links; }
    const QList<Image> &images() const { return m_images; }

    // Images come from `images` (a placeholder of the same size while one is not there).
    void paint(QPainter *painter, const ChatColors &colors, BadgeRenderer &badges, qreal devicePixelRatio,
        ImageCache *images = nullptr) const;

private:
    int layoutText(
        const ChatRowMetrics &m, const QString &text, const QFont &font, int firstX, int indentX, int right, int top);
    int layoutMessage(const ChatRowMetrics &m, const QString &text, int firstX, int indentX, int right, int top);
    int firstTextBaseline() const;
    void layoutChat(const ChatRowMetrics &m, bool showTime);
    void layoutDonation(const ChatRowMetrics &m, bool showTime);
    void layoutNotice(const ChatRowMetrics &m, bool showTime);
    void layoutSystem(const ChatRowMetrics &m, bool showTime);
    void layoutGap(const ChatRowMetrics &m);
    int layoutBadges(const ChatRowMetrics &m, int x);
    void placeTime(const ChatRowMetrics &m, int baseline);
    void placeBadges(const ChatRowMetrics &m, int baseline);

    void paintCard(QPainter *painter, const ChatColors &colors) const;
    void paintBadges(QPainter *painter, const ChatColors &colors, BadgeRenderer &badges, qreal dpr) const;
    void paintImages(QPainter *painter, const ChatColors &colors, ImageCache *images, qreal dpr) const;

    EventPtr m_event;
    int m_width = 0;
    int m_height = 0;
    Kind m_kind = Kind::Chat;
    DonationTier m_tier = DonationTier::None;

    QStaticText m_time;
    QPoint m_timePos;
    QRect m_timeRect;
    QFont m_timeFont;

    QStaticText m_label; // "Notice", "whisper"
    QPoint m_labelPos;
    QRect m_labelRect; // the pill around a chat label
    QFont m_labelFont;

    QList<Badge> m_badges;
    QFont m_monthsFont;

    QStaticText m_nick;
    QPoint m_nickPos;
    QRect m_nickRect;
    QFont m_nickFont;

    QStaticText m_action; // donation headline after the nickname
    QPoint m_actionPos;
    QFont m_actionFont;

    QStaticText m_detail; // small line under a donation
    QPoint m_detailPos;
    QFont m_detailFont;

    std::shared_ptr<const QTextLayout> m_text; // the wrapped message or system sentence, shared
    QPoint m_textFirstLine; // where its lines go: they are laid out from (0, 0)
    QPoint m_textOtherLines;
    std::optional<QLatin1StringView> m_icon;
    QRect m_iconRect;
    QRect m_card;
    int m_gapLineY = 0;
    QRect m_gapTextRect;
    QList<Link> m_links; // empty for nearly every row
    QList<Image> m_images;
};

} // namespace soopchat
