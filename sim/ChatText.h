#pragma once

#include <QByteArray>

#include "sim/SimRandom.h"

namespace soopchat::sim {

// Realistic Korean chat lines for the scripted session: laughter, greetings,
// questions about the stream, reactions, emoji, game calls, long lines,
// short ASCII, mentions. Lines never hold a form feed.
class ChatText
{
public:
    // Appends a chat line to `out`; `mention` is a nickname to @ now and then.
    static void appendLine(QByteArray &out, SimRandom &random, QByteArrayView mention);

    // What a donor writes with a balloon (it arrives as a separate 0005, S12).
    static QByteArrayView balloonMessage(SimRandom &random);
    static QByteArrayView title(SimRandom &random);
    static QByteArrayView notice(SimRandom &random);
    static QByteArrayView adminNotice(SimRandom &random);
    static QByteArrayView missionTitle(SimRandom &random);
    static QByteArrayView ttsVoice(SimRandom &random);
};

} // namespace soopchat::sim
