#include "core/stats/SessionStats.h"

#include <algorithm>

#include "core/stats/WordTokenizer.h"
#include "core/util/Logging.h"

namespace soopchat {

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr size_t ChatterHashSeed = 0x53455353; // fixed: the count must not depend on the process

qint64 floorMinute(qint64 ms)
{
    return ms >= 0 ? ms / MinuteMs : (ms - MinuteMs + 1) / MinuteMs;
}

qint64 countOf(const ChatEvent &event)
{
    return std::max<qint64>(0, event.count.value_or(0));
}

// Who an event is from: the user id, or the nickname when a packet left the
// id out; empty when it has neither.
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
    m_buckets.clear();
    m_undated = {};
    m_lastBucket = 0;
    m_donors.clear();
    m_donorIndex.clear();
    m_order = 0;
    m_chatterHashes.clear();
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
        if (!event)
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
            bucket.starBalloons = m_undated.starBalloons;
            bucket.chatMessages = m_undated.chatMessages;
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
        m_donors.push_back({*identity, {}, 0, 0, 0, 0, 0});
    }
    DonorTally &tally = m_donors[size_t(*it)];
    if (event.nickname && !event.nickname->isEmpty())
        tally.nickname = *event.nickname;
    return &tally;
}

bool SessionStats::count(const ChatEvent &event)
{
    switch (event.type) {
    case EventType::Balloon: {
        const qint64 n = countOf(event);
        m_totals.starBalloons += n;
        ++m_totals.starBalloonGifts;
        bucketAt(timeOf(event))->starBalloons += n;
        if (DonorTally *tally = donor(event)) {
            tally->starBalloons += n;
            tally->starReachedOrder = ++m_order;
        }
        return true;
    }
    case EventType::AdBalloon:
    case EventType::StationAdBalloon: {
        const qint64 n = countOf(event);
        (event.type == EventType::AdBalloon ? m_totals.adBalloons : m_totals.stationAdBalloons) += n;
        if (DonorTally *tally = donor(event))
            tally->adBalloons += n;
        return true;
    }
    case EventType::VideoBalloon: {
        const qint64 n = countOf(event);
        m_totals.videoBalloons += n;
        if (DonorTally *tally = donor(event))
            tally->videoBalloons += n;
        return true;
    }
    case EventType::VodBalloon: {
        const qint64 n = countOf(event);
        m_totals.vodBalloons += n;
        if (DonorTally *tally = donor(event))
            tally->vodBalloons += n;
        return true;
    }
    case EventType::Subscription:
        ++m_totals.newSubscriptions;
        return true;
    case EventType::SubscriptionRenewal:
        ++m_totals.subscriptionRenewals;
        return true;
    case EventType::SubscriptionGift:
        ++m_totals.subscriptionGifts;
        return true;
    case EventType::Chat:
    case EventType::ManagerChat:
    case EventType::OgqSticker: {
        ++m_totals.chatMessages;
        ++bucketAt(timeOf(event))->chatMessages;
        if (const QString *identity = identityOf(event))
            m_chatterHashes.insert(quint64(qHash(QStringView(*identity), ChatterHashSeed)));
        if (event.text && !event.text->isEmpty()) {
            WordTokenizer::Words words;
            WordTokenizer::split(*event.text, words);
            for (const QString &word : words)
                m_words.add(word);
        }
        return true;
    }
    default:
        return false;
    }
}

SessionStatsSnapshot SessionStats::snapshot(int topDonors, int topWords) const
{
    QMutexLocker lock(&m_mutex);
    SessionStatsSnapshot s;
    s.revision = m_revision.load(std::memory_order_relaxed);
    s.startMs = m_startMs;
    s.lastEventMs = m_lastMs;
    s.totals = m_totals;
    s.totals.uniqueChatters = m_chatterHashes.size();
    s.totals.donors = qint64(m_donors.size());

    s.minutes.reserve(qsizetype(m_buckets.size()));
    qint64 stars = 0;
    qint64 chat = 0;
    for (const Bucket &bucket : m_buckets) {
        stars += bucket.starBalloons;
        chat += bucket.chatMessages;
        s.minutes.append({bucket.minute * MinuteMs, bucket.starBalloons, bucket.chatMessages, stars, chat});
    }

    std::vector<const DonorTally *> ranked;
    for (const DonorTally &tally : m_donors) {
        if (tally.starBalloons > 0)
            ranked.push_back(&tally);
    }
    const size_t wanted = std::min(ranked.size(), size_t(std::max(0, topDonors)));
    std::partial_sort(
        ranked.begin(), ranked.begin() + qsizetype(wanted), ranked.end(), [](const DonorTally *a, const DonorTally *b) {
            if (a->starBalloons != b->starBalloons)
                return a->starBalloons > b->starBalloons;
            if (a->starReachedOrder != b->starReachedOrder)
                return a->starReachedOrder < b->starReachedOrder;
            return a->userId < b->userId;
        });
    s.topDonors.reserve(qsizetype(wanted));
    for (size_t i = 0; i < wanted; ++i) {
        const DonorTally &d = *ranked[i];
        s.topDonors.append({d.userId, d.nickname.isEmpty() ? d.userId : d.nickname, d.starBalloons, d.adBalloons,
            d.videoBalloons, d.vodBalloons});
    }

    const QList<SpaceSavingCounter::Entry> words = m_words.top(topWords);
    s.topWords.reserve(words.size());
    for (const SpaceSavingCounter::Entry &entry : words)
        s.topWords.append({entry.key, entry.count, entry.error});
    return s;
}

} // namespace soopchat
