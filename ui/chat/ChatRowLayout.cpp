#include "ui/chat/ChatRowLayout.h"

#include <QLinearGradient>
#include <QPainter>
#include <QTextCharFormat>
#include <QTextOption>

#include <algorithm>
#include <cmath>

#include "core/events/EmoticonToken.h"
#include "core/util/DisplayText.h"
#include "core/util/LinkFinder.h"
#include "ui/chat/ChatColors.h"
#include "ui/chat/ChatEventText.h"
#include "ui/chat/ImageCache.h"

namespace soopchat {

using namespace Qt::StringLiterals;
using Tier = DonationTier;

namespace {

// Where an emoticon's token was: one character that takes the emoticon's width and is not drawn
// (transparent). A plain letter of the row's own font, so that its line has that font's height and
// baseline: U+FFFC, the object replacement character, is laid out as an inline object without
// metrics, and a line of nothing but emoticons had no height, its nickname drawn above the row.
constexpr char16_t Placeholder = u'M';

QFont withWeight(QFont font, QFont::Weight weight)
{
    font.setWeight(weight);
    return font;
}

QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * factor))));
    return font;
}

} // namespace

ChatRowMetrics::ChatRowMetrics(const QFont &base, Density rowDensity)
    : density(rowDensity), font(base), bold(withWeight(base, QFont::Bold)), small(scaled(base, 0.88)),
      smallBold(withWeight(scaled(base, 0.88), QFont::Bold)), fm(base), boldFm(bold), smallFm(small)
{
    const int h = fm.height();
    if (rowDensity == Density::Compact) {
        hPad = std::max(4, int(std::lround(h * 0.4)));
        vPad = std::max(1, h / 14);
        badge = std::max(10, int(std::lround(h * 0.72)));
    } else {
        hPad = std::max(8, int(std::lround(h * 0.7)));
        vPad = std::max(2, h / 6);
        badge = std::max(12, int(std::lround(h * 0.9)));
    }
    badgeGap = std::max(2, badge / 6);
    timeWidth = smallFm.horizontalAdvance(u"00:00"_s);
    spaceWidth = fm.horizontalAdvance(u' ');
    columnGap = std::max(6, int(std::lround(h * 0.45)));
    emoticon = h;
    sticker = int(std::lround(h * 3.4));
    placeholderAdvance = fm.horizontalAdvance(QChar(Placeholder));
}

QString ChatRowMetrics::shortTime(qint64 ms) const
{
    // Time zones are whole minutes away from UTC, so a UTC minute is one
    // local minute.
    const qint64 minute = ms > 0 ? ms / 60'000 : -1;
    if (minute < 0)
        return ChatEventText::shortTime(ms);
    if (minute != shortTimeMinute) {
        shortTimeText = ChatEventText::shortTime(ms);
        shortTimeMinute = minute;
    }
    return shortTimeText;
}

QFont ChatRowMetrics::headline(Tier tier) const
{
    switch (tier) {
    case Tier::Huge:
        return scaled(bold, 1.3);
    case Tier::Large:
        return scaled(bold, 1.14);
    case Tier::Medium:
        return bold;
    default:
        return font;
    }
}

int ChatRowMetrics::donationIcon(Tier tier) const
{
    const qreal h = fm.height();
    switch (tier) {
    case Tier::Huge:
        return int(std::lround(h * 2.1));
    case Tier::Large:
        return int(std::lround(h * 1.65));
    case Tier::Medium:
        return int(std::lround(h * 1.3));
    default:
        return int(std::lround(h * 1.1));
    }
}

ChatRowLayout::Kind ChatRowLayout::kindOf(EventType type)
{
    switch (type) {
    case EventType::Notice:
    case EventType::AdminNotice:
        return Kind::Notice;
    case EventType::Gap:
        return Kind::Gap;
    case EventType::Malformed:
        return Kind::Quiet;
    default:
        break;
    }
    switch (eventCategory(type)) {
    case EventCategory::Chat:
        return Kind::Chat;
    case EventCategory::Donation:
    case EventCategory::Subscription:
        return Kind::Donation;
    default:
        return Kind::System;
    }
}

