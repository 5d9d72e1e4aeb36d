#include "core/events/EventJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <span>

#include "core/events/EventPool.h"
#include "core/events/JsonWriter.h"

namespace soopchat::EventJson {

namespace {
using namespace Qt::StringLiterals;

enum class Key : quint8 {
    Text,
    Message,
    ChatNo,
    StreamerId,
    UserId,
    Nickname,
    Flags,
    PreviousFlags,
    PreviousNickname,
    ToUserId,
    ToNickname,
    ByUserId,
    Count,
    FanClubOrdinal,
    SubscriptionMonths,
    Months,
    ItemType,
    Tier,
    Seconds,
    Value,
    Status,
    Frozen,
    AllowedRoles,
    MinBalloons,
    MinMonths,
    Kicked,
    Appointed,
    Users,
    Payload,
    ImageUrl,
    Fields,
    Reason,
    Offset,
    From,
    To,
    SentAt,
    GiftId,
    Emoticons,
};

using KeyList = std::span<const Key>;

// A static list of keys for one type, so that keysOf() can hand out views.
template<Key... K>
KeyList keys()
{
    static constexpr std::array<Key, sizeof...(K)> List {K...};
    return List;
}

// The keys of each type, in the order docs/EVENTS.md lists them.
KeyList keysOf(EventType type)
{
    switch (type) {
    case EventType::Keepalive:
    case EventType::BroadcastEnd:
        return keys<>();
    case EventType::LoginReply:
        return keys<Key::UserId, Key::Flags, Key::Message>();
    case EventType::JoinReply:
        return keys<Key::ChatNo, Key::StreamerId, Key::Flags, Key::Message>();
    case EventType::UserEnter:
        return keys<Key::Users>();
    case EventType::UserLeave:
        return keys<Key::UserId, Key::Nickname, Key::Flags, Key::Kicked>();
    case EventType::Chat:
        return keys<Key::Text, Key::UserId, Key::Nickname, Key::Flags, Key::SubscriptionMonths, Key::SentAt,
            Key::Emoticons>();
    case EventType::Status:
        return keys<Key::Value>();
    case EventType::Mute:
        return keys<Key::UserId, Key::Nickname, Key::Seconds, Key::Count, Key::ByUserId, Key::SentAt>();
    case EventType::Whisper:
        return keys<Key::Text, Key::UserId, Key::Nickname>();
    case EventType::FlagChange:
        return keys<Key::UserId, Key::Nickname, Key::Flags, Key::PreviousFlags>();
    case EventType::ManagerChange:
        return keys<Key::UserId, Key::Nickname, Key::Flags, Key::Appointed>();
    case EventType::NicknameChange:
        return keys<Key::UserId, Key::Nickname, Key::PreviousNickname, Key::Flags>();
    case EventType::Balloon:
    case EventType::VideoBalloon:
        return keys<Key::StreamerId, Key::UserId, Key::Nickname, Key::Count, Key::FanClubOrdinal>();
    case EventType::Freeze:
        return keys<Key::Frozen, Key::AllowedRoles, Key::MinBalloons, Key::MinMonths>();
    case EventType::SlowMode:
        return keys<Key::Seconds>();
    case EventType::ManagerChat:
        return keys<Key::Text, Key::UserId, Key::Nickname, Key::Flags>();
    case EventType::Poll:
        return keys<Key::Status>();
    case EventType::AdminNotice:
        return keys<Key::Text, Key::Message, Key::SentAt>();
    case EventType::Notice:
        return keys<Key::Text, Key::UserId, Key::Nickname, Key::Flags, Key::ByUserId, Key::SentAt, Key::Emoticons>();
    case EventType::VodBalloon:
        return keys<Key::StreamerId, Key::UserId, Key::Nickname, Key::Count>();
    case EventType::AdBalloon:
        return keys<Key::StreamerId, Key::UserId, Key::Nickname, Key::Count, Key::FanClubOrdinal, Key::Text>();
    case EventType::Subscription:
        return keys<Key::StreamerId, Key::UserId, Key::Nickname, Key::ItemType, Key::Tier, Key::Months, Key::Text,
            Key::SentAt>();
    case EventType::SubscriptionRenewal:
        return keys<Key::StreamerId, Key::UserId, Key::Nickname, Key::Months, Key::Tier, Key::Text, Key::SentAt>();
    case EventType::StationAdBalloon:
        return keys<Key::StreamerId, Key::UserId, Key::Nickname, Key::Count, Key::Text>();
    case EventType::SubscriptionGift:
        return keys<Key::UserId, Key::Nickname, Key::ToUserId, Key::ToNickname, Key::ItemType, Key::Tier, Key::GiftId,
            Key::Count, Key::SentAt>();
    case EventType::OgqSticker:
        return keys<Key::UserId, Key::Nickname, Key::Flags, Key::Text, Key::ImageUrl>();
    case EventType::Mission:
        return keys<Key::Payload>();
    case EventType::Unknown:
        return keys<Key::Fields>();
    case EventType::Malformed:
        return keys<Key::Reason, Key::Offset>();
    case EventType::Gap:
        return keys<Key::From, Key::To>();
    case EventType::BroadcastStart:
        return keys<Key::StreamerId, Key::Text>();
    case EventType::Cheese:
    case EventType::VideoCheese:
    case EventType::MissionCheese:
        return keys<Key::UserId, Key::Nickname, Key::Flags, Key::Count, Key::Text, Key::SentAt, Key::Emoticons>();
    case EventType::Blind:
        return keys<Key::UserId, Key::SentAt, Key::Reason, Key::ByUserId>();
    }
    return keys<>();
}

// Malformed, gap and broadcast-start events have no packet behind them, so no service code.
bool hasPacketHeader(EventType type)
{
    return type != EventType::Malformed && type != EventType::Gap && type != EventType::BroadcastStart;
}

// The neutral part of a user's flags: the roles, in EVENTS.md order.
void writeRoles(JsonWriter &w, QLatin1StringView name, Roles roles)
{
    w.key(name);
    w.beginArray();
    for (Role role : AllRoles) {
        if (roles.testFlag(role))
            w.value(roleName(role));
    }
    w.endArray();
}

// Whose raw flags: the event's user's, or what they were before a change.
enum class RawFlags : quint8 { Current, Previous };

QLatin1StringView rawFlagKey(RawFlags which, int number)
{
    if (which == RawFlags::Previous)
        return number == 1 ? "previous_flag1"_L1 : "previous_flag2"_L1;
    return number == 1 ? "flag1"_L1 : "flag2"_L1;
}

// The platform's raw flags, inside the platform's object.
void writeRawFlags(JsonWriter &w, RawFlags which, const UserFlags &flags)
{
    w.key(rawFlagKey(which, 1));
    w.value(qint64(flags.flag1));
    w.key(rawFlagKey(which, 2));
    w.value(qint64(flags.flag2));
}

void writeString(JsonWriter &w, QLatin1StringView name, const std::optional<QString> &value)
{
    if (value) {
        w.key(name);
        w.value(QStringView(*value));
    }
}

void writeNumber(JsonWriter &w, QLatin1StringView name, const std::optional<qint64> &value)
{
    if (value) {
        w.key(name);
        w.value(*value);
    }
}

void writeBool(JsonWriter &w, QLatin1StringView name, const std::optional<bool> &value)
{
    if (value) {
        w.key(name);
        w.value(*value);
    }
}

void writeKey(JsonWriter &w, const ChatEvent &e, Key key)
{
    switch (key) {
    case Key::Text:
        return writeString(w, "text"_L1, e.text);
    case Key::Message:
        return writeString(w, "message"_L1, e.details().message);
    case Key::ChatNo:
        return writeString(w, "chat_no"_L1, e.details().chatNo);
    case Key::StreamerId:
        return writeString(w, "streamer_id"_L1, e.details().streamerId);
    case Key::UserId:
        return writeString(w, "user_id"_L1, e.userId);
    case Key::Nickname:
        return writeString(w, "nickname"_L1, e.nickname);
    case Key::PreviousNickname:
        return writeString(w, "previous_nickname"_L1, e.details().previousNickname);
    case Key::ToUserId:
        return writeString(w, "to_user_id"_L1, e.details().toUserId);
    case Key::ToNickname:
        return writeString(w, "to_nickname"_L1, e.details().toNickname);
    case Key::ByUserId:
        return writeString(w, "by_user_id"_L1, e.details().byUserId);
    case Key::ImageUrl:
        return writeString(w, "image_url"_L1, e.details().imageUrl);
    case Key::Flags:
        if (e.flags)
            writeRoles(w, "roles"_L1, e.flags->roles);
        return;
    case Key::PreviousFlags:
        if (e.details().previousFlags)
            writeRoles(w, "previous_roles"_L1, e.details().previousFlags->roles);
        return;
    case Key::Count:
        return writeNumber(w, "count"_L1, e.count);
    case Key::FanClubOrdinal:
        return writeNumber(w, "fan_club_ordinal"_L1, e.details().fanClubOrdinal);
    case Key::SubscriptionMonths:
        return writeNumber(w, "subscription_months"_L1, e.subscriptionMonths);
    case Key::Months:
        return writeNumber(w, "months"_L1, e.details().months);
    case Key::ItemType:
        return writeNumber(w, "item_type"_L1, e.details().itemType);
    case Key::Tier:
        return writeNumber(w, "tier"_L1, e.details().tier);
    case Key::Seconds:
        return writeNumber(w, "seconds"_L1, e.details().seconds);
    case Key::Value:
        return writeNumber(w, "value"_L1, e.details().value);
    case Key::Status:
        return writeNumber(w, "status"_L1, e.details().status);
    case Key::Frozen:
        return writeBool(w, "frozen"_L1, e.details().frozen);
    case Key::AllowedRoles:
        if (const std::optional<Roles> roles = e.details().allowedRoles)
            writeRoles(w, "allowed_roles"_L1, *roles);
        return;
    case Key::MinBalloons:
        return writeNumber(w, "min_balloons"_L1, e.details().minBalloons);
    case Key::MinMonths:
        return writeNumber(w, "min_months"_L1, e.details().minMonths);
    case Key::Kicked:
        return writeBool(w, "kicked"_L1, e.details().kicked);
    case Key::Appointed:
        return writeBool(w, "appointed"_L1, e.details().appointed);
    case Key::Users:
        w.key("users"_L1);
        w.beginArray();
        for (const ChatUser &user : e.details().users) {
            w.beginObject();
            w.key("user_id"_L1);
            w.value(QStringView(user.id));
            w.key("nickname"_L1);
            w.value(QStringView(user.nickname));
            if (user.flags) {
                writeRoles(w, "roles"_L1, user.flags->roles);
                w.key(platformName(e.platform));
                w.beginObject();
                writeRawFlags(w, RawFlags::Current, *user.flags);
                w.endObject();
            }
            w.endObject();
        }
        w.endArray();
        return;
    case Key::Payload:
        w.key("payload"_L1);
        w.rawValue(QJsonDocument(e.details().payload).toJson(QJsonDocument::Compact));
        return;
    case Key::Fields:
        w.key("fields"_L1);
        w.beginArray();
        for (const QString &field : e.details().fields)
            w.value(QStringView(field));
        w.endArray();
        return;
    case Key::Reason:
        w.key("reason"_L1);
        w.value(QStringView(e.details().reason));
        return;
    case Key::Offset:
        if (e.details().offset >= 0) {
            w.key("offset"_L1);
            w.value(e.details().offset);
        }
        return;
    case Key::From:
        w.key("from"_L1);
        w.value(QStringView(formatTimestamp(e.details().gapFromMs)));
        return;
    case Key::To:
        w.key("to"_L1);
        w.value(QStringView(formatTimestamp(e.details().gapToMs)));
        return;
    case Key::SentAt:
        if (const std::optional<qint64> &sentAt = e.details().sentAtMs) {
            w.key("sent_at"_L1);
            w.value(QStringView(formatTimestamp(*sentAt)));
        }
        return;
    case Key::GiftId:
        return writeString(w, "gift_id"_L1, e.details().giftId);
    case Key::Emoticons:
        if (!e.details().emoticons.isEmpty()) {
            w.key("emoticons"_L1);
            w.beginObject();
            for (const Emoticon &emoticon : e.details().emoticons) {
                w.key(QStringView(emoticon.name));
                w.value(QStringView(emoticon.imageUrl));
            }
            w.endObject();
        }
        return;
    }
}

// ---- reading back -------------------------------------------------------

std::optional<QString> readString(const QJsonObject &o, QLatin1StringView name)
{
    const QJsonValue v = o.value(name);
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}

std::optional<qint64> readNumber(const QJsonObject &o, QLatin1StringView name)
{
    const QJsonValue v = o.value(name);
    if (!v.isDouble())
        return std::nullopt;
    return v.toInteger();
}

std::optional<bool> readBool(const QJsonObject &o, QLatin1StringView name)
{
    const QJsonValue v = o.value(name);
    if (!v.isBool())
        return std::nullopt;
    return v.toBool();
}

Roles readRoles(const QJsonArray &names)
{
    Roles roles;
    for (const QJsonValue &name : names) {
        for (Role role : AllRoles) {
            if (name.toString() == roleName(role))
                roles |= role;
        }
    }
    return roles;
}

// A user's flags: `roles` (an array) beside the platform's raw `flag1`/
// `flag2` in its object, as written today; or, in recordings and exports
// from before platform-neutral events, one `flags` object holding all three.
std::optional<UserFlags> readFlags(const QJsonObject &holder, QLatin1StringView rolesKey, const QJsonObject &raw,
    RawFlags which, QLatin1StringView oldKey)
{
    UserFlags flags;
    const QJsonValue roles = holder.value(rolesKey);
    if (roles.isArray()) {
        flags.roles = readRoles(roles.toArray());
        flags.flag1 = quint32(raw.value(rawFlagKey(which, 1)).toInteger());
        flags.flag2 = quint32(raw.value(rawFlagKey(which, 2)).toInteger());
        return flags;
    }
    const QJsonValue old = holder.value(oldKey);
    if (!old.isObject())
        return std::nullopt;
    const QJsonObject o = old.toObject();
    flags.flag1 = quint32(o.value("flag1"_L1).toInteger());
    flags.flag2 = quint32(o.value("flag2"_L1).toInteger());
    flags.roles = readRoles(o.value("roles"_L1).toArray());
    return flags;
}

} // namespace

void append(QByteArray &out, const ChatEvent &event)
{
    JsonWriter w(out);
    w.beginObject();
    w.key("type"_L1);
    w.value(eventTypeName(event.type));
    w.key("platform"_L1);
    w.value(platformName(event.platform));
    if (event.receivedAtMs > 0) {
        w.key("received_at"_L1);
        w.value(QStringView(formatTimestamp(event.receivedAtMs)));
    }
    bool hasFlags = false;
    bool hasPreviousFlags = false;
    for (Key key : keysOf(event.type)) {
        writeKey(w, event, key);
        hasFlags = hasFlags || key == Key::Flags;
        hasPreviousFlags = hasPreviousFlags || key == Key::PreviousFlags;
    }
    // What only the platform knows: its packet code, and the raw flags of the
    // roles written above.
    const bool header = hasPacketHeader(event.type);
    const bool rawFlags = hasRawUserFlags(event.platform);
    const UserFlags *flags = rawFlags && hasFlags && event.flags ? &*event.flags : nullptr;
    const std::optional<UserFlags> &previousFlags = event.details().previousFlags;
    const UserFlags *previous = rawFlags && hasPreviousFlags && previousFlags ? &*previousFlags : nullptr;
    if (header || flags || previous) {
        w.key(platformName(event.platform));
        w.beginObject();
        if (header) {
            w.key("service"_L1);
            w.value(qint64(event.service));
            w.key("return_code"_L1);
            w.value(qint64(event.returnCode));
        }
        if (flags)
            writeRawFlags(w, RawFlags::Current, *flags);
        if (previous)
            writeRawFlags(w, RawFlags::Previous, *previous);
        w.endObject();
    }
    w.endObject();
}

QByteArray toJson(const ChatEvent &event)
{
    QByteArray out;
    out.reserve(256);
    append(out, event);
    return out;
}

EventPtr fromJson(QByteArrayView json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"not a JSON object"_s;
        return nullptr;
    }
    const QJsonObject o = doc.object();
    const std::optional<EventType> type = eventTypeFromName(o.value("type"_L1).toString());
    if (!type) {
        if (error)
            *error = u"unknown event type \"%1\""_s.arg(o.value("type"_L1).toString());
        return nullptr;
    }

