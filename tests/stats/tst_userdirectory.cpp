// The user card's data: per-user fields from every kind of event, and the
// bounds that keep a huge room's directory small.
#include <QTest>

#include "StatsEvents.h"
#include "core/stats/UserDirectory.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace statsevents;

namespace {
EventPtr withFlags(EventPtr event, Roles roles, std::optional<qint64> months = std::nullopt)
{
    auto copy = std::make_shared<ChatEvent>(*event);
    copy->flags = UserFlags {0, 0, roles};
    copy->subscriptionMonths = months;
    return copy;
}

EventPtr renamed(const QString &userId, const QString &nickname, qint64 atMs)
{
    auto e = std::make_shared<ChatEvent>(*ofType(EventType::NicknameChange, userId, atMs));
    e->nickname = nickname;
    return e;
}

QStringList texts(const UserRecord &record)
{
    QStringList result;
    for (const UserRecord::Message &m : record.recentMessages)
        result.append(m.text);
    return result;
}
} // namespace

class TestUserDirectory : public QObject
{
    Q_OBJECT

private slots:
    void collectsTheUserCardFields()
    {
        UserDirectory users;
        const qint64 t = SessionStartMs;
        users.add({withFlags(chat(u"bob"_s, u"안녕하세요"_s, t + 1000), Role::FanClub, -1),
            donation(EventType::Balloon, u"bob"_s, 100, t + 2000), donation(EventType::Balloon, u"bob"_s, 10, t + 3000),
            donation(EventType::AdBalloon, u"bob"_s, 500, t + 4000),
            donation(EventType::VideoBalloon, u"bob"_s, 30, t + 5000),
            donation(EventType::VodBalloon, u"bob"_s, 1, t + 5500), ofType(EventType::Subscription, u"bob"_s, t + 6000),
            withFlags(chat(u"bob"_s, u"구독했어요"_s, t + 7000, EventType::Chat), Role::FanClub | Role::Subscriber, 1),
            ofType(EventType::SubscriptionGift, u"bob"_s, t + 8000), renamed(u"bob"_s, u"밥"_s, t + 9000)});

        const std::optional<UserRecord> bob = users.user(u"bob"_s);
        QVERIFY(bob);
        QCOMPARE(bob->userId, u"bob"_s);
        QCOMPARE(bob->nickname, u"밥"_s);
        QCOMPARE(bob->roles, Role::FanClub | Role::Subscriber);
        QCOMPARE(bob->subscriptionMonths, 1);
        QCOMPARE(bob->firstSeenMs, t + 1000);
        QCOMPARE(bob->lastSeenMs, t + 9000);
        QCOMPARE(bob->messageCount, 2);
        QCOMPARE(bob->balloons, 140); // star and video; not ad or VOD
        QCOMPARE(bob->starBalloons, 110);
        QCOMPARE(bob->adBalloons, 500);
        QCOMPARE(bob->videoBalloons, 30);
        QCOMPARE(bob->vodBalloons, 1);
        QCOMPARE(bob->subscriptionsBought, 1);
        QCOMPARE(bob->subscriptionGiftsGiven, 1);
        QCOMPARE(bob->recentMessages,
            (QList<UserRecord::Message> {
                {t + 1000, EventType::Chat, u"안녕하세요"_s}, {t + 7000, EventType::Chat, u"구독했어요"_s}}));
        QVERIFY(!users.user(u"nobody"_s));
    }

    void recordedEventsFillTheDirectory()
    {
        UserDirectory users;
        users.add(fixture(u"chat-2026-09.frames.jsonl"_s));
        users.add(fixture(u"donations-2026-10.frames.jsonl"_s));
        QCOMPARE(users.userCount(), 5 + 19);

        const UserRecord chatter = *users.user(u"onubqa3484"_s);
        QCOMPARE(chatter.nickname, u"观众2|"_s);
        QCOMPARE(chatter.roles, Roles(Role::FanClub));
        QCOMPARE(chatter.subscriptionMonths, -1);
        QCOMPARE(texts(chatter), QStringList {u"저번에 한다던 낚시겜은 안해?"_s});

        QCOMPARE(users.user(u"viewer002"_s)->starBalloons, 43);
        QCOMPARE(users.user(u"viewer001"_s)->adBalloons, 10);
        QCOMPARE(users.user(u"viewer008"_s)->subscriptionMonths, 33); // a renewal's month figure
        QCOMPARE(users.user(u"viewer009"_s)->subscriptionsBought, 1);
    }