ChatRowLayout::ChatRowLayout(EventPtr event, int width, const ChatRowMetrics &metrics, bool showTime)
    : m_event(std::move(event)), m_width(width), m_kind(kindOf(m_event->type))
{
    switch (m_kind) {
    case Kind::Chat:
        layoutChat(metrics, showTime);
        break;
    case Kind::Donation:
        layoutDonation(metrics, showTime);
        break;
    case Kind::Notice:
        layoutNotice(metrics, showTime);
        break;
    case Kind::System:
    case Kind::Quiet:
        layoutSystem(metrics, showTime);
        break;
    case Kind::Gap:
        layoutGap(metrics);
        break;
    }
}

int ChatRowLayout::layoutText(
    const ChatRowMetrics &m, const QString &text, const QFont &font, int firstX, int indentX, int right, int top)
{
    ShapedTextCache::Wrapped wrapped = m.shaped.wrapped(text, font, right - firstX, right - indentX);
    m_text = std::move(wrapped.layout);
    m_textFirstLine = QPoint(firstX, top);
    m_textOtherLines = QPoint(indentX, top);
    return top + wrapped.height;
}

int ChatRowLayout::layoutMessage(
    const ChatRowMetrics &m, const QString &shown, int firstX, int indentX, int right, int top)
{
    const ChatEventDetails &details = m_event->details();
    if (details.emoticons.isEmpty() && !shown.contains(u"://") && !shown.contains(u"www.", Qt::CaseInsensitive))
        return layoutText(m, shown, m.font, firstX, indentX, right, top); // nearly every line

    // Emoticon tokens become one placeholder each.
    QString text = shown;
    QList<std::pair<qsizetype, const Emoticon *>> emoticons;
    if (!details.emoticons.isEmpty()) {
        QStringList tokens;
        for (const Emoticon &e : details.emoticons)
            tokens.append(emoticonToken(m_event->platform, e.name));
        text.clear();
        for (qsizetype i = 0; i < shown.size();) {
            qsizetype which = -1;
            for (qsizetype t = 0; t < tokens.size() && which < 0; ++t) {
                if (QStringView(shown).mid(i).startsWith(tokens[t]))
                    which = t;
            }
            if (which < 0) {
                text.append(shown[i++]);
                continue;
            }
            emoticons.append({text.size(), &details.emoticons[which]});
            text.append(QChar(Placeholder));
            i += tokens[which].size();
        }
    }
    const QList<LinkFinder::Link> links = LinkFinder::find(text);
    if (emoticons.isEmpty() && links.isEmpty())
        return layoutText(m, text, m.font, firstX, indentX, right, top);

    ShapedTextCache::Decoration decoration;
    for (const auto &[position, emoticon] : std::as_const(emoticons)) {
        QTextCharFormat format;
        format.setForeground(Qt::transparent);
        format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        format.setFontLetterSpacing(m.emoticon + 2 - m.placeholderAdvance);
        decoration.formats.append({int(position), 1, format});
    }
    for (const LinkFinder::Link &link : links) {
        QTextCharFormat format;
        format.setFontUnderline(true);
        format.setForeground(m.linkColor);
        decoration.formats.append({int(link.start), int(link.length), format});
    }
    decoration.key = qHashMulti(1, m.linkColor.rgba(), m.emoticon, m.placeholderAdvance) | 1;
    ShapedTextCache::Wrapped wrapped = m.shaped.wrapped(text, m.font, right - firstX, right - indentX, decoration);
    m_text = std::move(wrapped.layout);
    m_textFirstLine = QPoint(firstX, top);
    m_textOtherLines = QPoint(indentX, top);

    auto origin = [this](int line) { return line == 0 ? m_textFirstLine : m_textOtherLines; };
    for (const LinkFinder::Link &link : links) {
        for (int i = 0; i < m_text->lineCount(); ++i) {
            const QTextLine line = m_text->lineAt(i);
            const int start = std::max(int(link.start), line.textStart());
            const int end = std::min(int(link.start + link.length), line.textStart() + line.textLength());
            if (start >= end)
                continue;
            const qreal x1 = line.cursorToX(start);
            const qreal x2 = line.cursorToX(end);
            const QRectF rect(std::min(x1, x2), line.y(), std::abs(x2 - x1), line.height());
            m_links.append({rect.translated(origin(i)).toAlignedRect(), link.url});
        }
    }
    for (const auto &[position, emoticon] : std::as_const(emoticons)) {
        const QTextLine line = m_text->lineForTextPosition(int(position));
        if (!line.isValid())
            continue;
        const int x = int(std::lround(line.cursorToX(int(position)))) + 1;
        const int y = int(std::lround(line.y() + (line.height() - m.emoticon) / 2.0));
        m_images.append({QRect(QPoint(x, y) + origin(line.lineNumber()), QSize(m.emoticon, m.emoticon)),
            emoticon->imageUrl, emoticon->name});
    }
    return top + wrapped.height;
}

