#include "core/chzzk/ChzzkLiveProbe.h"

#include <QNetworkAccessManager>

#include <utility>

#include "core/chzzk/ChzzkResolver.h"

namespace soopchat::chzzk {

ChzzkLiveProbe::ChzzkLiveProbe(const ClientConfig &config, QObject *parent)
    : LiveProbe(parent), m_network(new QNetworkAccessManager(this)),
      m_resolver(new ChzzkResolver(m_network, config.endpoints, this))
{
    qRegisterMetaType<LiveCheck>();
    qRegisterMetaType<soopchat::ChannelTarget>();
    m_resolver->setTimeout(config.lookupTimeout);
    connect(m_resolver, &ChzzkResolver::liveChecked, this, &ChzzkLiveProbe::onChecked);
    connect(m_resolver, &ChzzkResolver::channelInfo, this, &ChzzkLiveProbe::onChannelInfo);
}

ChzzkLiveProbe::~ChzzkLiveProbe()
{
    m_resolver->abort();
    m_resolver->abortChannelInfo();
}

void ChzzkLiveProbe::check(const soopchat::ChannelTarget &target)
{
    abort();
    m_target = target;
    m_busy = true;
    const QString channelId = target.channelId.toLower();
    if (!m_names.contains(channelId)) {
        m_infoPending = true;
        m_resolver->askChannelInfo(channelId);
    }
    m_resolver->checkLive(channelId);
}

void ChzzkLiveProbe::abort()
{
    m_busy = false;
    m_infoPending = false;
    m_answered.reset();
    m_resolver->abort();
    m_resolver->abortChannelInfo();
}

void ChzzkLiveProbe::onChecked(const LiveStatusAnswer &answer)
{
    if (!m_busy)
        return;
    if (m_infoPending) {
        m_answered = answer; // the name is on its way (within the lookup timeout)
        return;
    }
    finish(answer);
}

void ChzzkLiveProbe::onChannelInfo(const ChannelInfo &info)
{
    m_names.insert(info.channelId, info.channelName);
    if (!m_busy || !m_infoPending || info.channelId != m_target.channelId.toLower())
        return;
    m_infoPending = false;
    if (m_answered)
        finish(*std::exchange(m_answered, std::nullopt));
}

void ChzzkLiveProbe::finish(const LiveStatusAnswer &answer)
{
    m_busy = false;
    LiveCheck check = toCheck(answer);
    check.channelName = m_names.value(m_target.channelId.toLower());
    emit finished(m_target, check);
}

LiveCheck ChzzkLiveProbe::toCheck(const LiveStatusAnswer &answer)
{
    LiveCheck check;
    check.title = answer.title;
    check.detail = answer.message;
    switch (answer.state) {
    case LiveState::Live:
        check.state = LiveCheck::State::Live;
        break;
    case LiveState::AdultOnly:
        // Broadcasting, but not to guests: live all the same.
        check.state = LiveCheck::State::Live;
        check.reason = LiveCheck::Reason::LoginRequired;
        break;
    case LiveState::Offline:
        check.state = LiveCheck::State::Offline;
        check.title.clear();
        break;
    case LiveState::NotFound:
        check.reason = LiveCheck::Reason::NotFound;
        break;
    case LiveState::NetworkError:
        check.reason = LiveCheck::Reason::NetworkError;
        break;
    case LiveState::BadResponse:
        check.reason = LiveCheck::Reason::BadResponse;
        break;
    }
    return check;
}

} // namespace soopchat::chzzk
