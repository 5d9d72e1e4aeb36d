#include "ui/stats/WordCloud.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

#include "core/util/DisplayText.h"
#include "ui/stats/StatsColors.h"

namespace soopchat {

namespace {
constexpr int ChipPaddingX = 8;
constexpr int ChipPaddingY = 3;
constexpr int ChipSpacing = 5;
constexpr int CountGap = 5;

// Rounded up with a pixel to spare: elidedText() works in fractional pixels
// and would otherwise cut a word that fits.
int textWidth(const QFont &font, const QString &text)
{
    return int(std::ceil(QFontMetricsF(font).horizontalAdvance(text))) + 1;
}
} // namespace

WordCloud::WordCloud(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void WordCloud::setWords(const QList<Word> &words)
{
    // Words are chat text: drawn in their display form (no bidi controls, no
    // pile of combining marks), as everywhere else.
    QList<Word> shown = words;
    for (Word &word : shown)
        word.text = DisplayText::shown(word.text, DisplayText::Field::Nickname);
    if (shown == m_words)
        return;
    m_words = std::move(shown);
    updateGeometry();
    update();
}

void WordCloud::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void WordCloud::setAccent(const QColor &accent)
{
    m_accent = accent;
    update();
}

QList<WordCloud::Chip> WordCloud::layoutChips(int width, int *height) const
{
    QList<Chip> chips;
    if (m_words.isEmpty()) {
        *height = fontMetrics().height() + 2 * ChipPaddingY;
        return chips;
    }
    qint64 most = 0;
    qint64 least = std::numeric_limits<qint64>::max();
    for (const Word &word : m_words) {
        most = std::max(most, word.count);
        least = std::min(least, word.count);
    }
    QFont countFont = font();
    countFont.setPointSizeF(font().pointSizeF() * 0.78);

    int x = 0;
    int y = 0;
    int lineHeight = 0;
    QList<Chip> line;
    const auto finishLine = [&] {
        // Centre the chips of a line vertically on its tallest.
        for (Chip &chip : line) {
            chip.rect.moveTop(y + (lineHeight - chip.rect.height()) / 2);
            chips.append(chip);
        }
        line.clear();
        y += lineHeight + ChipSpacing;
        x = 0;
        lineHeight = 0;
    };
    for (int i = 0; i < m_words.size(); ++i) {
        const Word &word = m_words[i];
        // Square root: a word used 4× as often looks 2× as strong, which keeps
        // the tail readable when one word dominates.
        const qreal weight = most > least ? std::sqrt(qreal(word.count - least) / qreal(most - least)) : 1.0;
        QFont chipFont = font();
        chipFont.setPointSizeF(font().pointSizeF() * (0.92 + 0.45 * weight));
        if (weight > 0.6)
            chipFont.setBold(true);
        const int contentWidth =
            textWidth(chipFont, word.text) + CountGap + textWidth(countFont, locale().toString(word.count));
        const int chipWidth = std::min(width, contentWidth + 2 * ChipPaddingX);
        const int chipHeight = QFontMetrics(chipFont).height() + 2 * ChipPaddingY;
        if (x > 0 && x + chipWidth > width)
            finishLine();
        line.append({i, QRect(x, 0, chipWidth, chipHeight), chipFont, weight});
        x += chipWidth + ChipSpacing;
        lineHeight = std::max(lineHeight, chipHeight);
    }
    finishLine();
    *height = y - ChipSpacing;
    return chips;
}

int WordCloud::heightForWidth(int width) const
{
    int height = 0;
    layoutChips(width, &height);
    return height;
}

QSize WordCloud::sizeHint() const
{
    return {240, heightForWidth(240)};
}

QSize WordCloud::minimumSizeHint() const
{
    return {120, fontMetrics().height() + 2 * ChipPaddingY};
}

void WordCloud::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (m_words.isEmpty()) {
        painter.setPen(statscolors::muted(pal));
        painter.drawText(
            rect().adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_placeholder);
        return;
    }

    const QColor accent = m_accent.isValid() ? m_accent : pal.color(QPalette::Highlight);
    QFont countFont = font();
    countFont.setPointSizeF(font().pointSizeF() * 0.78);
    int height = 0;
    const QList<Chip> chips = layoutChips(width(), &height);
    for (const Chip &chip : chips) {
        const Word &word = m_words[chip.index];
        QColor fill = accent;
        fill.setAlphaF(float((statscolors::isDark(pal) ? 0.16 : 0.10) + 0.18 * chip.weight));
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(chip.rect), chip.rect.height() / 2.0, chip.rect.height() / 2.0);

        const QRect inner = chip.rect.adjusted(ChipPaddingX, 0, -ChipPaddingX, 0);
        const QString count = locale().toString(word.count);
        const int countWidth = textWidth(countFont, count);
        const QRect textRect(inner.left(), inner.top(), inner.width() - countWidth - CountGap, inner.height());
        painter.setFont(chip.font);
        painter.setPen(statscolors::text(pal));
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            QFontMetrics(chip.font).elidedText(word.text, Qt::ElideRight, textRect.width()));
        painter.setFont(countFont);
        painter.setPen(statscolors::muted(pal));
        painter.drawText(QRect(inner.right() - countWidth + 1, inner.top(), countWidth, inner.height()),
            Qt::AlignLeft | Qt::AlignVCenter, count);
    }
}

bool WordCloud::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        int height = 0;
        for (const Chip &chip : layoutChips(width(), &height)) {
            if (chip.rect.contains(help->pos())) {
                const Word &word = m_words[chip.index];
                const QString text = word.approximate
                    ? tr("“%1”: about %n message(s)", nullptr, int(word.count)).arg(word.text)
                    : tr("“%1”: %n message(s)", nullptr, int(word.count)).arg(word.text);
                QToolTip::showText(help->globalPos(), text, this, chip.rect);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

} // namespace soopchat
