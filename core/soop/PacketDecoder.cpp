#include "core/soop/PacketDecoder.h"

#include <QJsonDocument>
#include <QStringDecoder>

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/events/EventPool.h"
#include "core/soop/SoopEmoticons.h"
#include "core/soop/StringCache.h"
#include "core/soop/UserFlagBits.h"
#include "core/util/Printable.h"
#include "core/util/TextArena.h"
#include "core/util/Utf8.h"

namespace soopchat::soop {

using namespace Qt::StringLiterals;

PacketFields::PacketFields(QByteArrayView body)
{
    const char *p = body.data();
    const char *const end = p + body.size();
    if (p != end && *p == FieldSeparator)
        ++p;
    const char *field = p;
#if defined(__SSE2__)
    // Sixteen bytes at a time: one compare finds every separator in them.
    const __m128i separator = _mm_set1_epi8(FieldSeparator);
    for (; end - p >= 16; p += 16) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        for (unsigned mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, separator))); mask; mask &= mask - 1) {
            const char *stop = p + std::countr_zero(mask);
            add(field, stop);
            field = stop + 1;
        }
    }
#endif
    for (; p < end; ++p) {
        if (*p == FieldSeparator) {
            add(field, p);
            field = p + 1;
        }
    }
    // A body that ends with its separator has no empty last field.
    if (field < end)
        add(field, end);
}

namespace {

bool isAscii(QByteArrayView bytes)
{
    // Eight bytes at a time: ids, numbers and flags are ASCII and short.
    const char *p = bytes.data();
    const char *end = p + bytes.size();
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ull)
            return false;
    }
    for (; p < end; ++p) {
        if (static_cast<unsigned char>(*p) & 0x80)
            return false;
    }
    return true;
}

} // namespace

namespace {

// Neither UTF-8 nor CP949: keep what can be read, marked with U+FFFD.
QString decodeLegacy(QByteArrayView bytes)
{
    QStringDecoder cp949("CP949");
    if (cp949.isValid()) {
        QString fallback = cp949.decode(bytes);
        if (!cp949.hasError())
            return fallback;
    }
    return QString::fromUtf8(bytes);
}

} // namespace

QString decodeText(QByteArrayView bytes)
{
    // ASCII cannot be invalid UTF-8: no need to look for replacement characters.
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    QString text;
    if (Utf8::decode(bytes, text))
        return text;
    return decodeLegacy(bytes);
}

namespace {

// Reads typed values out of the fields and remembers the first one that is
// not what its position promises.
class FieldReader
{
public:
    FieldReader(const RawPacket &packet, StringCache *cache, TextArena *texts)
        : m_packet(packet), m_fields(packet.body), m_cache(cache), m_texts(texts)
    { }

    const PacketFields &fields() const { return m_fields; }
    bool has(qsizetype i) const { return m_fields.has(i); }
    QByteArrayView raw(qsizetype i) const { return m_fields[i]; }

    // Names and ids repeat: they go through the cache when there is one.
    std::optional<QString> text(qsizetype i) const
    {
        if (!has(i))
            return std::nullopt;
        return m_cache ? m_cache->get(m_fields[i]) : decodeText(m_fields[i]);
    }

    // Chat text: the player strips carriage returns (§3.2).
    // Free text (chat, notices) rarely repeats: decoded directly, into the
    // stream's text blocks when there are any.
    std::optional<QString> message(qsizetype i) const
    {
        if (!has(i))
            return std::nullopt;
        const QByteArrayView field = m_fields[i];
        std::optional<QString> t(std::in_place);
        if (!m_texts || !m_texts->decode(field, *t))
            *t = decodeText(field);
        if (field.contains('\r'))
            t->remove(u'\r');
        return t;
    }

    std::optional<QString> userId(qsizetype i) const
    {
        if (!has(i))
            return std::nullopt;
        const QByteArrayView id = stripIdSuffix(m_fields[i]);
        return m_cache ? m_cache->get(id) : decodeText(id);
    }

