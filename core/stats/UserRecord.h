#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

#include "core/events/EventType.h"
#include "core/events/Roles.h"

namespace soopchat {

// What the session knows about one user: the user card's data.
struct UserRecord
{
    struct Message
    {
        qint64 atMs = 0; // receive time, ms since the epoch
        EventType type = EventType::Chat; // chat, manager_chat or ogq_sticker
        QString text;

        friend bool operator==(const Message &, const Message &) = default;
    };

    QString userId;
    QString nickname; // the latest one seen
    Roles roles; // from the latest flags seen
    std::optional<qint64> subscriptionMonths; // latest from chat or a renewal; -1 = not subscribed
    qint64 firstSeenMs = 0; // earliest event of this user, 0 = only undated events
    qint64 lastSeenMs = 0;

    qint64 messageCount = 0; // all of the session, not only those kept below
    qint64 balloons = 0; // star and video balloons given live, as SessionTotals::balloons counts them
    qint64 starBalloons = 0;
    qint64 adBalloons = 0; // ad and station ad balloons
    qint64 videoBalloons = 0;
    qint64 vodBalloons = 0;
    qint64 subscriptionsBought = 0; // new subscriptions and renewals
    qint64 subscriptionGiftsGiven = 0;

    QList<Message> recentMessages; // oldest first, bounded (UserDirectory::Limits)
};

} // namespace soopchat

Q_DECLARE_METATYPE(soopchat::UserRecord)
