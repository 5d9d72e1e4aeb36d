#include "ui/overlay/BoxBlur.h"

#include <vector>

namespace soopchat {

namespace {

// One pass of a box blur over `count` pixels `stride` apart; pixels outside
// count as transparent, which is what a shadow's edge wants.
void blurLine(QRgb *pixels, int count, qsizetype stride, int radius, std::vector<QRgb> &copy)
{
    copy.resize(size_t(count));
    for (int i = 0; i < count; ++i)
        copy[size_t(i)] = pixels[i * stride];
    const int window = 2 * radius + 1;
    int a = 0, r = 0, g = 0, b = 0;
    const auto add = [&](QRgb p, int sign) {
        a += sign * qAlpha(p);
        r += sign * qRed(p);
        g += sign * qGreen(p);
        b += sign * qBlue(p);
    };
    for (int i = 0; i <= radius && i < count; ++i)
        add(copy[size_t(i)], 1);
    for (int i = 0; i < count; ++i) {
        pixels[i * stride] = qRgba(r / window, g / window, b / window, a / window);
        if (const int out = i - radius; out >= 0)
            add(copy[size_t(out)], -1);
        if (const int in = i + radius + 1; in < count)
            add(copy[size_t(in)], 1);
    }
}

} // namespace

// Premultiplied pixels, so every channel is averaged alike and the result stays valid.
void boxBlur(QImage &image, int radius)
{
    if (radius < 1 || image.isNull())
        return;
    Q_ASSERT(image.format() == QImage::Format_ARGB32_Premultiplied);
    const int w = image.width();
    const int h = image.height();
    const qsizetype stride = image.bytesPerLine() / qsizetype(sizeof(QRgb));
    auto *bits = reinterpret_cast<QRgb *>(image.bits());
    std::vector<QRgb> copy;
    for (int pass = 0; pass < 3; ++pass) {
        for (int y = 0; y < h; ++y)
            blurLine(bits + y * stride, w, 1, radius, copy);
        for (int x = 0; x < w; ++x)
            blurLine(bits + x, h, stride, radius, copy);
    }
}

} // namespace soopchat
