#pragma once

#include <memory>
#include <vector>

#include "core/events/ChatSource.h"

namespace soopchat {

// The platforms the app can open, each as its source factory. The app fills
// it (the real services, or the simulators in --demo and tests); the GUI and
// the CLI open channels through it and never name a platform.
class ChatSources
{
public:
    void add(std::unique_ptr<ChatSourceFactory> factory);
    bool isEmpty() const { return m_factories.empty(); }

    // The target of the first platform that understands the input; otherwise
    // the error of the first that recognised it as its own but found it wrong.
    ChatSourceFactory::Parsed parse(QStringView input) const;
    // nullptr when no factory makes sources of the target's platform.
    std::unique_ptr<ChatSource> create(const ChannelTarget &target) const;
    // A live probe for the platform's channels; nullptr when it has none.
    std::unique_ptr<LiveProbe> createProbe(Platform platform) const;

    // What the UI says of the platforms without naming one itself, translated:
    // a platform's name ("CHZZK"; its key in capitals when no factory has it),
    // all of them in the order of Platform ("SOOP, CHZZK"), what to type for
    // each ("SOOP: a streamer id such as gosegu2, …"), and the platform's own
    // words for a status (empty: the UI's neutral words).
    QString displayName(Platform platform) const;
    QString displayNames() const;
    QStringList inputHints() const;
    QString explain(Platform platform, const ChannelStatus &status) const;

private:
    const ChatSourceFactory *factoryOf(Platform platform) const;
    std::vector<const ChatSourceFactory *> inPlatformOrder() const;

    std::vector<std::unique_ptr<ChatSourceFactory>> m_factories;
};

} // namespace soopchat
