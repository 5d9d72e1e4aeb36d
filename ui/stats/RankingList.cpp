#include "ui/stats/RankingList.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

#include "core/util/DisplayText.h"
#include "ui/stats/StatsColors.h"

namespace soopchat {

namespace {
// Gold, silver and bronze for the first three ranks.
const QColor MedalColors[] = {QColor(0xE3, 0xA9, 0x17), QColor(0x9A, 0xA4, 0xAF), QColor(0xC0, 0x7A, 0x45)};
constexpr int HorizontalPadding = 6;
} // namespace

RankingList::RankingList(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void RankingList::setRows(const QList<Row> &rows)
{
    if (rows == m_rows)
        return;
    const bool heightChanges =
        std::max<qsizetype>(rows.size(), m_minimumRows) != std::max<qsizetype>(m_rows.size(), m_minimumRows);
    m_rows = rows;
    if (heightChanges)
        updateGeometry();
    update();
}

void RankingList::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void RankingList::setAccent(const QColor &accent)
{
    m_accent = accent;
    update();
}

void RankingList::setMinimumRows(int rows)
{
    m_minimumRows = std::max(1, rows);
    updateGeometry();
}

int RankingList::rowHeight() const
{
    return fontMetrics().height() + 9;
}

QSize RankingList::sizeHint() const
{
    return {200, rowHeight() * int(std::max<qsizetype>(m_rows.size(), m_minimumRows))};
}

QSize RankingList::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

int RankingList::rowAt(const QPoint &pos) const
{
    const int row = pos.y() / rowHeight();
    return pos.y() >= 0 && row < m_rows.size() ? row : -1;
}

void RankingList::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int h = rowHeight();

    if (m_rows.isEmpty()) {
        painter.setPen(statscolors::muted(pal));
        painter.drawText(QRect(HorizontalPadding, 0, width() - 2 * HorizontalPadding, h),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_placeholder);
        return;
    }

    const QColor accent = m_accent.isValid() ? m_accent : pal.color(QPalette::Highlight);
    const qint64 top = std::max<qint64>(1, m_rows.first().value);
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int rankWidth = std::max(boldMetrics.horizontalAdvance(QStringLiteral("00")), h - 6) + 4;
    int valueWidth = 0;
    for (const Row &row : m_rows)
        valueWidth = std::max(valueWidth, boldMetrics.horizontalAdvance(locale().toString(row.value)));

    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const QRect r(0, i * h, width(), h);

        // The value bar, then a hover highlight.
        const qreal fraction = std::clamp(qreal(row.value) / qreal(top), 0.0, 1.0);
        QColor barColor = accent;
        barColor.setAlphaF(statscolors::isDark(pal) ? 0.20f : 0.16f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(barColor);
        painter.drawRoundedRect(QRectF(r.x(), r.y() + 2, std::max(6.0, fraction * r.width()), r.height() - 4), 4, 4);
        if (i == m_hovered) {
            painter.setBrush(statscolors::subtleFill(pal));
            painter.drawRoundedRect(QRectF(r).adjusted(0, 1, 0, -1), 4, 4);
        }

        // The rank: a medal for the first three.
        const QRect rankRect(r.x() + HorizontalPadding, r.y(), rankWidth, h);
        const QString rank = locale().toString(i + 1);
        painter.setFont(bold);
        if (i < 3) {
            const int d = h - 10;
            const QRectF circle(rankRect.x() + (rankWidth - d) / 2.0, r.y() + (h - d) / 2.0, d, d);
            painter.setBrush(MedalColors[i]);
            painter.drawEllipse(circle);
            painter.setPen(Qt::white);
            QFont medal = bold;
            medal.setPointSizeF(bold.pointSizeF() * 0.8);
            painter.setFont(medal);
            painter.drawText(circle, Qt::AlignCenter, rank);
            painter.setFont(bold);
        } else {
            painter.setPen(statscolors::muted(pal));
            painter.drawText(rankRect, Qt::AlignCenter, rank);
        }

        // The value, right-aligned; the name gets what is left, elided.
        const QRect valueRect(r.right() - HorizontalPadding - valueWidth, r.y(), valueWidth, h);
        painter.setPen(statscolors::text(pal));
        painter.drawText(valueRect, Qt::AlignRight | Qt::AlignVCenter, locale().toString(row.value));
        painter.setFont(font());
        const int labelX = rankRect.right() + 8;
        const QRect labelRect(labelX, r.y(), valueRect.left() - 8 - labelX, h);
        // A name as the chat list draws it: no override can reach the value beside it.
        const QString label = DisplayText::isolated(DisplayText::shown(row.label, DisplayText::Field::Nickname));
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            fontMetrics().elidedText(label, Qt::ElideRight, labelRect.width()));
    }
}

bool RankingList::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const int row = rowAt(help->pos());
        if (row >= 0 && !m_rows[row].toolTip.isEmpty())
            QToolTip::showText(
                help->globalPos(), m_rows[row].toolTip, this, QRect(0, row * rowHeight(), width(), rowHeight()));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

void RankingList::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row != m_hovered) {
        m_hovered = row;
        setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void RankingList::mouseReleaseEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && row >= 0)
        emit activated(m_rows[row].key);
}

void RankingList::leaveEvent(QEvent *)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        unsetCursor();
        update();
    }
}

} // namespace soopchat
