#pragma once

#include "core/chzzk/ChzzkConfig.h"
#include "core/events/ChatSource.h"

namespace soopchat::chzzk {

// Makes ChzzkClients: reads CHZZK addresses and channel ids (ChzzkInput) and
// builds a client with the configuration the app chose (CHZZK itself, or a
// simulator's base URL). Registered before SOOP's factory: a bare 32-hex id
// is a CHZZK channel, and everything else this factory leaves alone.
class ChzzkSourceFactory : public ChatSourceFactory
{
public:
    explicit ChzzkSourceFactory(ClientConfig config) : m_config(std::move(config)) { }

    Platform platform() const override { return Platform::Chzzk; }
    QString displayName() const override;
    QString inputHint() const override;
    QString explain(const ChannelStatus &status) const override;
    Parsed parse(QStringView input) const override;
    std::unique_ptr<ChatSource> create(const soopchat::ChannelTarget &target) const override;
    std::unique_ptr<LiveProbe> createProbe() const override;

    const ClientConfig &config() const { return m_config; }

private:
    ClientConfig m_config;
};

} // namespace soopchat::chzzk
