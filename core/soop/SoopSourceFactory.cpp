#include "core/soop/SoopSourceFactory.h"

#include <QCoreApplication>

#include "core/soop/ChannelInput.h"
#include "core/soop/SoopLiveProbe.h"

namespace soopchat::soop {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("soopchat::soop::SoopSourceFactory", text);
}
} // namespace

QString SoopSourceFactory::displayName() const
{
    return tr("SOOP");
}

QString SoopSourceFactory::inputHint() const
{
    return tr("a streamer id (such as gosegu2) or a play., ch. or vod. address of sooplive.com, sooplive.co.kr or "
              "afreecatv.com");
}

QString SoopSourceFactory::explain(const ChannelStatus &status) const
{
    if (status.state != ConnectionState::LoginRequired)
        return {};
    QString why;
    switch (status.restriction) {
    case AccessRestriction::AdultVerification:
        why = tr("This broadcast needs an adult-verified SOOP account.");
        break;
    case AccessRestriction::Subscribers:
        why = tr("This broadcast is for plus subscribers only.");
        break;
    default:
        why = tr("This broadcast is for adults (19+) or for subscribers only.");
    }
    return why + u' ' +
        tr("SOOP lets only logged-in viewers into its chat, and SoopChat watches as a guest, so it cannot "
           "join. It keeps checking in case the broadcast opens up.");
}

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
