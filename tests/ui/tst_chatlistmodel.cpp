// The chat list model: a bounded ring buffer fed in batches and applied to
// views at most once per frame.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "ChatTestEvents.h"
#include "core/events/Donation.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace chattest;

class TestChatListModel : public QObject
{
    Q_OBJECT

private slots:
    void staysConsistentUnderAppendsEvictionAndResizes()
    {
        ChatListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxRows(100);
        for (int round = 0; round < 10; ++round) {
            model.append(chatBatch(37, round * 37));
            model.flush();
        }
        QCOMPARE(model.rowCount(), 100);
        // The newest 100 of 370, oldest first.
        QCOMPARE(*model.eventAt(0)->text, u"message 270"_s);
        QCOMPARE(*model.eventAt(99)->text, u"message 369"_s);
        QCOMPARE(model.index(99).data(ChatListModel::SerialRole).toULongLong(), 369u);

        model.setMaxRows(250); // grow: nothing lost
        QCOMPARE(model.rowCount(), 100);
        model.append(chatBatch(200, 370));
        model.flush();
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(*model.eventAt(0)->text, u"message 320"_s);

        model.setMaxRows(120); // shrink: the oldest go
        QCOMPARE(model.rowCount(), 120);
        QCOMPARE(*model.eventAt(0)->text, u"message 450"_s);
        QCOMPARE(*model.eventAt(119)->text, u"message 569"_s);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void appliesOneInsertPerFlushWhateverTheRate()
    {
        ChatListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy flushed(&model, &ChatListModel::flushed);

        // 10,000 events in 1,000 batches of 10, all before the next frame.
        for (int i = 0; i < 1000; ++i)
            model.append(chatBatch(10, i * 10));
        QCOMPARE(model.rowCount(), 0); // nothing applied yet
        QVERIFY(flushed.wait());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 9999);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(model.rowCount(), 10'000);

        // Another 10,000 on a full ring: one insert, one removal at the front.
        for (int i = 0; i < 1000; ++i)
            model.append(chatBatch(10, 10'000 + i * 10));
        QVERIFY(flushed.wait());
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(removed.first().at(2).toInt(), 9999);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(*model.eventAt(0)->text, u"message 10000"_s);
    }

    void flushesOnTheLeadingEdgeAndAtMostOncePerInterval()
    {
        using namespace std::chrono_literals;
        ChatListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // An interval longer than any stall of a loaded machine, so that
        // "within the interval" never depends on how fast the test runs.
        model.setFlushInterval(1h);
        QCOMPARE(model.flushDueIn(), -1ms); // nothing queued

        // The first events of a quiet room are flushed on the next pass of
        // the event loop, not an interval later.
        QSignalSpy flushed(&model, &ChatListModel::flushed);
        model.append(chatBatch(3, 0));
        QCOMPARE(model.flushDueIn(), 0ms);
        QVERIFY(flushed.wait());
        QCOMPARE(model.rowCount(), 3);

        // Right after a flush, new events wait for the rest of the interval:
        // the next passes of the event loop leave them queued.
        model.append(chatBatch(3, 3));
        QVERIFY(model.flushDueIn() > 59min);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(flushed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.pendingCount(), 3);
        model.flush(); // what the timer would do an hour later

        // Events held for the rest of a short interval come by themselves.
        model.setFlushInterval(40ms);
        model.append(chatBatch(3, 6));
        QVERIFY(model.flushDueIn() >= 0ms);
        QVERIFY(flushed.wait());
        QCOMPARE(flushed.count(), 3);
        QCOMPARE(model.rowCount(), 9);
    }

    void aSteadyStreamIsAppliedOncePerTick()
    {
        // Batches keep arriving from a fast timer; every flush applies all
        // pending events with exactly one insert.
        ChatListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy flushed(&model, &ChatListModel::flushed);
        int sent = 0;
        QTimer feeder;
        feeder.setInterval(1);
        connect(&feeder, &QTimer::timeout, this, [&] {
            model.append(chatBatch(25, sent));
            sent += 25;
        });
        feeder.start();
        QTRY_VERIFY(flushed.count() >= 5);
        feeder.stop();
        model.flush();
        QCOMPARE(inserted.count(), flushed.count());
        QCOMPARE(model.rowCount(), std::min(sent, model.maxRows()));
        QVERIFY2(inserted.count() < sent / 25, "batches were not coalesced");
    }

    void ringBoundHoldsAndEvictedEventsAreReleased()
    {
        ChatListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxRows(1000);
        std::vector<std::weak_ptr<const ChatEvent>> evicted;
        for (int i = 0; i < 50; ++i) {
            const EventBatch batch = chatBatch(1000, i * 1000);
            if (i < 49) {
                for (const EventPtr &e : batch)
                    evicted.push_back(e);
            }
            model.append(batch);
            model.flush();
            QVERIFY(model.rowCount() <= 1000);
        }
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(*model.eventAt(0)->text, u"message 49000"_s);
        // Nothing but the ring holds events: the 49,000 older ones are freed.
        QVERIFY(std::all_of(evicted.cbegin(), evicted.cend(), [](const auto &w) { return w.expired(); }));
    }

    void pendingQueueIsBoundedWhenTheGuiStalls()
    {
        ChatListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxRows(100);
        for (int i = 0; i < 100; ++i)
            model.append(chatBatch(50, i * 50)); // 5,000 queued, never flushed
        QVERIFY(model.pendingCount() < 2 * model.maxRows());
        model.flush();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(*model.eventAt(99)->text, u"message 4999"_s);
        QCOMPARE(model.droppedCount(), 4900u);
    }

    void protocolEventsAreNotShownAndMalformedIsASystemRow()
    {
        ChatListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto malformed = std::make_shared<ChatEvent>();
        malformed->type = EventType::Malformed;
        malformed->editDetails().reason = u"bad header"_s;
        model.append({ofType(EventType::Keepalive), ofType(EventType::LoginReply), ofType(EventType::JoinReply),
            ofType(EventType::Unknown), malformed, nullptr});
        model.flush();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(ChatListModel::TypeRole).toInt(), int(EventType::Malformed));
        QCOMPARE(model.index(0).data(ChatListModel::TypeNameRole).toString(), u"malformed"_s);
    }

    void rolesExposeTheEvent()
    {
        ChatListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const EventPtr message =
            chat(u"별빛토끼"_s, u"rabbit7"_s, u"안녕하세요"_s, Role::Manager | Role::Subscriber, 3, at(21, 3, 10));
        const EventPtr balloon = donation(EventType::Balloon, u"큰손"_s, u"whale"_s, 1000);
        auto renewal = std::make_shared<ChatEvent>();
        renewal->type = EventType::SubscriptionRenewal;
        renewal->editDetails().months = 14;
        model.append({message, balloon, renewal});
        model.flush();

        const QModelIndex m = model.index(0);
        QCOMPARE(m.data(ChatListModel::EventRole).value<EventPtr>(), message);
        QCOMPARE(m.data(ChatListModel::TimeRole).toLongLong(), at(21, 3, 10));
        QCOMPARE(m.data(ChatListModel::TypeRole).toInt(), int(EventType::Chat));
        QCOMPARE(m.data(ChatListModel::CategoryRole).toInt(), int(EventCategory::Chat));
        QCOMPARE(m.data(ChatListModel::NicknameRole).toString(), u"별빛토끼"_s);
        QCOMPARE(m.data(ChatListModel::UserIdRole).toString(), u"rabbit7"_s);
        QCOMPARE(Roles::fromInt(m.data(ChatListModel::RolesRole).toInt()), Role::Manager | Role::Subscriber);
        QCOMPARE(m.data(ChatListModel::TextRole).toString(), u"안녕하세요"_s);
        QCOMPARE(m.data(ChatListModel::SubscriptionMonthsRole).toLongLong(), 3);
        QCOMPARE(m.data(ChatListModel::IsDonationRole).toBool(), false);
        QCOMPARE(m.data(Qt::DisplayRole).toString(), u"[21:03:10] 별빛토끼: 안녕하세요"_s);

        const QModelIndex b = model.index(1);
        QCOMPARE(b.data(ChatListModel::IsDonationRole).toBool(), true);
        QCOMPARE(b.data(ChatListModel::CountRole).toLongLong(), 1000);
        QCOMPARE(b.data(ChatListModel::DonationTierRole).toInt(), int(DonationTier::Large));
        QCOMPARE(model.index(2).data(ChatListModel::CountRole).toLongLong(), 14);
        QVERIFY(model.roleNames().contains(ChatListModel::DonationTierRole));
    }

    void donationTiersAreTheOneRuleOfCore()
    {
        // The model has no rule of its own: its tier role is donationTier() (core/events/Donation.h).
        ChatListModel model;
        auto renewal = ofType(EventType::SubscriptionRenewal);
        renewal->editDetails().months = 12;
        const EventBatch events {donation(EventType::Balloon, u"a"_s, u"a"_s, 1),
            donation(EventType::Balloon, u"a"_s, u"a"_s, 99), donation(EventType::Balloon, u"a"_s, u"a"_s, 100),
            donation(EventType::Balloon, u"a"_s, u"a"_s, 1000), donation(EventType::Balloon, u"a"_s, u"a"_s, 10'000),
            ofType(EventType::Subscription), renewal, chat(u"a"_s, u"a"_s, u"x"_s)};
        model.append(events);
        model.flush();
        const QList<DonationTier> expected {DonationTier::Small, DonationTier::Small, DonationTier::Medium,
            DonationTier::Large, DonationTier::Huge, DonationTier::Medium, DonationTier::Large, DonationTier::None};
        QCOMPARE(model.rowCount(), int(expected.size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const int tier = model.index(row).data(ChatListModel::DonationTierRole).toInt();
            QCOMPARE(DonationTier(tier), expected.at(row));
            QCOMPARE(DonationTier(tier), donationTier(*events.at(row)));
        }
    }

    void aBlindHidesTheLineItNamesBeforeOrAfterIt()
    {
        // CHZZK names a hidden line by its user and the time it was said; a
        // blind may come after the line (a moderator) or before it (recent chat).
        ChatListModel model;
        model.setMaxRows(ChatListModel::MinMaxRows);
        const auto said = [](const QString &user, const QString &text, qint64 sentAt) {
            auto e = std::const_pointer_cast<ChatEvent>(chat(user, user, text));
            e->editDetails().sentAtMs = sentAt;
            return EventPtr(e);
        };
        const auto blind = [](const QString &user, qint64 sentAt) {
            auto e = ofType(EventType::Blind);
            e->userId = user;
            e->editDetails().sentAtMs = sentAt;
            return EventPtr(e);
        };
        model.append({said(u"troll"_s, u"bad"_s, 1000), said(u"troll"_s, u"fine"_s, 2000),
            said(u"other"_s, u"same time"_s, 1000)});
        model.flush();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.append({blind(u"troll"_s, 1000), blind(u"late"_s, 3000)});
        model.flush();
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.isHidden(0));
        QVERIFY(!model.isHidden(1)); // another time
        QVERIFY(!model.isHidden(2)); // another user
        QVERIFY(!model.isHidden(3)); // the blind's own row
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(0).data(ChatListModel::HiddenRole).toBool());

        // The line named before it arrives stays hidden; the filter proxy shows neither.
        model.append({said(u"late"_s, u"came later"_s, 3000)});
        model.flush();
        QVERIFY(model.isHidden(5));
        ChatFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 4);

        // Evicted rows take their mark with them.
        model.append(chatBatch(ChatListModel::MinMaxRows));
        model.flush();
        QCOMPARE(model.hiddenCount(), 0);
        QCOMPARE(proxy.rowCount(), ChatListModel::MinMaxRows);
    }
};

QTEST_GUILESS_MAIN(TestChatListModel)
#include "tst_chatlistmodel.moc"
