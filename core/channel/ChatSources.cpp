#include "core/channel/ChatSources.h"

#include <QCoreApplication>

namespace soopchat {

void ChatSources::add(std::unique_ptr<ChatSourceFactory> factory)
{
    m_factories.push_back(std::move(factory));
}

ChatSourceFactory::Parsed ChatSources::parse(QStringView input) const
{
    QString error;
    for (const std::unique_ptr<ChatSourceFactory> &factory : m_factories) {
        ChatSourceFactory::Parsed parsed = factory->parse(input);
        if (parsed.target)
            return parsed;
        if (error.isEmpty())
            error = parsed.error;
    }
    if (error.isEmpty())
        error = QCoreApplication::translate("soopchat::ChatSources", "This is not a channel SoopChat can open.");
    return {std::nullopt, error};
}

std::unique_ptr<ChatSource> ChatSources::create(const ChannelTarget &target) const
{
    for (const std::unique_ptr<ChatSourceFactory> &factory : m_factories) {
        if (factory->platform() == target.platform)
            return factory->create(target);
    }
    return nullptr;
}

std::unique_ptr<LiveProbe> ChatSources::createProbe(Platform platform) const
{
    for (const std::unique_ptr<ChatSourceFactory> &factory : m_factories) {
        if (factory->platform() == platform)
            return factory->createProbe();
    }
    return nullptr;
}

} // namespace soopchat
