#include "ui/overlay/OverlayLineRenderer.h"

#include <QFontDatabase>
#include <QGlyphRun>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QTextLayout>

#include <cmath>

#include "core/events/Badges.h"
#include "core/events/EventLook.h"
#include "core/util/DisplayText.h"
#include "core/util/Logging.h"
#include "ui/chat/ChatEventText.h"
#include "ui/overlay/BoxBlur.h"
#include "ui/overlay/OverlayLineLook.h"

namespace soopchat {

using namespace Qt::StringLiterals;
using TextEffect = OverlayWindowOptions::TextEffect;
using Kind = OverlayLineRenderer::Kind;

namespace {

// Every size, factor and colour of a line: OverlayLineLook.h.
constexpr OverlayLineLook Look;
constexpr const OverlayLineLook::Sizes &Size = Look.sizes;
constexpr const OverlayLineLook::Colours &Colours = Look.colours;

// ---- Helpers ----------------------------------------------------------------

QPalette overlayPalette()
{
    // The overlay is light text on anything: take the chat list's colours for a dark background.
    QPalette palette;
    palette.setColor(QPalette::Base, Colours.background);
    palette.setColor(QPalette::Text, Colours.text);
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

// ---- The parts of a line ------------------------------------------------------

struct Fonts
{
    QFont base;
    QFont bold;
    QFont small;
    QFont chip;
};

Fonts fontsFor(const QString &family, qreal px)
{
    Fonts fonts;
    fonts.base.setFamilies(familiesFor(family));
    fonts.base.setPixelSize(int(px));
    fonts.base.setHintingPreference(QFont::PreferNoHinting); // outlines and fills come from the same unhinted glyphs
    fonts.bold = fonts.base;
    fonts.bold.setWeight(QFont::Bold);
    fonts.small = fonts.base;
    fonts.small.setPixelSize(int(std::round(px * Size.smallFont)));
    fonts.chip = fonts.bold;
    fonts.chip.setPixelSize(std::max(Size.chipFontMinPx, int(std::round(px * Size.chipFont))));
    return fonts;
}

// Before the text: the donation icon, role badges and a label chip.
struct PrefixItem
{
    QPixmap pixmap;
    QString chip;
    QColor chipColor;
    QRectF rect; // in the text area's coordinates
};

QColor chipColor(const ChatEvent &event, Kind kind, bool chromaKey)
{
    QColor color = Colours.chip;
    if (kind == Kind::Notice)
        color = Colours.noticeChip;
    else if (event.type == EventType::OgqSticker)
        color = Colours.stickerChip;
    else if (event.type == EventType::ManagerChat)
        color = Colours.managerChip;
    if (chromaKey)
        color.setAlpha(255); // a chroma key keys half-transparent pixels badly
    return color;
}

// The text, plain, with a colour and weight per part.
struct StyledText
{
    QString text;
    QList<QTextLayout::FormatRange> formats;

    void append(const QString &part, const QFont &font, const QColor &color)
    {
        if (part.isEmpty())
            return;
        QTextLayout::FormatRange range;
        range.start = int(text.size());
        range.length = int(part.size());
        range.format.setFont(font);
        range.format.setForeground(color);
        formats.append(range);
        text += part;
    }
};

// Where things go: the text area inside the donation box (if any), the box
// and the margin the outline, shadow or glow need around it.
struct Geometry
{
    qreal bar = 0;
    qreal padY = 0;
    QPointF textOrigin;
    int boxHeight = 0;
    int margin = 0;
};

// Lays `prefix` out in a row and returns its width with the gap before the text.
qreal placePrefix(QList<PrefixItem> &prefix, const QFont &chipFont, qreal px, qreal *height)
{
    const qreal gap = std::round(px * Size.prefixGap);
    const QFontMetricsF chipMetrics(chipFont);
    qreal width = 0;
    *height = 0;
    for (PrefixItem &item : prefix) {
        QSizeF size;
        if (!item.pixmap.isNull())
            size = item.pixmap.deviceIndependentSize();
        else
            size = QSizeF(std::ceil(chipMetrics.horizontalAdvance(item.chip) + chipFont.pixelSize() * Size.chipPadding),
                std::round(chipFont.pixelSize() * Size.chipHeight));
        item.rect = QRectF(QPointF(width, 0), size);
        width += size.width() + gap;
        *height = std::max(*height, size.height());
    }
    if (!prefix.isEmpty())
        width += std::round(px * Size.prefixEnd);
    return width;
}

// Wraps the text beside the prefix and returns the height of its lines; the
// prefix is centred on the first line.
qreal wrapText(
    QTextLayout &layout, QList<PrefixItem> &prefix, qreal prefixWidth, qreal textWidth, qreal px, bool indentEveryLine)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    qreal y = 0;
    qreal firstLineHeight = 0;
    const qreal minLineHeight = std::round(px * Size.minLineHeight);
    for (bool first = true;; first = false) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const qreal indent = (first || indentEveryLine) ? prefixWidth : 0;
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
    return y;
}

// The glyph outlines of the text, one path per coloured part.
struct TextPaths
{
    QList<std::pair<QPainterPath, QColor>> parts;
    QPainterPath all;
    QList<QGlyphRun> bitmapRuns;
};

TextPaths textPaths(const QTextLayout &layout, const QList<QTextLayout::FormatRange> &formats, QPointF origin)
{
    TextPaths paths;
    for (const QTextLayout::FormatRange &range : formats) {
        QPainterPath path = glyphPath(layout.glyphRuns(range.start, range.length), &paths.bitmapRuns);
        path.translate(origin);
        paths.all.addPath(path);
        paths.parts.append({path, range.format.foreground().color()});
    }
    paths.all.setFillRule(Qt::WindingFill);
    return paths;
}

enum class Silhouette : quint8 { No, Yes };

void paintPrefix(
    QPainter &painter, const QList<PrefixItem> &prefix, QPointF origin, const QFont &chipFont, Silhouette silhouette)
{
    for (const PrefixItem &item : prefix) {
        const QRectF rect = item.rect.translated(origin);
        if (!item.pixmap.isNull()) {
            painter.drawPixmap(rect.topLeft(), item.pixmap);
            continue;
        }
        QPainterPath chip;
        chip.addRoundedRect(rect, rect.height() / Size.chipRoundness, rect.height() / Size.chipRoundness);
        painter.fillPath(chip, item.chipColor);
        if (silhouette == Silhouette::No) {
            painter.setFont(chipFont);
            painter.setPen(Colours.text);
            painter.drawText(rect, Qt::AlignCenter, item.chip);
        }
    }
}

// What every step knows about the line being drawn.
struct LineSpec
{
    const ChatEvent &event;
    Kind kind;
    const OverlayLineRenderer::Style &style;
    const TierLook &tier;
    qreal px; // the font size in pixels
    int width; // of the line box, in logical pixels