    std::optional<qint64> number(qsizetype i, const char *what)
    {
        if (!has(i) || m_fields[i].isEmpty())
            return std::nullopt;
        const QByteArrayView field = m_fields[i];
        bool ok = field.size() <= 19;
        qint64 value = 0;
        qsizetype k = 0;
        const bool negative = field[0] == '-';
        if (negative)
            k = 1;
        ok = ok && k < field.size();
        for (; ok && k < field.size(); ++k) {
            const char c = field[k];
            ok = c >= '0' && c <= '9';
            value = value * 10 + (c - '0');
        }
        if (!ok) {
            fail(i, what, "is not an integer");
            return std::nullopt;
        }
        return negative ? -value : value;
    }

    // A count or a number of months: never below zero (a negative balloon
    // count would take from the session's totals).
    std::optional<qint64> amount(qsizetype i, const char *what)
    {
        const std::optional<qint64> value = number(i, what);
        if (value && *value < 0) {
            fail(i, what, "is negative");
            return std::nullopt;
        }
        return value;
    }

    std::optional<UserFlags> flags(qsizetype i, const char *what = "flags")
    {
        if (!has(i) || m_fields[i].isEmpty())
            return std::nullopt;
        std::optional<UserFlags> flags = parseFlags(m_fields[i]);
        if (!flags)
            fail(i, what, "is not a user flag \"flag1|flag2\"");
        return flags;
    }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    void fail(qsizetype i, const char *what, const char *problem)
    {
        if (failed())
            return;
        m_error = u"service %1 F[%2] (%3): \"%4\" %5"_s.arg(int(m_packet.service), 4, 10, QChar(u'0'))
                      .arg(i)
                      .arg(QLatin1StringView(what), printable(m_fields[i]), QLatin1StringView(problem));
    }

