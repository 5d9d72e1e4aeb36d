#pragma once

#include <QList>
#include <QString>

#include "core/events/ChatEvent.h"

namespace soopchat::soop {

// SOOP's built-in chat emoticons: the web player's picker writes "/샤방/" into the line, and
// every player draws the token as small/<number>.png from SOOP's resource host. The table holds
// the tokens two independent sources agree on (docs/SOOP-PROTOCOL.md, "Emoticons in chat
// text"); any other "/word/" stays text.
class SoopEmoticons
{
public:
    // Where the images are; the app's wiring maps this host to the simulator in the demo.
    static constexpr auto ImageBase = "https://res.sooplive.com/images/chat/emoticon/small/";

    // The emoticons `text` names, each once, sorted by name; empty for nearly every line
    // (a line with fewer than two '/' is answered without a look-up).
    static QList<Emoticon> find(QStringView text);

    // The image URL of a known token name ("샤방"), or empty.
    static QString imageUrl(QStringView name);
};

} // namespace soopchat::soop