    bool isDonation() const { return kind == Kind::Donation; }
};

// Records the icons it draws in `drawn`, as the badge table names them.
QList<PrefixItem> prefixFor(const LineSpec &line, BadgeRenderer &badges, OverlayLineRenderer::Line &drawn)
{
    QList<PrefixItem> prefix;
    const qreal dpr = line.style.devicePixelRatio;
    if (line.isDonation()) {
        if (const std::optional<QLatin1StringView> icon = eventIcon(line.event.type)) {
            prefix.append({badges.pixmap(*icon, int(std::round(line.px * Size.donationIcon)), dpr), {}, {}, {}});
            drawn.icon = *icon;
        }
    }
    if (line.style.badges && line.kind != Kind::Notice) {
        for (const RoleBadge &badge : roleBadges()) {
            if (line.event.roles().testFlag(badge.role)) {
                prefix.append({badges.pixmap(badge.key, int(std::round(line.px * Size.badge)), dpr), {}, {}, {}});
                drawn.badges.append(badge.key);
            }
        }
    }
    if (const QString label = ChatEventText::label(line.event); !label.isEmpty())
        prefix.append({{}, label, chipColor(line.event, line.kind, line.style.chromaKey), {}});
    return prefix;
}

StyledText textFor(const LineSpec &line, const Fonts &fonts, const QColor &nickColor, const ChatColors &colors)
{
    StyledText text;
    const ChatEvent &event = line.event;
    // Each run a user typed is isolated: an override or a right-to-left name cannot reorder
    // what follows it on the line, nor take the line's direction (DisplayText).
    const QString name = DisplayText::isolated(ChatEventText::displayName(event));
    switch (line.kind) {
    case Kind::Message:
        text.append(name + u':', fonts.bold, nickColor);
        text.append(u" "_s + DisplayText::isolated(ChatEventText::messageText(event)), fonts.base, Colours.text);
        break;
    case Kind::Donation: {
        text.append(name, fonts.bold, nickColor);
        text.append(u" "_s, fonts.bold, Colours.text);
        text.append(ChatEventText::donationAction(event), fonts.bold, colors.donationAccent(event.type));
        if (const QString message = ChatEventText::messageText(event); !message.isEmpty())
            text.append(QChar(QChar::LineSeparator) + DisplayText::isolated(message), fonts.small, Colours.text);
        break;
    }
    case Kind::Notice:
        text.append(DisplayText::isolated(ChatEventText::messageText(event)), fonts.base, Colours.text);
        break;
    }
    return text;
}

// The donation box has padding and an accent bar on the left; chat wraps
// under its badges, while donations keep every line clear of the icon.
Geometry measure(const LineSpec &line, QTextLayout &layout, QList<PrefixItem> &prefix, const Fonts &fonts)
{
    Geometry geometry;
    const bool donation = line.isDonation();
    geometry.bar = donation ? line.tier.barPx : 0;
    const qreal padX = donation ? std::round(line.px * Size.boxPadX) : 0;
    geometry.padY = donation ? std::round(line.px * Size.boxPadY) : 0;
    geometry.textOrigin = QPointF(geometry.bar + padX, geometry.padY);
    const qreal textWidth = std::max<qreal>(line.px * 2, line.width - geometry.textOrigin.x() - padX);

    qreal prefixHeight = 0;
    const qreal prefixWidth = placePrefix(prefix, fonts.chip, line.px, &prefixHeight);
    const qreal textHeight = wrapText(layout, prefix, prefixWidth, textWidth, line.px, donation);

    const qreal contentHeight = std::max(textHeight, prefixHeight);
    geometry.boxHeight = int(std::ceil(contentHeight + 2 * geometry.padY));
    const bool glow = donation && line.tier.glows() && !line.style.chromaKey;
    geometry.margin =
        int(std::ceil(std::max(line.px * Size.edgeMargin + Size.edgeMarginPx, glow ? line.px * Size.glowMargin : 0.0)));
    return geometry;
}

// A gradient box with an accent bar; big gifts glow (or get a rim over a
// chroma key, which would eat a glow).
void paintDonationBox(
    QPainter &painter, const QImage &image, const LineSpec &line, const Geometry &geometry, const ChatColors &colors)
{
    const QRectF box(0, 0, line.width, geometry.boxHeight);
    const qreal radius = std::round(line.px * Size.boxRadius);
    QPainterPath boxPath;
    boxPath.addRoundedRect(box, radius, radius);
    const bool subscription = eventCategory(line.event.type) == EventCategory::Subscription;
    const QColor accent = colors.donationAccent(line.event.type);
    QColor from = accent;
    QColor to = accent;
    from.setAlphaF(line.tier.fromAlpha);
    to.setAlphaF(line.tier.toAlpha);
    if (line.tier.warmFrom != 0) {
        from = QColor::fromRgba(line.tier.warmFrom);
        to = QColor::fromRgba(line.tier.warmTo);
    }
    if (line.style.chromaKey) {
        // Solid colours only: the same hues mixed over a dark base instead of over the scene.
        const auto solid = [](const QColor &c) {
            return mix(Colours.chromaBase, c, std::min(1.0f, c.alphaF() * Size.chromaSolidity));
        };
        from = solid(from);
        to = solid(to);
    }
    if (line.tier.glows() && !line.style.chromaKey) {
        QColor glow = QColor::fromRgba(line.tier.halo);
        if (subscription)
            glow = QColor(accent.red(), accent.green(), accent.blue(), glow.alpha());
        QImage halo = layerLike(image);
        QPainter haloPainter(&halo);
        haloPainter.setRenderHint(QPainter::Antialiasing);
        haloPainter.translate(geometry.margin, geometry.margin);
        haloPainter.fillPath(boxPath, glow);
        haloPainter.end();
        boxBlur(halo, int(std::round(line.px * Size.glowBlur * line.style.devicePixelRatio)));
        painter.drawImage(QPointF(-geometry.margin, -geometry.margin), halo);
    }
    QLinearGradient gradient(box.topLeft(), box.topRight());
    gradient.setColorAt(0, from);
    gradient.setColorAt(Size.gradientEnd, to);
    gradient.setColorAt(1, to);
    painter.fillPath(boxPath, gradient);
    painter.save();
    painter.setClipPath(boxPath);
    painter.fillRect(QRectF(0, 0, geometry.bar, geometry.boxHeight), accent);
    painter.restore();
    if (line.style.chromaKey && line.tier.rimPx > 0) {
        const qreal rim = line.tier.rimPx;
        painter.setPen(QPen(subscription ? accent : QColor::fromRgba(line.tier.rim), rim));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(rim / 2, rim / 2, -rim / 2, -rim / 2), radius, radius);
    }
}

// What keeps light text readable on any scene: an outline, a soft shadow
// (over a transparent background) or a hard one (over a chroma key).
void paintTextEdge(QPainter &painter, const QImage &image, const LineSpec &line, const Geometry &geometry,
    const QPainterPath &text, const QList<PrefixItem> &prefix, const QFont &chipFont)
{
    const qreal px = line.px;
    const TextEffect effect = line.style.effect;
    if (effect == TextEffect::Shadow && line.style.chromaKey) {
        // No soft pixels for the key to smear.
        const QPointF offset(
            std::max(1.0, std::round(px * Size.hardShadowX)), std::max(1.0, std::round(px * Size.hardShadowY)));
        painter.save();
        painter.translate(offset);
        painter.fillPath(text, Colours.hardShadow);
        painter.restore();
        painter.strokePath(text,
            QPen(Colours.hardShadow, std::max(1.0, px * Size.hardShadowEdge), Qt::SolidLine, Qt::RoundCap,
                Qt::RoundJoin));
    } else if (effect != TextEffect::None && !line.style.chromaKey) {
        // Under text and icons; for Shadow it is also what keeps light text
        // readable on a light scene, so it is denser there.
        const bool shadowOnly = effect == TextEffect::Shadow;
        const int margin = geometry.margin;
        QImage shadow = layerLike(image);
        QPainter shadowPainter(&shadow);
        shadowPainter.setRenderHint(QPainter::Antialiasing);
        shadowPainter.translate(margin, margin);
        shadowPainter.fillPath(text, Qt::black);
        if (shadowOnly)
            shadowPainter.strokePath(text, QPen(Qt::black, std::max(1.0, px * Size.dropShadowSpread)));
        paintPrefix(shadowPainter, prefix, geometry.textOrigin, chipFont, Silhouette::Yes);
        shadowPainter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        shadowPainter.fillRect(QRectF(-margin, -margin, line.width + 2 * margin, geometry.boxHeight + 2 * margin),
            QColor(0, 0, 0, shadowOnly ? Colours.dropShadowAlpha : Colours.softShadowAlpha));
        shadowPainter.end();
        const qreal blurFactor = shadowOnly ? Size.dropShadowBlur : Size.softShadowBlur;
        boxBlur(shadow, std::max(1, int(std::round(px * blurFactor * line.style.devicePixelRatio))));
        const QPointF offset(
            shadowOnly ? px * Size.dropShadowX : 0, px * (shadowOnly ? Size.dropShadowY : Size.softShadowY));
        painter.drawImage(offset - QPointF(margin, margin), shadow);
        if (shadowOnly)
            painter.drawImage(QPointF(-margin, -margin), shadow);
    }
    if (effect == TextEffect::Outline) {
        const qreal outline = std::max(Size.outlineMinPx, px * Size.outline);
        painter.strokePath(text, QPen(Colours.outline, outline * 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
}

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
    result.tier = donationTier(event);
    // Without emphasis every donation looks like the smallest.
    const TierLook &look = tierLook(m_style.emphasise ? result.tier : DonationTier::Small);
    const LineSpec line {event, *kind, m_style, look, std::round(m_style.fontSize * look.scale), width};
    result.fontPixelSize = int(line.px);
    result.nickname = m_colors.nickname(event.roles(), event.userId.value_or(ChatEventText::displayName(event)));
    if (line.isDonation())
        result.accent = m_colors.donationAccent(event.type);

    const Fonts fonts = fontsFor(m_style.fontFamily, line.px);
    QList<PrefixItem> prefix = prefixFor(line, m_badges, result);
    const StyledText text = textFor(line, fonts, result.nickname, m_colors);
    QTextLayout layout(text.text, fonts.base);
    layout.setFormats(text.formats);
    result.text = text.text;
    const Geometry geometry = measure(line, layout, prefix, fonts);
    result.height = geometry.boxHeight;
    result.offset = QPoint(-geometry.margin, -geometry.margin);

    const qreal dpr = m_style.devicePixelRatio;
    const QSize logical(width + 2 * geometry.margin, geometry.boxHeight + 2 * geometry.margin);
    QImage image(QSize(int(std::ceil(logical.width() * dpr)), int(std::ceil(logical.height() * dpr))),
        QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(geometry.margin, geometry.margin);

    if (*kind == Kind::Donation)
        paintDonationBox(painter, image, line, geometry, m_colors);
    const TextPaths paths = textPaths(layout, text.formats, geometry.textOrigin);
    paintTextEdge(painter, image, line, geometry, paths.all, prefix, fonts.chip);
    paintPrefix(painter, prefix, geometry.textOrigin, fonts.chip, Silhouette::No);
    for (const auto &[path, color] : paths.parts)
        painter.fillPath(path, color);
    painter.setPen(Colours.text);
    for (const QGlyphRun &run : paths.bitmapRuns)
        painter.drawGlyphRun(geometry.textOrigin, run);
    painter.end();

    result.image = std::move(image);
    return result;
}

} // namespace soopchat
