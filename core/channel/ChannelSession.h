#pragma once

#include <QObject>
#include <QPointer>

#include "core/soop/SoopClient.h"

class QThread;

namespace soopchat {

// One open channel as the application sees it: its client runs on the
// network thread it is given (or on this object's thread when none), and its
// signals arrive here, on the owner's thread, as queued batches. Consumers
// (chat list, statistics, recorder, overlay) connect to this object, never to
// the client.
class ChannelSession : public QObject
{
    Q_OBJECT

public:
    ChannelSession(soop::ChannelTarget target, soop::ClientConfig config, QThread *networkThread = nullptr,
        QObject *parent = nullptr);
    ~ChannelSession() override;

    void start(const QString &password = {});
    void stop();
    void setPassword(const QString &password);
    void retryNow();

    const soop::ChannelTarget &target() const { return m_target; }
    const soop::ClientStatus &status() const { return m_status; }
    // The streamer id once known (a VOD target learns it from SOOP).
    QString channelId() const;

signals:
    void statusChanged(const soopchat::soop::ClientStatus &status);
    void eventsReceived(const soopchat::EventBatch &events);
    void broadcastStarted(const soopchat::soop::LiveInfo &info);

private:
    template<typename Function>
    void onClientThread(Function function);

    soop::ChannelTarget m_target;
    soop::ClientStatus m_status;
    QPointer<soop::SoopClient> m_client;
};

} // namespace soopchat
