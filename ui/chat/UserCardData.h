#pragma once

#include <QList>
#include <QString>

#include "core/events/Roles.h"

namespace soopchat {

// What the user card shows about one user of this session. A plain struct so
// the dialog does not depend on where the figures come from (the session's
// UserDirectory fills it).
struct UserSummary
{
    struct Message
    {
        qint64 timeMs = 0; // ms since the epoch
        QString text; // plain text
    };

    QString nickname;
    QString userId;
    Roles roles;
    qint64 subscriptionMonths = 0; // 0 = not subscribed or unknown
    qint64 firstSeenMs = 0; // 0 = unknown
    qint64 messageCount = 0;
    qint64 balloonsGiven = 0;
    QList<Message> recentMessages; // oldest first
};

} // namespace soopchat