int ChatRowLayout::firstTextBaseline() const
{
    return int(std::lround(m_textFirstLine.y() + m_text->lineAt(0).ascent()));
}

int ChatRowLayout::layoutBadges(const ChatRowMetrics &m, int x)
{
    const Roles roles = m_event->roles();
    if (!roles)
        return x;
    m_monthsFont = m.smallBold;
    for (const RoleBadge &table : roleBadges()) {
        const Role role = table.role;
        if (!roles.testFlag(role))
            continue;
        Badge badge {role, table.key, QRect(x, 0, m.badge, m.badge), {}, {}, {}};
        x += m.badge;
        const qint64 months = m_event->subscriptionMonths.value_or(0);
        if (role == Role::Subscriber && months > 0) {
            const QString text = QString::number(months);
            const ShapedTextCache::Line shaped = m.shaped.line(text, m_monthsFont);
            badge.months = shaped.text;
            badge.monthsPos = QPoint(x + 2, 0);
            x += 2 + shaped.width;
        }
        badge.hitRect = QRect(badge.rect.left(), 0, x - badge.rect.left(), m.badge);
        m_badges.append(badge);
        x += m.badgeGap;
    }
    return x + m.badgeGap;
}

void ChatRowLayout::placeBadges(const ChatRowMetrics &m, int baseline)
{
    // Centre on the middle of capital letters so badges sit on the text line.
    const int top = int(std::lround(baseline - m.fm.capHeight() / 2.0 - m.badge / 2.0));
    const QFontMetrics monthsFm(m_monthsFont);
    for (Badge &badge : m_badges) {
        badge.rect.moveTop(top);
        badge.hitRect.moveTop(top);
        badge.monthsPos.setY(baseline - monthsFm.ascent());
    }
}

void ChatRowLayout::placeTime(const ChatRowMetrics &m, int baseline)
{
    const QString time = m.shortTime(m_event->receivedAtMs);
    m_timeFont = m.small;
    m_time = m.shaped.line(time, m_timeFont).text;
    m_timePos = QPoint(m.hPad, baseline - m.smallFm.ascent());
    m_timeRect = QRect(m_timePos, QSize(m.timeWidth, m.smallFm.height()));
}

void ChatRowLayout::layoutChat(const ChatRowMetrics &m, bool showTime)
{
    int x = m.hPad + (showTime ? m.timeWidth + m.columnGap : 0);
    const int indent = x;
    const int right = m_width - m.hPad;

    if (const QString label = ChatEventText::label(*m_event); !label.isEmpty()) {
        m_labelFont = m.smallBold;
        const ShapedTextCache::Line shaped = m.shaped.line(label, m_labelFont);
        m_label = shaped.text;
        const int w = shaped.width + 10;
        m_labelRect = QRect(x, 0, w, m.smallFm.height() + 2);
        x += w + 6;
    }
    x = layoutBadges(m, x);

    m_nickFont = m.bold;
    // Isolated, so a right-to-left name keeps its colon on the right.
    const QString nick = DisplayText::isolated(ChatEventText::displayName(*m_event)) + u':';
    const ShapedTextCache::Line shapedNick = m.shaped.line(nick, m_nickFont);
    m_nick = shapedNick.text;
    m_nickRect = QRect(x, 0, shapedNick.width, m.boldFm.height());
    x += shapedNick.width + m.spaceWidth;

    // A nickname with many badges on a narrow list: start the message on
    // its own line rather than squeezing a few letters beside it.
    const bool ownLine = right - x < 6 * m.fm.averageCharWidth();
    const int top = m.vPad + (ownLine ? m.boldFm.height() : 0);
    const QString text = ChatEventText::messageText(*m_event);
    int bottom = layoutMessage(m, text, ownLine ? indent : x, indent, right, top);
    bottom = std::max(bottom, m.vPad + m.boldFm.height());
    if (m_event->type == EventType::OgqSticker && m_event->details().imageUrl) {
        // The sticker's box, beside the nickname when the line says nothing, else under the text.
        const int left = text.isEmpty() && !ownLine ? x : indent;
        const int stickerTop = text.isEmpty() && !ownLine ? m.vPad : bottom + 2;
        m_images.append({QRect(left, stickerTop, m.sticker, m.sticker), *m_event->details().imageUrl, {}});
        bottom = std::max(bottom, stickerTop + m.sticker);
    }

    int baseline = m.vPad + m.boldFm.ascent();
    if (!ownLine && lineCount() > 0) {
        // A line of Korean can have a taller fallback font; follow its baseline.
        baseline = firstTextBaseline();
    }
    m_nickPos = QPoint(m_nickRect.left(), baseline - m.boldFm.ascent());
    m_nickRect.moveTop(m_nickPos.y());
    if (!m_labelRect.isNull()) {
        const QFontMetrics labelFm(m_labelFont);
        m_labelRect.moveTop(int(std::lround(baseline - m.fm.capHeight() / 2.0 - m_labelRect.height() / 2.0)));
        m_labelPos = QPoint(m_labelRect.left() + 5, baseline - labelFm.ascent());
    }
    placeBadges(m, baseline);
    if (showTime)
        placeTime(m, baseline);
    m_height = bottom + m.vPad;
}

