#pragma once

#include "core/chzzk/ChzzkConfig.h"
#include "core/chzzk/LiveStatusAnswer.h"
#include "core/events/LiveProbe.h"

#include <QHash>

#include <optional>

class QNetworkAccessManager;

namespace soopchat::chzzk {

class ChzzkResolver;

// Whether a CHZZK channel is live, from its live status alone (one small
// request a check, with the client's endpoints, timeout and answer cap).
// The live status gives the title but not the streamer's name, nor a viewer
// count a guest may rely on: the name comes from the channel's own answer,
// asked once per channel beside the first check (a failure leaves it unnamed).
class ChzzkLiveProbe : public LiveProbe
{
    Q_OBJECT

public:
    explicit ChzzkLiveProbe(const ClientConfig &config, QObject *parent = nullptr);
    ~ChzzkLiveProbe() override;

    void check(const soopchat::ChannelTarget &target) override;
    void abort() override;

    static LiveCheck toCheck(const LiveStatusAnswer &answer);

private:
    void onChecked(const LiveStatusAnswer &answer);
    void onChannelInfo(const ChannelInfo &info);
    void finish(const LiveStatusAnswer &answer);

    QNetworkAccessManager *m_network;
    ChzzkResolver *m_resolver;
    soopchat::ChannelTarget m_target;
    bool m_busy = false;
    QHash<QString, QString> m_names; // by channel id: asked already (empty: no name)
    bool m_infoPending = false;
    std::optional<LiveStatusAnswer> m_answered; // the live status, waiting for the name
};

} // namespace soopchat::chzzk
