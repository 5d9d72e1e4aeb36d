#include "core/events/EventFilter.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

quint64 bit(EventType type)
{
    return quint64(1) << quint8(type);
}

quint64 typesOfCategory(EventCategory category)
{
    quint64 mask = 0;
    for (int t = 0; t < EventTypeCount; ++t) {
        if (eventCategory(EventType(t)) == category)
            mask |= bit(EventType(t));
    }
    return mask;
}

// `type:` groups first, then exact EVENTS.md names.
std::optional<quint64> typeMaskFor(QStringView name)
{
    if (name == "chat"_L1)
        return typesOfCategory(EventCategory::Chat);
    if (name == "donation"_L1 || name == "donations"_L1)
        return typesOfCategory(EventCategory::Donation) | typesOfCategory(EventCategory::Subscription);
    if (name == "subscription"_L1 || name == "sub"_L1)
        return typesOfCategory(EventCategory::Subscription);
    if (name == "enter"_L1 || name == "leave"_L1)
        return typesOfCategory(EventCategory::Presence);
    if (name == "system"_L1)
        return typesOfCategory(EventCategory::Membership) | typesOfCategory(EventCategory::Moderation) |
            typesOfCategory(EventCategory::RoomState) | typesOfCategory(EventCategory::System);
    if (const std::optional<EventType> type = eventTypeFromName(name))
        return bit(*type);
    return std::nullopt;
}

bool containsAny(QStringView needle, const std::optional<QString> &a, const std::optional<QString> &b)
{
    return (a && a->contains(needle, Qt::CaseInsensitive)) || (b && b->contains(needle, Qt::CaseInsensitive));
}

} // namespace

EventFilter EventFilter::fromQuery(QStringView query, QString *error)
{
    EventFilter filter;
    filter.m_query = query.trimmed().toString();
    const QList<QStringView> tokens = QStringView(filter.m_query).split(u' ', Qt::SkipEmptyParts);
    for (QStringView token : tokens) {
        if (token.startsWith(u"from:", Qt::CaseInsensitive) && token.size() > 5) {
            filter.m_from.append(token.sliced(5).toString());
        } else if (token.startsWith(u"type:", Qt::CaseInsensitive) && token.size() > 5) {
            const QString name = token.sliced(5).toString().toLower();
            if (const std::optional<quint64> mask = typeMaskFor(name)) {
                filter.m_typeMask |= *mask;
            } else {
                filter.m_invalid = true;
                if (error)
                    *error = name;
            }
        } else {
            filter.m_words.append(token.toString());
        }
    }
    return filter;
}

std::optional<EventFilter::Category> EventFilter::categoryOf(EventType type)
{
    switch (eventCategory(type)) {
    case EventCategory::Chat:
        return Category::Chat;
    case EventCategory::Donation:
        return Category::Donations;
    case EventCategory::Subscription:
        return Category::Subscriptions;
    case EventCategory::Presence:
        return Category::EnterLeave;
    case EventCategory::Membership:
    case EventCategory::Moderation:
    case EventCategory::RoomState:
    case EventCategory::System:
        return Category::System;
    case EventCategory::Protocol:
        return type == EventType::Malformed ? std::optional(Category::System) : std::nullopt;
    }
    return std::nullopt;
}

bool EventFilter::matches(const ChatEvent &event) const
{
    if (m_invalid)
        return false;
    // An explicit type: in the query wins over the category toggles.
    if (m_typeMask) {
        if (!(m_typeMask & bit(event.type)))
            return false;
    } else {
        const std::optional<Category> category = categoryOf(event.type);
        if (!category || !m_categories.testFlag(*category))
            return false;
    }
    for (const QString &from : m_from) {
        if (!containsAny(from, event.nickname, event.userId))
            return false;
    }
    for (const QString &word : m_words) {
        if (!containsAny(word, event.text, event.nickname) &&
            !containsAny(word, event.userId, event.details().toNickname))
            return false;
    }
    return true;
}

} // namespace soopchat
