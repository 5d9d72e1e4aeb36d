// The filter behind the chat list's toggles and search, history search and
// "export what the filter shows".
#include <QTest>

#include "core/events/EventFilter.h"
#include "core/soop/UserFlagBits.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {
ChatEvent make(EventType type, const QString &nickname, const QString &text = {})
{
    ChatEvent e;
    e.type = type;
    e.nickname = nickname;
    e.userId = u"id_"_s + nickname;
    if (!text.isEmpty())
        e.text = text;
    return e;
}
} // namespace

class TestEventFilter : public QObject
{
    Q_OBJECT

private slots:
    void defaultShowsEverythingButEnterLeaveAndProtocol()
    {
        const EventFilter filter;
        QVERIFY(filter.matches(make(EventType::Chat, u"a"_s)));
        QVERIFY(filter.matches(make(EventType::Balloon, u"a"_s)));
        QVERIFY(filter.matches(make(EventType::SubscriptionRenewal, u"a"_s)));
        QVERIFY(filter.matches(make(EventType::Freeze, u"a"_s)));
        QVERIFY(filter.matches(make(EventType::Malformed, u"a"_s)));
        QVERIFY(!filter.matches(make(EventType::UserEnter, u"a"_s)));
        QVERIFY(!filter.matches(make(EventType::Keepalive, u"a"_s)));
        QVERIFY(!filter.matches(make(EventType::JoinReply, u"a"_s)));
    }

    void categoryTogglesNarrow()
    {
        EventFilter filter;
        filter.setCategories(EventFilter::Category::Donations);
        QVERIFY(filter.matches(make(EventType::AdBalloon, u"a"_s)));
        QVERIFY(!filter.matches(make(EventType::Chat, u"a"_s)));
        QVERIFY(!filter.matches(make(EventType::Subscription, u"a"_s)));
    }

    void fromMatchesNicknameOrIdCaseInsensitively()
    {
        const EventFilter filter = EventFilter::fromQuery(u"from:별빛"_s);
        QVERIFY(filter.matches(make(EventType::Chat, u"별빛토끼"_s, u"hi"_s)));
        QVERIFY(!filter.matches(make(EventType::Chat, u"달빛"_s, u"별빛"_s)));
        QVERIFY(EventFilter::fromQuery(u"from:ID_BOB"_s).matches(make(EventType::Chat, u"bob"_s)));
    }

    void typeSelectsByNameOrGroupAndOverridesToggles()
    {
        EventFilter balloons = EventFilter::fromQuery(u"type:balloon"_s);
        balloons.setCategories(EventFilter::Category::Chat);
        QVERIFY(balloons.matches(make(EventType::Balloon, u"a"_s)));
        QVERIFY(!balloons.matches(make(EventType::AdBalloon, u"a"_s)));
        QVERIFY(!balloons.matches(make(EventType::Chat, u"a"_s)));

        const EventFilter donations = EventFilter::fromQuery(u"type:donation"_s);
        QVERIFY(donations.matches(make(EventType::VideoBalloon, u"a"_s)));
        QVERIFY(donations.matches(make(EventType::SubscriptionGift, u"a"_s)));
        QVERIFY(!donations.matches(make(EventType::Chat, u"a"_s)));

        QVERIFY(EventFilter::fromQuery(u"type:enter"_s).matches(make(EventType::UserLeave, u"a"_s)));
    }

    void wordsCombineWithAndOverTextAndNickname()
    {
        const EventFilter filter = EventFilter::fromQuery(u"  낚시  from:시청자 "_s);
        QCOMPARE(filter.query(), u"낚시  from:시청자"_s);
        QVERIFY(filter.matches(make(EventType::Chat, u"시청자2"_s, u"낚시겜은 안해?"_s)));
        QVERIFY(!filter.matches(make(EventType::Chat, u"시청자2"_s, u"안녕"_s)));
        QVERIFY(!filter.matches(make(EventType::Chat, u"별빛"_s, u"낚시"_s)));
    }

    void anUnknownTypeMatchesNothingAndSaysWhy()
    {
        QString error;
        const EventFilter filter = EventFilter::fromQuery(u"type:balloonz"_s, &error);
        QCOMPARE(error, u"balloonz"_s);
        QVERIFY(filter.hasQuery());
        QVERIFY(!filter.matches(make(EventType::Balloon, u"a"_s)));
    }
};

QTEST_GUILESS_MAIN(TestEventFilter)
#include "tst_eventfilter.moc"
