#include "core/chzzk/FrameDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <string_view>

#include "core/chzzk/Command.h"
#include "core/chzzk/UserRole.h"
#include "core/events/EventPool.h"

namespace soopchat::chzzk {

using namespace Qt::StringLiterals;

// simdjson (docs/BENCHMARKS.md, "CHZZK decoding": Qt's JSON parser reads a
// tenth of the target rate). One parser per nesting level of JSON inside
// strings, so that a line's frame, profile and extras stay readable together.
struct FrameDecoder::Parsers
{
    simdjson::dom::parser frame;
    simdjson::dom::parser profile;
    simdjson::dom::parser extras;
    simdjson::dom::parser nested; // extras' registerProfile, when it is a string
};

namespace {

using EventOut = std::shared_ptr<ChatEvent>;
using simdjson::SUCCESS;
using simdjson::dom::element;
using simdjson::dom::element_type;

// What the site shows for a donor who gave anonymously (§6).
constexpr auto AnonymousDonor = u"익명의 후원자";
constexpr std::string_view AnonymousId = "anonymous";

// The largest amount, count or time taken as it is: a double holds every
// integer up to 2^53 exactly, and EventJson writes times up to 9999-12-31.
constexpr qint64 MaxInteger = qint64(1) << 53;
constexpr qint64 MaxTimeMs = 253'402'300'799'999;

QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// A JSON value that may be missing.
class Json
{
public:
    Json() = default;
    explicit Json(element e) : m_element(e), m_present(true) { }

    bool present() const { return m_present; }
    element_type type() const { return m_present ? m_element.type() : element_type::NULL_VALUE; }
    bool isObject() const { return type() == element_type::OBJECT; }
    bool isArray() const { return type() == element_type::ARRAY; }
    bool isString() const { return type() == element_type::STRING; }
    const element &get() const { return m_element; }

    // Empty unless an array / an object. Kept in a variable of its own: a
    // range-for over get_array().value_unsafe() would walk a dead temporary.
    simdjson::dom::array array() const
    {
        simdjson::dom::array value;
        if (isArray() && m_element.get_array().get(value) == SUCCESS)
            return value;
        return {};
    }
    simdjson::dom::object object() const
    {
        simdjson::dom::object value;
        if (isObject() && m_element.get_object().get(value) == SUCCESS)
            return value;
        return {};
    }

    Json operator[](std::string_view key) const
    {
        simdjson::dom::object object;
        element value;
        if (!isObject() || m_element.get_object().get(object) != SUCCESS || object.at_key(key).get(value) != SUCCESS)
            return {};
        return Json(value);
    }

    // Empty for anything but a string.
    std::string_view view() const
    {
        std::string_view value;
        if (!isString() || m_element.get_string().get(value) != SUCCESS)
            return {};
        return value;
    }

    std::optional<QString> string() const
    {
        if (!isString())
            return std::nullopt;
        return text(view());
    }

    // A whole number in [min, max]; nullopt for anything else.
    std::optional<qint64> integer(qint64 min = 0, qint64 max = MaxInteger) const
    {
        double d = 0;
        switch (type()) {
        case element_type::INT64:
            d = double(m_element.get_int64().value_unsafe());
            break;
        case element_type::UINT64:
            d = double(m_element.get_uint64().value_unsafe());
            break;
        case element_type::DOUBLE:
            d = m_element.get_double().value_unsafe();
            break;
        default:
            return std::nullopt;
        }
        if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
            return std::nullopt;
        return qint64(d);
    }

    bool isTrue() const { return type() == element_type::BOOL && m_element.get_bool().value_unsafe(); }

    // Compact JSON, for the raw fields of unknown events and mission payloads.
    QString json() const { return m_present ? text(simdjson::minify(m_element)) : QString(); }

private:
    element m_element;
    bool m_present = false;
};

// `profile` and `extras` are JSON inside a string (§4.3); a few places send
// the object itself. Null, "{}", text that is not JSON: nothing.
Json embedded(const Json &value, simdjson::dom::parser &parser)
{
    if (value.isObject())
        return value;
    const std::string_view json = value.view();
    if (json.size() <= 2) // "", "{}"
        return {};
    element parsed;
    if (parser.parse(json.data(), json.size()).get(parsed) != SUCCESS)
        return {};
    return Json(parsed);
}

// A line's fields under either spelling: 93101/93102 push the short one,
// recent chat (15101) and notices the long one (§4.2).
Json field(const Json &line, std::string_view pushed, std::string_view recent)
{
    Json value = line[pushed];
    return value.present() ? value : line[recent];
}

// A blind's or a line status's reason in EVENTS.md words (§4.6).
QString blindReason(std::string_view type)
{
    if (type == "BLIND")
        return u"blind"_s;
    if (type == "HIDDEN")
        return u"hidden"_s;
    if (type == "CBOTBLIND")
        return u"clean_bot"_s;
    return text(type).toLower();
}

class Decoder
{
public:
    Decoder(FrameDecoder::Parsers &parsers, FrameDecoder::Counters &counters, quint64 &sequence, qint64 receivedAtMs,
        EventBatch &out)
        : m_parsers(parsers), m_counters(counters), m_sequence(sequence), m_receivedAtMs(receivedAtMs), m_out(out)
    { }