void ChatRowLayout::layoutDonation(const ChatRowMetrics &m, bool showTime)
{
    m_tier = donationTier(*m_event);
    m_icon = eventIcon(m_event->type);
    const int cardY = 2;
    const int padY = std::max(4, m.fm.height() / 3);
    const int right = m_width - m.hPad;
    int x = m.hPad + (showTime ? m.timeWidth + m.columnGap : 0);

    const int iconSize = m.donationIcon(m_tier);
    m_iconRect = QRect(x, 0, iconSize, iconSize);
    x += iconSize + m.columnGap;
    const int indent = x;

    const QFont headline = m.headline(m_tier);
    const QFontMetrics hfm(headline);
    const int top = cardY + padY;
    const int headHeight = std::max(iconSize, hfm.height());
    const int baseline = top + (headHeight - hfm.height()) / 2 + hfm.ascent();
    m_iconRect.moveTop(top + (headHeight - iconSize) / 2);

    x = layoutBadges(m, x);
    placeBadges(m, baseline - (hfm.capHeight() - m.fm.capHeight()) / 2);

    m_nickFont = withWeight(headline, QFont::Bold);
    const QString nick = ChatEventText::displayName(*m_event);
    const ShapedTextCache::Line shapedNick = m.shaped.line(nick, m_nickFont);
    m_nick = shapedNick.text;
    m_nickPos = QPoint(x, baseline - hfm.ascent());
    m_nickRect = QRect(m_nickPos, QSize(shapedNick.width, hfm.height()));
    x += shapedNick.width + hfm.horizontalAdvance(u' ');

    m_actionFont = headline;
    const QString action =
        hfm.elidedText(ChatEventText::donationAction(*m_event), Qt::ElideRight, std::max(0, right - x));
    m_action = m.shaped.line(action, m_actionFont).text;
    m_actionPos = QPoint(x, baseline - hfm.ascent());

    int y = top + headHeight;
    if (const QString detail = ChatEventText::donationDetail(*m_event); !detail.isEmpty()) {
        m_detailFont = m.small;
        m_detail = m.shaped.line(detail, m_detailFont).text;
        m_detailPos = QPoint(indent, y + 1);
        y += m.smallFm.height() + 2;
    }
    if (const QString text = ChatEventText::messageText(*m_event); !text.isEmpty())
        y = layoutMessage(m, text, indent, indent, right, y + 2);

    if (showTime)
        placeTime(m, baseline);
    m_height = y + padY + cardY;
    m_card = QRect(4, cardY, m_width - 8, m_height - 2 * cardY);
}

void ChatRowLayout::layoutNotice(const ChatRowMetrics &m, bool showTime)
{
    m_icon = eventIcon(m_event->type);
    const int cardY = 2;
    const int padY = m.vPad + 2;
    const int right = m_width - m.hPad;
    int x = m.hPad + (showTime ? m.timeWidth + m.columnGap : 0);
    m_iconRect = QRect(x, 0, m.badge, m.badge);
    x += m.badge + m.columnGap / 2;
    const int indent = x;

    m_labelFont = m.bold;
    const QString label = ChatEventText::label(*m_event);
    const ShapedTextCache::Line shapedLabel = m.shaped.line(label, m_labelFont);
    m_label = shapedLabel.text;
    const int labelX = x;
    x += shapedLabel.width + 2 * m.spaceWidth;

    const int top = cardY + padY;
    int bottom = layoutText(m, ChatEventText::systemText(*m_event), m.font, x, indent, right, top);
    bottom = std::max(bottom, top + m.boldFm.height());
    int baseline = top + m.boldFm.ascent();
    if (lineCount() > 0)
        baseline = std::max(baseline, firstTextBaseline());
    m_labelPos = QPoint(labelX, baseline - m.boldFm.ascent());
    m_iconRect.moveTop(int(std::lround(baseline - m.fm.capHeight() / 2.0 - m.badge / 2.0)));
    if (showTime)
        placeTime(m, baseline);
    m_height = bottom + padY + cardY;
    m_card = QRect(4, cardY, m_width - 8, m_height - 2 * cardY);
}

