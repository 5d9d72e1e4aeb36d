#pragma once

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

#include "core/channel/ChannelConsumer.h"
#include "core/channel/ChatRules.h"
#include "core/events/ChatSource.h"

class QThread;

namespace soopchat {

// One open channel: a chat source fanned out to its consumers. The source
// runs on the network thread it is given (or on this object's thread when
// none); its batches arrive here queued, so consumers never run inside the
// source's socket handlers, and each batch goes to every consumer in the
// order they were added, then out of eventsReceived() for views.
//
// The GUI's tabs and `soopchat-cli record` build the same pipeline
// (addStandardConsumers); a new kind of consumer is one more registration.
class ChannelPipeline : public QObject
{
    Q_OBJECT

public:
    ChannelPipeline(std::unique_ptr<ChatSource> source, QThread *networkThread = nullptr, QObject *parent = nullptr);
    ~ChannelPipeline() override;

    // Takes a consumer; it is fed from the next batch on and lives as long as
    // the pipeline.
    template<typename Consumer>
    Consumer *add(std::unique_ptr<Consumer> consumer)
    {
        Consumer *raw = consumer.get();
        m_consumers.push_back(std::move(consumer));
        return raw;
    }
    // The first consumer of that type, or nullptr.
    template<typename Consumer>
    Consumer *find() const
    {
        for (const std::unique_ptr<ChannelConsumer> &consumer : m_consumers) {
            if (auto *found = dynamic_cast<Consumer *>(consumer.get()))
                return found;
        }
        return nullptr;
    }

    void start(const QString &password = {});
    void stop();
    void setPassword(const QString &password);
    void retryNow();

    const ChannelTarget &target() const { return m_target; }
    const ChannelStatus &status() const { return m_status; }
    Platform platform() const { return m_target.platform; }
    // The streamer's id once known (a VOD target learns it from the service).
    QString channelId() const;

    // The user's ignore rules, applied to every batch after the consumers
    // that take everything and before those that take what is shown and the
    // views (eventsReceived). Null: none. Takes effect from the next batch.
    void setRules(ChatRulesPtr rules) { m_rules = std::move(rules); }
    const ChatRulesPtr &rules() const { return m_rules; }

signals:
    void statusChanged(const soopchat::ChannelStatus &status);
    // Every batch, after all consumers took it, without what the rules ignore.
    void eventsReceived(const soopchat::EventBatch &events);
    void broadcastStarted(const soopchat::BroadcastInfo &info);

private:
    template<typename Function>
    void onSourceThread(Function function);
    void deliver(const EventBatch &events);
    void beginBroadcast(const BroadcastInfo &info);

    ChannelTarget m_target;
    ChannelStatus m_status;
    QPointer<ChatSource> m_source;
    std::vector<std::unique_ptr<ChannelConsumer>> m_consumers;
    ChatRulesPtr m_rules;
};

} // namespace soopchat