    auto e = makeEvent();
    e->type = *type;
    // Before platform-neutral events every event was SOOP's, with its packet
    // fields at the top level.
    e->platform = platformFromName(o.value("platform"_L1).toString()).value_or(Platform::Soop);
    const QJsonObject raw = o.value(platformName(e->platform)).toObject();
    const QJsonObject &header = raw.contains("service"_L1) ? raw : o;
    e->service = quint32(header.value("service"_L1).toInteger());
    e->returnCode = quint16(header.value("return_code"_L1).toInteger());
    e->receivedAtMs = parseTimestamp(o.value("received_at"_L1).toString());

    e->userId = readString(o, "user_id"_L1);
    e->nickname = readString(o, "nickname"_L1);
    e->flags = readFlags(o, "roles"_L1, raw, RawFlags::Current, "flags"_L1);
    e->text = readString(o, "text"_L1);
    e->count = readNumber(o, "count"_L1);
    e->subscriptionMonths = readNumber(o, "subscription_months"_L1);

    ChatEventDetails d;
    d.previousFlags = readFlags(o, "previous_roles"_L1, raw, RawFlags::Previous, "previous_flags"_L1);
    d.previousNickname = readString(o, "previous_nickname"_L1);
    d.toUserId = readString(o, "to_user_id"_L1);
    d.toNickname = readString(o, "to_nickname"_L1);
    d.byUserId = readString(o, "by_user_id"_L1);
    d.streamerId = readString(o, "streamer_id"_L1);
    d.chatNo = readString(o, "chat_no"_L1);
    d.message = readString(o, "message"_L1);
    d.imageUrl = readString(o, "image_url"_L1);
    d.fanClubOrdinal = readNumber(o, "fan_club_ordinal"_L1);
    d.months = readNumber(o, "months"_L1);
    d.itemType = readNumber(o, "item_type"_L1);
    d.tier = readNumber(o, "tier"_L1);
    d.seconds = readNumber(o, "seconds"_L1);
    d.value = readNumber(o, "value"_L1);
    d.status = readNumber(o, "status"_L1);
    d.frozen = readBool(o, "frozen"_L1);
    if (o.value("allowed_roles"_L1).isArray())
        d.allowedRoles = readRoles(o.value("allowed_roles"_L1).toArray());
    d.minBalloons = readNumber(o, "min_balloons"_L1);
    d.minMonths = readNumber(o, "min_months"_L1);
    d.kicked = readBool(o, "kicked"_L1);
    d.appointed = readBool(o, "appointed"_L1);