void ChatRowLayout::layoutSystem(const ChatRowMetrics &m, bool showTime)
{
    const int x = m.hPad + (showTime ? m.timeWidth + m.columnGap : 0);
    const QFont &font = m_kind == Kind::Quiet ? m.small : m.font;
    const int bottom = layoutText(m, ChatEventText::systemText(*m_event), font, x, x, m_width - m.hPad, m.vPad);
    int baseline = m.vPad + m.fm.ascent();
    if (lineCount() > 0)
        baseline = firstTextBaseline();
    if (showTime)
        placeTime(m, baseline);
    m_height = std::max(bottom, m.vPad + m.fm.height()) + m.vPad;
}

void ChatRowLayout::layoutGap(const ChatRowMetrics &m)
{
    m_labelFont = m.smallBold;
    const QString text = ChatEventText::gapText(m_event->details().gapFromMs, m_event->details().gapToMs);
    const ShapedTextCache::Line shaped = m.shaped.line(text, m_labelFont);
    m_label = shaped.text;
    const QFontMetrics labelFm(m_labelFont);
    const int textWidth = std::min(shaped.width, std::max(0, m_width - 2 * m.hPad));
    const int padY = m.vPad + 4;
    m_height = labelFm.height() + 2 * padY;
    m_gapTextRect = QRect((m_width - textWidth) / 2, padY, textWidth, labelFm.height());
    m_labelPos = m_gapTextRect.topLeft();
    m_gapLineY = padY + labelFm.height() / 2;
}

QRect ChatRowLayout::badgeRect(Role role) const
{
    for (const Badge &badge : m_badges) {
        if (badge.role == role)
            return badge.rect;
    }
    return {};
}

