#include "core/alerts/AlertConsumer.h"

#include <QThread>

#include "core/alerts/AlertEngine.h"

namespace soopchat {

AlertConsumer::AlertConsumer(AlertEngine *engine, const QString &channelId) : m_engine(engine), m_channelId(channelId)
{ }

void AlertConsumer::broadcastStarted(const BroadcastInfo &info)
{
    if (!info.channelId.isEmpty())
        m_channelId = info.channelId;
    m_channelName = info.channelName;
}

void AlertConsumer::consume(const EventBatch &events)
{
    if (!m_engine || m_channelId.isEmpty())
        return;
    // Pipelines run on the main thread (their sources' batches arrive there
    // queued), where the engine lives: matching is a few comparisons per rule
    // and runners never block in run(), so the batch is handed over at once.
    // A pipeline on another thread hands it over queued instead, never
    // waiting for the engine.
    if (m_engine->thread() == QThread::currentThread()) {
        m_engine->process(m_channelId, events, m_channelName);
        return;
    }
    QMetaObject::invokeMethod(
        m_engine.data(),
        [engine = m_engine, id = m_channelId, name = m_channelName, events] {
            if (engine)
                engine->process(id, events, name);
        },
        Qt::QueuedConnection);
}

} // namespace soopchat
