#include "ui/chat/ChatDelegate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <limits>

#include "core/events/Badges.h"
#include "core/util/DisplayText.h"
#include "ui/chat/ChatEventText.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ImageCache.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

// QToolTip guesses the format of its text; escape so a nickname such as
// "<b>x</b>" can only ever show as typed. Line breaks are kept; a line longer
// than the tooltip's width (about 80 characters) wraps.
QString safeTooltip(const QString &plain)
{
    return u"<p style='white-space:pre-wrap'>"_s + plain.toHtmlEscaped() + u"</p>"_s;
}

// The whole of a message the row shortened (DisplayText), up to a screenful; the rest is one
// Ctrl+C away.
QString shortenedTooltip(const ChatEvent &event)
{
    const QString full = event.text.value_or(QString());
    const qsizetype characters = full.toUcs4().size();
    return DisplayText::shown(full, 1000) + u"\n\n"_s +
        ChatDelegate::tr("Shortened in the list: %n character(s) in all. Ctrl+C copies the whole message.", nullptr,
            int(std::min<qsizetype>(characters, std::numeric_limits<int>::max())));
}

int layoutWidth(const QStyleOptionViewItem &option)
{
    // Some views ask for a size hint with an empty rect; lay out for a
    // typical side panel then.
    return option.rect.width() > 0 ? option.rect.width() : 360;
}

} // namespace

ChatDelegate::ChatDelegate(QObject *parent) : QStyledItemDelegate(parent), m_cache(DefaultCacheRows)
{ }

ChatDelegate::~ChatDelegate() = default;

EventPtr ChatDelegate::eventFor(const QModelIndex &index)
{
    // The direct paths avoid a QVariant and a heap copy per call.
    const QAbstractItemModel *model = index.model();
    if (const auto *proxy = qobject_cast<const ChatFilterProxy *>(model); proxy && proxy->chatModel())
        return proxy->eventAt(index.row());
    if (const auto *chat = qobject_cast<const ChatListModel *>(model))
        return chat->eventAt(index.row());
    return index.data(ChatListModel::EventRole).value<EventPtr>();
}

ImageCache *ChatDelegate::imageCache() const
{
    return m_images.data();
}

void ChatDelegate::setImageCache(ImageCache *images)
{
    if (m_images)
        disconnect(m_images, nullptr, this, nullptr);
    m_images = images;
    if (images)
        connect(images, &ImageCache::imageReady, this, &ChatDelegate::imagesChanged);
}

std::optional<Highlight> ChatDelegate::highlightOf(const QModelIndex &index) const
{
    const EventPtr event = eventFor(index);
    if (!m_rules || !event)
        return std::nullopt;
    return m_rules->highlightOf(*event);
}

QColor ChatDelegate::highlightFill(quint32 rgb, bool dark)
{
    QColor fill = QColor(QRgb(rgb));
    fill.setAlphaF(dark ? 0.30f : 0.24f);
    return fill;
}

void ChatDelegate::setShowTimestamps(bool show)
{
    if (show == m_showTime)
        return;
    m_showTime = show;
    clearLayoutCache();
}

void ChatDelegate::setDensity(ChatRowMetrics::Density density)
{
    if (density == m_density)
        return;
    m_density = density;
    clearLayoutCache();
}

void ChatDelegate::clearLayoutCache()
{
    m_cache.clear();
    m_metrics.reset();
    m_colors.reset();
    m_colorsKey = -1;
    m_badges.clear();
    emit layoutInvalidated();
}

const ChatRowMetrics &ChatDelegate::metricsFor(const QFont &font) const
{
    if (!m_metrics || m_metrics->font != font || m_metrics->density != m_density) {
        m_cache.clear();
        m_metrics.emplace(font, m_density);
    }
    return *m_metrics;
}

const ChatColors &ChatDelegate::colorsFor(const QPalette &palette) const
{
    if (!m_colors || m_colorsKey != palette.cacheKey()) {
        m_colors.emplace(palette);
        m_colorsKey = palette.cacheKey();
    }
    return *m_colors;
}

const ChatRowLayout *ChatDelegate::layoutFor(const QStyleOptionViewItem &option, const EventPtr &event) const
{
    if (!event)
        return nullptr;
    const ChatRowMetrics &metrics = metricsFor(option.font);
    if (const QColor link = option.palette.color(QPalette::Link); link != metrics.linkColor) {
        m_cache.clear(); // links are drawn in it
        m_metrics->linkColor = link;
    }
    const int width = layoutWidth(option);
    if (const ChatRowLayout *cached = m_cache.object(event.get()); cached && cached->width() == width)
        return cached;
    auto *layout = new ChatRowLayout(event, width, metrics, m_showTime);
    m_cache.insert(event.get(), layout, 1);
    return layout;
}

QSize ChatDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const ChatRowLayout *layout = layoutFor(option, eventFor(index));
    if (!layout)
        return {layoutWidth(option), 0};
    return {layout->width(), layout->height()};
}

void ChatDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const EventPtr event = eventFor(index);
    const ChatRowLayout *layout = layoutFor(option, event);
    if (!layout)
        return;
    const ChatColors &colors = colorsFor(option.palette);

    painter->save();
    // A row never draws on its neighbours, whatever a font does with the marks it is given.
    painter->setClipRect(option.rect, Qt::IntersectClip);
    if (m_rules && event) {
        if (const std::optional<Highlight> hit = m_rules->highlightOf(*event)) {
            // The rule's colour as a tint over the row and a bar at its left edge.
            painter->fillRect(option.rect, highlightFill(hit->rgb, colors.isDark()));
            painter->fillRect(QRect(option.rect.topLeft(), QSize(3, option.rect.height())), QColor(QRgb(hit->rgb)));
        }
    }
    if (option.state & QStyle::State_Selected) {
        QColor highlight = option.palette.color(QPalette::Highlight);
        highlight.setAlphaF(colors.isDark() ? 0.35f : 0.22f);
        painter->fillRect(option.rect, highlight);
    } else if (option.state & QStyle::State_MouseOver) {
        QColor hover = colors.text();
        hover.setAlphaF(0.045f);
        painter->fillRect(option.rect, hover);
    }
    painter->translate(option.rect.topLeft());
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    layout->paint(painter, colors, m_badges, dpr, m_images.data());
    painter->restore();
}

ChatDelegate::Hit ChatDelegate::hitTest(
    const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    const EventPtr event = eventFor(index);
    const ChatRowLayout *layout = layoutFor(option, event);
    // Views may pass a rect without a height (as for sizeHint): the row is as tall as its layout.
    if (!layout || !QRect(option.rect.topLeft(), QSize(layout->width(), layout->height())).contains(pos))
        return {};
    const QPoint p = pos - option.rect.topLeft();
    for (const ChatRowLayout::Link &link : layout->links()) {
        if (link.rect.contains(p)) {
            // ko: %1 열기
            return {Part::Link, {}, {}, tr("Open %1").arg(link.url.host(QUrl::FullyEncoded)), link.url};
        }
    }
    for (const ChatRowLayout::Image &image : layout->images()) {
        if (!image.rect.contains(p))
            continue;
        QString tooltip = image.name.isEmpty() ? tr("OGQ sticker") // ko: OGQ 스티커
                                               : tr("Emoticon %1").arg(image.name); // ko: 이모티콘 %1
        if (m_images && m_images->state(image.url) == ImageCache::State::Failed) {
            // ko: 이미지를 불러오지 못함: %1
            tooltip += u"\n"_s + tr("The image could not be loaded: %1").arg(m_images->failure(image.url));
        }
        return {Part::Image, {}, {}, tooltip, {}};
    }
    for (const ChatRowLayout::Badge &badge : layout->badges()) {
        if (badge.hitRect.adjusted(-1, -1, 1, 1).contains(p)) {
            return {Part::Badge, badge.role, {}, roleTooltip(badge.role, event->subscriptionMonths.value_or(0)), {}};
        }
    }
    if (layout->nicknameRect().contains(p) && event->userId && !event->userId->isEmpty()) {
        const QString name = DisplayText::isolated(ChatEventText::displayName(*event));
        const QString id = DisplayText::isolated(DisplayText::shown(*event->userId, DisplayText::Field::Nickname));
        return {Part::Nickname, {}, *event->userId, tr("%1 (%2): click for the user card").arg(name, id),
            {}}; // ko: %1 (%2): 클릭하면 사용자 정보
    }
    if (layout->timeRect().contains(p)) {
        return {Part::Time, {}, {},
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(event->receivedAtMs), QLocale::LongFormat), {}};
    }
    if (layout->iconRect().contains(p) && event->type == EventType::Malformed)
        return {Part::Icon, {}, {}, event->details().reason, {}};
    if (event->type == EventType::Malformed && !event->details().reason.isEmpty())
        return {Part::Row, {}, {}, tr("Malformed packet: %1").arg(event->details().reason), {}}; // ko: 잘못된 패킷: %1
    if (DisplayText::isShortened(event->text.value_or(QString()), DisplayText::Field::Message))
        return {Part::Row, {}, {}, shortenedTooltip(*event), {}};
    return {Part::Row, {}, {}, {}, {}};
}

QRect ChatDelegate::badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index, Role role) const
{
    const ChatRowLayout *layout = layoutFor(option, eventFor(index));
    const QRect rect = layout ? layout->badgeRect(role) : QRect();
    return rect.isNull() ? rect : rect.translated(option.rect.topLeft());
}

QList<ChatRowLayout::Link> ChatDelegate::links(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const ChatRowLayout *layout = layoutFor(option, eventFor(index));
    QList<ChatRowLayout::Link> links = layout ? layout->links() : QList<ChatRowLayout::Link>();
    for (ChatRowLayout::Link &link : links)
        link.rect.translate(option.rect.topLeft());
    return links;
}

QList<ChatRowLayout::Image> ChatDelegate::images(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const ChatRowLayout *layout = layoutFor(option, eventFor(index));
    QList<ChatRowLayout::Image> images = layout ? layout->images() : QList<ChatRowLayout::Image>();
    for (ChatRowLayout::Image &image : images)
        image.rect.translate(option.rect.topLeft());
    return images;
}

QRect ChatDelegate::nicknameRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const ChatRowLayout *layout = layoutFor(option, eventFor(index));
    return layout ? layout->nicknameRect().translated(option.rect.topLeft()) : QRect();
}

bool ChatDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const Hit hit = hitTest(option, index, event->pos());
    if (hit.tooltip.isEmpty()) {
        QToolTip::hideText();
        return true; // nothing to explain here; don't fall back to a role's text
    }
    QToolTip::showText(event->globalPos(), safeTooltip(hit.tooltip), view ? view->viewport() : nullptr);
    return true;
}

bool ChatDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const Hit hit = hitTest(option, index, mouse->position().toPoint());
            if (hit.part == Part::Nickname) {
                emit userActivated(hit.userId);
                return true;
            }
            if (hit.part == Part::Link) {
                emit linkActivated(hit.url);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace soopchat
