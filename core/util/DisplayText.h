#pragma once

#include <QString>

namespace soopchat {

// The one rule for how chat text a user typed (a nickname, a message) is drawn: in the chat
// list, the overlay window and the browser-source page alike (docs/EVENTS.md, "Display form").
// The event itself, the recording, the export and `soopchat-cli decode` keep the text as sent;
// only what is drawn is the display form:
//
// - one line: control characters and line/paragraph separators become spaces;
// - explicit bidi controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI) are removed, so an
//   override in a nickname can neither reverse the nickname nor leak into what follows it;
//   marks (LRM, RLM, ALM), which have no scope, stay;
// - at most MarksPerCharacter combining marks after one character (zalgo stacks are cut);
// - at most Field's limit of characters, never splitting a surrogate pair or an emoji
//   sequence, ending with "…" when shortened.
//
// Where a caller puts several runs into one paragraph it isolates each run (isolated()), or,
// on the page, gives each run its own element with `unicode-bidi: isolate`.
class DisplayText
{
public:
    // Korean (precomposed syllables) needs none; Vietnamese written with combining accents
    // needs 2 (ệ = e + circumflex + dot below); Thai at most 3 (consonant + vowel + tone mark
    // + rarely a nikhahit), as do Arabic harakat (shadda + vowel) and emoji keycaps
    // (digit + VS16 + keycap = 2). Zalgo text piles up tens of them.
    static constexpr int MarksPerCharacter = 3;
    // SOOP and CHZZK nicknames are at most 20 characters; a little room above that.
    static constexpr qsizetype NicknameCharacters = 24;
    // Well above what the services' chat inputs accept for a line or a donation message, and
    // about 12 lines of a 360 px chat list: long enough that no real line is shortened, short
    // enough that one line can never fill a list or an overlay.
    static constexpr qsizetype MessageCharacters = 300;

    enum class Field : quint8 { Nickname, Message };

    static constexpr qsizetype limit(Field field)
    {
        return field == Field::Nickname ? NicknameCharacters : MessageCharacters;
    }

    // The display form. Returns `text` itself (shared, no copy) when nothing needs changing,
    // which is the case for nearly every line (ASCII and Hangul are checked without a table
    // look-up).
    static QString shown(const QString &text, Field field) { return shown(text, limit(field)); }
    static QString shown(const QString &text, qsizetype maxCharacters);

    // Whether shown() would shorten `text` (so a view can offer the whole of it).
    static bool isShortened(const QString &text, Field field);

    // `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE when it holds anything
    // right-to-left or a bidi control, so that it cannot change the order of the text around it
    // nor take the paragraph's direction; `text` itself otherwise.
    static QString isolated(const QString &text);

    // One line, nothing else changed: the form that is copied (the whole text, as sent, with
    // control characters as spaces).
    static QString oneLine(const QString &text);

    static constexpr bool isBidiControl(char32_t c)
    {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
};

} // namespace soopchat
