#include "core/channel/ChannelRecorder.h"

#include <QDateTime>

#include "core/store/SessionWriter.h"

namespace soopchat {

ChannelRecorder::ChannelRecorder(ChannelSession *session, SessionWriter *writer, QObject *parent)
    : QObject(parent), m_session(session), m_writer(writer)
{
    connect(session, &ChannelSession::broadcastStarted, this, &ChannelRecorder::onBroadcastStarted);
    connect(session, &ChannelSession::eventsReceived, this, &ChannelRecorder::onEvents);
}

ChannelRecorder::~ChannelRecorder()
{
    if (m_inSession)
        m_writer->endSession();
}

void ChannelRecorder::onBroadcastStarted(const soop::LiveInfo &info)
{
    SessionInfo session;
    session.platform = QStringLiteral("soop");
    session.channelId = info.streamerId;
    session.broadcastNo = QString::number(info.broadcastNo);
    session.title = info.title;
    session.streamerNickname = info.streamerNick;
    session.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_writer->beginSession(session); // ends the previous one, if any
    m_inSession = true;
}

void ChannelRecorder::onEvents(const EventBatch &events)
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
