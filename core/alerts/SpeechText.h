#pragma once

#include <QString>
#include <QStringList>

#include "core/alerts/AlertRule.h"

namespace soopchat {

// What a Speech action hands the engine: the filled-in text made fit to be
// read aloud. Pure (no engine, no state), so it is tested on its own and the
// settings page can preview it.
//
// In order:
// 1. the chat's display rules (DisplayText): one line, no bidi controls, no
//    zalgo stacks;
// 2. every web address (LinkFinder) becomes one word, "링크" / "link", instead
//    of being spelled out letter by letter;
// 3. emoji, pictographs, other symbols, control and format characters
//    (joiners, variation selectors, zero-width spaces, skin tones, tags) and
//    private-use characters are dropped; a run of more than RepeatLimit equal
//    characters ("ㅋㅋㅋㅋㅋㅋ", "!!!!!!") is cut to RepeatLimit;
// 4. each blocked word, case-insensitive, anywhere (Korean glues particles to
//    words: "바보야" holds "바보"), becomes one "삐" / "beep"; the longest word
//    wins where two overlap. Step 3 comes first, so "바🍎보" is masked too;
// 5. spaces collapsed, the ends trimmed;
// 6. at most maxCharacters characters (grapheme clusters: a Hangul syllable,
//    a letter with its accents), then "…", like the chat's shortened lines.
//
// The words "링크"/"삐" or "link"/"beep" follow the voice's language (the
// locale's language is Korean or not), not the app's: they are spoken by it.
class SpeechText
{
public:
    static constexpr int RepeatLimit = 3;
    // A limit of 0 or less, or above this, is taken as this: no alert talks
    // for minutes.
    static constexpr int HardLimit = 500;

    struct Words
    {
        QString link; // "링크"
        QString mask; // "삐"
    };
    static Words wordsFor(const QString &locale); // Korean's for ko*, English's otherwise

    static QString prepare(const QString &text, const AlertSpeech &speech);
    static QString prepare(const QString &text, int maxCharacters, const QStringList &blockedWords, const Words &words);

    // The steps on their own, for tests and the preview.
    static QString replaceLinks(const QString &text, const QString &word);
    static QString stripUnspoken(const QString &text);
    static QString mask(const QString &text, const QStringList &blockedWords, const QString &word);
    static QString limit(const QString &text, int maxCharacters);
};

} // namespace soopchat
