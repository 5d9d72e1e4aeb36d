#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSharedData>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include "core/events/EventType.h"
#include "core/events/Platform.h"
#include "core/events/Roles.h"

namespace soopchat {

// A platform's raw user flags with the roles derived from them. For SOOP,
// flag1/flag2 are the two unsigned numbers of "flag1|flag2".
struct UserFlags
{
    quint32 flag1 = 0;
    quint32 flag2 = 0;
    Roles roles;

    friend bool operator==(const UserFlags &, const UserFlags &) = default;
};

// One entry of a user_enter list.
struct ChatUser
{
    QString id;
    QString nickname;
    std::optional<UserFlags> flags;

    friend bool operator==(const ChatUser &, const ChatUser &) = default;
};

// An emoticon a chat line's text names as a token (CHZZK's "{:d_49:}") and
// the image it stands for.
struct Emoticon
{
    QString name;
    QString imageUrl;

    friend bool operator==(const Emoticon &, const Emoticon &) = default;
};

// Fields only some kinds of event carry (donations, moderation, gaps,
// protocol replies). Kept out of line so that the common event, a chat line,
// stays small: a storm allocates and frees hundreds of thousands of events,
// and their size decides how fast (see docs/BENCHMARKS.md).
struct ChatEventDetails
{
    std::optional<UserFlags> previousFlags;
    std::optional<QString> previousNickname;
    std::optional<QString> toUserId;
    std::optional<QString> toNickname;
    std::optional<QString> byUserId;
    std::optional<QString> streamerId;
    std::optional<QString> chatNo;
    std::optional<QString> message; // error text of a failed login/join
    std::optional<QString> imageUrl;
    // The gift a line belongs to: lines with the same id (one per receiver of
    // a multi-subscription gift) are one gift.
    std::optional<QString> giftId;

    std::optional<qint64> fanClubOrdinal;
    std::optional<qint64> months;
    std::optional<qint64> itemType;
    std::optional<qint64> tier;
    std::optional<qint64> seconds;
    std::optional<qint64> value;
    std::optional<qint64> status;
    // When the platform says a line was sent (ms since the epoch): what a
    // later `blind` names the line by.
    std::optional<qint64> sentAtMs;

    std::optional<bool> frozen;
    // freeze: who may still chat (by role, by balloons given, by months subscribed)
    std::optional<Roles> allowedRoles;
    std::optional<qint64> minBalloons;
    std::optional<qint64> minMonths;
    std::optional<bool> kicked;
    std::optional<bool> appointed;

    QList<ChatUser> users; // user_enter
    QList<Emoticon> emoticons; // the tokens of `text`, by name
    QJsonObject payload; // mission
    QStringList fields; // unknown: the raw fields

    // malformed
    QString reason;
    qint64 offset = -1;

    // gap (client side): the connection was down from..to (ms since the epoch)
    qint64 gapFromMs = 0;
    qint64 gapToMs = 0;

    friend bool operator==(const ChatEventDetails &, const ChatEventDetails &) = default;
};

// A decoded event. Built once by a decoder (or read back from a recording)
// and never changed afterwards; share it as EventPtr. Every optional member is
// absent when the packet did not carry it, and then its JSON key is left out
// (docs/EVENTS.md). Which members a type uses is listed in EventJson.cpp.
//
// The members that need destroying come first. With its shared_ptr control
// block an event is one 192-byte block on a 64-byte boundary (EventPool): in
// a storm the event is long out of the processor's cache when it is freed,
// and freeing it then reads two cache lines instead of the whole block.
struct ChatEvent
{
    // Provided, so that making an event (allocate_shared value-initialises)
    // sets each member once instead of zeroing the whole block first.
    ChatEvent() noexcept { }

    // What a chat line and a donation have.
    std::optional<QString> userId; // "(N)" suffix already removed
    std::optional<QString> nickname;
    std::optional<QString> text;

private:
    struct SharedDetails : QSharedData
    {
        ChatEventDetails details;
    };
    QExplicitlySharedDataPointer<SharedDetails> m_details; // null: none

public:
    quint32 service = 0; // the platform's packet code (SOOP service 0005 -> 5, CHZZK cmd 93101)
    EventType type = EventType::Unknown;
    Platform platform = Platform::Soop;
    quint16 returnCode = 0; // SOOP header bytes 12-13, CHZZK retCode; 0 = success

    // Set by whoever received it: wall-clock receive time (ms since the epoch,
    // 0 = unknown) and a number increasing with each event of a connection
    // history (0 = not numbered).
    qint64 receivedAtMs = 0;
    quint64 sequence = 0;

    std::optional<UserFlags> flags;
    std::optional<qint64> count;
    std::optional<qint64> subscriptionMonths;

    // Everything else. Events without any share one empty set.
    const ChatEventDetails &details() const { return m_details ? m_details->details : emptyDetails(); }
    // For whoever builds the event: the details to fill in (copied first if
    // another event shares them).
    ChatEventDetails &editDetails();
    // For a builder that filled in a whole set (reading an event back): kept
    // only when something is in it, so that a chat line read from a recording
    // shares the empty set like a decoded one.
    void setDetails(ChatEventDetails details);

    Roles roles() const { return flags ? flags->roles : Roles(); }
    bool isDonation() const { return soopchat::isDonation(type); }
    // Whether this is a blind that hides `line` (docs/EVENTS.md: the line of
    // the same user said at the same time); the one rule of every view.
    bool blinds(const ChatEvent &line) const;

private:
    static const ChatEventDetails &emptyDetails();
};

using EventPtr = std::shared_ptr<const ChatEvent>;
using EventBatch = QList<EventPtr>;

} // namespace soopchat

Q_DECLARE_METATYPE(soopchat::EventPtr)
Q_DECLARE_METATYPE(soopchat::EventBatch)
