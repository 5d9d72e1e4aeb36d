#include "core/stats/SessionTotals.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "core/events/ChatEvent.h"
#include "core/events/Donation.h"

namespace soopchat {

namespace {

// Two seeds keep an id and a nickname of the same text apart. The hashes are
// only compared within one process (Qt mixes a per-process seed into string
// hashes), and only the counts are kept, so no hash is ever stored.
constexpr size_t UserIdSeed = 0x53455353;
constexpr size_t NicknameSeed = 0x4e49434b;

std::optional<quint64> userOf(const ChatEvent &event)
{
    if (event.userId && !event.userId->isEmpty())
        return quint64(qHash(QStringView(*event.userId), UserIdSeed));
    if (event.nickname && !event.nickname->isEmpty())
        return quint64(qHash(QStringView(*event.nickname), NicknameSeed));
    return std::nullopt;
}

// Whether `user` is new to known + added; if so it joins `added`. One lookup
// when both are the same set.
bool countOnce(const QSet<quint64> &known, QSet<quint64> &added, quint64 user)
{
    if (&known != &added && known.contains(user))
        return false;
    const qsizetype before = added.size();
    added.insert(user);
    return added.size() > before;
}

} // namespace

void SessionTotals::Users::unite(const Users &other)
{
    chatters.unite(other.chatters);
    donors.unite(other.donors);
}

void SessionTotals::Users::clear()
{
    chatters.clear();
    donors.clear();
}

bool SessionTotals::isSessionEvent(EventType type)
{
    return type != EventType::Keepalive && type != EventType::LoginReply && type != EventType::JoinReply;
}

bool SessionTotals::add(const ChatEvent &event, const Users &known, Users &added)
{
    if (!isSessionEvent(event.type))
        return false;
    ++events;
    switch (eventCategory(event.type)) {
    case EventCategory::Chat:
        ++chats;
        if (const std::optional<quint64> user = userOf(event); user && countOnce(known.chatters, added.chatters, *user))
            ++uniqueChatters;
        return true;
    case EventCategory::Subscription:
        if (event.type == EventType::SubscriptionRenewal)
            ++subscriptionRenewals;
        else if (event.type == EventType::SubscriptionGift)
            ++subscriptionGifts;
        else
            ++newSubscriptions;
        return true;
    default:
        break;
    }

    const std::optional<Donation> donation = donationOf(event);
    if (!donation)
        return true;
    addDonation(*donation);
    if (donation->countsAsIncome()) {
        if (const std::optional<quint64> user = userOf(event); user && countOnce(known.donors, added.donors, *user))
            ++donors;
    }
    return true;
}

WonValue SessionTotals::donationsWon(qint64 starBalloons, qint64 videoBalloons, qint64 cheese)
{
    WonValue value;
    value.add(DonationUnit::StarBalloon, starBalloons);
    value.add(DonationUnit::VideoBalloon, videoBalloons);
    value.add(DonationUnit::Cheese, cheese);
    return value;
}

void SessionTotals::addSession(const SessionTotals &o)
{
    const std::pair<qint64 *, qint64> counts[] = {{&events, o.events}, {&chats, o.chats}, {&balloons, o.balloons},
        {&starBalloons, o.starBalloons}, {&videoBalloons, o.videoBalloons}, {&adBalloons, o.adBalloons},
        {&replayBalloons, o.replayBalloons}, {&gifts, o.gifts}, {&newSubscriptions, o.newSubscriptions},
        {&subscriptionRenewals, o.subscriptionRenewals}, {&subscriptionGifts, o.subscriptionGifts},
        {&cheese, o.cheese}};
    for (const auto &[mine, theirs] : counts)
        *mine = saturatingAdd(*mine, theirs);
    uniqueChatters = std::max(uniqueChatters, o.uniqueChatters);
    donors = std::max(donors, o.donors);
}

void SessionTotals::addDonation(const Donation &donation)
{
    if (donation.scope == DonationScope::Replay) {
        replayBalloons += donation.amount;
        return;
    }
    switch (donation.unit) {
    case DonationUnit::StarBalloon:
        starBalloons += donation.amount;
        break;
    case DonationUnit::VideoBalloon:
        videoBalloons += donation.amount;
        break;
    case DonationUnit::AdBalloon:
        adBalloons += donation.amount;
        break;
    case DonationUnit::Cheese:
        cheese = saturatingAdd(cheese, donation.amount);
        break;
    }
    if (donation.countsTowardBalloons())
        balloons += donation.amount;
    if (donation.countsAsIncome())
        ++gifts;
}

} // namespace soopchat
