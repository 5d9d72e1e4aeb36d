#pragma once

#include <QMetaType>
#include <QSet>

#include "core/events/DonationPrice.h"
#include "core/events/EventType.h"

namespace soopchat {

struct ChatEvent;
struct Donation;

// The totals of a session: the one definition that the store (sessions row,
// History list, `soopchat-cli sessions`, the export summary) and SessionStats
// (statistics panel, `soopchat-cli stats`) share, so that they cannot disagree.
// Every total is counted by add() and nowhere else.
//
//  - events: every event that belongs to the session, which is every event
//    but the connection's own keepalives, login and join replies
//    (isSessionEvent); exactly the events a recording holds.
//  - chats: events of category Chat (chat, manager chat, whisper, sticker).
//  - uniqueChatters: distinct users among the chats.
//  - balloons: the amounts of the donations that count toward balloons
//    (Donation::countsTowardBalloons: star and video balloons given to the
//    live broadcast). This is the session's income, the figure shown first.
//  - starBalloons, videoBalloons: the two parts of `balloons`.
//  - adBalloons: ad balloons given live, in the chat or through the station.
//  - replayBalloons: anything given to a replay (SOOP's VOD balloons); it
//    shows in the chat but is not this broadcast's income.
//  - cheese: cheese given to the live broadcast (one won each), the income
//    of a channel whose viewers give cheese; not part of `balloons`, which
//    counts balloons, but part of the won figure, the gifts and the donors.
//  - gifts: the donation events that count as income (balloons and cheese,
//    Donation::countsAsIncome), one each whatever their amount.
//  - donors: distinct users among those gifts. A user gives at least one gift
//    and a gift has at most one giver, so gifts >= donors always.
//  - newSubscriptions, subscriptionRenewals, subscriptionGifts: one per
//    event of each kind; subscriptions() is their sum.
//
// In won (core/events/DonationPrice: what viewers paid, VAT included, for
// the units with a published price): donationsWon() is `balloons` and `cheese`
// in won, the one won figure every view and the CLI show, so that a streamer
// live on two services sees comparable totals. Video balloons have no known
// price, so they are left out of `won` and said as `unpriced`.
//
// A user is the event's user id or, when a packet left the id out, its
// nickname; an event with neither counts in every total but adds no user.
struct SessionTotals
{
    qint64 events = 0;
    qint64 chats = 0;
    qint64 uniqueChatters = 0;
    qint64 balloons = 0;
    qint64 starBalloons = 0;
    qint64 videoBalloons = 0;
    qint64 adBalloons = 0;
    qint64 replayBalloons = 0;
    qint64 gifts = 0;
    qint64 donors = 0;
    qint64 newSubscriptions = 0;
    qint64 subscriptionRenewals = 0;
    qint64 subscriptionGifts = 0;
    qint64 cheese = 0;

    qint64 subscriptions() const { return newSubscriptions + subscriptionRenewals + subscriptionGifts; }
    // The session's gifts are cheese, not balloons (a CHZZK channel): every
    // view then names and charts its donations as cheese.
    bool giftsAreCheese() const { return cheese > 0 && balloons == 0; }

    // `balloons` and `cheese` in won; and the same for one donor's gifts.
    WonValue donationsWon() const { return donationsWon(starBalloons, videoBalloons, cheese); }
    static WonValue donationsWon(qint64 starBalloons, qint64 videoBalloons, qint64 cheese = 0);

    // Adds another session's totals, for a day of several sessions
    // (BroadcastDays). Every count adds up but the distinct users: a user
    // of two sessions is one user, which counts cannot tell, so
    // uniqueChatters and donors become the largest of the sessions' (a
    // lower bound of the day's).
    void addSession(const SessionTotals &other);

    // The distinct users behind uniqueChatters and donors, as 64-bit hashes of
    // who they are (exact up to a negligible chance of collision, and a
    // quarter of the memory of their ids).
    struct Users
    {
        QSet<quint64> chatters;
        QSet<quint64> donors;

        void unite(const Users &other);
        void clear();
    };

    // Counts `event` into these totals; false when it belongs to no session
    // (isSessionEvent). Each user counts once: `known` are the users already
    // counted here, and the new ones go into `added`. A writer counts a
    // transaction on a copy of its totals with an empty `added` and unites it
    // into `known` once committed, so no big set is copied per commit.
    bool add(const ChatEvent &event, const Users &known, Users &added);
    // The same with one set for both (a counter that never rolls back).
    bool add(const ChatEvent &event, Users &users) { return add(event, users, users); }
    // The amounts of one donation, without its giver: its unit's total, and
    // balloons and gifts when it counts toward them. add() uses it, and so
    // does what tallies the gifts of one user (a donor's row in the ranking).
    void addDonation(const Donation &donation);

    // Whether an event of this type is part of a session at all: everything
    // but the connection's own chatter. The recorder records exactly these.
    static bool isSessionEvent(EventType type);

    friend bool operator==(const SessionTotals &, const SessionTotals &) = default;
};

} // namespace soopchat

Q_DECLARE_METATYPE(soopchat::SessionTotals)
