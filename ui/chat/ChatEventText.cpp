#include "ui/chat/ChatEventText.h"

#include <QDateTime>

#include "core/events/Badges.h"
#include "core/events/EventWords.h"
#include "core/util/DisplayText.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

using Field = DisplayText::Field;

// A nickname as drawn (DisplayText), isolated for a sentence around it.
QString shownName(const QString &name)
{
    return DisplayText::isolated(DisplayText::shown(name, Field::Nickname));
}

QString nameOrId(const ChatEvent &event)
{
    if (event.nickname && !event.nickname->isEmpty())
        return *event.nickname;
    return event.userId.value_or(QString());
}

QString timeWithFormat(qint64 ms, QStringView format)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms).toString(format);
}

} // namespace

QString ChatEventText::shortTime(qint64 ms)
{
    return timeWithFormat(ms, u"HH:mm");
}

QString ChatEventText::longTime(qint64 ms)
{
    return timeWithFormat(ms, u"HH:mm:ss");
}

QString ChatEventText::displayName(const ChatEvent &event)
{
    return DisplayText::shown(nameOrId(event), Field::Nickname);
}

QString ChatEventText::messageText(const ChatEvent &event)
{
    return DisplayText::shown(event.text.value_or(QString()), Field::Message);
}

QString ChatEventText::donationAction(const ChatEvent &event)
{
    // The one wording (core/events/EventWords), as the overlay page says it.
    switch (event.type) {
    case EventType::SubscriptionRenewal:
        return actionWords(event.type, event.details().months.value_or(0));
    case EventType::SubscriptionGift:
        return actionWords(event.type, 0)
            .arg(shownName(event.details().toNickname.value_or(event.details().toUserId.value_or(QString()))));
    default:
        return actionWords(event.type, event.count.value_or(0));
    }
}

QString ChatEventText::donationDetail(const ChatEvent &event)
{
    if (event.details().fanClubOrdinal.value_or(0) > 0)
        return tr("joined the fan club as member #%1") // ko: 팬클럽 %1번째 가입
            .arg(QLocale().toString(*event.details().fanClubOrdinal));
    return {};
}

QString ChatEventText::label(const ChatEvent &event)
{
    switch (event.type) {
    case EventType::Notice:
        return tr("Notice"); // ko: 공지
    case EventType::AdminNotice:
        return tr("Admin notice"); // ko: 운영자 공지
    case EventType::Whisper:
        return tr("whisper"); // ko: 귓속말
    case EventType::ManagerChat:
        return tr("managers"); // ko: 매니저 채팅
    case EventType::OgqSticker:
        return tr("sticker"); // ko: 스티커
    default:
        return {};
    }
}

QString ChatEventText::gapText(qint64 fromMs, qint64 toMs)
{
    if (fromMs <= 0 || toMs <= 0)
        return tr("Disconnected; some messages may be missing"); // ko: 연결이 끊겨 일부 메시지가 누락되었을 수 있습니다
    const QString from = longTime(fromMs);
    const QString to = longTime(toMs);
    if (from == to) // under a second: "21:03:10–21:03:10" would say nothing
        return tr("Disconnected briefly at %1").arg(from); // ko: %1에 잠깐 연결 끊김
    // En dash between the two times, as in "21:03:10–21:03:14".
    return tr("Disconnected %1\u2013%2").arg(from, to); // ko: 연결 끊김 %1–%2
}

QStringList ChatEventText::freezeAllowed(const ChatEvent &event)
{
    QStringList who;
    const ChatEventDetails &details = event.details();
    if (details.allowedRoles) {
        for (const RoleBadge &badge : roleBadges()) {
            if (details.allowedRoles->testFlag(badge.role))
                who.append(roleLabel(badge.role));
        }
    }
    if (details.minBalloons) // ko: 별풍선 %n개 이상 선물한 시청자
        who.append(tr("viewers who gave %n+ balloons", nullptr, int(*details.minBalloons)));
    if (details.minMonths) // ko: %n개월 이상 구독자
        who.append(tr("subscribers of %n+ months", nullptr, int(*details.minMonths)));
    return who;
}

