#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include "core/events/ChatEvent.h"

// What the overlay page and the server say to each other (docs/OVERLAY.md,
// "Feed protocol"). Kept apart from the server so tests and the benchmark
// build and read the same messages.
namespace soopchat::OverlayProtocol {

// Close codes the page acts on. 4000-4999 are free for applications (RFC 6455).
enum class CloseCode : quint16 {
    GoingAway = 1001, // the app is quitting or the server restarts: reconnect with backoff
    TooBig = 1009, // the page sent more than a control message (Qt closes with it)
    TryAgainLater = 1013, // the client limit was reached during the handshake
    Forbidden = 4403, // the token changed: this page's URL is no longer valid, retry rarely
    PolicyViolation = 1008, // an alert box page sent what it should not, again and again
};

// A feed request with a wrong token, an unknown path or over the client limit
// is refused before the handshake with HTTP 403, 404 or 503.

inline constexpr QLatin1StringView PagePathPrefix {"/overlay/"};
inline constexpr QLatin1StringView StaticPathPrefix {"/overlay/static/"};
inline constexpr QLatin1StringView BadgePathPrefix {"/overlay/badges/"};
inline constexpr QLatin1StringView FeedPathPrefix {"/overlay/ws/"};
inline constexpr QLatin1StringView CustomCssPath {"/overlay/custom.css"};

// The alert box (docs/OVERLAY.md, "Alert box"): its page at /alerts/CHANNEL,
// its feed, and the user's files the alerts config names, by opaque id. Its
// scripts, styles and built-in images are static files like the chat page's.
inline constexpr QLatin1StringView AlertPagePathPrefix {"/alerts/"};
inline constexpr QLatin1StringView AlertFeedPathPrefix {"/alerts/ws/"};
inline constexpr QLatin1StringView AlertFilePathPrefix {"/alerts/files/"};

// Events a stream shows: chat, stickers, donations, subscriptions and notices.
// Never whispers (private), presence, moderation or protocol events.
bool isOverlayEvent(EventType type);

// A channel id as it appears in URLs, lower-cased; empty when it is not one
// (SOOP ids are ASCII letters, digits, '_' and '-').
QString normalizeChannel(QStringView channel);

// The channel a feed path names ("/overlay/ws/CHANNEL"), normalized; empty
// for any other path.
QString feedChannel(QStringView path);
// The same for an alert box's feed ("/alerts/ws/CHANNEL").
QString alertFeedChannel(QStringView path);

// The languages of the page's own words (its `lang` option); a feed request
// names one, anything else gets the first.
inline constexpr QLatin1StringView PageLanguages[] = {QLatin1StringView("ko"), QLatin1StringView("en")};
QLatin1StringView pageLanguage(QStringView requested);

// {"kind":"hello","channel":"...","instance":"...","backlog":N,"vocabulary":{...}}
// with the OverlayVocabulary object for the page's language.
QByteArray helloMessage(
    QStringView channel, const QByteArray &instance, qsizetype backlogEvents, QByteArrayView vocabularyJson);

// An event as the page gets it: its EVENTS.md object, plus "donation_tier"
// (the donationTier() name: "small" ... "huge") for donations and
// subscriptions, so the page never decides a tier itself. (Not "tier":
// EVENTS.md has that for a subscription's own tier, a number.) Its "nickname", "text",
// "to_nickname" and the ids it shows in their place ("user_id", "to_user_id") are in their display form (DisplayText:
// one line, no bidi controls, marks and length capped), as the app draws them; the recording and the export keep them
// as sent.
QByteArray eventJson(const ChatEvent &event);

// {"kind":"events","seq":FIRST,"backlog":BOOL,"events":[...]}: `seq` numbers the
// first event, the others follow it one by one. `eventsJson` are EventJson objects
// joined with commas.
QByteArray eventsMessage(quint64 firstSeq, bool backlog, QByteArrayView eventsJson);
inline constexpr qsizetype EventsMessageOverhead = 96; // bytes around eventsJson, generously

// {"kind":"dropped","events":N}: N events were dropped in total for this client
// because it did not read fast enough.
QByteArray droppedMessage(quint64 droppedEvents);

} // namespace soopchat::OverlayProtocol
