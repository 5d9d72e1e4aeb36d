#include "core/soop/SoopSourceFactory.h"

#include "core/soop/ChannelInput.h"
#include "core/soop/SoopLiveProbe.h"

namespace soopchat::soop {

ChatSourceFactory::Parsed SoopSourceFactory::parse(QStringView input) const
{
    const ChannelInput::Result result = ChannelInput::parse(input);
    if (!result.target)
        return {std::nullopt, result.error};
    return {SoopClient::neutralTarget(*result.target), {}};
}

std::unique_ptr<ChatSource> SoopSourceFactory::create(const soopchat::ChannelTarget &target) const
{
    const ChannelInput::Result result = ChannelInput::parse(target.key);
    auto client = std::make_unique<SoopClient>(m_config);
    // A key this factory wrote always parses; anything else is a caller's bug,
    // and an empty target then fails as "not found" rather than crashing.
    Q_ASSERT(result.target);
    client->setTarget(result.target.value_or(ChannelTarget {}));
    return client;
}

std::unique_ptr<LiveProbe> SoopSourceFactory::createProbe() const
{
    return std::make_unique<SoopLiveProbe>(m_config);
}

} // namespace soopchat::soop
