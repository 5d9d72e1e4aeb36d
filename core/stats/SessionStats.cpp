#include "core/stats/SessionStats.h"

#include <algorithm>

#include "core/events/Donation.h"
#include "core/stats/WordTokenizer.h"
#include "core/util/Logging.h"

namespace soopchat {

namespace {

constexpr qint64 MinuteMs = 60'000;

qint64 floorMinute(qint64 ms)
{
    return ms >= 0 ? ms / MinuteMs : (ms - MinuteMs + 1) / MinuteMs;
}

// Who an event is from, as SessionTotals counts users: the user id, or the
// nickname when a packet left the id out; null when it has neither.
const QString *identityOf(const ChatEvent &event)
{
    if (event.userId && !event.userId->isEmpty())
        return &*event.userId;
    if (event.nickname && !event.nickname->isEmpty())
        return &*event.nickname;
    return nullptr;
}

} // namespace

SessionStats::SessionStats(int trackedWords) : m_words(trackedWords)
{ }

void SessionStats::clear()
{
    QMutexLocker lock(&m_mutex);
    m_startMs = 0;
    m_lastMs = 0;
    m_totals = {};
    m_users.clear();
    m_buckets.clear();
    m_undated = {};
    m_lastBucket = 0;
    m_donors.clear();
    m_donorIndex.clear();
    m_order = 0;
    m_words.clear();
    m_revision.fetch_add(1, std::memory_order_release);
    qCDebug(lcStats) << "session statistics cleared";
}

void SessionStats::add(const EventBatch &events)
{
    if (events.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    bool changed = false;
    for (const EventPtr &event : events) {
        // The connection's own chatter is no part of the session, not even its time.
        if (!event || !SessionTotals::isSessionEvent(event->type))
            continue;
        if (event->receivedAtMs > 0) {
            if (m_startMs == 0 || event->receivedAtMs < m_startMs) {
                m_startMs = event->receivedAtMs;
                changed = true;
            }
            if (event->receivedAtMs > m_lastMs) {
                m_lastMs = event->receivedAtMs;
                changed = true;
            }
        }
        changed |= count(*event);
    }
    if (changed)
        m_revision.fetch_add(1, std::memory_order_release);
}

qint64 SessionStats::timeOf(const ChatEvent &event)
{
    return event.receivedAtMs > 0 ? event.receivedAtMs : m_lastMs;
}

SessionStats::Bucket *SessionStats::bucketAt(qint64 timeMs)
{
    if (timeMs <= 0)
        return &m_undated;
    const qint64 minute = floorMinute(timeMs);
    if (m_lastBucket < m_buckets.size() && m_buckets[m_lastBucket].minute == minute)
        return &m_buckets[m_lastBucket];

    if (m_buckets.empty() || minute > m_buckets.back().minute) {
        Bucket bucket {minute, 0, 0};
        if (m_buckets.empty()) {
            // What was counted before the first time arrived belongs here.
            bucket.balloons = m_undated.balloons;
            bucket.chats = m_undated.chats;
            bucket.cheese = m_undated.cheese;
            m_undated = {};
        }
        m_buckets.push_back(bucket);
        m_lastBucket = m_buckets.size() - 1;
        return &m_buckets.back();
    }
    // An older minute: a replay or history fed after live events.
    const auto it = std::lower_bound(m_buckets.begin(), m_buckets.end(), minute,
        [](const Bucket &bucket, qint64 value) { return bucket.minute < value; });
    const auto found = it != m_buckets.end() && it->minute == minute ? it : m_buckets.insert(it, Bucket {minute, 0, 0});
    m_lastBucket = size_t(found - m_buckets.begin());
    return &*found;
}

SessionStats::DonorTally *SessionStats::donor(const ChatEvent &event)
{
    const QString *identity = identityOf(event);
    if (!identity)
        return nullptr;
    auto it = m_donorIndex.constFind(*identity);
    if (it == m_donorIndex.cend()) {
        it = m_donorIndex.insert(*identity, qsizetype(m_donors.size()));
        m_donors.push_back({*identity, {}, {}, 0});
    }
    DonorTally &tally = m_donors[size_t(*it)];
    if (event.nickname && !event.nickname->isEmpty())
        tally.nickname = *event.nickname;
    return &tally;
}

bool SessionStats::count(const ChatEvent &event)
{
    if (!m_totals.add(event, m_users))
        return false;
    if (eventCategory(event.type) == EventCategory::Chat) {
        ++bucketAt(timeOf(event))->chats;
        if (event.text && !event.text->isEmpty()) {
            WordTokenizer::Words words;
            WordTokenizer::split(*event.text, words);
            for (const QString &word : words)
                m_words.add(word);
        }
        return true;
    }
    const std::optional<Donation> donation = donationOf(event);
    if (!donation)
        return true;
    if (donation->countsTowardBalloons())
        bucketAt(timeOf(event))->balloons += donation->amount;
    else if (donation->countsAsIncome() && donation->unit == DonationUnit::Cheese)
        bucketAt(timeOf(event))->cheese += donation->amount;
    if (DonorTally *tally = donor(event)) {
        tally->given.addDonation(*donation);
        if (donation->countsAsIncome() && donation->amount > 0)
            tally->reachedOrder = ++m_order;
    }
    return true;
}

SessionStatsSnapshot SessionStats::snapshot(int topDonors, int topWords) const
{
    QMutexLocker lock(&m_mutex);
    SessionStatsSnapshot s;
    s.revision = m_revision.load(std::memory_order_relaxed);
    s.startMs = m_startMs;
    s.lastEventMs = m_lastMs;
    s.totals = m_totals;

    s.minutes.reserve(qsizetype(m_buckets.size()));
    qint64 balloons = 0;
    qint64 chats = 0;
    qint64 cheese = 0;
    for (const Bucket &bucket : m_buckets) {
        balloons += bucket.balloons;
        chats += bucket.chats;
        cheese += bucket.cheese;
        s.minutes.append(
            {bucket.minute * MinuteMs, bucket.balloons, bucket.chats, balloons, chats, bucket.cheese, cheese});
    }

    std::vector<const DonorTally *> ranked;
    for (const DonorTally &tally : m_donors) {
        if (tally.given.balloons > 0 || tally.given.cheese > 0)
            ranked.push_back(&tally);
    }
    const size_t wanted = std::min(ranked.size(), size_t(std::max(0, topDonors)));
    std::partial_sort(
        ranked.begin(), ranked.begin() + qsizetype(wanted), ranked.end(), [](const DonorTally *a, const DonorTally *b) {
            // Balloons first, then cheese (a channel's viewers give the one or the other).
            if (a->given.balloons != b->given.balloons)
                return a->given.balloons > b->given.balloons;
            if (a->given.cheese != b->given.cheese)
                return a->given.cheese > b->given.cheese;
            if (a->reachedOrder != b->reachedOrder)
                return a->reachedOrder < b->reachedOrder;
            return a->userId < b->userId;
        });
    s.topDonors.reserve(qsizetype(wanted));
    for (size_t i = 0; i < wanted; ++i) {
        const DonorTally &d = *ranked[i];
        const SessionTotals &g = d.given;
        s.topDonors.append({d.userId, d.nickname.isEmpty() ? d.userId : d.nickname, g.balloons, g.starBalloons,
            g.videoBalloons, g.adBalloons, g.replayBalloons, g.cheese});
    }

    const QList<SpaceSavingCounter::Entry> words = m_words.top(topWords);
    s.topWords.reserve(words.size());
    for (const SpaceSavingCounter::Entry &entry : words)
        s.topWords.append({entry.key, entry.count, entry.error});
    return s;
}

} // namespace soopchat
