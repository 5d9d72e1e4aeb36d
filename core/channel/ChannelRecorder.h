#pragma once

#include <memory>

#include "core/channel/ChannelConsumer.h"

namespace soopchat {

class SessionWriter;

// Records one channel: every broadcast it joins becomes a session of the
// writer's database, ended by the broadcast's end or by the recorder going
// away (then the writer commits the rest and closes).
class ChannelRecorder : public ChannelConsumer
{
public:
    explicit ChannelRecorder(std::unique_ptr<SessionWriter> writer);
    ~ChannelRecorder() override;

    SessionWriter *writer() const { return m_writer.get(); }
    bool isRecordingSession() const { return m_inSession; }

    void broadcastStarted(const BroadcastInfo &info) override;
    void consume(const EventBatch &events) override;

private:
    std::unique_ptr<SessionWriter> m_writer;
    bool m_inSession = false;
};

} // namespace soopchat
