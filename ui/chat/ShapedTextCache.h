#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QString>
#include <QTextLayout>

#include <memory>

namespace soopchat {

// Shaping text (font fallback, HarfBuzz, glyph metrics) is most of the cost
// of laying out a chat row, and chat repeats itself: a viewer's nickname on
// each of their lines, the times, "ㅋㅋㅋㅋ", the same emote from a hundred
// viewers after a donation. Rows with the same text in the same font (and,
// for wrapped text, at the same place) share one shaped result. Emoji gain
// the most: Qt 6.4 keeps no metrics for colour bitmap glyphs and decodes a
// glyph's PNG each time a line with it is shaped.
//
// One cache per view font (it lives in ChatRowMetrics), GUI thread only.
class ShapedTextCache
{
public:
    // One line of plain text, never rich text, prepared for drawing, with
    // its advance (QFontMetrics::horizontalAdvance, which shapes it again).
    struct Line
    {
        QStaticText text;
        int width = 0;
    };
    Line line(const QString &text, const QFont &font);

    // Text wrapped as a chat message: the first line `firstWidth` wide, the
    // others `restWidth`. Lines are placed at x = 0 from y = 0; the row puts
    // them where they go (the first after the nickname, the others at the
    // indent). Text that fits on the first line is one layout whatever the
    // width, so "ㅋㅋㅋ" is shaped once for every viewer who sends it.
    struct Wrapped
    {
        std::shared_ptr<const QTextLayout> layout;
        int height = 0; // of all its lines
    };
    Wrapped wrapped(const QString &text, const QFont &font, int firstWidth, int restWidth);

    // The same with formats over parts of the text (links, the room an emoticon takes). The
    // formats follow from the text and from what `decoration` stands for (a link colour, an
    // emoticon size), which is part of the key: a line without any keeps decoration 0.
    struct Decoration
    {
        QList<QTextLayout::FormatRange> formats;
        quint64 key = 0;
    };
    Wrapped wrapped(
        const QString &text, const QFont &font, int firstWidth, int restWidth, const Decoration &decoration);

    quint64 hits() const { return m_hits; }
    quint64 misses() const { return m_misses; }

private:
    struct LineKey
    {
        QString text;
        QFont font;
        friend bool operator==(const LineKey &, const LineKey &) = default;
        friend size_t qHash(const LineKey &key, size_t seed = 0) { return qHashMulti(seed, key.text, key.font); }
    };
    struct WrappedKey
    {
        QString text;
        QFont font;
        int firstWidth, restWidth; // -1: one line, at any width that holds it
        quint64 decoration = 0;
        friend bool operator==(const WrappedKey &, const WrappedKey &) = default;
        friend size_t qHash(const WrappedKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font, key.firstWidth, key.restWidth, key.decoration);
        }
    };
    struct Entry
    {
        Wrapped wrapped;
        qreal naturalWidth = 0; // of its widest line
    };

    // Bounded by entries: a short line's glyphs take a few hundred bytes,
    // a wrapped message a few kilobytes.
    QCache<LineKey, Line> m_lines {4000};
    QCache<WrappedKey, Entry> m_wrapped {1000};
    quint64 m_hits = 0;
    quint64 m_misses = 0;
};

} // namespace soopchat
