#pragma once

#include <QString>

#include "core/alerts/AlertRule.h"
#include "core/events/ChatEvent.h"

namespace soopchat {

// The words a template's placeholders stand for, taken from one event.
struct AlertFields
{
    QString nickname; // {nickname}; 익명의 후원자 / an anonymous donor when the service hides it
    QString userId;
    QString count; // {count}: the amount in its unit, formatted ("1,000")
    QString item; // {item}: the gift's name in the language asked for ("별풍선", "star balloons")
    QString message; // {message}: what the donor or viewer wrote (as sent; DisplayText for showing)
    QString channel; // {channel}: the channel's name or id
    QString months; // {months}: subscription months, else empty
};

// A rule that fired on one event: what every action receives. The id is
// unique per firing, so a delivery that is retried is never sent twice.
struct Alert
{
    QString id; // randomHexId()
    QString ruleId;
    QString ruleName;
    QString channelId;
    EventPtr event;
    qint64 firedAtMs = 0; // wall clock, ms since the epoch
    AlertFields fields;
    DonationTier tier = DonationTier::None; // donationTier(*event)
    std::optional<Donation> donation; // donationOf(*event)
};

} // namespace soopchat
