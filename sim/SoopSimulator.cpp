#include "sim/SoopSimulator.h"

#include "core/util/Logging.h"
#include "sim/ChannelRegistry.h"
#include "sim/ChatServer.h"
#include "sim/ImageServer.h"
#include "sim/LiveApi.h"
#include "sim/SimChannel.h"
#include "sim/TestCertificate.h"

namespace soopchat::sim {

using namespace Qt::StringLiterals;

SoopSimulator::SoopSimulator(const SimulatorOptions &options, QObject *parent)
    : QObject(parent), m_options(options),
      m_registry(new ChannelRegistry(options.channelDefaults(), options.seed, options.tick, &m_counters, this)),
      m_chat(new ChatServer(m_registry, &m_counters, options.seed, this)),
      m_api(new LiveApi(m_registry, &m_counters, this))
{
    qRegisterMetaType<soopchat::sim::Transport>();
    qRegisterMetaType<soopchat::sim::CloseReason>();
    connect(m_chat, &ChatServer::connectionOpened, this, &SoopSimulator::connectionOpened);
    connect(m_chat, &ChatServer::loginReceived, this, &SoopSimulator::loginReceived);
    connect(m_chat, &ChatServer::joinReceived, this, &SoopSimulator::joinReceived);
    connect(m_chat, &ChatServer::handshakeRejected, this, &SoopSimulator::handshakeRejected);
    connect(m_chat, &ChatServer::keepaliveReceived, this, &SoopSimulator::keepaliveReceived);
    connect(m_chat, &ChatServer::connectionClosed, this, &SoopSimulator::connectionClosed);
    connect(m_registry, &ChannelRegistry::channelCreated, this, [this](SimChannel *channel) {
        connect(channel, &SimChannel::broadcastEnded, this, &SoopSimulator::broadcastEnded);
        connect(channel, &SimChannel::broadcastStarted, this, &SoopSimulator::broadcastStarted);
    });
}

SoopSimulator::~SoopSimulator()
{
    stop();
}

bool SoopSimulator::start(QString *error)
{
    QString why;
    if (m_running)
        return true;
    if (m_options.source == SourceKind::Replay && !m_registry->recording(m_options.replayFile, &why)) {
        if (error)
            *error = why;
        return false;
    }
    if (!m_chat->listen(m_options.chatPort, &why) || !m_api->listen(m_options.apiPort, &why)) {
        m_chat->close();
        if (error)
            *error = why;
        return false;
    }
    m_api->setChatEndpoint(m_options.chatDomain, m_chat->port());
    m_images = new ImageServer(this);
    if (!m_images->listen(0, &why)) {
        delete m_images;
        m_images = nullptr;
        qCWarning(lcSim).noquote() << why; // chat works without the images
    }
    if (m_options.scenario == Scenario::RefuseTls)
        m_chat->setTlsRefused(true);
    m_registry->start();
    m_running = true;
    qCDebug(lcSim).noquote() << "simulator running:" << apiBase().toString() << "scenario"
                             << scenarioName(m_options.scenario);
    return true;
}

void SoopSimulator::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_registry->stop();
    m_chat->close();
    m_api->close();
    delete m_images;
    m_images = nullptr;
}

QUrl SoopSimulator::imageBase() const
{
    if (!m_images)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_images->port());
    return url;
}

QUrl SoopSimulator::apiBase() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_api->port());
    return url;
}

quint16 SoopSimulator::apiPort() const
{
    return m_api->port();
}

quint16 SoopSimulator::chatPort() const
{
    return m_chat->port();
}

quint16 SoopSimulator::tlsPort() const
{
    return m_chat->tlsPort();
}

QSslCertificate SoopSimulator::certificate()
{
    return TestCertificate::certificate();
}

QSslConfiguration SoopSimulator::clientSslConfiguration()
{
    return TestCertificate::clientConfiguration();
}

SimChannel *SoopSimulator::channel(const QString &id)
{
    return m_registry->channel(id);
}

SimChannel *SoopSimulator::findChannel(const QString &id) const
{
    return m_registry->find(id);
}

QList<SimChannel *> SoopSimulator::channels() const
{
    return m_registry->channels();
}

bool SoopSimulator::configureChannel(const QString &id, const ChannelConfig &config, QString *error)
{
    return m_registry->channel(id)->setConfig(config, error);
}

ChannelConfig SoopSimulator::defaultChannelConfig() const
{
    return m_registry->defaults();
}

void SoopSimulator::setDefaultChannelConfig(const ChannelConfig &config)
{
    m_registry->setDefaults(config);
}

void SoopSimulator::endBroadcast(const QString &id)
{
    m_registry->channel(id)->endBroadcast();
}

void SoopSimulator::goLive(const QString &id)
{
    m_registry->channel(id)->goLive();
}

void SoopSimulator::dropConnections(const QString &id)
{
    if (SimChannel *channel = m_registry->find(id))
        channel->dropConnections();
}

void SoopSimulator::dropAllConnections()
{
    m_chat->dropAll();
}

void SoopSimulator::setStalled(bool stalled)
{
    m_chat->setStalled(stalled);
}

bool SoopSimulator::isStalled() const
{
    return m_chat->isStalled();
}

bool SoopSimulator::setTlsRefused(bool refused)
{
    return m_chat->setTlsRefused(refused);
}

bool SoopSimulator::isTlsRefused() const
{
    return m_chat->isTlsRefused();
}

void SoopSimulator::addVod(qint64 titleNo, const QString &owner, const QString &title)
{
    m_registry->addVod({titleNo, owner.toLower(), title});
}

QList<ConnectionInfo> SoopSimulator::connections() const
{
    return m_chat->connections();
}

QList<ConnectionInfo> SoopSimulator::closedConnections() const
{
    return m_chat->closedConnections();
}

std::optional<ConnectionInfo> SoopSimulator::connection(quint64 id) const
{
    return m_chat->connection(id);
}

} // namespace soopchat::sim