    void frame(QByteArrayView bytes)
    {
        if (bytes.isEmpty()) // simdjson would copy from a null pointer
            return malformed(u"empty frame"_s);
        element root;
        if (const auto error = m_parsers.frame.parse(bytes.data(), size_t(bytes.size())).get(root); error != SUCCESS)
            return malformed(u"not JSON: %1"_s.arg(QLatin1StringView(simdjson::error_message(error))));
        const Json o(root);
        if (!o.isObject())
            return malformed(u"not a JSON object"_s);
        const std::optional<qint64> cmd = o["cmd"].integer(0, 0xffff'ffff);
        if (!cmd)
            return malformed(u"no numeric cmd"_s);
        m_cmd = quint32(*cmd);
        m_retCode = quint16(o["retCode"].integer(0, 0xffff).value_or(0));
        const Json body = o["bdy"];
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
            return channelEvent(body, o);
        case Command::Blind:
            return blind(body);
        case Command::Notice:
            return notice(body);
        default:
            return unknown(o);
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

    void malformed(QString reason)
    {
        ++m_counters.malformed;
        EventOut e = make(EventType::Malformed);
        e->editDetails().reason = std::move(reason);
    }

    void unknown(const Json &raw)
    {
        ++m_counters.unknown;
        EventOut e = make(EventType::Unknown);
        e->editDetails().fields = {QString::number(m_cmd), raw.json()};
    }

    void connected(const Json &o)
    {
        EventOut e = make(EventType::JoinReply);
        if (std::optional<QString> cid = o["cid"].string())
            e->editDetails().chatNo = std::move(cid);
        if (m_retCode != 0)
            e->editDetails().message = o["retMsg"].string().value_or(QString());
    }

    void recentChat(const Json &body)
    {
        if (!body.isObject())
            return malformed(u"recent chat without a body object"_s);
        const Json list = body["messageList"];
        if (list.isArray()) {
            // Said-time order, as the site shows it (§4.5); stable for equal times.
            struct Entry
            {
                qint64 time;
                element line;
            };
            QVarLengthArray<Entry, 64> order;
            const simdjson::dom::array lines = list.array();
            for (element line : lines)
                order.append({field(Json(line), "msgTime", "messageTime").integer(0, MaxTimeMs).value_or(0), line});
            std::stable_sort(
                order.begin(), order.end(), [](const Entry &a, const Entry &b) { return a.time < b.time; });
            for (const Entry &entry : std::as_const(order))
                line(Json(entry.line));
        }
        const Json pinned = body["notice"];
        if (pinned.isObject())
            notice(pinned);
    }

    void pushedLines(const Json &body)
    {
        if (!body.isArray())
            return malformed(u"cmd %1 without an array of lines"_s.arg(m_cmd));
        const simdjson::dom::array lines = body.array();
        for (element line : lines)
            this->line(Json(line));
    }

    // The author of a line: id, nickname, roles, subscription.
    struct Author
    {
        std::optional<QString> id;
        std::optional<QString> nickname;
        std::optional<UserFlags> flags;
        std::optional<qint64> months; // accumulated subscription months
    };

    static Author author(const Json &userId, const Json &profile, const Json &extras)
    {
        Author a;
        std::string_view id = userId.view();
        if (id.empty())
            id = profile["userIdHash"].view();
        const bool anonymous = id == AnonymousId || extras["isAnonymous"].isTrue();
        if (anonymous) {
            a.id = QString::fromLatin1(AnonymousId.data(), qsizetype(AnonymousId.size()));
            a.nickname = QString::fromUtf16(AnonymousDonor);
            return a;
        }
        if (!id.empty())
            a.id = text(id);
        a.nickname = profile["nickname"].string();
        if (!a.nickname)
            a.nickname = extras["nickname"].string();
        if (profile.isObject()) {
            const std::string_view role = profile["userRoleCode"].view();
            UserFlags flags;
            flags.roles = rolesOfUserRoleCode(QByteArrayView(role.data(), qsizetype(role.size())));
            const Json subscription = profile["streamingProperty"]["subscription"];
            if (subscription.isObject()) {
                flags.roles |= Role::Subscriber;
                a.months = subscription["accumulativeMonth"].integer();
            }
            a.flags = flags;
        }
        return a;
    }

    static void setAuthor(ChatEvent &e, Author a)
    {
        e.userId = std::move(a.id);
        e.nickname = std::move(a.nickname);
        e.flags = a.flags;
    }

    static void setEmoticons(ChatEvent &e, const Json &extras)
    {
        const Json emojis = extras["emojis"];
        if (!emojis.isObject())
            return;
        QList<Emoticon> list;
        const simdjson::dom::object map = emojis.object();
        for (const auto [key, value] : map) {
            if (value.type() == element_type::STRING)
                list.append({text(key), text(value.get_string().value_unsafe())});
        }
        if (list.isEmpty())
            return;
        // By name, each once, as EventJson reads them back.
        std::stable_sort(
            list.begin(), list.end(), [](const Emoticon &a, const Emoticon &b) { return a.name < b.name; });
        list.erase(std::unique(
                       list.begin(), list.end(), [](const Emoticon &a, const Emoticon &b) { return a.name == b.name; }),
            list.end());
        e.editDetails().emoticons = std::move(list);
    }

    void line(const Json &o)
    {
        ++m_counters.lines;
        if (!o.isObject())
            return malformed(u"cmd %1: a line is not an object"_s.arg(m_cmd));
        const std::optional<qint64> type = field(o, "msgTypeCode", "messageTypeCode").integer();
        if (!type)
            return unknown(o);
        const Json profile = embedded(o["profile"], m_parsers.profile);
        // A chat line reads nothing from its extras but emoticons; most have
        // none, and skipping the parse then saves a third of the line's cost
        // (docs/BENCHMARKS.md, "CHZZK decoding").
        const Json rawExtras = o["extras"];
        const bool plainText = *type == qint64(MessageType::Text) && rawExtras.isString() &&
            rawExtras.view().find(R"("emojis":{")") == std::string_view::npos;
        const Json extras = plainText ? Json() : embedded(rawExtras, m_parsers.extras);
        const std::optional<qint64> sentAt = field(o, "msgTime", "messageTime").integer(0, MaxTimeMs);
        const std::optional<QString> message = field(o, "msg", "content").string();
        const Json userId = field(o, "uid", "userId");

        EventOut e;
        switch (MessageType(*type)) {
        case MessageType::Text: {
            e = make(EventType::Chat);
            Author a = author(userId, profile, extras);
            if (a.flags)
                e->subscriptionMonths = a.months.value_or(-1);
            setAuthor(*e, std::move(a));
            e->text = message;
            setEmoticons(*e, extras);
            break;
        }
        case MessageType::Donation: {
            const std::string_view kind = extras["donationType"].view();
            EventType eventType = EventType::Cheese;
            if (kind == "VIDEO")
                eventType = EventType::VideoCheese;
            else if (kind == "MISSION" || kind == "MISSION_PARTICIPATION")
                eventType = EventType::MissionCheese;
            else if (kind != "CHAT")
                return unknown(o);
            const std::optional<qint64> cheese = extras["payAmount"].integer();
            if (!cheese)
                return malformed(
                    u"cmd %1: the donation's payAmount is not a whole number of cheese from 0"_s.arg(m_cmd));
            e = make(eventType);
            setAuthor(*e, author(userId, profile, extras));
            e->count = cheese;
            e->text = message;
            setEmoticons(*e, extras);
            break;
        }
        case MessageType::Subscription: {
            const std::optional<qint64> months = extras["month"].integer();
            e = make(months.value_or(1) > 1 ? EventType::SubscriptionRenewal : EventType::Subscription);
            setAuthor(*e, author(userId, profile, extras));
            ChatEventDetails &d = e->editDetails();
            d.months = months;
            d.tier = extras["tierNo"].integer();
            if (message && !message->isEmpty())
                e->text = message;
            break;
        }
        case MessageType::SubscriptionGift: {
            e = make(EventType::SubscriptionGift);
            setAuthor(*e, author(userId, profile, extras));
            ChatEventDetails &d = e->editDetails();
            d.toUserId = extras["receiverUserIdHash"].string();
            d.toNickname = extras["receiverNickname"].string();
            d.tier = extras["giftTierNo"].integer();
            d.giftId = extras["giftId"].string();
            e->count = extras["quantity"].integer();
            break;
        }
        case MessageType::System:
            e = make(EventType::AdminNotice);
            e->text = message;
            if (std::optional<QString> description = extras["description"].string())
                e->editDetails().message = std::move(description);
            break;
        default:
            return unknown(o);
        }
        if (sentAt)
            e->editDetails().sentAtMs = sentAt;

        // A line that arrives already hidden (the clean bot's, or one a
        // moderator hid before recent chat was asked for) still carries its
        // text; the blind after it says to hide it.
        const std::string_view status = field(o, "msgStatusType", "messageStatusType").view();
        if (!status.empty() && status != "NORMAL")
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

    void blind(const Json &body)
    {
        if (!body.isObject())
            return malformed(u"blind without a body object"_s);
        const std::optional<qint64> sentAt = body["messageTime"].integer(0, MaxTimeMs);
        if (!sentAt)
            return malformed(u"blind without the time of the line it hides"_s);
        blindOf(body["userId"].string(), sentAt, blindReason(body["blindType"].view()), body["blindUserId"].string());
    }

    // A pinned line (94010, or `notice` in recent chat); an empty body unpins.
    void notice(const Json &o)
    {
        EventOut e = make(EventType::Notice);
        if (!o.isObject() || o.object().size() == 0)
            return;
        const Json profile = embedded(o["profile"], m_parsers.profile);
        const Json extras = embedded(o["extras"], m_parsers.extras);
        setAuthor(*e, author(field(o, "uid", "userId"), profile, extras));
        e->text = field(o, "msg", "content").string();
        setEmoticons(*e, extras);
        const Json pinnedBy = embedded(extras["registerProfile"], m_parsers.nested);
        if (std::optional<QString> by = pinnedBy["userIdHash"].string())
            e->editDetails().byUserId = std::move(by);
        if (const std::optional<qint64> sentAt = field(o, "msgTime", "messageTime").integer(0, MaxTimeMs))
            e->editDetails().sentAtMs = sentAt;
    }

    void channelEvent(const Json &body, const Json &frame)
    {
        const std::string_view type = body["type"].view();
        if (type == "CHANGE_CHAT_MODE")
            return chatMode(body);
        if (type == "TEMPORARY_RESTRICT") {
            EventOut e = make(EventType::Mute);
            e->userId = body["userIdHash"].string();
            e->count = body["times"].integer();
            e->editDetails().seconds = body["duration"].integer();
            return;
        }
        if (type == "DONATION_MISSION_IN_PROGRESS" || type == "DONATION_MISSION_PARTICIPATION") {
            make(EventType::Mission)->editDetails().payload = QJsonDocument::fromJson(body.json().toUtf8()).object();
            return;
        }
        if (type == "SUBSCRIPTION_GIFT" || type == "SUBSCRIPTION_GIFT_RECEIVER") {
            // Every receiver also arrives as a type-12 line with the giver and
            // the gift's id (§7.3); the line is the event.
            ++m_counters.duplicates;
            return;
        }
        unknown(frame);
    }

    // Who may chat (§4.7). Followers-only, its minutes and emoji-only have no
    // neutral form; the system line that follows says them in words.
    void chatMode(const Json &o)
    {
        const std::string_view group = o["chatAvailableGroup"].view();
        EventOut freeze = make(EventType::Freeze);
        ChatEventDetails &d = freeze->editDetails();
        d.frozen = group == "MANAGER" || group == "SUBSCRIBER";
        if (*d.frozen) {
            Roles allowed = Role::Host | Role::Manager;
            if (group == "SUBSCRIBER")
                allowed |= Role::Subscriber;
            d.allowedRoles = allowed;
        }
        if (const std::optional<qint64> seconds = o["chatSlowModeSec"].integer())
            make(EventType::SlowMode)->editDetails().seconds = seconds;
    }

    FrameDecoder::Parsers &m_parsers;
    FrameDecoder::Counters &m_counters;
    quint64 &m_sequence;
    const qint64 m_receivedAtMs;
    EventBatch &m_out;
    quint32 m_cmd = 0;
    quint16 m_retCode = 0;
};

} // namespace

FrameDecoder::FrameDecoder() : m_parsers(std::make_unique<Parsers>())
{ }
FrameDecoder::~FrameDecoder() = default;
FrameDecoder::FrameDecoder(FrameDecoder &&) noexcept = default;
FrameDecoder &FrameDecoder::operator=(FrameDecoder &&) noexcept = default;

void FrameDecoder::decode(QByteArrayView frame, EventBatch &out, qint64 receivedAtMs)
{
    ++m_counters.frames;
    Decoder(*m_parsers, m_counters, m_sequence, receivedAtMs, out).frame(frame);
}

} // namespace soopchat::chzzk
