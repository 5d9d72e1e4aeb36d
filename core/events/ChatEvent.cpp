#include "core/events/ChatEvent.h"

namespace soopchat {

ChatEventDetails &ChatEvent::editDetails()
{
    if (!m_details)
        m_details = std::make_shared<ChatEventDetails>();
    else if (m_details.use_count() > 1)
        m_details = std::make_shared<ChatEventDetails>(*m_details);
    return *m_details;
}

void ChatEvent::setDetails(ChatEventDetails details)
{
    if (details == emptyDetails())
        m_details.reset();
    else
        m_details = std::make_shared<ChatEventDetails>(std::move(details));
}

const ChatEventDetails &ChatEvent::emptyDetails()
{
    static const ChatEventDetails empty;
    return empty;
}

} // namespace soopchat
