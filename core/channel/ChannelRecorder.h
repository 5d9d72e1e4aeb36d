#pragma once

#include <QObject>

#include "core/channel/ChannelSession.h"

namespace soopchat {

class SessionWriter;

// Records one channel: every broadcast it joins becomes a session of the
// writer's database, ended by the broadcast's end or by the recorder going
// away. The GUI gives each tab one; `soopchat-cli record` uses one too.
class ChannelRecorder : public QObject
{
    Q_OBJECT

public:
    ChannelRecorder(ChannelSession *session, SessionWriter *writer, QObject *parent = nullptr);
    ~ChannelRecorder() override;

    SessionWriter *writer() const { return m_writer; }
    bool isRecordingSession() const { return m_inSession; }

private:
    void onBroadcastStarted(const soop::LiveInfo &info);
    void onEvents(const EventBatch &events);

    ChannelSession *m_session;
    SessionWriter *m_writer;
    bool m_inSession = false;
};

} // namespace soopchat
