#include "ui/overlay/OverlayLineRenderer.h"

#include <QFontDatabase>
#include <QGlyphRun>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QTextLayout>

#include <cmath>
#include <vector>

#include "core/util/Logging.h"
#include "ui/chat/ChatEventText.h"

namespace soopchat {

using namespace Qt::StringLiterals;
using TextEffect = OverlayWindowOptions::TextEffect;

namespace {

const QColor TextColor(0xFF, 0xFF, 0xFF);
const QColor OutlineColor(0x00, 0x00, 0x00, 235);

QPalette overlayPalette()
{
    // The overlay is light text on anything: take the chat list's colours for a dark background.
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1D));
    palette.setColor(QPalette::Text, TextColor);
    return palette;
}

// The overlay page's font ships with the app (resources/overlay/fonts); make
// it available to the window too when the system does not have it.
void ensureBundledFont()
{
    if (QFontDatabase::hasFamily(OverlayWindowOptions::defaultFontFamily()))
        return;
    for (const QString &file : {u":/overlay/fonts/NanumSquareR.ttf"_s, u":/overlay/fonts/NanumSquareB.ttf"_s}) {
        if (QFontDatabase::addApplicationFont(file) < 0)
            qCWarning(lcUi) << "cannot load the overlay font" << file;
    }
}

QStringList familiesFor(const QString &family)
{
    QStringList families {family, OverlayWindowOptions::defaultFontFamily(), u"NanumGothic"_s, u"Noto Sans CJK KR"_s,
        u"Noto Sans KR"_s, u"sans-serif"_s};
    families.removeDuplicates();
    return families;
}

// One pass of a box blur over `count` pixels `stride` apart; pixels outside
// count as transparent, which is what a shadow's edge wants.
void blurLine(QRgb *pixels, int count, qsizetype stride, int radius, std::vector<QRgb> &copy)
{
    copy.resize(size_t(count));
    for (int i = 0; i < count; ++i)
        copy[size_t(i)] = pixels[i * stride];
    const int window = 2 * radius + 1;
    int a = 0, r = 0, g = 0, b = 0;
    const auto add = [&](QRgb p, int sign) {
        a += sign * qAlpha(p);
        r += sign * qRed(p);
        g += sign * qGreen(p);
        b += sign * qBlue(p);
    };
    for (int i = 0; i <= radius && i < count; ++i)
        add(copy[size_t(i)], 1);
    for (int i = 0; i < count; ++i) {
        pixels[i * stride] = qRgba(r / window, g / window, b / window, a / window);
        if (const int out = i - radius; out >= 0)
            add(copy[size_t(out)], -1);
        if (const int in = i + radius + 1; in < count)
            add(copy[size_t(in)], 1);
    }
}

// Three box blurs come close to a Gaussian. Premultiplied pixels, so every
// channel is averaged alike and the result stays valid.
void blur(QImage &image, int radius)
{
    if (radius < 1 || image.isNull())
        return;
    Q_ASSERT(image.format() == QImage::Format_ARGB32_Premultiplied);
    const int w = image.width();
    const int h = image.height();
    const qsizetype stride = image.bytesPerLine() / qsizetype(sizeof(QRgb));
    auto *bits = reinterpret_cast<QRgb *>(image.bits());
    std::vector<QRgb> copy;
    for (int pass = 0; pass < 3; ++pass) {
        for (int y = 0; y < h; ++y)
            blurLine(bits + y * stride, w, 1, radius, copy);
        for (int x = 0; x < w; ++x)
            blurLine(bits + x, h, stride, radius, copy);
    }
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QImage layerLike(const QImage &image)
{
    QImage layer(image.size(), QImage::Format_ARGB32_Premultiplied);
    layer.setDevicePixelRatio(image.devicePixelRatio());
    layer.fill(Qt::transparent);
    return layer;
}

// The outlines of a range's glyphs, and whether some glyph has no outline
// (colour emoji are bitmaps): those runs are drawn as glyphs as well.
QPainterPath glyphPath(const QList<QGlyphRun> &runs, QList<QGlyphRun> *bitmapRuns)
{
    QPainterPath path;
    for (const QGlyphRun &run : runs) {
        const QRawFont font = run.rawFont();
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        bool bitmap = false;
        for (qsizetype i = 0; i < glyphs.size() && i < positions.size(); ++i) {
            QPainterPath glyph = font.pathForGlyph(glyphs[i]);
            if (glyph.isEmpty()) {
                bitmap = bitmap || !font.boundingRect(glyphs[i]).isEmpty();
                continue;
            }
            glyph.translate(positions[i]);
            path.addPath(glyph);
        }
        if (bitmap && bitmapRuns)
            bitmapRuns->append(run);
    }
    path.setFillRule(Qt::WindingFill);
    return path;
}

struct PrefixItem
{
    QPixmap pixmap;
    QString chip;
    QColor chipColor;
    QRectF rect; // in the text area's coordinates
};

} // namespace

