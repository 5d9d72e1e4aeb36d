#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

#include "sim/ChannelConfig.h"
#include "sim/ConnectionInfo.h"
#include "sim/SimCounters.h"
#include "sim/SimulatorOptions.h"

namespace soopchat::sim {

class ChannelRegistry;
class ChatServer;
class ImageServer;
class LiveApi;
class SimChannel;

// A SOOP live service on loopback that speaks the real protocol: the
// live-info API (player_live_api, station status, VOD owner) on
// http://127.0.0.1:apiPort(), chat on ws://127.0.0.1:chatPort() and
// wss://localhost:chatPort()+1, scripted/recorded/flood broadcasts and named
// faults. Everything runs on the thread the simulator lives in and never
// blocks it, so the GUI can own one and a benchmark can give it a thread.
//
//     SoopSimulator sim;              // every id is a live streamer
//     QString error;
//     if (!sim.start(&error)) ...
//     resolver endpoints = ResolverEndpoints::forBase(sim.apiBase());
//     sim.channel(u"somebj"_s)->setPassword(u"1234"_s);
class SoopSimulator : public QObject
{
    Q_OBJECT

public:
    explicit SoopSimulator(const SimulatorOptions &options = {}, QObject *parent = nullptr);
    ~SoopSimulator() override;

    // Opens the ports and starts the timelines. False and *error (one line)
    // when a port is taken or the replay file cannot be read.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_running; }

    const SimulatorOptions &options() const { return m_options; }
    QUrl apiBase() const; // http://127.0.0.1:PORT
    quint16 apiPort() const;
    quint16 chatPort() const; // CHPT, plain websocket
    quint16 tlsPort() const; // chatPort() + 1
    QString chatDomain() const { return m_options.chatDomain; }
    // The chat's image hosts (ImageServer) on http://127.0.0.1:PORT; empty before start().
    QUrl imageBase() const;
    ImageServer *imageServer() const { return m_images; }

    // The TLS port's certificate, and a client configuration trusting it.
    static QSslCertificate certificate();
    static QSslConfiguration clientSslConfiguration();

    // A channel by streamer id (case-insensitive), created with the
    // scenario's defaults on first use, before or after start().
    SimChannel *channel(const QString &id);
    SimChannel *findChannel(const QString &id) const;
    QList<SimChannel *> channels() const;
    bool configureChannel(const QString &id, const ChannelConfig &config, QString *error = nullptr);
    // The config channels created from now on get.
    ChannelConfig defaultChannelConfig() const;
    void setDefaultChannelConfig(const ChannelConfig &config);

    void endBroadcast(const QString &id);
    void goLive(const QString &id);
    void dropConnections(const QString &id);
    void dropAllConnections();
    void setStalled(bool stalled);
    bool isStalled() const;
    bool setTlsRefused(bool refused);
    bool isTlsRefused() const;

    void addVod(qint64 titleNo, const QString &owner, const QString &title);

    SimCounters counters() const { return m_counters; }
    QList<ConnectionInfo> connections() const; // open ones
    QList<ConnectionInfo> closedConnections() const;
    std::optional<ConnectionInfo> connection(quint64 id) const;

signals:
    void connectionOpened(quint64 id, soopchat::sim::Transport transport);
    void loginReceived(quint64 id, const QByteArray &packet);
    void joinReceived(quint64 id, const QString &channelId, const QByteArray &packet);
    void handshakeRejected(quint64 id, quint16 returnCode);
    void keepaliveReceived(quint64 id);
    void connectionClosed(quint64 id, soopchat::sim::CloseReason reason);
    void broadcastEnded(const QString &channelId);
    void broadcastStarted(const QString &channelId, const QString &chatNo);

private:
    SimulatorOptions m_options;
    SimCounters m_counters;
    ChannelRegistry *m_registry;
    ChatServer *m_chat;
    LiveApi *m_api;
    ImageServer *m_images = nullptr;
    bool m_running = false;
};

} // namespace soopchat::sim
