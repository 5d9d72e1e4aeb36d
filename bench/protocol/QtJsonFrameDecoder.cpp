#include "QtJsonFrameDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

#include "core/chzzk/Command.h"
#include "core/chzzk/UserRole.h"
#include "core/events/EventPool.h"

namespace soopchat::chzzk {

using namespace Qt::StringLiterals;

// The first decoder, on Qt's JSON parser, kept as the baseline of
// docs/BENCHMARKS.md ("CHZZK decoding"): the same events as FrameDecoder
// for the recordings, at a tenth of the speed.

namespace {

using EventOut = std::shared_ptr<ChatEvent>;

// What the site shows for a donor who gave anonymously (§7).
constexpr auto AnonymousDonor = u"익명의 후원자";
constexpr auto AnonymousId = "anonymous"_L1;

// The largest amount, count or time taken as it is: a double holds every
// integer up to 2^53 exactly, and EventJson writes times up to 9999-12-31.
constexpr qint64 MaxInteger = qint64(1) << 53;
constexpr qint64 MaxTimeMs = 253'402'300'799'999;

// A JSON number that is a whole number in [min, max]; nullopt for anything else.
std::optional<qint64> integer(const QJsonValue &value, qint64 min = 0, qint64 max = MaxInteger)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
        return std::nullopt;
    return qint64(d);
}

std::optional<QString> string(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

// `profile` and `extras` are JSON inside a string (§4.3); a few places send
// the object itself. Null, "{}", text that is not an object: an empty object.
QJsonObject embeddedObject(const QJsonValue &value)
{
    if (value.isObject())
        return value.toObject();
    if (!value.isString())
        return {};
    const QString text = value.toString();
    if (text.size() <= 2) // "", "{}"
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A line's fields under either spelling: 93101/93102 push the short one,
// recent chat (15101) and notices the long one (§4.2).
struct LineFields
{
    explicit LineFields(const QJsonObject &line) : m_line(line) { }

    QJsonValue get(QLatin1StringView pushed, QLatin1StringView recent) const
    {
        QJsonValue value = m_line.value(pushed);
        return value.isUndefined() ? m_line.value(recent) : value;
    }

    QJsonValue userId() const { return get("uid"_L1, "userId"_L1); }
    QJsonValue text() const { return get("msg"_L1, "content"_L1); }
    QJsonValue typeCode() const { return get("msgTypeCode"_L1, "messageTypeCode"_L1); }
    QJsonValue status() const { return get("msgStatusType"_L1, "messageStatusType"_L1); }
    QJsonValue time() const { return get("msgTime"_L1, "messageTime"_L1); }
    QJsonValue profile() const { return m_line.value("profile"_L1); }
    QJsonValue extras() const { return m_line.value("extras"_L1); }

private:
    const QJsonObject &m_line;
};

// A blind's or a line status's reason in EVENTS.md words (§4.6).
QString blindReason(QStringView type)
{
    if (type == "BLIND"_L1)
        return u"blind"_s;
    if (type == "HIDDEN"_L1)
        return u"hidden"_s;
    if (type == "CBOTBLIND"_L1)
        return u"clean_bot"_s;
    return type.toString().toLower();
}

class Decoder
{
public:
    Decoder(QtJsonFrameDecoder::Counters &counters, quint64 &sequence, qint64 receivedAtMs, EventBatch &out)
        : m_counters(counters), m_sequence(sequence), m_receivedAtMs(receivedAtMs), m_out(out)
    { }

    void frame(QByteArrayView bytes)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &error);
        if (!doc.isObject()) {
            malformed(error.error != QJsonParseError::NoError ? u"not JSON: %1"_s.arg(error.errorString())
                                                              : u"not a JSON object"_s,
                error.error != QJsonParseError::NoError ? error.offset : -1);
            return;
        }
        const QJsonObject o = doc.object();
        const std::optional<qint64> cmd = integer(o.value("cmd"_L1), 0, 0xffff'ffff);
        if (!cmd) {
            malformed(u"no numeric cmd"_s, -1);
            return;
        }
        m_cmd = quint32(*cmd);
        m_retCode = quint16(integer(o.value("retCode"_L1), 0, 0xffff).value_or(0));
        const QJsonValue body = o.value("bdy"_L1);
        switch (Command(m_cmd)) {
        case Command::Ping:
        case Command::Pong:
            make(EventType::Keepalive);
            return;
        case Command::Connected:
            return connected(o);
        case Command::RecentChat:
            return recentChat(body);
        case Command::Chat:
        case Command::SpecialChat:
            return pushedLines(body);
        case Command::Event:
            return channelEvent(body, bytes);
        case Command::Blind:
            return blind(body);
        case Command::Notice:
            return notice(body.toObject());
        default:
            return unknown(bytes);
        }
    }

private:
    EventOut make(EventType type)
    {
        EventOut e = makeEvent();
        e->type = type;
        e->platform = Platform::Chzzk;
        e->service = m_cmd;
        e->returnCode = m_retCode;
        e->receivedAtMs = m_receivedAtMs;
        e->sequence = ++m_sequence;
        m_out.append(e);
        return e;
    }

    void malformed(QString reason, qint64 offset)
    {
        ++m_counters.malformed;
        EventOut e = make(EventType::Malformed);
        ChatEventDetails &d = e->editDetails();
        d.reason = std::move(reason);
        d.offset = offset;
    }

    void unknown(QByteArrayView raw)
    {
        ++m_counters.unknown;
        EventOut e = make(EventType::Unknown);
        e->editDetails().fields = {QString::number(m_cmd), QString::fromUtf8(raw)};
    }

    void unknownLine(const QJsonObject &line) { unknown(QJsonDocument(line).toJson(QJsonDocument::Compact)); }

    void connected(const QJsonObject &o)
    {
        EventOut e = make(EventType::JoinReply);
        if (std::optional<QString> cid = string(o.value("cid"_L1)))
            e->editDetails().chatNo = std::move(cid);
        if (m_retCode != 0)
            e->editDetails().message = string(o.value("retMsg"_L1)).value_or(QString());
    }

    void recentChat(const QJsonValue &body)
    {
        if (!body.isObject())
            return malformed(u"recent chat without a body object"_s, -1);
        const QJsonObject o = body.toObject();
        const QJsonArray list = o.value("messageList"_L1).toArray();
        // Said-time order, as the site shows it (§4.5); stable for equal times.
        struct Entry
        {
            qint64 time;
            qsizetype index;
        };
        QList<Entry> order;
        order.reserve(list.size());
        for (qsizetype i = 0; i < list.size(); ++i)
            order.append({integer(LineFields(list[i].toObject()).time(), 0, MaxTimeMs).value_or(0), i});
        std::stable_sort(order.begin(), order.end(), [](const Entry &a, const Entry &b) { return a.time < b.time; });
        for (const Entry &entry : std::as_const(order))
            line(list[entry.index]);
        const QJsonValue pinned = o.value("notice"_L1);
        if (pinned.isObject())
            notice(pinned.toObject());
    }

    void pushedLines(const QJsonValue &body)
    {
        if (!body.isArray())
            return malformed(u"cmd %1 without an array of lines"_s.arg(m_cmd), -1);
        const QJsonArray lines = body.toArray();
        for (const QJsonValue &value : lines)
            line(value);
    }

    // The author of a line: id, nickname, roles, subscription.
    struct Author
    {
        std::optional<QString> id;
        std::optional<QString> nickname;
        std::optional<UserFlags> flags;
        std::optional<qint64> months; // accumulated subscription months
    };

    static Author author(const QJsonValue &userId, const QJsonObject &profile, const QJsonObject &extras)
    {
        Author a;
        a.id = string(userId);
        if (!a.id)
            a.id = string(profile.value("userIdHash"_L1));
        if (a.id && a.id->isEmpty())
            a.id.reset();
        a.nickname = string(profile.value("nickname"_L1));
        if (!a.nickname)
            a.nickname = string(extras.value("nickname"_L1));
        if (!profile.isEmpty()) {
            UserFlags flags;
            flags.roles = rolesOfUserRoleCode(profile.value("userRoleCode"_L1).toString().toUtf8());
            const QJsonObject subscription =
                profile.value("streamingProperty"_L1).toObject().value("subscription"_L1).toObject();
            if (!subscription.isEmpty()) {
                flags.roles |= Role::Subscriber;
                a.months = integer(subscription.value("accumulativeMonth"_L1), 0, MaxInteger);
            }
            a.flags = flags;
        }
        if ((a.id && *a.id == AnonymousId) || extras.value("isAnonymous"_L1).toBool(false)) {
            a.id = QString(AnonymousId);
            a.nickname = QString::fromUtf16(AnonymousDonor);
            a.flags.reset();
            a.months.reset();
        }
        return a;
    }

    static void setAuthor(ChatEvent &e, Author a)
    {
        e.userId = std::move(a.id);
        e.nickname = std::move(a.nickname);
        e.flags = a.flags;
    }

    static void setEmoticons(ChatEvent &e, const QJsonObject &extras)
    {
        const QJsonObject emojis = extras.value("emojis"_L1).toObject();
        if (emojis.isEmpty())
            return;
        QList<Emoticon> &list = e.editDetails().emoticons;
        // QJsonObject keeps its keys sorted and unique, as EventJson reads them back.
        for (auto it = emojis.begin(); it != emojis.end(); ++it) {
            if (it.value().isString())
                list.append({it.key(), it.value().toString()});
        }
    }

    void line(const QJsonValue &value)
    {
        ++m_counters.lines;
        if (!value.isObject())
            return malformed(u"cmd %1: a line is not an object"_s.arg(m_cmd), -1);
        const QJsonObject o = value.toObject();
        const LineFields f(o);
        const std::optional<qint64> type = integer(f.typeCode(), 0, MaxInteger);
        if (!type)
            return unknownLine(o);
        const QJsonObject profile = embeddedObject(f.profile());
        const QJsonObject extras = embeddedObject(f.extras());
        const std::optional<qint64> sentAt = integer(f.time(), 0, MaxTimeMs);
        const std::optional<QString> text = string(f.text());

        EventOut e;
        switch (MessageType(*type)) {
        case MessageType::Text: {
            e = make(EventType::Chat);
            Author a = author(f.userId(), profile, extras);
            e->subscriptionMonths = a.flags ? a.months.value_or(-1) : std::optional<qint64>();
            setAuthor(*e, std::move(a));
            e->text = text;
            setEmoticons(*e, extras);
            break;
        }
        case MessageType::Donation: {
            const QString kind = extras.value("donationType"_L1).toString();
            EventType eventType = EventType::Cheese;
            if (kind == "VIDEO"_L1)
                eventType = EventType::VideoCheese;
            else if (kind == "MISSION"_L1 || kind == "MISSION_PARTICIPATION"_L1)
                eventType = EventType::MissionCheese;
            else if (kind != "CHAT"_L1)
                return unknownLine(o);
            const std::optional<qint64> cheese = integer(extras.value("payAmount"_L1));
            if (!cheese)
                return malformed(
                    u"cmd %1: the donation's payAmount is not a whole number of cheese from 0"_s.arg(m_cmd), -1);
            e = make(eventType);
            setAuthor(*e, author(f.userId(), profile, extras));
            e->count = cheese;
            e->text = text;
            setEmoticons(*e, extras);
            break;
        }
        case MessageType::Subscription: {
            const std::optional<qint64> months = integer(extras.value("month"_L1), 0, MaxInteger);
            e = make(months.value_or(1) > 1 ? EventType::SubscriptionRenewal : EventType::Subscription);
            setAuthor(*e, author(f.userId(), profile, extras));
            ChatEventDetails &d = e->editDetails();
            d.months = months;
            d.tier = integer(extras.value("tierNo"_L1), 0, MaxInteger);
            if (text && !text->isEmpty())
                e->text = text;
            break;
        }
        case MessageType::SubscriptionGift: {
            e = make(EventType::SubscriptionGift);
            setAuthor(*e, author(f.userId(), profile, extras));
            ChatEventDetails &d = e->editDetails();
            d.toUserId = string(extras.value("receiverUserIdHash"_L1));
            d.toNickname = string(extras.value("receiverNickname"_L1));
            d.tier = integer(extras.value("giftTierNo"_L1), 0, MaxInteger);
            d.giftId = string(extras.value("giftId"_L1));
            e->count = integer(extras.value("quantity"_L1), 0, MaxInteger);
            break;
        }
        case MessageType::System:
            e = make(EventType::AdminNotice);
            e->text = text;
            if (std::optional<QString> description = string(extras.value("description"_L1)))
                e->editDetails().message = std::move(description);
            break;
        default:
            return unknownLine(o);
        }
        if (sentAt)
            e->editDetails().sentAtMs = sentAt;

        // A line that arrives already hidden (the clean bot's, or one a
        // moderator hid before recent chat was asked for) still carries its
        // text; the blind after it says to hide it.
        const QString status = f.status().toString();
        if (!status.isEmpty() && status != "NORMAL"_L1)
            blindOf(e->userId, sentAt, blindReason(status), std::nullopt);
    }

    void blindOf(
        std::optional<QString> userId, std::optional<qint64> sentAt, QString reason, std::optional<QString> byUserId)
    {
        EventOut e = make(EventType::Blind);
        e->userId = std::move(userId);
        ChatEventDetails &d = e->editDetails();
        d.sentAtMs = sentAt;
        d.reason = std::move(reason);
        d.byUserId = std::move(byUserId);
    }

    void blind(const QJsonValue &body)
    {
        if (!body.isObject())
            return malformed(u"blind without a body object"_s, -1);
        const QJsonObject o = body.toObject();
        const std::optional<qint64> sentAt = integer(o.value("messageTime"_L1), 0, MaxTimeMs);
        if (!sentAt)
            return malformed(u"blind without the time of the line it hides"_s, -1);
        blindOf(string(o.value("userId"_L1)), sentAt, blindReason(o.value("blindType"_L1).toString()),
            string(o.value("blindUserId"_L1)));
    }

    // A pinned line (94010, or `notice` in recent chat); an empty body unpins.
    void notice(const QJsonObject &o)
    {
        EventOut e = make(EventType::Notice);
        if (o.isEmpty())
            return;
        const LineFields f(o);
        const QJsonObject profile = embeddedObject(f.profile());
        const QJsonObject extras = embeddedObject(f.extras());
        setAuthor(*e, author(f.userId(), profile, extras));
        e->text = string(f.text());
        setEmoticons(*e, extras);
        const QJsonObject pinnedBy = embeddedObject(extras.value("registerProfile"_L1));
        if (std::optional<QString> by = string(pinnedBy.value("userIdHash"_L1)))
            e->editDetails().byUserId = std::move(by);
        if (const std::optional<qint64> sentAt = integer(f.time(), 0, MaxTimeMs))
            e->editDetails().sentAtMs = sentAt;
    }

    void channelEvent(const QJsonValue &body, QByteArrayView raw)
    {
        const QJsonObject o = body.toObject();
        const QString type = o.value("type"_L1).toString();
        if (type == "CHANGE_CHAT_MODE"_L1)
            return chatMode(o);
        if (type == "TEMPORARY_RESTRICT"_L1) {
            EventOut e = make(EventType::Mute);
            e->userId = string(o.value("userIdHash"_L1));
            e->count = integer(o.value("times"_L1));
            e->editDetails().seconds = integer(o.value("duration"_L1));
            return;
        }
        if (type == "DONATION_MISSION_IN_PROGRESS"_L1 || type == "DONATION_MISSION_PARTICIPATION"_L1) {
            make(EventType::Mission)->editDetails().payload = o;
            return;
        }
        if (type == "SUBSCRIPTION_GIFT"_L1 || type == "SUBSCRIPTION_GIFT_RECEIVER"_L1) {
            // Every receiver also arrives as a type-12 line with the giver and
            // the gift's id (§7.3); the line is the event.
            ++m_counters.duplicates;
            return;
        }
        unknown(raw);
    }

    // Who may chat (§4.7). Followers-only, its minutes and emoji-only have no
    // neutral form; the system line that follows says them in words.
    void chatMode(const QJsonObject &o)
    {
        const QString group = o.value("chatAvailableGroup"_L1).toString();
        EventOut freeze = make(EventType::Freeze);
        ChatEventDetails &d = freeze->editDetails();
        d.frozen = group == "MANAGER"_L1 || group == "SUBSCRIBER"_L1;
        if (*d.frozen) {
            Roles allowed = Role::Host | Role::Manager;
            if (group == "SUBSCRIBER"_L1)
                allowed |= Role::Subscriber;
            d.allowedRoles = allowed;
        }
        if (const std::optional<qint64> seconds = integer(o.value("chatSlowModeSec"_L1)))
            make(EventType::SlowMode)->editDetails().seconds = seconds;
    }

    QtJsonFrameDecoder::Counters &m_counters;
    quint64 &m_sequence;
    const qint64 m_receivedAtMs;
    EventBatch &m_out;
    quint32 m_cmd = 0;
    quint16 m_retCode = 0;
};

} // namespace

void QtJsonFrameDecoder::decode(QByteArrayView frame, EventBatch &out, qint64 receivedAtMs)
{
    ++m_counters.frames;
    Decoder(m_counters, m_sequence, receivedAtMs, out).frame(frame);
}

} // namespace soopchat::chzzk
