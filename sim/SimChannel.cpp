#include "sim/SimChannel.h"

#include "core/util/Logging.h"
#include "sim/ChannelRegistry.h"
#include "sim/ChatSession.h"
#include "sim/ChatText.h"
#include "sim/FloodSession.h"
#include "sim/PacketBuilder.h"
#include "sim/RecordedSession.h"
#include "sim/ScriptedSession.h"
#include "sim/UserPool.h"

namespace soopchat::sim {

using namespace Qt::StringLiterals;

SimChannel::SimChannel(const QString &id, const ChannelConfig &config, ChannelRegistry *registry)
    : QObject(registry), m_id(id), m_config(config), m_registry(registry), m_endTimer(this), m_returnTimer(this)
{
    SimRandom random(SimRandom::hash(id.toUtf8(), registry->seed()));
    m_nickname = config.nickname.isEmpty() ? QString::fromUtf8(UserPool::makeNickname(random)) : config.nickname;
    m_title = config.title.isEmpty() ? QString::fromUtf8(ChatText::title(random)) : config.title;
    // The broadcast was already running when we first heard of the channel.
    m_broadcastStart = QDateTime::currentDateTime().addSecs(-random.between(300, 4 * 3600));

    m_endTimer.setSingleShot(true);
    m_returnTimer.setSingleShot(true);
    connect(&m_endTimer, &QTimer::timeout, this, &SimChannel::endBroadcast);
    connect(&m_returnTimer, &QTimer::timeout, this, &SimChannel::goLive);

    QString error;
    m_source = makeSource(m_config, &error);
    if (!m_source) {
        qCWarning(lcSim) << "channel" << id << ":" << error << "- using the scripted session";
        m_config.source = SourceKind::Scripted;
        m_source = makeSource(m_config, &error);
    }
    newBroadcastNumbers();
    m_schedule.configure(m_config.rate > 0 ? m_config.rate : m_source->defaultRate(), m_config.burst);
    m_liveSince = m_registry->now();
    m_schedule.restart(m_liveSince);
    if (isLive() && m_config.endAfter.count() > 0)
        m_endTimer.start(m_config.endAfter);
}

SimChannel::~SimChannel()
{
    for (ChatSession *session : std::as_const(m_listeners))
        session->detach();
}

std::unique_ptr<PacketSource> SimChannel::makeSource(const ChannelConfig &config, QString *error) const
{
    const QByteArray id = m_id.toUtf8();
    switch (config.source) {
    case SourceKind::Scripted: {
        auto session =
            std::make_unique<ScriptedSession>(SimRandom::hash(id, m_registry->seed()), id, m_nickname.toUtf8());
        session->setMedia(config.media);
        return session;
    }
    case SourceKind::Flood:
        return std::make_unique<FloodSession>(id);
    case SourceKind::Replay: {
        auto recording = m_registry->recording(config.replayFile, error);
        if (!recording)
            return nullptr;
        return std::make_unique<RecordedSession>(std::move(recording), config.replaySpeed);
    }
    }
    return nullptr;
}

void SimChannel::newBroadcastNumbers()
{
    m_broadcastNo = m_registry->allocateBroadcastNo();
    m_chatNo = m_registry->allocateChatNo();
    // FTK looks like "{HASH}_{BJID}_{BNO}_html5_1" in the real answer.
    SimRandom random(SimRandom::hash(m_broadcastNo.toUtf8(), m_registry->seed()));
    QByteArray hash;
    for (int i = 0; i < 2; ++i)
        hash += QByteArray::number(random.next(), 16).rightJustified(16, '0');
    m_fanTicket = QString::fromLatin1(hash) + u'_' + m_id + u'_' + m_broadcastNo + u"_html5_1"_s;
    m_source->setBroadcast({m_id.toUtf8(), m_nickname.toUtf8(), m_chatNo.toUtf8()});
}

bool SimChannel::setConfig(const ChannelConfig &config, QString *error)
{
    const bool sourceChanged = config.source != m_config.source || config.replayFile != m_config.replayFile ||
        config.replaySpeed != m_config.replaySpeed || config.media != m_config.media;
    if (sourceChanged) {
        QString why;
        auto source = makeSource(config, &why);
        if (!source) {
            if (error)
                *error = why;
            return false;
        }
        m_source = std::move(source);
        m_source->setBroadcast({m_id.toUtf8(), m_nickname.toUtf8(), m_chatNo.toUtf8()});
        m_timedProduced = 0;
        m_liveSince = m_registry->now();
    }
    const ChannelState oldState = m_config.state;
    const ChannelConfig old = m_config;
    m_config = config;
    if (!config.nickname.isEmpty())
        m_nickname = config.nickname;
    if (!config.title.isEmpty())
        m_title = config.title;
    m_schedule.configure(m_config.rate > 0 ? m_config.rate : m_source->defaultRate(), m_config.burst);
    if (sourceChanged)
        m_schedule.restart(m_liveSince);
    if (config.shapes != old.shapes) {
        for (ChatSession *session : std::as_const(m_listeners))
            session->setShapes(config.shapes);
    }

    if (oldState == ChannelState::Live && config.state != ChannelState::Live) {
        m_config.state = ChannelState::Live;
        stopBroadcast(config.state);
    } else if (oldState != ChannelState::Live && config.state == ChannelState::Live) {
        m_config.state = oldState;
        goLive();
    } else if (isLive() && config.endAfter != old.endAfter) {
        m_endTimer.stop();
        if (config.endAfter.count() > 0)
            m_endTimer.start(config.endAfter);
    }
    return true;
}

void SimChannel::setState(ChannelState state)
{
    ChannelConfig c = m_config;
    c.state = state;
    setConfig(c);
}

void SimChannel::setPassword(const QString &password)
{
    m_config.password = password;
}

void SimChannel::setRate(int packetsPerSecond)
{
    ChannelConfig c = m_config;
    c.rate = packetsPerSecond;
    setConfig(c);
}

bool SimChannel::setSource(SourceKind source, const QString &replayFile, QString *error)
{
    ChannelConfig c = m_config;
    c.source = source;
    c.replayFile = replayFile;
    return setConfig(c, error);
}

void SimChannel::setShapes(FrameShapes shapes)
{
    ChannelConfig c = m_config;
    c.shapes = shapes;
    setConfig(c);
}

void SimChannel::setDropAfter(std::chrono::milliseconds after)
{
    m_config.dropAfter = after; // for connections that join from now on
}

void SimChannel::setStall(StallMode stall)
{
    m_config.stall = stall; // for connections that join from now on
}

void SimChannel::endBroadcast()
{
    if (!isLive())
        return;
    stopBroadcast(ChannelState::Offline);
    if (m_config.offlineFor.count() > 0)
        m_returnTimer.start(m_config.offlineFor);
}

void SimChannel::stopBroadcast(ChannelState newState)
{
    m_endTimer.stop();
    // 0088 CLOSE_BROAD has an empty body (§6).
    QByteArray end;
    PacketBuilder(end, soop::Service::BroadcastEnd).finish();
    const QList<qsizetype> ends {end.size()};
    const QList<ChatSession *> listeners = m_listeners;
    m_listeners.clear();
    for (ChatSession *session : listeners) {
        session->deliver(end, ends, 0, 1);
        session->detach();
    }
    m_config.state = newState;
    qCDebug(lcSim) << "broadcast" << m_broadcastNo << "of" << m_id << "ended";
    emit broadcastEnded(m_id);
}

void SimChannel::goLiveAfter(std::chrono::milliseconds after)
{
    m_returnTimer.start(after);
}

void SimChannel::goLive()
{
    m_returnTimer.stop();
    if (isLive())
        return;
    newBroadcastNumbers();
    m_broadcastStart = QDateTime::currentDateTime();
    m_config.state = ChannelState::Live;
    m_liveSince = m_registry->now();
    m_schedule.restart(m_liveSince);
    m_overshoot = 0;
    m_timedProduced = 0;
    if (m_config.endAfter.count() > 0)
        m_endTimer.start(m_config.endAfter);
    qCDebug(lcSim) << m_id << "is live: broadcast" << m_broadcastNo << "chat" << m_chatNo;
    emit broadcastStarted(m_id, m_chatNo);
}

void SimChannel::dropConnections()
{
    const QList<ChatSession *> listeners = m_listeners;
    for (ChatSession *session : listeners)
        session->drop();
}

void SimChannel::sendPacket(const QByteArray &packet)
{
    if (!isLive() || packet.isEmpty())
        return;
    const QList<qsizetype> ends {packet.size()};
    const QList<ChatSession *> listeners = m_listeners;
    for (ChatSession *session : listeners)
        session->deliver(packet, ends, 0, 1);
    ++m_generated;
    ++m_registry->counters()->packetsGenerated;
}

void SimChannel::tick(std::chrono::milliseconds now)
{
    if (!isLive())
        return;
    qint64 due = 0;
    const std::optional<qint64> timed = m_config.rate > 0 ? std::nullopt : m_source->dueBy(now - m_liveSince);
    if (timed)
        due = *timed - m_timedProduced;
    else
        due = m_schedule.due(now, m_overshoot);
    m_overshoot = 0;
    if (due <= 0)
        return;

    qint64 produced = 0;
    if (m_listeners.isEmpty() || m_timeline == Timeline::Muted) {
        produced = m_source->skip(due);
    } else {
        m_tickBuffer.resize(0);
        m_ends.resize(0);
        while (m_ends.size() < due)
            m_source->generate(m_tickBuffer, m_ends);
        produced = m_ends.size();
        // A copy: a session may leave (slow consumer) while we deliver.
        const QList<ChatSession *> listeners = m_listeners;
        for (ChatSession *session : listeners)
            session->deliver(m_tickBuffer, m_ends, 0, produced);
    }
    if (timed)
        m_timedProduced += produced;
    else
        m_overshoot = produced - due;
    m_generated += quint64(produced);
    m_registry->counters()->packetsGenerated += quint64(produced);
}

void SimChannel::addListener(ChatSession *session)
{
    if (!m_listeners.contains(session))
        m_listeners.append(session);
}

void SimChannel::removeListener(ChatSession *session)
{
    m_listeners.removeOne(session);
}

QList<QByteArray> SimChannel::userList() const
{
    return m_source->userList();
}

} // namespace soopchat::sim
