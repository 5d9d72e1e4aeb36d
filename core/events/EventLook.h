#pragma once

#include <QtGlobal>

#include <optional>

#include "core/events/Donation.h"
#include "core/events/EventType.h"

namespace soopchat {

// How a gift or a subscription is coloured, and how loudly each donation tier
// is shown on stream: one table for the chat list, the overlay window and the
// browser-source page, which receives it in its hello (OverlayVocabulary), so
// the three can never disagree. Colours are 0xAARRGGBB; an alpha of zero means
// "none".

// The accent of a gift or subscription: the bar at its left, its box's tint
// and its amount's text. One shade for light backgrounds, one for dark.
struct EventAccent
{
    quint32 onLight;
    quint32 onDark;

    constexpr quint32 on(bool dark) const { return dark ? onDark : onLight; }
};

// Gifts and subscriptions have one; everything else nullopt.
std::optional<EventAccent> eventAccent(EventType type);

// A tier's look on stream (the overlay window and the browser source). The
// chat list is a list, not a stage: it takes the accents but sizes its rows
// its own way (ChatRowLayout).
struct TierLook
{
    qreal scale; // of the line's font size
    qreal barPx; // the accent bar on the box's left
    float fromAlpha; // the accent's alpha at the box's left and right ends...
    float toAlpha;
    quint32 warmFrom; // ...or, when set, these colours instead (the biggest gifts are warm)
    quint32 warmTo;
    quint32 halo; // a glow around the box over a transparent scene; subscriptions glow in their accent
    qreal rimPx; // in its place over a chroma key, which would eat a glow
    quint32 rim;

    constexpr bool glows() const { return (halo >> 24) != 0; }
};

const TierLook &tierLook(DonationTier tier);

} // namespace soopchat
