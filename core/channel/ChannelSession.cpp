#include "core/channel/ChannelSession.h"

#include <QThread>

namespace soopchat {

ChannelSession::ChannelSession(
    soop::ChannelTarget target, soop::ClientConfig config, QThread *networkThread, QObject *parent)
    : QObject(parent), m_target(std::move(target)), m_client(new soop::SoopClient(std::move(config)))
{
    m_status.channel = m_target.displayName();
    if (networkThread)
        m_client->moveToThread(networkThread);
    // Queued even on one thread, so that consumers never run inside the
    // client's socket handlers.
    connect(m_client, &soop::SoopClient::eventsReceived, this, &ChannelSession::eventsReceived, Qt::QueuedConnection);
    connect(
        m_client, &soop::SoopClient::broadcastStarted, this, &ChannelSession::broadcastStarted, Qt::QueuedConnection);
    connect(
        m_client, &soop::SoopClient::statusChanged, this,
        [this](const soop::ClientStatus &status) {
            m_status = status;
            emit statusChanged(status);
        },
        Qt::QueuedConnection);
}

ChannelSession::~ChannelSession()
{
    soop::SoopClient *client = m_client;
    if (!client)
        return;
    client->disconnect(this);
    if (client->thread() == QThread::currentThread()) {
        client->stop();
        delete client;
        return;
    }
    // Stop and delete it on its own thread; a thread that has already finished
    // deletes it when it ends.
    QMetaObject::invokeMethod(
        client, [client] { client->stop(); }, Qt::QueuedConnection);
    client->deleteLater();
}

template<typename Function>
void ChannelSession::onClientThread(Function function)
{
    if (soop::SoopClient *client = m_client)
        QMetaObject::invokeMethod(
            client, [client, function] { function(client); }, Qt::QueuedConnection);
}

void ChannelSession::start(const QString &password)
{
    onClientThread([target = m_target, password](soop::SoopClient *client) { client->start(target, password); });
}

void ChannelSession::stop()
{
    onClientThread([](soop::SoopClient *client) { client->stop(); });
}

void ChannelSession::setPassword(const QString &password)
{
    onClientThread([password](soop::SoopClient *client) { client->setPassword(password); });
}

void ChannelSession::retryNow()
{
    onClientThread([](soop::SoopClient *client) { client->retryNow(); });
}

QString ChannelSession::channelId() const
{
    if (!m_status.live.streamerId.isEmpty())
        return m_status.live.streamerId;
    return m_target.streamerId.isEmpty() ? m_status.channel : m_target.streamerId;
}

} // namespace soopchat
