#include "core/chzzk/ChzzkLiveProbe.h"

#include <QNetworkAccessManager>

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
}

ChzzkLiveProbe::~ChzzkLiveProbe()
{
    m_resolver->abort();
}

void ChzzkLiveProbe::check(const soopchat::ChannelTarget &target)
{
    m_target = target;
    m_busy = true;
    m_resolver->checkLive(target.channelId.toLower());
}

void ChzzkLiveProbe::abort()
{
    m_busy = false;
    m_resolver->abort();
}

void ChzzkLiveProbe::onChecked(const LiveStatusAnswer &answer)
{
    if (!m_busy)
        return;
    m_busy = false;
    emit finished(m_target, toCheck(answer));
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
