#include "core/chzzk/ChzzkSourceFactory.h"

#include <QCoreApplication>

#include "core/chzzk/ChzzkClient.h"
#include "core/chzzk/ChzzkInput.h"
#include "core/chzzk/ChzzkLiveProbe.h"

namespace soopchat::chzzk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("soopchat::chzzk::ChzzkSourceFactory", text);
}
} // namespace

QString ChzzkSourceFactory::displayName() const
{
    return tr("CHZZK");
}

QString ChzzkSourceFactory::inputHint() const
{
    return tr("a chzzk.naver.com/live/… address or a channel id of 32 letters and digits");
}

QString ChzzkSourceFactory::explain(const ChannelStatus &status) const
{
    // CHZZK's only rule against guests (docs/CHZZK-PROTOCOL.md §1.1): an
    // adult-only live gives its chat id only to logged-in, age-verified viewers.
    if (status.state != ConnectionState::LoginRequired)
        return {};
    return tr("This broadcast is for adults only: CHZZK gives its chat only to viewers who have logged in and "
              "verified their age, and SoopChat watches as a guest, so it cannot join. It keeps checking in case "
              "the broadcast opens up.");
}

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
