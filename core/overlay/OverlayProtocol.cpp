#include "core/overlay/OverlayProtocol.h"

#include "core/events/Donation.h"
#include "core/events/EventJson.h"
#include "core/events/JsonWriter.h"
#include "core/util/DisplayText.h"

namespace soopchat::OverlayProtocol {

using namespace Qt::StringLiterals;

bool isOverlayEvent(EventType type)
{
    switch (type) {
    case EventType::Chat:
    case EventType::ManagerChat:
    case EventType::OgqSticker:
    case EventType::Balloon:
    case EventType::AdBalloon:
    case EventType::VideoBalloon:
    case EventType::VodBalloon:
    case EventType::StationAdBalloon:
    case EventType::Cheese:
    case EventType::VideoCheese:
    case EventType::MissionCheese:
    case EventType::Subscription:
    case EventType::SubscriptionRenewal:
    case EventType::SubscriptionGift:
    case EventType::Notice:
    case EventType::AdminNotice:
    case EventType::Blind: // the page hides the line it names
        return true;
    default:
        return false;
    }
}

QString normalizeChannel(QStringView channel)
{
    if (channel.isEmpty() || channel.size() > 64)
        return {};
    for (QChar c : channel) {
        const char16_t u = c.unicode();
        const bool ok =
            (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '-';
        if (!ok)
            return {};
    }
    return channel.toString().toLower();
}

QString feedChannel(QStringView path)
{
    return path.startsWith(FeedPathPrefix) ? normalizeChannel(path.sliced(FeedPathPrefix.size())) : QString();
}

QString alertFeedChannel(QStringView path)
{
    return path.startsWith(AlertFeedPathPrefix) ? normalizeChannel(path.sliced(AlertFeedPathPrefix.size())) : QString();
}

QLatin1StringView pageLanguage(QStringView requested)
{
    for (QLatin1StringView language : PageLanguages) {
        if (requested == language)
            return language;
    }
    return PageLanguages[0];
}

QByteArray helloMessage(
    QStringView channel, const QByteArray &instance, qsizetype backlogEvents, QByteArrayView vocabularyJson)
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.key("kind"_L1);
    w.value("hello"_L1);
    w.key("channel"_L1);
    w.value(channel);
    w.key("instance"_L1);
    w.value(QLatin1StringView(instance));
    w.key("backlog"_L1);
    w.value(qint64(backlogEvents));
    w.key("vocabulary"_L1);
    w.rawValue(vocabularyJson);
    w.endObject();
    return out;
}

namespace {

// The display form of what the page draws (DisplayText), or nullopt when it is already so:
// the page is not sent ten thousand characters to draw three hundred of them.
std::optional<QString> shownIfChanged(const std::optional<QString> &text, DisplayText::Field field)
{
    if (!text)
        return {};
    QString shown = DisplayText::shown(*text, field);
    if (shown.constData() == text->constData())
        return {};
    return shown;
}

} // namespace

QByteArray eventJson(const ChatEvent &event)
{
    using Field = DisplayText::Field;
    const auto nickname = shownIfChanged(event.nickname, Field::Nickname);
    const auto text = shownIfChanged(event.text, Field::Message);
    const auto toNickname = shownIfChanged(event.details().toNickname, Field::Nickname);
    // The page shows an id where a name is missing.
    const auto userId = shownIfChanged(event.userId, Field::Nickname);
    const auto toUserId = shownIfChanged(event.details().toUserId, Field::Nickname);
    QByteArray json;
    if (nickname || text || toNickname || userId || toUserId) {
        ChatEvent shown = event; // rare: a copy that shares the details until they are edited
        if (nickname)
            shown.nickname = nickname;
        if (text)
            shown.text = text;
        if (toNickname)
            shown.editDetails().toNickname = toNickname;
        if (userId)
            shown.userId = userId;
        if (toUserId)
            shown.editDetails().toUserId = toUserId;
        json = EventJson::toJson(shown);
    } else {
        json = EventJson::toJson(event);
    }
    const DonationTier tier = donationTier(event);
    if (tier == DonationTier::None || !json.endsWith('}'))
        return json;
    json.chop(1);
    json += R"(,"donation_tier":")";
    const QLatin1StringView name = donationTierName(tier);
    json += QByteArrayView(name.data(), name.size());
    json += R"("})";
    return json;
}

QByteArray eventsMessage(quint64 firstSeq, bool backlog, QByteArrayView eventsJson)
{
    QByteArray out;
    out.reserve(eventsJson.size() + EventsMessageOverhead);
    out += R"({"kind":"events","seq":)";
    out += QByteArray::number(firstSeq);
    out += backlog ? R"(,"backlog":true,"events":[)" : R"(,"backlog":false,"events":[)";
    out += eventsJson;
    out += "]}";
    return out;
}

QByteArray droppedMessage(quint64 droppedEvents)
{
    return R"({"kind":"dropped","events":)" + QByteArray::number(droppedEvents) + '}';
}

} // namespace soopchat::OverlayProtocol
