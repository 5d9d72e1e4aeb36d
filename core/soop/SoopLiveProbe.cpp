#include "core/soop/SoopLiveProbe.h"

#include <QNetworkAccessManager>

#include "core/soop/LiveInfoResolver.h"

namespace soopchat::soop {

SoopLiveProbe::SoopLiveProbe(const ClientConfig &config, QObject *parent)
    : LiveProbe(parent), m_network(new QNetworkAccessManager(this)),
      m_resolver(new LiveInfoResolver(m_network, config.endpoints, this))
{
    qRegisterMetaType<LiveCheck>();
    qRegisterMetaType<soopchat::ChannelTarget>();
    m_resolver->setTimeout(config.lookupTimeout);
    connect(m_resolver, &LiveInfoResolver::finished, this, &SoopLiveProbe::onFinished);
}

SoopLiveProbe::~SoopLiveProbe()
{
    m_resolver->abort();
}

void SoopLiveProbe::check(const soopchat::ChannelTarget &target)
{
    m_target = target;
    const QString id = target.channelId.toLower();
    if (id.isEmpty()) {
        // A VOD's key names no channel to watch.
        m_busy = false;
        LiveCheck check;
        check.reason = LiveCheck::Reason::NotSupported;
        check.detail = tr("Only a streamer's channel can be checked.");
        emit finished(target, check);
        return;
    }
    m_busy = true;
    m_resolver->lookup(
        id, {}, m_known.contains(id) ? LiveInfoResolver::StationCheck::Skip : LiveInfoResolver::StationCheck::Ask);
}

void SoopLiveProbe::abort()
{
    m_busy = false;
    m_resolver->abort();
}

void SoopLiveProbe::onFinished(const LiveLookup &lookup)
{
    if (!m_busy)
        return;
    m_busy = false;
    if (lookup.status != LiveStatus::NotFound && lookup.status != LiveStatus::NetworkError &&
        lookup.status != LiveStatus::BadResponse)
        m_known.insert(m_target.channelId.toLower());
    else if (lookup.status == LiveStatus::NotFound)
        m_known.remove(m_target.channelId.toLower());
    emit finished(m_target, toCheck(lookup));
}

LiveCheck SoopLiveProbe::toCheck(const LiveLookup &lookup)
{
    LiveCheck check;
    check.channelName = lookup.info.streamerNick;
    check.title = lookup.info.title;
    check.detail = lookup.message;
    switch (lookup.status) {
    case LiveStatus::Live:
        check.state = LiveCheck::State::Live;
        break;
    case LiveStatus::LoginRequired:
        // Broadcasting, but not to guests: live all the same.
        check.state = LiveCheck::State::Live;
        check.reason = LiveCheck::Reason::LoginRequired;
        break;
    case LiveStatus::Offline:
        check.state = LiveCheck::State::Offline;
        check.title.clear();
        break;
    case LiveStatus::Maintenance:
        check.reason = LiveCheck::Reason::Maintenance;
        break;
    case LiveStatus::NotFound:
        check.reason = LiveCheck::Reason::NotFound;
        break;
    case LiveStatus::NetworkError:
        check.reason = LiveCheck::Reason::NetworkError;
        break;
    case LiveStatus::BadResponse:
        check.reason = LiveCheck::Reason::BadResponse;
        break;
    }
    return check;
}

} // namespace soopchat::soop