    const QJsonArray users = o.value("users"_L1).toArray();
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        d.users.append({u.value("user_id"_L1).toString(), u.value("nickname"_L1).toString(),
            readFlags(u, "roles"_L1, u.value(platformName(e->platform)).toObject(), RawFlags::Current, "flags"_L1)});
    }
    d.payload = o.value("payload"_L1).toObject();
    const QJsonArray fields = o.value("fields"_L1).toArray();
    for (const QJsonValue &v : fields)
        d.fields.append(v.toString());
    d.reason = o.value("reason"_L1).toString();
    d.offset = o.contains("offset"_L1) ? o.value("offset"_L1).toInteger() : -1;
    d.gapFromMs = parseTimestamp(o.value("from"_L1).toString());
    d.gapToMs = parseTimestamp(o.value("to"_L1).toString());
    if (o.value("sent_at"_L1).isString())
        d.sentAtMs = parseTimestamp(o.value("sent_at"_L1).toString());
    d.giftId = readString(o, "gift_id"_L1);
    const QJsonObject emoticons = o.value("emoticons"_L1).toObject();
    for (auto it = emoticons.begin(); it != emoticons.end(); ++it)
        d.emoticons.append({it.key(), it.value().toString()});
    e->setDetails(std::move(d));
    return e;
}

