#pragma once

#include <QString>

#include <optional>

namespace soopchat::soop {

// What the user asked to watch. A VOD address carries no streamer id: the
// resolver asks SOOP who owns the VOD first.
struct ChannelTarget
{
    QString streamerId; // lower case; empty when only vodNo is known
    qint64 broadcastNo = 0;
    qint64 vodNo = 0;

    QString displayName() const;
};

// Reads a streamer id or a play./ch./vod. address of sooplive.com,
// sooplive.co.kr or afreecatv.com. Anything else is rejected with a message
// (translated, for the user) that says what is wrong.
namespace ChannelInput {

struct Result
{
    std::optional<ChannelTarget> target;
    QString error;
};

Result parse(QStringView input);
bool isStreamerId(QStringView text);

} // namespace ChannelInput

} // namespace soopchat::soop
