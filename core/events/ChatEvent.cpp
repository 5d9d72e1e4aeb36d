#include "core/events/ChatEvent.h"

namespace soopchat {

ChatEventDetails &ChatEvent::editDetails()
{
    if (!m_details)
        m_details = new SharedDetails;
    else
        m_details.detach();
    return m_details->details;
}

void ChatEvent::setDetails(ChatEventDetails details)
{
    if (details == emptyDetails())
        m_details.reset();
    else
        m_details = new SharedDetails {{}, std::move(details)};
}

bool ChatEvent::blinds(const ChatEvent &line) const
{
    if (type != EventType::Blind || line.type == EventType::Blind || !userId || userId->isEmpty())
        return false;
    const std::optional<qint64> sentAt = details().sentAtMs;
    return sentAt && line.details().sentAtMs == sentAt && line.userId == userId;
}

const ChatEventDetails &ChatEvent::emptyDetails()
{
    static const ChatEventDetails empty;
    return empty;
}

} // namespace soopchat
