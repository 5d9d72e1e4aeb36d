#include "core/channel/ChannelRecorder.h"

#include <QDateTime>

#include "core/store/SessionWriter.h"

namespace soopchat {

ChannelRecorder::ChannelRecorder(std::unique_ptr<SessionWriter> writer) : m_writer(std::move(writer))
{ }

ChannelRecorder::~ChannelRecorder()
{
    if (m_inSession)
        m_writer->endSession();
}

void ChannelRecorder::broadcastStarted(const BroadcastInfo &info)
{
    SessionInfo session;
    session.platform = platformName(info.platform);
    session.channelId = info.channelId;
    session.broadcastNo = info.broadcastId;
    session.title = info.title;
    session.streamerNickname = info.channelName;
    session.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_writer->beginSession(session); // ends the previous one, if any
    m_inSession = true;
}

void ChannelRecorder::consume(const EventBatch &events)
{
    if (!m_inSession)
        return;
    m_writer->record(events);
    for (const EventPtr &event : events) {
        if (event->type == EventType::BroadcastEnd) {
            m_writer->endSession(event->receivedAtMs);
            m_inSession = false;
            break;
        }
    }
}

} // namespace soopchat
