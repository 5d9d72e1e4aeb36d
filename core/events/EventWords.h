#pragma once

#include <QString>

#include "core/events/EventType.h"

class QTranslator;

namespace soopchat {

// The one wording of what a donation or a subscription did: "sent 100 star
// balloons" / "별풍선 100개 선물", "subscribed for 3 months" / "구독 연장 (3개월째)",
// "gifted a subscription to %1". The chat list and the overlay window say it
// after the nickname, and the overlay page gets the same words in its hello
// (OverlayVocabulary), in the page's own language, so no view words an event
// its own way. The export keeps the numbers, not the words.
//
// %Ln is the count (balloons, or months for a renewal); a gift's %1 is whom
// the subscription was given to, filled in by the view in its display form.

// The wording of `type` in the app's language with `count` filled in; empty
// for a type without one.
QString actionWords(EventType type, qint64 count);

// The wording of `type` in the language of `translator`, in the plural form
// for `count`, with %Ln and %1 left for the page to fill in; the English one
// when the translator has none, empty for a type without one.
QString actionTemplate(EventType type, int count, const QTranslator &translator);

// The types actionWords() words, for a vocabulary to list.
bool hasActionWords(EventType type);

// The name of what a gift of `type` is ("star balloons" / "별풍선", "cheese" /
// "치즈", "subscription" / "구독"), in the plural form for `count`, in the
// language of `translator` (the English one when it has none); empty for a
// type that is no gift. An alert's {item} (core/alerts).
QString itemName(EventType type, qint64 count, const QTranslator &translator);

} // namespace soopchat
