#pragma once

#include <QImage>
#include <QLatin1StringView>
#include <QList>
#include <QPoint>

#include <optional>

#include "core/events/ChatEvent.h"
#include "core/events/Donation.h"
#include "ui/chat/BadgeRenderer.h"
#include "ui/chat/ChatColors.h"
#include "ui/overlay/OverlayWindowOptions.h"

namespace soopchat {

// Paints one event as one overlay line into an image with alpha: badges,
// name, text, donation box, outline or shadow. Text is laid out as plain
// text with QTextLayout and drawn from glyph outlines, so the outline follows
// every letter (Hangul included) and the line reads over any game or colour.
// The window keeps the image until the width or the style changes, so a
// frame costs one blit per line. Badges, their order, name colours and tiers
// are those of the badge table and donationTier() in core/events, as in the
// chat list and on the browser-source page; the look (sizes, factors and
// colours per tier) is one table at the top of the .cpp.
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
        DonationTier tier = DonationTier::None;
        QList<QLatin1StringView> badges; // the badge table's keys of the role badges drawn, in order
        QLatin1StringView icon; // eventIcon() drawn before a donation; empty for none
        QColor nickname; // the name's colour
        QColor accent; // a donation's or subscription's accent bar; invalid for other lines
        QString text; // the text laid out (the display forms of DisplayText, each run isolated)
    };

    OverlayLineRenderer();

    // What an event becomes on the overlay; nullopt for what is never shown
    // (whispers, entering and leaving, moderation, connection events), as on
    // the browser-source page (docs/OVERLAY.md).
    static std::optional<Kind> kindOf(EventType type);
    static bool isShown(const ChatEvent &event, bool donationsOnly);

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
