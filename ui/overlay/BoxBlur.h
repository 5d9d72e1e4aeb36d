#pragma once

#include <QImage>

namespace soopchat {

// Three box blurs of `radius` device pixels over a premultiplied ARGB32 image:
// close to a Gaussian, and cheap enough for overlay lines, which are drawn
// once and then kept. Pixels outside count as transparent, as a shadow's or a
// glow's edge wants.
void boxBlur(QImage &image, int radius);

} // namespace soopchat