QString ChatEventText::systemText(const ChatEvent &event)
{
    const QString name = DisplayText::isolated(displayName(event));
    switch (event.type) {
    case EventType::Notice:
    case EventType::AdminNotice:
        return messageText(event);
    case EventType::Freeze: {
        if (!event.details().frozen.value_or(true))
            return tr("Chat unfrozen"); // ko: 채팅창 녹임
        const QStringList allowed = freezeAllowed(event);
        if (allowed.isEmpty())
            return tr("Chat frozen"); // ko: 채팅창 얼림
        // ko: 채팅창 얼림: %1만 채팅할 수 있어요
        return tr("Chat frozen: only %1 can chat").arg(allowed.join(u", "_s));
    }
    case EventType::SlowMode: {
        const int seconds = int(event.details().seconds.value_or(0));
        if (seconds <= 0)
            return tr("Slow mode off"); // ko: 저속 모드 해제
        return tr("Slow mode: one message every %n second(s)", nullptr, seconds); // ko: 저속 모드: %n초에 한 번
    }
    case EventType::Mute:
        return tr("%1 was muted for %n second(s)", nullptr,
            int(event.details().seconds.value_or(0))) // ko: %1님 %n초 채팅 금지
            .arg(name);
    case EventType::UserLeave:
        if (event.details().kicked.value_or(false))
            return tr("%1 was kicked out").arg(name); // ko: %1님이 강제 퇴장되었습니다
        return tr("%1 left").arg(name); // ko: %1님이 퇴장했습니다
    case EventType::UserEnter: {
        if (event.details().users.isEmpty())
            return tr("%1 joined").arg(name); // ko: %1님이 입장했습니다
        const ChatUser &first = event.details().users.first();
        const QString firstName = shownName(first.nickname.isEmpty() ? first.id : first.nickname);
        if (event.details().users.size() == 1)
            return tr("%1 joined").arg(firstName);
        return tr("%1 and %n other(s) joined", nullptr, int(event.details().users.size() - 1)) // ko: %1님 외 %n명 입장
            .arg(firstName);
    }
    case EventType::ManagerChange:
        if (event.details().appointed.value_or(true))
            return tr("%1 is now a manager").arg(name); // ko: %1님이 매니저가 되었습니다
        return tr("%1 is no longer a manager").arg(name); // ko: %1님이 매니저에서 해제되었습니다
    case EventType::NicknameChange:
        return tr("%1 is now known as %2") // ko: %1님이 닉네임을 %2(으)로 바꿨습니다
            .arg(shownName(event.details().previousNickname.value_or(event.userId.value_or(QString()))), name);
    case EventType::FlagChange:
        return tr("%1's badges changed").arg(name); // ko: %1님의 배지가 바뀌었습니다
    case EventType::BroadcastEnd:
        return tr("The broadcast has ended"); // ko: 방송이 종료되었습니다
    case EventType::BroadcastStart: // ko: 새 방송이 시작되었습니다: %1 (통계도 새로 셉니다)
        return tr("A new broadcast began: %1 (the statistics start again)")
            .arg(DisplayText::isolated(messageText(event)));
    case EventType::Gap:
        return gapText(event.details().gapFromMs, event.details().gapToMs);
    case EventType::Poll:
        return tr("Poll updated"); // ko: 투표가 갱신되었습니다
    case EventType::Mission:
        return tr("Mission updated"); // ko: 미션이 갱신되었습니다
    case EventType::Status:
        return tr("Broadcast status changed"); // ko: 방송 상태가 바뀌었습니다
    case EventType::Malformed:
        return tr("A message could not be read"); // ko: 읽을 수 없는 메시지
    default:
        return messageText(event);
    }
}

QString ChatEventText::plainLine(const ChatEvent &event)
{
    const QString time = longTime(event.receivedAtMs);
    const QString prefix = time.isEmpty() ? QString() : u'[' + time + u"] "_s;
    // What is copied is the whole of what was sent, on one line; a run that could reorder
    // the text around it where it is pasted is isolated.
    const QString name = DisplayText::isolated(DisplayText::oneLine(nameOrId(event)));
    const QString text = DisplayText::isolated(DisplayText::oneLine(event.text.value_or(QString())));
    switch (eventCategory(event.type)) {
    case EventCategory::Chat: {
        const QString tag = label(event);
        return prefix + (tag.isEmpty() ? QString() : u'(' + tag + u") "_s) + name + u": "_s + text;
    }
    case EventCategory::Donation:
    case EventCategory::Subscription: {
        QString line = prefix + name + u' ' + donationAction(event);
        if (!text.isEmpty())
            line += u": "_s + text;
        return line;
    }
    default: {
        if (event.type == EventType::Notice || event.type == EventType::AdminNotice)
            return prefix + label(event) + u": "_s + text;
        const QString tag = label(event);
        return prefix + (tag.isEmpty() ? QString() : tag + u": "_s) + systemText(event);
    }
    }
}

} // namespace soopchat
