#include "ui/chat/ShapedTextCache.h"

#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace soopchat {

QStaticText ShapedTextCache::line(const QString &text, const QFont &font)
{
    LineKey key {text, font};
    if (const QStaticText *cached = m_lines.object(key)) {
        ++m_hits;
        return *cached;
    }
    ++m_misses;
    // Never AutoText: a nickname like "<b>x</b>" must show as typed.
    auto *prepared = new QStaticText(text);
    prepared->setTextFormat(Qt::PlainText);
    prepared->setPerformanceHint(QStaticText::AggressiveCaching);
    prepared->prepare(QTransform(), font);
    const QStaticText result = *prepared;
    m_lines.insert(std::move(key), prepared);
    return result;
}

ShapedTextCache::Wrapped ShapedTextCache::wrapped(const QString &text, const QFont &font, int firstWidth, int restWidth)
{
    const Entry oneLine = lookOrLayOut({text, font, -1, -1});
    if (oneLine.wrapped.layout->lineCount() == 1 && oneLine.naturalWidth <= firstWidth)
        return oneLine.wrapped;
    return lookOrLayOut({text, font, std::max(1, firstWidth), std::max(1, restWidth)}).wrapped;
}

ShapedTextCache::Entry ShapedTextCache::lookOrLayOut(WrappedKey key)
{
    if (const Entry *cached = m_wrapped.object(key)) {
        ++m_hits;
        return *cached;
    }
    ++m_misses;
    auto layout = std::make_shared<QTextLayout>(key.text, key.font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    constexpr int Unbounded = 1 << 22; // far wider than any screen
    qreal y = 0;
    qreal natural = 0;
    layout->beginLayout();
    for (bool first = true;; first = false) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(key.firstWidth < 0 ? Unbounded : first ? key.firstWidth : key.restWidth);
        line.setPosition(QPointF(0, y));
        y += line.height();
        natural = std::max(natural, line.naturalTextWidth());
    }
    layout->endLayout();
    const Entry entry {{std::move(layout), int(std::ceil(y))}, natural};
    m_wrapped.insert(std::move(key), new Entry(entry));
    return entry;
}

} // namespace soopchat
