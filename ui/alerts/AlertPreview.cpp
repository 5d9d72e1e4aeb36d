#include "ui/alerts/AlertPreview.h"

#include <QLocale>

#include "core/alerts/AlertEngine.h"
#include "core/events/EventWords.h"
#include "core/util/DisplayText.h"

namespace soopchat {

using namespace Qt::StringLiterals;

QStringList AlertPreview::placeholders()
{
    return {u"{nickname}"_s, u"{count}"_s, u"{item}"_s, u"{message}"_s, u"{channel}"_s, u"{months}"_s};
}

QString AlertPreview::placeholderHelp(const QString &placeholder)
{
    if (placeholder == u"{nickname}")
        return tr("The viewer's nickname"); // ko: 시청자의 닉네임
    if (placeholder == u"{count}")
        return tr("How many (balloons, cheese, months)"); // ko: 개수 (별풍선, 치즈, 개월 수)
    if (placeholder == u"{item}")
        return tr("What was given, e.g. star balloons"); // ko: 받은 후원의 종류 (예: 별풍선)
    if (placeholder == u"{message}")
        return tr("What the viewer wrote"); // ko: 시청자가 쓴 메시지
    if (placeholder == u"{channel}")
        return tr("The channel's name"); // ko: 채널 이름
    if (placeholder == u"{months}")
        return tr("Subscription months"); // ko: 구독 개월 수
    return {};
}

AlertFields AlertPreview::sampleFields(EventType kind)
{
    AlertFields fields;
    fields.nickname = tr("SweetBear"); // ko: 달콤한곰
    fields.userId = u"sweetbear"_s;
    fields.channel = tr("Evening Radio"); // ko: 저녁 라디오
    fields.message = tr("Congratulations on the broadcast!"); // ko: 방송 축하해요!
    const QLocale locale;
    const auto amount = [&](qint64 count, const QString &item) {
        fields.count = locale.toString(count);
        fields.item = item;
    };
    switch (kind) {
    case EventType::AdBalloon:
    case EventType::StationAdBalloon:
        amount(500, tr("ad balloons")); // ko: 애드벌룬
        break;
    case EventType::VideoBalloon:
        amount(100, tr("video balloons")); // ko: 영상풍선
        break;
    case EventType::Cheese:
    case EventType::VideoCheese:
    case EventType::MissionCheese:
        amount(10000, tr("cheese")); // ko: 치즈
        break;
    case EventType::Subscription:
    case EventType::SubscriptionRenewal:
        amount(3, tr("subscription")); // ko: 구독
        fields.months = locale.toString(3);
        break;
    case EventType::SubscriptionGift:
        amount(1, tr("subscription gift")); // ko: 구독권 선물
        break;
    case EventType::Chat:
    case EventType::ManagerChat:
    case EventType::OgqSticker:
    case EventType::UserEnter:
    case EventType::BroadcastStart:
    case EventType::BroadcastEnd:
    case EventType::Mute:
    case EventType::Freeze:
    case EventType::SlowMode:
    case EventType::Blind:
        fields.message = kind == EventType::Chat || kind == EventType::ManagerChat
            ? tr("Hello everyone!") // ko: 다들 안녕하세요!
            : QString();
        break;
    default: // balloons, VOD balloons, missions and anything else: the usual sample
        amount(1000, tr("star balloons")); // ko: 별풍선
        break;
    }
    return fields;
}

// The engine's own filling, so the preview reads as the alert will.
QString AlertPreview::fill(const QString &text, const AlertFields &fields)
{
    return AlertEngine::fill(text, fields);
}

QString AlertPreview::usualText(EventType kind, const AlertFields &fields)
{
    QString digits = fields.count;
    digits.removeIf([](QChar c) { return !c.isDigit(); });
    const QString words = actionWords(kind, digits.toLongLong());
    if (!words.isEmpty())
        return fields.nickname + u' ' + (words.contains(u"%1"_s) ? words.arg(fields.nickname) : words);
    switch (kind) {
    case EventType::UserEnter:
        return tr("%1 entered").arg(fields.nickname); // ko: %1님 입장
    case EventType::BroadcastStart:
        return tr("%1 is live").arg(fields.channel); // ko: %1 방송 시작
    case EventType::BroadcastEnd:
        return tr("%1 ended the broadcast").arg(fields.channel); // ko: %1 방송 종료
    default:
        return fields.message.isEmpty() ? fields.nickname : fields.nickname + u": "_s + fields.message;
    }
}

QString AlertPreview::preview(const QString &text, EventType kind)
{
    const AlertFields fields = sampleFields(kind);
    const QString filled = text.trimmed().isEmpty() ? usualText(kind, fields) : fill(text, fields);
    return DisplayText::shown(filled, DisplayText::Field::Message);
}

} // namespace soopchat