void ChatRowLayout::paintCard(QPainter *painter, const ChatColors &colors) const
{
    const bool notice = m_kind == Kind::Notice;
    const QColor accent = notice ? colors.noticeAccent(m_event->type) : colors.donationAccent(m_event->type);
    qreal amount = 0.10;
    int bar = 3;
    switch (m_tier) {
    case Tier::Medium:
        amount = 0.16;
        break;
    case Tier::Large:
        amount = 0.24;
        bar = 4;
        break;
    case Tier::Huge:
        amount = 0.30;
        bar = 5;
        break;
    default:
        break;
    }
    if (notice)
        amount = 0.09;

    painter->setPen(Qt::NoPen);
    if (m_tier == Tier::Huge) {
        // The biggest gifts get a glow that fades across the row and a rim.
        QLinearGradient gradient(m_card.topLeft(), m_card.topRight());
        gradient.setColorAt(0, colors.tint(accent, 0.42));
        gradient.setColorAt(1, colors.tint(accent, 0.14));
        painter->setBrush(gradient);
        painter->setPen(QPen(colors.tint(accent, 0.7), 1));
        painter->drawRoundedRect(QRectF(m_card).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
        painter->setPen(Qt::NoPen);
    } else {
        painter->setBrush(colors.tint(accent, amount));
        painter->drawRoundedRect(m_card, 5, 5);
    }
    painter->setBrush(accent);
    painter->drawRoundedRect(QRectF(m_card.left(), m_card.top(), bar, m_card.height()), bar / 2.0, bar / 2.0);
}

void ChatRowLayout::paintBadges(QPainter *painter, const ChatColors &colors, BadgeRenderer &badges, qreal dpr) const
{
    for (const Badge &badge : m_badges) {
        const QPixmap pixmap = badges.pixmap(badge.icon, badge.rect.width(), dpr);
        painter->drawPixmap(badge.rect.topLeft(), pixmap);
        if (!badge.months.text().isEmpty()) {
            painter->setFont(m_monthsFont);
            painter->setPen(colors.role(Role::Subscriber));
            painter->drawStaticText(badge.monthsPos, badge.months);
        }
    }
}

void ChatRowLayout::paintImages(QPainter *painter, const ChatColors &colors, ImageCache *images, qreal dpr) const
{
    for (const Image &image : m_images) {
        const QPixmap pixmap = images ? images->pixmap(image.url, image.rect.size(), dpr) : QPixmap();
        if (!pixmap.isNull()) {
            const QSizeF size = pixmap.deviceIndependentSize();
            const QPointF at(image.rect.x() + (image.rect.width() - size.width()) / 2,
                image.rect.y() + (image.rect.height() - size.height()) / 2);
            painter->drawPixmap(at, pixmap);
            continue;
        }
        // Loading, offline or refused: a quiet box of the same size, so nothing moves when it comes.
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(colors.tint(colors.mutedText(), 0.45), 1));
        painter->setBrush(colors.tint(colors.mutedText(), 0.12));
        const qreal radius = std::max(2, image.rect.width() / 8);
        painter->drawRoundedRect(QRectF(image.rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        painter->setRenderHint(QPainter::Antialiasing, false);
    }
}

void ChatRowLayout::paint(
    QPainter *painter, const ChatColors &colors, BadgeRenderer &badges, qreal dpr, ImageCache *images) const
{
    if (m_kind == Kind::Gap) {
        const QColor accent = colors.gapAccent();
        QColor line = accent;
        line.setAlphaF(0.55f);
        painter->setPen(QPen(line, 1, Qt::DashLine));
        const int hPad = m_gapTextRect.left() > 24 ? 12 : 0;
        if (m_gapTextRect.left() - 10 > hPad)
            painter->drawLine(hPad, m_gapLineY, m_gapTextRect.left() - 10, m_gapLineY);
        if (m_gapTextRect.right() + 10 < m_width - hPad)
            painter->drawLine(m_gapTextRect.right() + 10, m_gapLineY, m_width - hPad, m_gapLineY);
        painter->setFont(m_labelFont);
        painter->setPen(accent);
        painter->drawStaticText(m_labelPos, m_label);
        return;
    }

    if (!m_card.isNull()) {
        painter->setRenderHint(QPainter::Antialiasing, true);
        paintCard(painter, colors);
        painter->setRenderHint(QPainter::Antialiasing, false);
    }
    if (!m_time.text().isEmpty()) {
        painter->setFont(m_timeFont);
        painter->setPen(colors.mutedText());
        painter->drawStaticText(m_timePos, m_time);
    }
    if (m_icon)
        painter->drawPixmap(m_iconRect.topLeft(), badges.pixmap(*m_icon, m_iconRect.width(), dpr));

    if (!m_label.text().isEmpty()) {
        painter->setFont(m_labelFont);
        if (m_kind == Kind::Notice) {
            painter->setPen(colors.noticeAccent(m_event->type));
        } else {
            // A quiet outlined pill, so "whisper" reads as a tag, not as chat.
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(QPen(colors.mutedText(), 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(QRectF(m_labelRect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
            painter->setRenderHint(QPainter::Antialiasing, false);
        }
        painter->drawStaticText(m_labelPos, m_label);
    }
    paintBadges(painter, colors, badges, dpr);

    if (!m_nick.text().isEmpty()) {
        painter->setFont(m_nickFont);
        painter->setPen(colors.nickname(m_event->roles(), m_event->userId.value_or(QString())));
        painter->drawStaticText(m_nickPos, m_nick);
    }
    if (!m_action.text().isEmpty()) {
        painter->setFont(m_actionFont);
        painter->setPen(colors.text());
        painter->drawStaticText(m_actionPos, m_action);
    }
    if (!m_detail.text().isEmpty()) {
        painter->setFont(m_detailFont);
        painter->setPen(colors.mutedText());
        painter->drawStaticText(m_detailPos, m_detail);
    }

    QColor textColor = colors.text();
    if (m_kind == Kind::System)
        textColor = colors.mutedText();
    else if (m_kind == Kind::Quiet)
        textColor = colors.tint(colors.mutedText(), 0.7);
    painter->setPen(textColor);
    for (int i = 0; i < lineCount(); ++i)
        m_text->lineAt(i).draw(painter, i == 0 ? m_textFirstLine : m_textOtherLines);
    if (!m_images.isEmpty())
        paintImages(painter, colors, images, dpr);
}

} // namespace soopchat
