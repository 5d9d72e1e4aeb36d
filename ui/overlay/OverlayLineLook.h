#pragma once

#include <QColor>

namespace soopchat {

// How an overlay line looks, in one place: OverlayLineRenderer takes every
// size, factor and colour from here, and the accents and donation tiers from
// the table it shares with the chat list and the browser source
// (core/events/EventLook.h). Sizes are factors of the line's font
// size in pixels unless they end in Px, so everything scales with the font
// the streamer picked.
struct OverlayLineLook
{
    struct Sizes
    {
        qreal smallFont = 0.88; // a donation's message under its headline
        qreal chipFont = 0.7; // label chips ("Notice", "sticker")
        int chipFontMinPx = 8;
        qreal chipPadding = 1.0; // left and right together, of the chip's font size
        qreal chipHeight = 1.55; // of the chip's font size
        qreal chipRoundness = 2.4; // corner radius = height / this
        qreal donationIcon = 1.2;
        qreal badge = 1.05;
        qreal prefixGap = 0.18; // between icons, badges and chips
        qreal prefixEnd = 0.15; // and a little more before the text
        qreal minLineHeight = 1.3;
        qreal boxPadX = 0.5; // the donation box's padding
        qreal boxPadY = 0.3;
        qreal boxRadius = 0.4;
        qreal gradientEnd = 0.85; // where the box's gradient reaches its right-hand colour
        qreal edgeMargin = 0.3; // room for outline and shadow around the box...
        qreal edgeMarginPx = 2;
        qreal glowMargin = 0.8; // ...or for the glow of a big gift
        qreal glowBlur = 0.3;
        qreal outline = 0.09; // half the outline's stroke
        qreal outlineMinPx = 1.5;
        qreal hardShadowX = 0.06; // over a chroma key: a hard offset shadow and a thin edge
        qreal hardShadowY = 0.08;
        qreal hardShadowEdge = 0.07;
        qreal softShadowBlur = 0.12; // with Outline over alpha: a soft shadow under the outline
        qreal softShadowY = 0.1;
        qreal dropShadowBlur = 0.09; // with Shadow over alpha: a denser drop shadow
        qreal dropShadowX = 0.05;
        qreal dropShadowY = 0.08;
        qreal dropShadowSpread = 0.06;
        float chromaSolidity = 1.25f; // a translucent colour's alpha, made solid over chromaBase
    };

    struct Colours
    {
        QColor background {0x16, 0x18, 0x1D}; // the chat list's colours for this background name users
        QColor text {0xFF, 0xFF, 0xFF};
        QColor outline {0x00, 0x00, 0x00, 235};
        QColor hardShadow {0x00, 0x00, 0x00, 235};
        int softShadowAlpha = 190;
        int dropShadowAlpha = 255;
        QColor chip {0x5A, 0x6E, 0x8C, 225};
        QColor noticeChip {0xE5, 0x48, 0x4D, 230};
        QColor stickerChip {0x1F, 0xB5, 0xA5, 230};
        QColor managerChip {0x2F, 0x9E, 0x5B, 230};
        QColor chromaBase {0x15, 0x17, 0x1C}; // what translucent boxes are mixed over for a chroma key
    };

    Sizes sizes;
    Colours colours;
};

} // namespace soopchat
