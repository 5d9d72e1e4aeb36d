#pragma once

#include <QColor>
#include <QImage>
#include <QRect>

#include <algorithm>
#include <cstdlib>

namespace testdata {

// Share of the pixels of `image` in `rect` within `tolerance` of `color`
// (the sum of the red, green and blue differences): how a test sees that
// something was painted in a colour without comparing whole pictures.
inline double coverage(const QImage &image, const QRect &rect, const QColor &color, int tolerance = 40)
{
    int hits = 0;
    int total = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            ++total;
            hits += std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) +
                    std::abs(c.blue() - color.blue()) <
                tolerance;
        }
    }
    return total ? double(hits) / total : 0;
}

// Of the pixels in `rect` that differ from `background`, the share that are
// `color` blended over it (antialiased edges included): whether text was
// drawn in a colour, however thin its glyphs.
inline double blendShare(const QImage &image, const QRect &rect, const QColor &background, const QColor &color)
{
    const double base[3] = {double(background.red()), double(background.green()), double(background.blue())};
    const double toward[3] = {color.red() - base[0], color.green() - base[1], color.blue() - base[2]};
    const double length2 = toward[0] * toward[0] + toward[1] * toward[1] + toward[2] * toward[2];
    int painted = 0;
    int blended = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const double d[3] = {c.red() - base[0], c.green() - base[1], c.blue() - base[2]};
            if (std::abs(d[0]) + std::abs(d[1]) + std::abs(d[2]) < 24)
                continue;
            ++painted;
            const double t = length2 > 0
                ? std::clamp((d[0] * toward[0] + d[1] * toward[1] + d[2] * toward[2]) / length2, 0.0, 1.0)
                : 0.0;
            double residual = 0;
            for (int i = 0; i < 3; ++i)
                residual += std::abs(d[i] - t * toward[i]);
            blended += residual < 30;
        }
    }
    return painted ? double(blended) / painted : 0;
}

} // namespace testdata
