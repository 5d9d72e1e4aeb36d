#pragma once

#include <QSet>

#include "core/events/LiveProbe.h"
#include "core/soop/SoopClient.h"

class QNetworkAccessManager;

namespace soopchat::soop {

class LiveInfoResolver;

// Whether a SOOP streamer is live, from player_live_api alone (§1), with the
// same resolver, endpoints, timeout and answer cap as a client's own lookup.
// The station API, which tells "offline" from "no such streamer", is asked
// only until the streamer is known to exist: a favourite checked all evening
// costs one small request a check. player_live_api gives no viewer count.
class SoopLiveProbe : public LiveProbe
{
    Q_OBJECT

public:
    explicit SoopLiveProbe(const ClientConfig &config, QObject *parent = nullptr);
    ~SoopLiveProbe() override;

    void check(const soopchat::ChannelTarget &target) override;
    void abort() override;

    static LiveCheck toCheck(const LiveLookup &lookup);

private:
    void onFinished(const LiveLookup &lookup);

    QNetworkAccessManager *m_network;
    LiveInfoResolver *m_resolver;
    soopchat::ChannelTarget m_target;
    bool m_busy = false;
    QSet<QString> m_known; // streamers the station API (or a live answer) showed to exist
};

} // namespace soopchat::soop
