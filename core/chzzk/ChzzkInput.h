#pragma once

#include <QString>

#include <optional>

namespace soopchat::chzzk {

// Reads what a user typed as a CHZZK channel: `https://chzzk.naver.com/live/<id>`,
// `https://chzzk.naver.com/<id>` (with or without the scheme, m. too) or a bare
// channel id, which is 32 hexadecimal characters. Anything else that is not
// on chzzk.naver.com is not CHZZK's at all (an empty error, so that another
// platform may read it); a CHZZK address without a usable id gets a message
// (translated, for the user) that says what is wrong.
namespace ChzzkInput {

struct Result
{
    std::optional<QString> channelId; // lower case
    QString error;
};

Result parse(QStringView input);
bool isChannelId(QStringView text);
// The canonical key of a channel, which parse() reads back on any platform's order.
QString keyOf(const QString &channelId);

} // namespace ChzzkInput

} // namespace soopchat::chzzk
