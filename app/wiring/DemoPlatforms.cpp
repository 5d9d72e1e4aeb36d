#include "wiring/DemoPlatforms.h"

#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"
#include "sim/chzzk/ChzzkSimulator.h"

namespace soopchat::wiring {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto ScriptedChannel = "demo_bj";
constexpr auto ReplayChannel = "devil0108";
constexpr auto LiveFavourite = "gosegu2";
constexpr auto OfflineFavourite = "night_bj";
constexpr auto ComebackFavourite = "comeback_bj";
// A CHZZK channel beside the SOOP ones (any 32-hex id is live on the simulator).
constexpr auto ChzzkChannel = "https://chzzk.naver.com/live/0f1e2d3c4b5a69788796a5b4c3d2e1f0";

} // namespace

DemoPlatforms::DemoPlatforms() = default;
DemoPlatforms::~DemoPlatforms() = default;

bool DemoPlatforms::start(QString *error)
{
    sim::SimulatorOptions options;
    options.burst.factor = 5;
    options.burst.every = 25s;
    options.burst.length = 3s;
    m_simulator = std::make_unique<sim::SoopSimulator>(options);
    if (!m_simulator->start(error)) {
        m_simulator.reset();
        return false;
    }
    sim::SimChannel *scripted = m_simulator->channel(QString::fromLatin1(ScriptedChannel));
    sim::ChannelConfig scriptedConfig = scripted->config();
    scriptedConfig.media = true; // stickers, emoticons and links now and then
    scripted->setConfig(scriptedConfig);
    scripted->setRate(25);
    sim::SimChannel *replay = m_simulator->channel(QString::fromLatin1(ReplayChannel));
    sim::ChannelConfig config = replay->config();
    config.source = sim::SourceKind::Replay;
    config.replayFile = u":/demo/donations-2026-10.frames.jsonl"_s;
    config.replaySpeed = 10;
    m_simulator->channel(QString::fromLatin1(OfflineFavourite))->setState(sim::ChannelState::Offline);
    sim::SimChannel *comeback = m_simulator->channel(QString::fromLatin1(ComebackFavourite));
    comeback->setState(sim::ChannelState::Offline);
    comeback->goLiveAfter(70s);
    // Without the replay the scripted room still makes a demo.
    QString replayError;
    if (!replay->setConfig(config, &replayError) && error)
        *error = replayError;

    sim::ChzzkSimOptions chzzk;
    chzzk.rate = 6; // frames a second, of one to three lines
    m_chzzk = std::make_unique<sim::ChzzkSimulator>(chzzk);
    QString chzzkError;
    if (!m_chzzk->start(&chzzkError)) {
        m_chzzk.reset();
        if (error)
            *error = chzzkError;
    }
    return true;
}

QHash<QString, QUrl> DemoPlatforms::imageHosts() const
{
    return m_simulator ? wiring::imageHosts(m_simulator->imageBase()) : QHash<QString, QUrl>();
}

QStringList DemoPlatforms::channels() const
{
    if (!m_simulator)
        return {};
    QStringList channels {QString::fromLatin1(ScriptedChannel), QString::fromLatin1(ReplayChannel)};
    if (m_chzzk)
        channels.append(QString::fromLatin1(ChzzkChannel));
    return channels;
}

QStringList DemoPlatforms::favourites() const
{
    if (!m_simulator)
        return {};
    return {QString::fromLatin1(ComebackFavourite), QString::fromLatin1(LiveFavourite),
        QString::fromLatin1(ScriptedChannel), QString::fromLatin1(OfflineFavourite)};
}

LiveWatcher::Pace DemoPlatforms::favouritesPace()
{
    LiveWatcher::Pace pace;
    pace.interval = 20s;
    pace.minimumGap = 2s;
    return pace;
}

SourcesMaker DemoPlatforms::sources() const
{
    if (!m_simulator)
        return {};
    return serviceSources(m_simulator->apiBase(), {sim::SoopSimulator::certificate()},
        m_chzzk ? m_chzzk->apiBase() : QUrl(QStringLiteral("http://127.0.0.1:9")));
}

} // namespace soopchat::wiring
