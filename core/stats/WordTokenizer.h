#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace soopchat {

// Splits chat text into the words the top-words list counts.
//
// A word is a run of letters, digits and combining marks (Unicode categories,
// so Hangul syllables, Latin, CJK and Cyrillic all work); everything else
// (spaces, punctuation, symbols, emoji) separates words. Latin and other cased
// scripts are lower-cased. The laughing/crying compatibility jamo ㅋ ㅎ ㅠ ㅜ
// also separate words: they never occur inside a real word, so "ㅋㅋㅋ" yields
// nothing and "진짜ㅋㅋ" yields "진짜".
//
// Dropped as noise: words of fewer than 2 or more than MaxWordLength
// characters (keysmash, pasted links), words made only of digits ("1" votes),
// and one character repeated three times or more ("zzz", "www") or one jamo
// repeated ("ㄷㄷ", "ㅇㅇ", "ㅡㅡ"); "gg" stays a word. So are filler words
// that top every room's list and say nothing about this one ("너무", "이거",
// "돼요", "뭐예요", "the"; the list is in WordTokenizer.cpp). Korean particles stay
// attached ("낚시겜은"): there is no morphological analysis.
class WordTokenizer
{
public:
    static constexpr int MaxWordLength = 30;
    // A message counts at most this many words, which bounds the cost of a
    // pasted wall of text.
    static constexpr int MaxWordsPerMessage = 40;

    using Words = QVarLengthArray<QString, 16>;

    // Appends the message's distinct words to `out` (cleared first): a word
    // repeated within one message counts once.
    static void split(QStringView text, Words &out);

    static bool isNoise(QStringView word);
};

} // namespace soopchat
