#pragma once

#include "core/events/ChatSource.h"
#include "core/soop/SoopClient.h"

namespace soopchat::soop {

// Makes SoopClients: reads streamer ids and SOOP addresses (ChannelInput) and
// builds a client with the configuration the app chose (SOOP itself, or a
// simulator's API base and certificate).
class SoopSourceFactory : public ChatSourceFactory
{
public:
    explicit SoopSourceFactory(ClientConfig config) : m_config(std::move(config)) { }

    Platform platform() const override { return Platform::Soop; }
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

} // namespace soopchat::soop