    void enterLeaveAndRoleChangesUpdateTheRecord()
    {
        UserDirectory users;
        auto enter = std::make_shared<ChatEvent>();
        enter->type = EventType::UserEnter;
        enter->receivedAtMs = SessionStartMs;
        enter->editDetails().users = {
            {u"m1"_s, u"매니저"_s, UserFlags {0, 0, Role::Manager}}, {u"v1"_s, u"시청자"_s, std::nullopt}};
        auto flagChange = std::make_shared<ChatEvent>(*ofType(EventType::FlagChange, u"v1"_s, SessionStartMs + 10));
        flagChange->nickname.reset();
        flagChange->flags = UserFlags {0, 0, Role::TopFan};
        users.add({enter, flagChange});

        QCOMPARE(users.user(u"m1"_s)->roles, Roles(Role::Manager));
        QCOMPARE(users.user(u"m1"_s)->messageCount, 0);
        QCOMPARE(users.user(u"v1"_s)->nickname, u"시청자"_s);
        QCOMPARE(users.user(u"v1"_s)->roles, Roles(Role::TopFan));
        QCOMPARE(users.user(u"v1"_s)->firstSeenMs, SessionStartMs);

        users.add(
            {ofType(EventType::Whisper, u"w"_s, SessionStartMs), ofType(EventType::Mute, u"z"_s, SessionStartMs)});
        QVERIFY(!users.user(u"w"_s));
        QVERIFY(!users.user(u"z"_s));
    }

    void keepsOnlyTheNewestMessagesOfAUser()
    {
        UserDirectory users;
        EventBatch batch;
        for (int i = 0; i < 60; ++i)
            batch.append(chat(u"spam"_s, u"message %1"_s.arg(i), SessionStartMs + i));
        users.add(batch);
        const UserRecord spam = *users.user(u"spam"_s);
        QCOMPARE(spam.messageCount, 60);
        QCOMPARE(spam.recentMessages.size(), UserDirectory::DefaultLimits.maxMessagesPerUser);
        QCOMPARE(spam.recentMessages.first().text, u"message 10"_s);
        QCOMPARE(spam.recentMessages.last().text, u"message 59"_s);
        QCOMPARE(users.storedMessageCount(), 50);
    }

    void boundsTheMessagesOfAllUsers()
    {
        // Five users write ten messages each, one after the other, with room
        // for 25 in all: those who chatted least recently lose theirs first.
        UserDirectory users({100, 10, 25, 500});
        EventBatch batch;
        for (int u = 0; u < 5; ++u) {
            for (int i = 0; i < 10; ++i)
                batch.append(chat(u"u%1"_s.arg(u), u"m%1"_s.arg(i), SessionStartMs + u * 100 + i));
        }
        users.add(batch);
        QCOMPARE(users.storedMessageCount(), 25);
        QList<qsizetype> kept;
        for (int u = 0; u < 5; ++u)
            kept.append(users.user(u"u%1"_s.arg(u))->recentMessages.size());
        QCOMPARE(kept, (QList<qsizetype> {0, 0, 5, 10, 10}));
        QCOMPARE(users.user(u"u2"_s)->recentMessages.first().text, u"m5"_s); // the newest five
        QCOMPARE(users.user(u"u0"_s)->messageCount, 10); // counts stay
    }

    void forgetsTheLeastRecentlyActiveUserBeyondTheLimit()
    {
        UserDirectory users({3, 5, 100, 500});
        const qint64 t = SessionStartMs;
        users.add({chat(u"a"_s, u"1"_s, t), chat(u"b"_s, u"2"_s, t + 1), chat(u"c"_s, u"3"_s, t + 2)});
        users.add({donation(EventType::Balloon, u"a"_s, 10, t + 3)}); // a is active again
        users.add({chat(u"d"_s, u"4"_s, t + 4)});
        QCOMPARE(users.userCount(), 3);
        QCOMPARE(users.forgottenUsers(), 1u);
        QVERIFY(!users.user(u"b"_s));
        QVERIFY(users.user(u"a"_s));
        QCOMPARE(users.storedMessageCount(), 3); // b's message went with b

        for (int i = 0; i < 1000; ++i)
            users.add({chat(u"x%1"_s.arg(i), u"hi"_s, t + 10 + i)});
        QCOMPARE(users.userCount(), 3);
        QCOMPARE(users.storedMessageCount(), 3);
        QVERIFY(users.user(u"x999"_s));
    }

    void cutsLongTextsAndKeepsTimeOrderForReplays()
    {
        UserDirectory users({10, 3, 100, 20});
        const qint64 t = SessionStartMs;
        users.add({chat(u"a"_s, QString(100, u'가'), t + 5000)});
        QCOMPARE(users.user(u"a"_s)->recentMessages.first().text, QString(20, u'가'));

        // History replayed after live chat: older messages go before, and the
        // oldest falls out first.
        users.add({chat(u"a"_s, u"old1"_s, t + 1000), chat(u"a"_s, u"old2"_s, t + 2000), chat(u"a"_s, u"old0"_s, t)});
        QCOMPARE(texts(*users.user(u"a"_s)), (QStringList {u"old1"_s, u"old2"_s, QString(20, u'가')}));
        QCOMPARE(users.user(u"a"_s)->firstSeenMs, t);
        QCOMPARE(users.user(u"a"_s)->lastSeenMs, t + 5000);
    }

    void clearForgetsEveryone()
    {
        UserDirectory users;
        users.add({chat(u"a"_s, u"hi"_s, SessionStartMs)});
        users.clear();
        QCOMPARE(users.userCount(), 0);
        QCOMPARE(users.storedMessageCount(), 0);
        QVERIFY(!users.user(u"a"_s));
    }
};

QTEST_GUILESS_MAIN(TestUserDirectory)
#include "tst_userdirectory.moc"
