#pragma once

#include <QCache>
#include <QPointer>
#include <QStyledItemDelegate>
#include <QUrl>

#include <memory>
#include <optional>

#include "core/channel/ChatRules.h"
#include "core/events/ChatEvent.h"
#include "ui/chat/BadgeRenderer.h"
#include "ui/chat/ChatColors.h"
#include "ui/chat/ChatRowLayout.h"

namespace soopchat {

class ImageCache;

// Paints chat rows: time, role badges, coloured nickname, wrapped plain text;
// donation cards that grow louder with the amount; quiet system rows; the gap
// marker after a reconnect. Row layouts are cached per event and width, so
// sizeHint() and paint() of a row already seen cost a hash lookup.
class ChatDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Part : quint8 { None, Row, Time, Badge, Nickname, Icon, Link, Image };
    struct Hit
    {
        Part part = Part::None;
        Role role = Role::Operator; // for Part::Badge
        QString userId; // for Part::Nickname
        QString tooltip; // plain text
        QUrl url; // for Part::Link
    };

    static constexpr int DefaultCacheRows = 4000;

    explicit ChatDelegate(QObject *parent = nullptr);
    ~ChatDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
    QWidget *createEditor(QWidget *, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return nullptr; // chat is read-only
    }

    // The user's highlight rules: a matching row is tinted with its colour.
    // Asked at paint time, so new rules show on the next repaint.
    void setRules(ChatRulesPtr rules) { m_rules = std::move(rules); }
    std::optional<Highlight> highlightOf(const QModelIndex &index) const;
    // The tint of a highlighted row on this palette.
    static QColor highlightFill(quint32 rgb, bool dark);

    bool showTimestamps() const { return m_showTime; }
    void setShowTimestamps(bool show);

    // Compact rows: less padding, smaller badges. Lays every row out again.
    ChatRowMetrics::Density density() const { return m_density; }
    void setDensity(ChatRowMetrics::Density density);

    // Forget every row layout (the view calls this on font or style changes).
    void clearLayoutCache();
    int layoutCacheSize() const { return int(m_cache.size()); }
    void setLayoutCacheLimit(int rows) { m_cache.setMaxCost(qsizetype(std::max(64, rows))); }

    // What is under `pos` (view coordinates) in the row at `option.rect`.
    Hit hitTest(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;
    // Geometry in view coordinates, for the view's cursor and for tests.
    QRect badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index, Role role) const;
    QRect nicknameRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    static EventPtr eventFor(const QModelIndex &index);

    // Where stickers and emoticons come from; none: placeholders only.
    void setImageCache(ImageCache *images);
    ImageCache *imageCache() const;
    // Geometry of the row's links and images in view coordinates, for tests.
    QList<ChatRowLayout::Link> links(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QList<ChatRowLayout::Image> images(const QStyleOptionViewItem &option, const QModelIndex &index) const;

signals:
    // A left click on a nickname.
    void userActivated(const QString &userId);
    // A left click on a link in a message.
    void linkActivated(const QUrl &url);
    // An image arrived: rows showing its placeholder should paint again (their size is the same).
    void imagesChanged();
    // Every row may have changed size (timestamps toggled, cache cleared).
    void layoutInvalidated();

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    const ChatRowLayout *layoutFor(const QStyleOptionViewItem &option, const EventPtr &event) const;
    const ChatRowMetrics &metricsFor(const QFont &font) const;
    const ChatColors &colorsFor(const QPalette &palette) const;

    bool m_showTime = true;
    ChatRulesPtr m_rules;
    ChatRowMetrics::Density m_density = ChatRowMetrics::Density::Comfortable;
    mutable QCache<const ChatEvent *, ChatRowLayout> m_cache;
    mutable std::optional<ChatRowMetrics> m_metrics;
    mutable std::optional<ChatColors> m_colors;
    mutable qint64 m_colorsKey = -1;
    mutable BadgeRenderer m_badges;
    QPointer<ImageCache> m_images;
};

} // namespace soopchat
