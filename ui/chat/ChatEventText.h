#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/events/ChatEvent.h"

namespace soopchat {

// The user-visible words of the chat list, in one place so that the delegate,
// the copy action, tooltips and tests agree. Everything returned is plain
// text. The intended Korean for each source string is noted beside it (the
// translation files are maintained separately).
class ChatEventText
{
    Q_DECLARE_TR_FUNCTIONS(ChatEventText)

public:
    // "21:03" / "21:03:10" in local time; empty for an unknown time.
    static QString shortTime(qint64 ms);
    static QString longTime(qint64 ms);

    // The nickname as drawn (DisplayText: one line, no bidi controls, marks
    // and length capped); an absent nickname falls back to the user id.
    static QString displayName(const ChatEvent &event);

    // Donations: what the user did, without their name ("sent 100 star balloons").
    static QString donationAction(const ChatEvent &event);
    // Extra line under a donation (fan club ordinal), may be empty.
    static QString donationDetail(const ChatEvent &event);

    // System rows: the whole sentence ("Chat frozen", "viewer7 was muted for 30 seconds").
    static QString systemText(const ChatEvent &event);
    // Who may still chat during a freeze, in words: roles in the badge
    // table's order, then the balloons and months rules.
    static QStringList freezeAllowed(const ChatEvent &event);
    // A label drawn before the text of some rows ("Notice", "whisper"); may be empty.
    static QString label(const ChatEvent &event);

    static QString gapText(qint64 fromMs, qint64 toMs);

    // One line for copying and accessibility: "[21:03:10] 닉네임: 안녕하세요",
    // with the whole nickname and message as sent (only line breaks become
    // spaces), so what a row shortens can still be copied.
    static QString plainLine(const ChatEvent &event);

    // The message as drawn (DisplayText): line breaks and other control
    // characters become spaces (a row never grows by a hostile "\n\n\n"),
    // bidi controls go, marks and length are capped.
    static QString messageText(const ChatEvent &event);
};

} // namespace soopchat