    const RawPacket &m_packet;
    PacketFields m_fields;
    StringCache *m_cache;
    TextArena *m_texts;
    QString m_error;
};

void decodeUserList(FieldReader &r, ChatEvent &e)
{
    const QByteArrayView kind = r.raw(0);
    if (kind == "1") {
        e.type = EventType::UserEnter;
        for (qsizetype i = 1; r.has(i); i += 3) {
            ChatUser user;
            user.id = *r.userId(i);
            user.nickname = r.text(i + 1).value_or(QString());
            user.flags = r.flags(i + 2);
            e.editDetails().users.append(std::move(user));
        }
    } else if (kind == "-1") {
        e.type = EventType::UserLeave;
        e.userId = r.userId(1);
        e.nickname = r.text(2);
        if (r.has(3) && !r.raw(3).isEmpty())
            e.editDetails().kicked = r.raw(3) != "1";
        e.flags = r.flags(5);
    } else {
        e.type = EventType::Unknown;
        for (qsizetype i = 0; r.has(i); ++i)
            e.editDetails().fields.append(*r.text(i));
    }
}

void decodeLoginReply(FieldReader &r, ChatEvent &e)
{
    e.type = EventType::LoginReply;
    if (e.returnCode != 0) {
        e.editDetails().message = r.text(0);
        return;
    }
    e.userId = r.userId(0);
    e.flags = r.flags(1);
}

bool isChatNo(QByteArrayView field)
{
    for (char c : field) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

void decodeJoinReply(FieldReader &r, ChatEvent &e)
{
    e.type = EventType::JoinReply;
    // A wrong room password comes back either as return code 57 or as the
    // message in F[0] where the chat number would be (§4.5).
    if (e.returnCode != 0 || !isChatNo(r.raw(0))) {
        e.editDetails().message = r.text(0);
        return;
    }
    e.editDetails().chatNo = r.text(0);
    e.editDetails().streamerId = r.text(1);
    e.flags = r.flags(6);
}

QString ogqImageUrl(const FieldReader &r)
{
    if (r.raw(2).isEmpty() || r.raw(3).isEmpty())
        return {};
    QByteArrayView extension = r.raw(11).isEmpty() ? QByteArrayView("png") : r.raw(11);
    if (r.raw(17) == "1")
        extension = "webp";
    return u"https://ogq-sticker-global-cdn-z01.sooplive.com/sticker/%1/%2_160.%3"_s.arg(
        decodeText(r.raw(2)), decodeText(r.raw(3)), decodeText(extension));
}

} // namespace

std::shared_ptr<ChatEvent> PacketDecoder::malformed(QString reason, qint64 offset)
{
    auto e = makeEvent();
    e->type = EventType::Malformed;
    e->editDetails().reason = std::move(reason);
    e->editDetails().offset = offset;
    return e;
}

std::shared_ptr<ChatEvent> PacketDecoder::decode(const RawPacket &packet, StringCache *names, TextArena *texts)
{
    auto event = makeEvent();
    ChatEvent &e = *event;
    e.service = packet.service;
    e.returnCode = packet.returnCode;
    FieldReader r(packet, names, texts);

    const Service service = Service(packet.service);
    switch (service) {
    case Service::Keepalive:
        e.type = EventType::Keepalive;
        break;
    case Service::Login:
        decodeLoginReply(r, e);
        break;
    case Service::Join:
        decodeJoinReply(r, e);
        break;
    case Service::UserList:
        decodeUserList(r, e);
        break;
    case Service::Chat:
        e.type = EventType::Chat;
        e.text = r.message(0);
        e.userId = r.userId(1);
        e.nickname = r.text(5);
        e.flags = r.flags(6);
        e.subscriptionMonths = r.number(7, "subscription months"); // -1: not a subscriber
        if (e.text) {
            if (QList<Emoticon> emoticons = SoopEmoticons::find(*e.text); !emoticons.isEmpty())
                e.editDetails().emoticons = std::move(emoticons);
        }
        break;
    case Service::StreamerStatus:
        e.type = EventType::Status;
        e.editDetails().value = r.number(0, "status");
        break;
    case Service::Mute:
        e.type = EventType::Mute;
        e.userId = r.userId(0);
        e.editDetails().seconds = r.number(2, "seconds");
        e.count = r.amount(3, "count");
        e.editDetails().byUserId = r.userId(4);
        e.nickname = r.text(7);
        break;
    case Service::Whisper:
        e.type = EventType::Whisper;
        e.text = r.message(0);
        e.userId = r.userId(1);
        e.nickname = r.text(5);
        break;
    case Service::SetUserFlag:
        e.type = EventType::FlagChange;
        e.flags = r.flags(0);
        e.userId = r.userId(1);
        e.nickname = r.text(2);
        e.editDetails().previousFlags = r.flags(5, "previous flags");
        break;
    case Service::ManagerChange:
        e.type = EventType::ManagerChange;
        e.userId = r.userId(0);
        e.flags = r.flags(1);
        e.nickname = r.text(3);
        if (e.flags)
            e.editDetails().appointed = (e.flags->flag1 & Flag1::Manager) != 0;
        break;
    case Service::NicknameChange:
        e.type = EventType::NicknameChange;
        e.userId = r.userId(0);
        e.nickname = r.text(1);
        e.flags = r.flags(3);
        e.editDetails().previousNickname = r.text(4);
        break;
    case Service::Balloon:
    case Service::RelayBalloon: {
        const qsizetype at = service == Service::RelayBalloon ? 1 : 0; // relay rooms add a leading field
        e.type = EventType::Balloon;
        e.editDetails().streamerId = r.text(at);
        e.userId = r.userId(at + 1);
        e.nickname = r.text(at + 2);
        e.count = r.amount(at + 3, "count");
        e.editDetails().fanClubOrdinal = r.number(at + 4, "fan-club ordinal");
        break;
    }
    case Service::FreezeOld:
    case Service::Freeze:
        e.type = EventType::Freeze;
        if (r.has(0) && !r.raw(0).isEmpty())
            e.editDetails().frozen = r.raw(0) == "1";
        {
            // Who may still chat: a role mask (SOOP-PROTOCOL.md 9.1), then
            // balloons given and months subscribed (0 = no such rule). The
            // old 0019 was seen with the same layout.
            if (const std::optional<qint64> mask = r.number(2, "allowed roles"))
                e.editDetails().allowedRoles = freezeAllowedRoles(*mask);
            if (const std::optional<qint64> balloons = r.number(3, "minimum balloons"); balloons && *balloons > 0)
                e.editDetails().minBalloons = balloons;
            if (const std::optional<qint64> months = r.number(4, "minimum months"); months && *months > 0)
                e.editDetails().minMonths = months;
        }
        break;
    case Service::SlowMode: {
        e.type = EventType::SlowMode;
        const std::optional<qint64> automatic = r.number(0, "automatic seconds");
        const std::optional<qint64> manual = r.number(1, "manual seconds");
        e.editDetails().seconds = manual && *manual > 0 ? manual : automatic;
        break;
    }
    case Service::ManagerChat:
        e.type = EventType::ManagerChat;
        e.text = r.message(0);
        e.userId = r.userId(1);
        e.nickname = r.text(4);
        e.flags = r.flags(5);
        break;
    case Service::Poll:
        e.type = EventType::Poll;
        e.editDetails().status = r.number(0, "status");
        break;
    case Service::AdminNotice:
        e.type = EventType::AdminNotice;
        e.text = r.message(0);
        break;
    case Service::VodBalloon:
        e.type = EventType::VodBalloon;
        e.editDetails().streamerId = r.text(0);
        e.userId = r.userId(1);
        e.nickname = r.text(2);
        e.count = r.amount(3, "count");
        break;
    case Service::AdBalloon:
        e.type = EventType::AdBalloon;
        e.editDetails().streamerId = r.text(1);
        e.userId = r.userId(2);
        e.nickname = r.text(3);
        e.text = r.message(4);
        e.count = r.amount(9, "count");
        e.editDetails().fanClubOrdinal = r.number(10, "fan-club ordinal");
        break;
    case Service::BroadcastEnd:
        e.type = EventType::BroadcastEnd;
        break;
    case Service::Subscription:
        e.type = EventType::Subscription;
        e.editDetails().streamerId = r.text(1);
        e.userId = r.userId(2);
        e.nickname = r.text(3);
        e.editDetails().itemType = r.number(4, "item type");
        e.editDetails().tier = r.number(7, "tier");
        break;
    case Service::SubscriptionRenewal:
        e.type = EventType::SubscriptionRenewal;
        e.editDetails().streamerId = r.text(0);
        e.userId = r.userId(1);
        e.nickname = r.text(2);
        e.editDetails().months = r.amount(3, "months");
        break;
    case Service::StreamerNotice:
        e.type = EventType::Notice;
        e.text = r.message(3);
        break;
    case Service::VideoBalloon:
        e.type = EventType::VideoBalloon;
        e.editDetails().streamerId = r.text(1);
        e.userId = r.userId(2);
        e.nickname = r.text(3);
        e.count = r.amount(4, "count");
        e.editDetails().fanClubOrdinal = r.number(5, "fan-club ordinal");
        break;
    case Service::VodAdBalloon:
    case Service::StationAdBalloon:
        e.type = EventType::StationAdBalloon;
        e.editDetails().streamerId = r.text(0);
        e.userId = r.userId(1);
        e.nickname = r.text(2);
        e.count = r.amount(3, "count");
        e.text = r.message(5);
        break;
    case Service::SubscriptionGift:
        e.type = EventType::SubscriptionGift;
        e.userId = r.userId(1);
        e.nickname = r.text(2);
        e.editDetails().toUserId = r.userId(3);
        e.editDetails().toNickname = r.text(4);
        e.editDetails().itemType = r.number(7, "item type");
        break;
    case Service::OgqSticker:
        e.type = EventType::OgqSticker;
        e.text = r.message(1);
        e.userId = r.userId(5);
        e.nickname = r.text(6);
        e.flags = r.flags(7);
        if (QString url = ogqImageUrl(r); !url.isEmpty())
            e.editDetails().imageUrl = std::move(url);
        break;
    case Service::Mission:
    case Service::MissionSettle: {
        e.type = EventType::Mission;
        if (!r.has(0))
            break;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.raw(0).toByteArray(), &error);
        if (!doc.isObject()) {
            return malformed(
                u"service %1: mission payload is not a JSON object (%2)"_s.arg(int(packet.service), 4, 10, QChar(u'0'))
                    .arg(error.errorString()),
                packet.offset);
        }
        e.editDetails().payload = doc.object();
        break;
    }
    default:
        e.type = EventType::Unknown;
        for (qsizetype i = 0; r.has(i); ++i)
            e.editDetails().fields.append(*r.text(i));
        break;
    }

    if (r.failed())
        return malformed(r.error(), packet.offset);
    return event;
}

} // namespace soopchat::soop