bool isCurrentForm(QByteArrayView json)
{
    // {"type":"subscription_renewal","platform":… — the longest type name
    // and the key fit in the first 64 bytes.
    return json.first(std::min<qsizetype>(json.size(), 64)).contains(R"(","platform":")");
}

QString formatTimestamp(qint64 msSinceEpoch)
{
    // Every event the overlay or the recorder serialises comes through here,
    // and QDateTime::toString() was half of EventJson::toJson() (~3 µs on the
    // GUI thread per event in a 5,000 msg/s storm; docs/BENCHMARKS.md, "Desktop
    // viewer"). The same text by arithmetic for 1970..9999; tst_eventjson
    // compares the two; anything else goes the slow way.
    constexpr qint64 DayMs = 86'400'000;
    constexpr qint64 MaxMs = 253'402'300'799'999; // 9999-12-31T23:59:59.999Z
    if (msSinceEpoch < 0 || msSinceEpoch > MaxMs)
        return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
    // Days to a civil date: Howard Hinnant's days_from_civil, inverted.
    const qint64 z = msSinceEpoch / DayMs + 719'468;
    const qint64 era = z / 146'097;
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    const qint64 msOfDay = msSinceEpoch % DayMs;

    char text[24]; // yyyy-MM-ddTHH:mm:ss.zzzZ
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, int(msOfDay / 3'600'000), 2);
    text[13] = ':';
    put(14, int(msOfDay / 60'000 % 60), 2);
    text[16] = ':';
    put(17, int(msOfDay / 1000 % 60), 2);
    text[19] = '.';
    put(20, int(msOfDay % 1000), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, sizeof text);
}

qint64 parseTimestamp(QStringView iso)
{
    if (iso.isEmpty())
        return 0;
    const QDateTime time = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

} // namespace soopchat::EventJson
