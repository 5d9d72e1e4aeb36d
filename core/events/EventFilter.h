#pragma once

#include <QString>

#include <optional>

#include "core/events/ChatEvent.h"

namespace soopchat {

// Which events a view shows: the category toggles of the chat list plus a
// search query. The same filter drives the chat list, the history search and
// "export what the current filter shows", so they can never disagree.
//
// Query syntax (words combine with AND, case-insensitive):
//   from:nickname   the sender's nickname or user id contains "nickname"
//   type:balloon    an event type name from EVENTS.md, or one of the groups
//                   chat, donation, subscription, enter, system; an explicit
//                   type wins over the category toggles
//   anything else   the text, nickname or user id contains it
class EventFilter
{
public:
    enum class Category : quint8 {
        Chat = 1 << 0,
        Donations = 1 << 1,
        Subscriptions = 1 << 2,
        EnterLeave = 1 << 3,
        System = 1 << 4,
    };
    Q_DECLARE_FLAGS(Categories, Category)

    static constexpr Categories DefaultCategories {0x1 | 0x2 | 0x4 | 0x10}; // enter/leave off

    EventFilter() = default;

    // Parses a query; unknown `type:` names are reported in *error and the
    // filter then matches nothing rather than everything.
    static EventFilter fromQuery(QStringView query, QString *error = nullptr);

    void setCategories(Categories categories) { m_categories = categories; }
    Categories categories() const { return m_categories; }
    const QString &query() const { return m_query; }
    bool hasQuery() const { return !m_words.isEmpty() || !m_from.isEmpty() || m_typeMask != 0 || m_invalid; }

    bool matches(const ChatEvent &event) const;

    // The filter's category of an event; protocol events (keepalive, login and
    // join replies) belong to none and are never shown.
    static std::optional<Category> categoryOf(EventType type);

private:
    Categories m_categories = DefaultCategories;
    QString m_query;
    QStringList m_words;
    QStringList m_from;
    quint64 m_typeMask = 0; // bit per EventType; 0 = any type
    bool m_invalid = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(EventFilter::Categories)

} // namespace soopchat
