#include "core/channel/ChannelPipeline.h"

#include <QThread>

#include <optional>

namespace soopchat {

ChannelPipeline::ChannelPipeline(std::unique_ptr<ChatSource> source, QThread *networkThread, QObject *parent)
    : QObject(parent), m_target(source->target()), m_status(source->status()), m_source(source.release())
{
    qRegisterMetaType<EventBatch>();
    qRegisterMetaType<ChannelStatus>();
    qRegisterMetaType<BroadcastInfo>();
    if (m_status.channel.isEmpty())
        m_status.channel = m_target.displayName;
    if (networkThread)
        m_source->moveToThread(networkThread);
    // Queued even on one thread, so that consumers never run inside the
    // source's socket handlers.
    connect(m_source, &ChatSource::eventsReceived, this, &ChannelPipeline::deliver, Qt::QueuedConnection);
    connect(m_source, &ChatSource::broadcastStarted, this, &ChannelPipeline::beginBroadcast, Qt::QueuedConnection);
    connect(
        m_source, &ChatSource::statusChanged, this,
        [this](const ChannelStatus &status) {
            m_status = status;
            emit statusChanged(status);
        },
        Qt::QueuedConnection);
}

ChannelPipeline::~ChannelPipeline()
{
    // Consumers go first (the recorder ends its session), then the source.
    m_consumers.clear();
    ChatSource *source = m_source;
    if (!source)
        return;
    source->disconnect(this);
    if (source->thread() == QThread::currentThread()) {
        source->stop();
        delete source;
        return;
    }
    // Stop and delete it on its own thread; a thread that has already finished
    // deletes it when it ends.
    QMetaObject::invokeMethod(
        source, [source] { source->stop(); }, Qt::QueuedConnection);
    source->deleteLater();
}

template<typename Function>
void ChannelPipeline::onSourceThread(Function function)
{
    if (ChatSource *source = m_source)
        QMetaObject::invokeMethod(
            source, [source, function] { function(source); }, Qt::QueuedConnection);
}

void ChannelPipeline::start(const QString &password)
{
    onSourceThread([password](ChatSource *source) { source->start(password); });
}

void ChannelPipeline::stop()
{
    onSourceThread([](ChatSource *source) { source->stop(); });
}

void ChannelPipeline::setPassword(const QString &password)
{
    onSourceThread([password](ChatSource *source) { source->setPassword(password); });
}

void ChannelPipeline::retryNow()
{
    onSourceThread([](ChatSource *source) { source->retryNow(); });
}

QString ChannelPipeline::channelId() const
{
    if (!m_status.broadcast.channelId.isEmpty())
        return m_status.broadcast.channelId;
    return m_target.channelId.isEmpty() ? m_status.channel : m_target.channelId;
}

void ChannelPipeline::beginBroadcast(const BroadcastInfo &info)
{
    for (const std::unique_ptr<ChannelConsumer> &consumer : m_consumers)
        consumer->broadcastStarted(info);
    emit broadcastStarted(info);
}

void ChannelPipeline::deliver(const EventBatch &events)
{
    // The rules are applied once per batch, and not at all without ignore
    // rules (then `shown` shares the batch).
    std::optional<EventBatch> shown;
    const auto shownBatch = [this, &events, &shown]() -> const EventBatch & {
        if (!shown)
            shown = m_rules ? m_rules->shown(events) : events;
        return *shown;
    };
    for (const std::unique_ptr<ChannelConsumer> &consumer : m_consumers)
        consumer->consume(consumer->takes() == ChannelConsumer::Takes::Everything ? events : shownBatch());
    emit eventsReceived(shownBatch());
}

} // namespace soopchat