OverlayLineRenderer::OverlayLineRenderer() : m_colors(overlayPalette())
{
    ensureBundledFont();
}

std::optional<OverlayLineRenderer::Kind> OverlayLineRenderer::kindOf(EventType type)
{
    switch (type) {
    case EventType::Chat:
    case EventType::ManagerChat:
    case EventType::OgqSticker:
        return Kind::Message;
    case EventType::Notice:
    case EventType::AdminNotice:
        return Kind::Notice;
    default:
        break;
    }
    if (isDonation(type))
        return Kind::Donation;
    return std::nullopt;
}

bool OverlayLineRenderer::isShown(const ChatEvent &event, bool donationsOnly)
{
    const std::optional<Kind> kind = kindOf(event.type);
    return kind && (!donationsOnly || *kind == Kind::Donation);
}

int OverlayLineRenderer::donationTier(const ChatEvent &event)
{
    switch (event.type) {
    case EventType::Subscription:
    case EventType::SubscriptionGift:
        return 2;
    case EventType::SubscriptionRenewal:
        return event.details().months.value_or(0) >= 12 ? 3 : 2;
    default:
        break;
    }
    if (!isDonation(event.type))
        return 0;
    const qint64 count = event.count.value_or(0);
    if (count >= 10'000)
        return 4;
    if (count >= 1'000)
        return 3;
    if (count >= 100)
        return 2;
    return 1;
}

qreal OverlayLineRenderer::tierScale(int tier)
{
    switch (tier) {
    case 2:
        return 1.12;
    case 3:
        return 1.3;
    case 4:
        return 1.5;
    default:
        return 1.0;
    }
}

void OverlayLineRenderer::setStyle(const Style &style)
{
    m_style = style;
    m_style.fontSize =
        std::clamp(m_style.fontSize, OverlayWindowOptions::MinFontSize, OverlayWindowOptions::MaxFontSize);
    if (m_style.devicePixelRatio <= 0)
        m_style.devicePixelRatio = 1.0;
}

OverlayLineRenderer::Line OverlayLineRenderer::render(const ChatEvent &event, int width)
{
    Line result;
    const std::optional<Kind> kind = kindOf(event.type);
    if (!kind || width <= 0)
        return result;
    const bool donation = *kind == Kind::Donation;
    const int tier = donationTier(event);
    const qreal px = std::round(m_style.fontSize * (m_style.emphasise ? tierScale(tier) : 1.0));
    const qreal dpr = m_style.devicePixelRatio;
    result.tier = tier;
    result.fontPixelSize = int(px);

    QFont base;
    base.setFamilies(familiesFor(m_style.fontFamily));
    base.setPixelSize(int(px));
    base.setHintingPreference(QFont::PreferNoHinting); // outlines and fills come from the same unhinted glyphs
    QFont bold = base;
    bold.setWeight(QFont::Bold);
    QFont small = base;
    small.setPixelSize(int(std::round(px * 0.88)));
    QFont chipFont = bold;
    chipFont.setPixelSize(std::max(8, int(std::round(px * 0.7))));

    // Before the text: the donation icon, role badges and a label chip.
    QList<PrefixItem> prefix;
    if (donation) {
        if (const auto icon = BadgeRenderer::iconFor(event.type))
            prefix.append({m_badges.pixmap(*icon, int(std::round(px * 1.2)), dpr), {}, {}, {}});
    }
    if (m_style.badges && *kind != Kind::Notice) {
        for (Role role : AllRoles) {
            if (event.roles().testFlag(role)) {
                prefix.append(
                    {m_badges.pixmap(BadgeRenderer::iconFor(role), int(std::round(px * 1.05)), dpr), {}, {}, {}});
                ++result.badges;
            }
        }
    }
    if (const QString label = ChatEventText::label(event); !label.isEmpty()) {
        QColor color(0x5A, 0x6E, 0x8C, 225);
        if (*kind == Kind::Notice)
            color = QColor(0xE5, 0x48, 0x4D, 230);
        else if (event.type == EventType::OgqSticker)
            color = QColor(0x1F, 0xB5, 0xA5, 230);
        else if (event.type == EventType::ManagerChat)
            color = QColor(0x2F, 0x9E, 0x5B, 230);
        if (m_style.chromaKey)
            color.setAlpha(255);
        prefix.append({{}, label, color, {}});
    }

    // The text, plain, with a colour and weight per part.
    QString text;
    QList<QTextLayout::FormatRange> formats;
    const auto append = [&](const QString &part, const QFont &font, const QColor &color) {
        if (part.isEmpty())
            return;
        QTextLayout::FormatRange range;
        range.start = int(text.size());
        range.length = int(part.size());
        range.format.setFont(font);
        range.format.setForeground(color);
        formats.append(range);
        text += part;
    };
    const QString name = ChatEventText::displayName(event);
    const QColor nickColor = m_colors.nickname(event.roles(), event.userId.value_or(name));
    const QColor accent = m_colors.donationAccent(event.type);
    const QColor accentText = accent.lightness() < 150 ? accent.lighter(155) : accent;
    switch (*kind) {
    case Kind::Message:
        append(name + u':', bold, nickColor);
        append(u" "_s + ChatEventText::messageText(event), base, TextColor);
        break;
    case Kind::Donation:
        append(name, bold, nickColor);
        append(u" "_s, bold, TextColor);
        append(ChatEventText::donationAction(event), bold, accentText);
        if (const QString message = ChatEventText::messageText(event); !message.isEmpty())
            append(QChar(QChar::LineSeparator) + message, small, TextColor);
        break;
    case Kind::Notice:
        append(ChatEventText::messageText(event), base, TextColor);
        break;
    }

    // Geometry: the donation box has padding and an accent bar on the left.
    const qreal bar = donation ? (tier >= 4 && m_style.emphasise ? 6 : 4) : 0;
    const qreal padX = donation ? std::round(px * 0.5) : 0;
    const qreal padY = donation ? std::round(px * 0.3) : 0;
    const QPointF textOrigin(bar + padX, padY);
    const qreal textWidth = std::max<qreal>(px * 2, width - textOrigin.x() - padX);

    const qreal gap = std::round(px * 0.18);
    qreal prefixWidth = 0;
    qreal prefixHeight = 0;
    const QFontMetricsF chipMetrics(chipFont);
    for (PrefixItem &item : prefix) {
        QSizeF size;
        if (!item.pixmap.isNull())
            size = item.pixmap.deviceIndependentSize();
        else
            size = QSizeF(std::ceil(chipMetrics.horizontalAdvance(item.chip) + chipFont.pixelSize() * 1.0),
                std::round(chipFont.pixelSize() * 1.55));
        item.rect = QRectF(QPointF(prefixWidth, 0), size);
        prefixWidth += size.width() + gap;
        prefixHeight = std::max(prefixHeight, size.height());
    }
    if (!prefix.isEmpty())
        prefixWidth += std::round(px * 0.15);

    QTextLayout layout(text, base);
    layout.setFormats(formats);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    qreal y = 0;
    qreal firstLineHeight = 0;
    const qreal minLineHeight = std::round(px * 1.3);
    for (bool first = true;; first = false) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        // Donations keep their text clear of the icon on every line; chat wraps under the badges.
        const qreal indent = (first || donation) ? prefixWidth : 0;
        line.setLineWidth(std::max<qreal>(px, textWidth - indent));
        const qreal extra = std::max<qreal>(0, minLineHeight - line.height());
        line.setPosition(QPointF(indent, y + extra / 2));
        y += line.height() + extra;
        if (first)
            firstLineHeight = line.height() + extra;
    }
    layout.endLayout();
    for (PrefixItem &item : prefix)
        item.rect.moveTop(std::round((firstLineHeight - item.rect.height()) / 2));

    const qreal contentHeight = std::max(y, prefixHeight);
    const int boxHeight = int(std::ceil(contentHeight + 2 * padY));
    const bool glow = donation && m_style.emphasise && tier >= 3 && !m_style.chromaKey;
    const int margin = int(std::ceil(std::max(px * 0.3 + 2, glow ? px * 0.8 : 0.0)));
    result.height = boxHeight;
    result.offset = QPoint(-margin, -margin);

    const QSize logical(width + 2 * margin, boxHeight + 2 * margin);
    QImage image(QSize(int(std::ceil(logical.width() * dpr)), int(std::ceil(logical.height() * dpr))),
        QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(margin, margin);

    if (donation) {
        const QRectF box(0, 0, width, boxHeight);
        const qreal radius = std::round(px * 0.4);
        QPainterPath boxPath;
        boxPath.addRoundedRect(box, radius, radius);
        const bool subscription = eventCategory(event.type) == EventCategory::Subscription;
        QColor from = subscription ? QColor(150, 100, 255) : accent;
        QColor to = from;
        from.setAlphaF(0.34f);
        to.setAlphaF(0.06f);
        if (m_style.emphasise && tier == 3) {
            from.setAlphaF(0.52f);
            to.setAlphaF(0.12f);
        } else if (m_style.emphasise && tier >= 4) {
            from = QColor(255, 140, 0, 185);
            to = QColor(255, 60, 120, 95);
        }
        if (m_style.chromaKey) {
            // Solid colours only: the same hues mixed over a dark base instead of over the scene.
            const QColor dark(0x15, 0x17, 0x1C);
            const auto solid = [&](const QColor &c) { return mix(dark, c, std::min(1.0f, c.alphaF() * 1.25f)); };
            from = solid(from);
            to = solid(to);
        }
        if (glow) {
            // A soft halo around the box, stronger for the biggest gifts.
            QImage halo = layerLike(image);
            QPainter haloPainter(&halo);
            haloPainter.setRenderHint(QPainter::Antialiasing);
            haloPainter.translate(margin, margin);
            haloPainter.fillPath(boxPath,
                subscription    ? QColor(170, 130, 255, 150)
                    : tier >= 4 ? QColor(255, 160, 0, 210)
                                : QColor(255, 190, 40, 140));
            haloPainter.end();
            blur(halo, int(std::round(px * 0.3 * dpr)));
            painter.drawImage(QPointF(-margin, -margin), halo);
        }
        QLinearGradient gradient(box.topLeft(), box.topRight());
        gradient.setColorAt(0, from);
        gradient.setColorAt(0.85, to);
        gradient.setColorAt(1, to);
        painter.fillPath(boxPath, gradient);
        painter.save();
        painter.setClipPath(boxPath);
        painter.fillRect(QRectF(0, 0, bar, boxHeight), subscription ? QColor(0xC9, 0xA7, 0xFF) : accent);
        painter.restore();
        if (m_style.chromaKey && m_style.emphasise && tier >= 3) {
            // In place of the glow, which a chroma key would eat: a bright rim.
            const qreal rim = tier >= 4 ? 3 : 2;
            const QColor rimColor = subscription ? QColor(0xC9, 0xA7, 0xFF)
                : tier >= 4                      ? QColor(255, 170, 30)
                                                 : QColor(255, 200, 60);
            painter.setPen(QPen(rimColor, rim));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box.adjusted(rim / 2, rim / 2, -rim / 2, -rim / 2), radius, radius);
        }
    }

    QList<QGlyphRun> bitmapRuns;
    QList<std::pair<QPainterPath, QColor>> parts;
    QPainterPath allText;
    for (const QTextLayout::FormatRange &range : std::as_const(formats)) {
        QPainterPath path = glyphPath(layout.glyphRuns(range.start, range.length), &bitmapRuns);
        path.translate(textOrigin);
        allText.addPath(path);
        parts.append({path, range.format.foreground().color()});
    }
    allText.setFillRule(Qt::WindingFill);

    const auto drawPrefix = [&](QPainter &p, bool silhouette) {
        for (const PrefixItem &item : std::as_const(prefix)) {
            const QRectF rect = item.rect.translated(textOrigin);
            if (!item.pixmap.isNull()) {
                p.drawPixmap(rect.topLeft(), item.pixmap);
            } else {
                QPainterPath chip;
                chip.addRoundedRect(rect, rect.height() / 2.4, rect.height() / 2.4);
                p.fillPath(chip, item.chipColor);
                if (!silhouette) {
                    p.setFont(chipFont);
                    p.setPen(TextColor);
                    p.drawText(rect, Qt::AlignCenter, item.chip);
                }
            }
        }
    };

    if (m_style.effect == TextEffect::Shadow && m_style.chromaKey) {
        // A hard shadow and a thin dark edge: no soft pixels for the key to smear.
        const QPointF offset(std::max(1.0, std::round(px * 0.06)), std::max(1.0, std::round(px * 0.08)));
        painter.save();
        painter.translate(offset);
        painter.fillPath(allText, QColor(0, 0, 0, 235));
        painter.restore();
        painter.strokePath(
            allText, QPen(QColor(0, 0, 0, 235), std::max(1.0, px * 0.07), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    } else if (m_style.effect != TextEffect::None && !m_style.chromaKey) {
        // A soft shadow under text and icons; for Shadow it is also what keeps
        // light text readable on a light scene, so it is denser there.
        const bool shadowOnly = m_style.effect == TextEffect::Shadow;
        QImage shadow = layerLike(image);
        QPainter shadowPainter(&shadow);
        shadowPainter.setRenderHint(QPainter::Antialiasing);
        shadowPainter.translate(margin, margin);
        shadowPainter.fillPath(allText, Qt::black);
        if (shadowOnly)
            shadowPainter.strokePath(allText, QPen(Qt::black, std::max(1.0, px * 0.06)));
        drawPrefix(shadowPainter, true);
        shadowPainter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        shadowPainter.fillRect(
            QRectF(-margin, -margin, logical.width(), logical.height()), QColor(0, 0, 0, shadowOnly ? 255 : 190));
        shadowPainter.end();
        blur(shadow, std::max(1, int(std::round(px * (shadowOnly ? 0.09 : 0.12) * dpr))));
        const QPointF offset(shadowOnly ? px * 0.05 : 0, px * (shadowOnly ? 0.08 : 0.1));
        painter.drawImage(offset - QPointF(margin, margin), shadow);
        if (shadowOnly)
            painter.drawImage(QPointF(-margin, -margin), shadow);
    }
    if (m_style.effect == TextEffect::Outline) {
        const qreal outline = std::max(1.5, px * 0.09);
        painter.strokePath(allText, QPen(OutlineColor, outline * 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }

    drawPrefix(painter, false);
    for (const auto &[path, color] : std::as_const(parts))
        painter.fillPath(path, color);
    painter.setPen(TextColor);
    for (const QGlyphRun &run : std::as_const(bitmapRuns))
        painter.drawGlyphRun(textOrigin, run);
    painter.end();

    result.image = std::move(image);
    return result;
}

} // namespace soopchat
