#pragma once

#include <QString>

#include "core/events/Platform.h"

namespace soopchat {

// How a chat line's text writes the emoticon `name` of its `emoticons` (docs/EVENTS.md):
// CHZZK as "{:name:}", SOOP as "/name/" (docs/SOOP-PROTOCOL.md, "Emoticons in chat text").
inline QString emoticonToken(Platform platform, const QString &name)
{
    using namespace Qt::StringLiterals;
    if (platform == Platform::Soop)
        return QString(QChar(u'/') + name + QChar(u'/'));
    return QString(u"{:"_s + name + u":}"_s);
}

} // namespace soopchat
