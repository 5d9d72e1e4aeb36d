#pragma once

#include <QColor>
#include <QPalette>

#include "core/events/ChatEvent.h"

namespace soopchat {

// The colours of the chat list for one palette. Role colours come from the
// badge table (core/events/Badges.h), which has a shade for light and one for
// dark backgrounds; everyone else gets a stable colour from a hash of their
// user id, so a regular keeps the same colour all session.
class ChatColors
{
public:
    explicit ChatColors(const QPalette &palette);

    bool isDark() const { return m_dark; }

    // The user's main role (the first in the badge table's order) wins.
    QColor nickname(Roles roles, QStringView userId) const;
    QColor role(Role role) const;
    QColor hashed(QStringView userId) const;

    QColor text() const { return m_text; }
    QColor mutedText() const { return m_muted; }
    QColor base() const { return m_base; }

    // The accent of a gift or subscription row, from the one table
    // (core/events/EventLook.h): star balloons gold, ad balloons blue...
    QColor donationAccent(EventType type) const;
    QColor noticeAccent(EventType type) const;
    QColor gapAccent() const;

    // `accent` blended over the base colour: rows stay opaque and cheap to paint.
    QColor tint(const QColor &accent, qreal amount) const;

private:
    bool m_dark = false;
    QColor m_text;
    QColor m_muted;
    QColor m_base;
};

} // namespace soopchat
