#include "core/chzzk/ChzzkSourceFactory.h"

#include "core/chzzk/ChzzkClient.h"
#include "core/chzzk/ChzzkInput.h"
#include "core/chzzk/ChzzkLiveProbe.h"

namespace soopchat::chzzk {

ChatSourceFactory::Parsed ChzzkSourceFactory::parse(QStringView input) const
{
    const ChzzkInput::Result result = ChzzkInput::parse(input);
    if (!result.channelId)
        return {std::nullopt, result.error};
    return {ChzzkClient::neutralTarget(*result.channelId), {}};
}

std::unique_ptr<ChatSource> ChzzkSourceFactory::create(const soopchat::ChannelTarget &target) const
{
    const ChzzkInput::Result result = ChzzkInput::parse(target.key);
    Q_ASSERT(result.channelId); // a key this factory wrote always parses
    auto client = std::make_unique<ChzzkClient>(m_config);
    client->setChannel(result.channelId.value_or(target.channelId));
    return client;
}

std::unique_ptr<LiveProbe> ChzzkSourceFactory::createProbe() const
{
    return std::make_unique<ChzzkLiveProbe>(m_config);
}

} // namespace soopchat::chzzk
