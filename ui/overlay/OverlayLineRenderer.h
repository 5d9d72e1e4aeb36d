#pragma once

#include <QImage>
#include <QPoint>

#include <optional>

#include "core/events/ChatEvent.h"
#include "ui/chat/BadgeRenderer.h"
#include "ui/chat/ChatColors.h"
#include "ui/overlay/OverlayWindowOptions.h"

namespace soopchat {

// Paints one event as one overlay line into an image with alpha: badges,
// name, text, donation box, outline or shadow. Text is laid out as plain
// text with QTextLayout and drawn from glyph outlines, so the outline follows
// every letter (Hangul included) and the line reads over any game or colour.
// The window keeps the image until the width or the style changes, so a
// frame costs one blit per line.
class OverlayLineRenderer
{
public:
    enum class Kind : quint8 { Message, Donation, Notice };

    struct Style
    {
        QString fontFamily = OverlayWindowOptions::defaultFontFamily();
        int fontSize = 20;
        OverlayWindowOptions::TextEffect effect = OverlayWindowOptions::TextEffect::Outline;
        bool badges = true;
        bool emphasise = true;
        // Over a chroma key every half-transparent pixel mixes with the key
        // colour and keys badly, so boxes are opaque and shadows hard there.
        bool chromaKey = true;
        qreal devicePixelRatio = 1.0;

        friend bool operator==(const Style &, const Style &) = default;
    };

    struct Line
    {
        QImage image; // with its device pixel ratio set
        QPoint offset; // where the image's top left goes, from the line box's top left
        int height = 0; // of the line box, without the outline/glow margin
        int fontPixelSize = 0;
        int tier = 0; // 0: not a donation
        int badges = 0; // role badges drawn
    };

    OverlayLineRenderer();

    // What an event becomes on the overlay; nullopt for what is never shown
    // (whispers, entering and leaving, moderation, connection events), as on
    // the browser-source page (docs/OVERLAY.md).
    static std::optional<Kind> kindOf(EventType type);
    static bool isShown(const ChatEvent &event, bool donationsOnly);
    // Donations grow in four steps: under 100, 100-999, 1,000-9,999, 10,000+
    // (subscriptions are step 2, a year or more of renewals step 3); 0 otherwise.
    static int donationTier(const ChatEvent &event);
    static qreal tierScale(int tier);

    void setStyle(const Style &style);
    const Style &style() const { return m_style; }

    // The line for a window whose lines are `width` logical pixels wide.
    Line render(const ChatEvent &event, int width);

private:
    Style m_style;
    ChatColors m_colors;
    BadgeRenderer m_badges;
};

} // namespace soopchat
