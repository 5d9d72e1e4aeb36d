#include "ui/chat/ShapedTextCache.h"

#include <QFontMetrics>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace soopchat {

ShapedTextCache::Line ShapedTextCache::line(const QString &text, const QFont &font)
{
    LineKey key {text, font};
    if (const Line *cached = m_lines.object(key)) {
        ++m_hits;
        return *cached;
    }
    ++m_misses;
    auto *prepared = new Line {QStaticText(text), QFontMetrics(font).horizontalAdvance(text)};
    // Never AutoText: a nickname like "<b>x</b>" must show as typed.
    prepared->text.setTextFormat(Qt::PlainText);
    prepared->text.setPerformanceHint(QStaticText::AggressiveCaching);
    prepared->text.prepare(QTransform(), font);
    const Line result = *prepared;
    m_lines.insert(std::move(key), prepared);
    return result;
}

ShapedTextCache::Wrapped ShapedTextCache::wrapped(const QString &text, const QFont &font, int firstWidth, int restWidth)
{
    return wrapped(text, font, firstWidth, restWidth, {});
}

ShapedTextCache::Wrapped ShapedTextCache::wrapped(
    const QString &text, const QFont &font, int firstWidth, int restWidth, const Decoration &decoration)
{
    firstWidth = std::max(1, firstWidth);
    restWidth = std::max(1, restWidth);
    if (const Entry *oneLine = m_wrapped.object({text, font, -1, -1, decoration.key});
        oneLine && oneLine->naturalWidth <= firstWidth) {
        ++m_hits;
        return oneLine->wrapped;
    }
    WrappedKey key {text, font, firstWidth, restWidth, decoration.key};
    if (const Entry *cached = m_wrapped.object(key)) {
        ++m_hits;
        return cached->wrapped;
    }
    ++m_misses;
    auto layout = std::make_shared<QTextLayout>(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    if (!decoration.formats.isEmpty())
        layout->setFormats(decoration.formats);
    qreal y = 0;
    qreal natural = 0;
    layout->beginLayout();
    for (bool first = true;; first = false) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(first ? firstWidth : restWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
        natural = std::max(natural, line.naturalTextWidth());
    }
    layout->endLayout();
    // Text that fit on the first line is the same layout at any width that
    // holds it: keep it under the width-free key.
    if (layout->lineCount() == 1)
        key.firstWidth = key.restWidth = -1;
    const Entry entry {{std::move(layout), int(std::ceil(y))}, natural};
    m_wrapped.insert(std::move(key), new Entry(entry));
    return entry.wrapped;
}

} // namespace soopchat
