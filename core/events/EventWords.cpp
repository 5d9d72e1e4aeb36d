#include "core/events/EventWords.h"

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>
#include <climits>

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr const char *Context = "soopchat::EventWords";

const char *source(EventType type)
{
    switch (type) {
    case EventType::Balloon: // ko: 별풍선 %Ln개 선물
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "sent %Ln star balloon(s)");
    case EventType::AdBalloon: // ko: 애드벌룬 %Ln개 선물
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "sent %Ln ad balloon(s)");
    case EventType::VideoBalloon: // ko: 영상풍선 %Ln개 선물
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "sent %Ln video balloon(s)");
    case EventType::VodBalloon: // ko: VOD 별풍선 %Ln개 선물
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "sent %Ln VOD balloon(s)");
    case EventType::StationAdBalloon: // ko: 방송국 애드벌룬 %Ln개 선물
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "sent %Ln station ad balloon(s)");
    case EventType::Cheese: // ko: 치즈 %Ln개 후원
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "sent %Ln cheese");
    case EventType::VideoCheese: // ko: 영상 후원 치즈 %Ln개
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "sent %Ln cheese with a video");
    case EventType::MissionCheese: // ko: 미션 후원 치즈 %Ln개
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "sent %Ln cheese for a mission");
    case EventType::Subscription: // ko: 신규 구독
        return QT_TRANSLATE_NOOP("soopchat::EventWords", "subscribed");
    case EventType::SubscriptionRenewal: // ko: 구독 연장 (%Ln개월째)
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "subscribed for %Ln month(s)");
    case EventType::SubscriptionGift: // ko: %1님에게 구독권 선물
        return QT_TRANSLATE_NOOP("soopchat::EventWords", "gifted a subscription to %1");
    default:
        return nullptr;
    }
}

const char *itemSource(EventType type)
{
    switch (type) {
    case EventType::Balloon: // ko: 별풍선
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "star balloon(s)");
    case EventType::AdBalloon: // ko: 애드벌룬
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "ad balloon(s)");
    case EventType::VideoBalloon: // ko: 영상풍선
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "video balloon(s)");
    case EventType::VodBalloon: // ko: VOD 별풍선
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "VOD balloon(s)");
    case EventType::StationAdBalloon: // ko: 방송국 애드벌룬
        return QT_TRANSLATE_N_NOOP("soopchat::EventWords", "station ad balloon(s)");
    case EventType::Cheese:
    case EventType::VideoCheese:
    case EventType::MissionCheese: // ko: 치즈
        return QT_TRANSLATE_NOOP("soopchat::EventWords", "cheese");
    case EventType::Subscription:
    case EventType::SubscriptionRenewal: // ko: 구독
        return QT_TRANSLATE_NOOP("soopchat::EventWords", "subscription");
    case EventType::SubscriptionGift: // ko: 구독권
        return QT_TRANSLATE_NOOP("soopchat::EventWords", "gifted subscription");
    default:
        return nullptr;
    }
}

QString translated(const char *words, int count, const QTranslator &translator)
{
    const QString text = translator.translate(Context, words, nullptr, count);
    if (!text.isEmpty())
        return text;
    // English from the source: "sent %Ln star balloon(s)" -> "...balloon" / "...balloons".
    QString english = QString::fromUtf8(words);
    english.replace(u"(s)"_s, count == 1 ? QString() : u"s"_s);
    return english;
}

} // namespace

QString itemName(EventType type, qint64 count, const QTranslator &translator)
{
    const char *words = itemSource(type);
    return words ? translated(words, int(std::clamp<qint64>(count, 0, INT_MAX)), translator) : QString();
}

bool hasActionWords(EventType type)
{
    return source(type) != nullptr;
}

QString actionWords(EventType type, qint64 count)
{
    const char *words = source(type);
    return words ? QCoreApplication::translate(Context, words, nullptr, int(std::clamp<qint64>(count, 0, INT_MAX)))
                 : QString();
}

QString actionTemplate(EventType type, int count, const QTranslator &translator)
{
    const char *words = source(type);
    return words ? translated(words, count, translator) : QString();
}

} // namespace soopchat
