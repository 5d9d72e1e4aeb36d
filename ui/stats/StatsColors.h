#pragma once

#include <QColor>
#include <QPalette>

// Colours of the statistics panel, derived from the widget palette so that the
// panel follows light and dark themes without style sheets.
namespace soopchat::statscolors {

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// a at t = 0, b at t = 1.
inline QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t),
        float(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

// Star balloons are gold in SOOP's own player; chat is blue.
inline QColor balloon(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xFF, 0xB8, 0x3D) : QColor(0xE0, 0x8E, 0x00);
}

inline QColor chat(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6E, 0xB0, 0xFF) : QColor(0x2B, 0x6F, 0xDB);
}

inline QColor text(const QPalette &palette)
{
    return palette.color(QPalette::WindowText);
}

inline QColor muted(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.6);
}

// A faint fill for tiles and chips, a step away from the window colour.
inline QColor subtleFill(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), isDark(palette) ? 0.08 : 0.05);
}

inline QColor gridLine(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.14);
}

} // namespace soopchat::statscolors
