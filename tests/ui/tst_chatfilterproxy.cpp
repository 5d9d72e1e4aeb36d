// The filter in front of the chat list: category toggles and the search query
// (EventFilter), applied incrementally to new rows.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "ChatTestEvents.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace chattest;

namespace {

EventBatch mixedBatch(int round)
{
    auto enter = ofType(EventType::UserEnter);
    enter->nickname = u"손님%1"_s.arg(round);
    auto leave = ofType(EventType::UserLeave);
    leave->nickname = u"손님%1"_s.arg(round);
    auto freeze = ofType(EventType::Freeze);
    freeze->editDetails().frozen = true;
    return {
        chat(u"별빛토끼"_s, u"rabbit7"_s, u"안녕하세요 %1"_s.arg(round)),
        chat(u"달빛"_s, u"moon"_s, u"낚시겜은 안해?"_s),
        donation(EventType::Balloon, u"큰손"_s, u"whale"_s, 100 * (round + 1)),
        donation(EventType::AdBalloon, u"광고주"_s, u"ads"_s, 50),
        donation(EventType::Subscription, u"구독자"_s, u"subber"_s, 0),
        enter,
        leave,
        freeze,
    };
}

QStringList nicknames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, 0).data(ChatListModel::NicknameRole).toString());
    return names;
}

} // namespace

class TestChatFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void staysConsistentUnderAppendsEvictionAndFilterChanges()
    {
        ChatListModel model;
        model.setMaxRows(100);
        ChatFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        for (int round = 0; round < 30; ++round) {
            model.append(mixedBatch(round));
            if (round % 3 == 0)
                model.flush();
            if (round == 10)
                proxy.setCategory(EventFilter::Category::Chat, false);
            if (round == 15)
                proxy.setQuery(u"from:큰손"_s);
            if (round == 20)
                proxy.setQuery(u"type:nope"_s);
            if (round == 25) {
                proxy.setQuery({});
                proxy.setCategories(EventFilter::DefaultCategories | EventFilter::Category::EnterLeave);
            }
        }
        model.flush();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(proxy.rowCount(), 100); // everything shown again
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.eventAt(row), model.eventAt(row));
    }

    void defaultHidesEnterLeaveAndTogglesNarrow()
    {
        ChatListModel model;
        ChatFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.append(mixedBatch(0));
        model.flush();
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(proxy.rowCount(), 6); // enter and leave hidden

        proxy.setCategories(EventFilter::Category::Donations);
        QCOMPARE(nicknames(proxy), (QStringList {u"큰손"_s, u"광고주"_s}));
        proxy.setCategory(EventFilter::Category::Subscriptions, true);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setCategories(EventFilter::Category::EnterLeave);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setCategories(EventFilter::Category::System);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(ChatListModel::TypeRole).toInt(), int(EventType::Freeze));
    }

    void searchNarrowsByNicknameTypeAndWords()
    {
        ChatListModel model;
        ChatFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.append(mixedBatch(0));
        model.append(mixedBatch(1));
        model.flush();

        QVERIFY(proxy.setQuery(u"from:별빛"_s));
        QCOMPARE(nicknames(proxy), (QStringList {u"별빛토끼"_s, u"별빛토끼"_s}));
        QVERIFY(proxy.setQuery(u"type:balloon"_s));
        QCOMPARE(proxy.rowCount(), 2);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.eventAt(row)->type, EventType::Balloon);
        QVERIFY(proxy.setQuery(u"낚시"_s));
        QCOMPARE(nicknames(proxy), (QStringList {u"달빛"_s, u"달빛"_s}));
        QVERIFY(proxy.setQuery(u"from:rabbit7 1"_s));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.eventAt(0)->text, u"안녕하세요 1"_s);
    }

    void unknownTypeIsAnErrorAndShowsNothing()
    {
        ChatListModel model;
        ChatFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.append(mixedBatch(0));
        model.flush();
        QString error;
        QVERIFY(!proxy.setQuery(u"type:ballon"_s, &error));
        QCOMPARE(error, u"ballon"_s);
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(proxy.setQuery({}, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(proxy.rowCount(), 6);
    }

    void newRowsAreFilteredIncrementally()
    {
        ChatListModel model;
        ChatFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setQuery(u"type:balloon"_s);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        for (int round = 0; round < 50; ++round)
            model.append(mixedBatch(round));
        model.flush();
        QCOMPARE(proxy.rowCount(), 50);
        QCOMPARE(inserted.count(), 1); // one flush, one insert, no re-map
        QCOMPARE(layout.count(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void rolesShowOnlyThoseSendersAndCombineWithCategories()
    {
        ChatListModel model;
        ChatFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append({chat(u"방장"_s, u"bj"_s, u"어서오세요"_s, Role::Host),
            chat(u"매니저"_s, u"mod"_s, u"공지 확인"_s, Role::Manager),
            chat(u"열혈"_s, u"top"_s, u"ㅋㅋ"_s, Role::TopFan | Role::FanClub),
            chat(u"팬"_s, u"fan"_s, u"하이"_s, Role::FanClub), chat(u"손님"_s, u"guest"_s, u"안녕"_s),
            donation(EventType::Balloon, u"큰손"_s, u"whale"_s, 100)});
        model.flush();
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setRoles(Role::FanClub);
        QCOMPARE(nicknames(proxy), (QStringList {u"열혈"_s, u"팬"_s}));
        proxy.setRoles(Role::Host | Role::Manager);
        QCOMPARE(nicknames(proxy), (QStringList {u"방장"_s, u"매니저"_s}));
        // New rows are filtered as they arrive, and the categories still apply.
        model.append({chat(u"매니저"_s, u"mod"_s, u"두번째"_s, Role::Manager)});
        model.flush();
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setCategory(EventFilter::Category::Chat, false);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setCategory(EventFilter::Category::Chat, true);
        proxy.setRoles({});
        QCOMPARE(proxy.rowCount(), 7);
    }
};

QTEST_GUILESS_MAIN(TestChatFilterProxy)
#include "tst_chatfilterproxy.moc"
