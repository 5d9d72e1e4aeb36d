#include "core/channel/ChatSources.h"

#include <QCoreApplication>

#include <algorithm>

namespace soopchat {

using namespace Qt::StringLiterals;

void ChatSources::add(std::unique_ptr<ChatSourceFactory> factory)
{
    m_factories.push_back(std::move(factory));
}

ChatSourceFactory::Parsed ChatSources::parse(QStringView input) const
{
    // Nothing typed is no platform's: no one platform's words for it.
    if (input.trimmed().isEmpty())
        return {std::nullopt,
            QCoreApplication::translate("soopchat::ChatSources", "Enter a streamer id or a channel address.")};
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

const ChatSourceFactory *ChatSources::factoryOf(Platform platform) const
{
    for (const std::unique_ptr<ChatSourceFactory> &factory : m_factories) {
        if (factory->platform() == platform)
            return factory.get();
    }
    return nullptr;
}

std::vector<const ChatSourceFactory *> ChatSources::inPlatformOrder() const
{
    // The order the factories parse in is CHZZK's first (its ids would read as
    // SOOP's); people read the platforms in the order of Platform.
    std::vector<const ChatSourceFactory *> factories;
    for (const std::unique_ptr<ChatSourceFactory> &factory : m_factories)
        factories.push_back(factory.get());
    std::stable_sort(factories.begin(), factories.end(),
        [](const ChatSourceFactory *a, const ChatSourceFactory *b) { return a->platform() < b->platform(); });
    return factories;
}

QString ChatSources::displayName(Platform platform) const
{
    const ChatSourceFactory *factory = factoryOf(platform);
    return factory ? factory->displayName() : platformName(platform).toString().toUpper();
}

QString ChatSources::displayNames() const
{
    QStringList names;
    for (const ChatSourceFactory *factory : inPlatformOrder())
        names.append(factory->displayName());
    return names.join(u", "_s);
}

QStringList ChatSources::inputHints() const
{
    QStringList hints;
    for (const ChatSourceFactory *factory : inPlatformOrder()) {
        const QString hint = factory->inputHint();
        if (!hint.isEmpty())
            hints.append(factory->displayName() + u": "_s + hint);
    }
    return hints;
}

QString ChatSources::explain(Platform platform, const ChannelStatus &status) const
{
    const ChatSourceFactory *factory = factoryOf(platform);
    return factory ? factory->explain(status) : QString();
}

} // namespace soopchat
