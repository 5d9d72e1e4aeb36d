// ChannelPipeline: one chat source fanned out to its consumers, the same in
// the GUI and in `soopchat-cli record`.
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/channel/ChannelPipeline.h"
#include "core/channel/ChannelRecorder.h"
#include "core/channel/ChannelServices.h"
#include "core/channel/ChannelStats.h"
#include "core/channel/ChatSources.h"
#include "core/channel/OverlayFeed.h"
#include "core/store/SessionWriter.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

// A source that emits what the test tells it to, on whatever thread it lives.
class FakeSource : public ChatSource
{
    Q_OBJECT

public:
    explicit FakeSource(const QString &channel)
    {
        m_target.key = channel;
        m_target.channelId = channel;
        m_target.displayName = channel;
        m_status.channel = channel;
    }

    const ChannelTarget &target() const override { return m_target; }
    const ChannelStatus &status() const override { return m_status; }
    void start(const QString &password) override
    {
        password_ = password;
        startedOn = QThread::currentThread();
        m_status.state = ConnectionState::Live;
        emit statusChanged(m_status);
    }
    void stop() override { ++stops; }
    void setPassword(const QString &password) override { password_ = password; }
    void retryNow() override { }

    void broadcast(const QString &id)
    {
        BroadcastInfo info;
        info.channelId = m_target.channelId;
        info.broadcastId = id;
        info.title = u"title "_s + id;
        emit broadcastStarted(info);
    }
    void send(const EventBatch &events) { emit eventsReceived(events); }

    QString password_;
    QThread *startedOn = nullptr;
    int stops = 0;

private:
    ChannelTarget m_target;
    ChannelStatus m_status;
};

EventPtr chat(const QString &user, const QString &text, qint64 atMs)
{
    auto event = std::make_shared<ChatEvent>();
    event->type = EventType::Chat;
    event->userId = user;
    event->nickname = user;
    event->text = text;
    event->receivedAtMs = atMs;
    return event;
}

EventPtr gift(EventType type, const QString &user, qint64 count, qint64 atMs)
{
    auto event = std::make_shared<ChatEvent>();
    event->type = type;
    event->userId = user;
    event->nickname = user;
    event->count = count;
    event->receivedAtMs = atMs;
    return event;
}

// A consumer the pipeline has never heard of: it only writes down what it saw.
class Journal : public ChannelConsumer
{
public:
    Journal(QString name, QStringList *log) : m_name(std::move(name)), m_log(log) { }
    void broadcastStarted(const BroadcastInfo &info) override
    {
        m_log->append(m_name + u":start "_s + info.broadcastId);
    }
    void consume(const EventBatch &events) override { m_log->append(m_name + u':' + QString::number(events.size())); }

private:
    QString m_name;
    QStringList *m_log;
};

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private slots:
    void everyConsumerSeesEveryBatchInOrderThenTheViews()
    {
        auto owned = std::make_unique<FakeSource>(u"bj"_s);
        FakeSource *source = owned.get();
        ChannelPipeline pipeline(std::move(owned));
        QStringList log;
        pipeline.add(std::make_unique<Journal>(u"a"_s, &log));
        pipeline.add(std::make_unique<Journal>(u"b"_s, &log));
        connect(&pipeline, &ChannelPipeline::broadcastStarted, this,
            [&](const BroadcastInfo &info) { log.append(u"view:start "_s + info.broadcastId); });
        connect(&pipeline, &ChannelPipeline::eventsReceived, this,
            [&](const EventBatch &events) { log.append(u"view:"_s + QString::number(events.size())); });

        source->broadcast(u"7"_s);
        source->send({chat(u"u1"_s, u"hi"_s, 1000), chat(u"u2"_s, u"yo"_s, 1001)});
        source->send({chat(u"u3"_s, u"hey"_s, 1002)});
        // Delivered queued, never inside the source's own call.
        QVERIFY(log.isEmpty());
        QTRY_COMPARE(log.size(), 9);
        QCOMPARE(log,
            (QStringList {u"a:start 7"_s, u"b:start 7"_s, u"view:start 7"_s, u"a:2"_s, u"b:2"_s, u"view:2"_s, u"a:1"_s,
                u"b:1"_s, u"view:1"_s}));
        QCOMPARE(pipeline.find<Journal>() != nullptr, true);
        QCOMPARE(pipeline.find<ChannelStats>(), nullptr);
    }

    void theSourceRunsOnTheNetworkThreadAndStopsWithThePipeline()
    {
        QThread network;
        network.start();
        auto owned = std::make_unique<FakeSource>(u"bj"_s);
        QPointer<FakeSource> source = owned.get();
        {
            ChannelPipeline pipeline(std::move(owned), &network);
            QSignalSpy status(&pipeline, &ChannelPipeline::statusChanged);
            pipeline.start(u"secret"_s);
            QVERIFY(status.wait());
            QCOMPARE(pipeline.status().state, ConnectionState::Live);
            QCOMPARE(source->startedOn, &network);
            QCOMPARE(source->password_, u"secret"_s);
        }
        // Deleted on its own thread once the pipeline is gone.
        QTRY_VERIFY(source.isNull());
        network.quit();
        network.wait();
    }

    // What every channel gets, in the app and in the CLI: statistics that
    // start over with each broadcast, and a recorder that makes each
    // broadcast a session of the database.
    void theStandardConsumersCountAndRecordEachBroadcast()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sessions.db"_s);
        {
            auto owned = std::make_unique<FakeSource>(u"bj"_s);
            FakeSource *source = owned.get();
            ChannelPipeline pipeline(std::move(owned));
            addStandardConsumers(pipeline, {path, nullptr});
            QVERIFY(pipeline.find<ChannelStats>());
            QVERIFY(pipeline.find<ChannelRecorder>());
            QCOMPARE(pipeline.find<OverlayFeed>(), nullptr);
            QSignalSpy batches(&pipeline, &ChannelPipeline::eventsReceived);

            source->broadcast(u"1"_s);
            source->send({chat(u"u1"_s, u"첫 방송"_s, 60'000), gift(EventType::Balloon, u"u2"_s, 100, 60'500),
                gift(EventType::VideoBalloon, u"u3"_s, 1'000, 61'000)});
            QVERIFY(batches.wait());
            const SessionStatsSnapshot first = pipeline.find<ChannelStats>()->stats().snapshot();
            QCOMPARE(first.totals.chats, 1);
            QCOMPARE(first.totals.balloons, 1'100); // star and video balloons alike
            QCOMPARE(pipeline.find<ChannelStats>()->users().userCount(), 3);

            source->broadcast(u"2"_s);
            source->send({chat(u"u4"_s, u"두 번째"_s, 120'000), chat(u"u5"_s, u"방송"_s, 120'001)});
            QVERIFY(batches.wait());
            QCOMPARE(pipeline.find<ChannelStats>()->stats().snapshot().totals.chats, 2);
            QCOMPARE(pipeline.find<ChannelStats>()->users().userCount(), 2);
        } // the recorder ends the session, the writer commits

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT broadcast_no, (SELECT count(*) FROM events e WHERE e.session_id = s.id) "
                               "FROM sessions s ORDER BY s.id"_s));
            QList<QPair<QString, int>> sessions;
            while (query.next())
                sessions.append({query.value(0).toString(), query.value(1).toInt()});
            QCOMPARE(sessions, (QList<QPair<QString, int>> {{u"1"_s, 3}, {u"2"_s, 2}}));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void sourcesOpenTheFirstPlatformThatUnderstandsTheInput()
    {
        class Factory : public ChatSourceFactory
        {
        public:
            Factory(Platform platform, QString prefix) : m_platform(platform), m_prefix(std::move(prefix)) { }
            Platform platform() const override { return m_platform; }
            Parsed parse(QStringView input) const override
            {
                if (!input.startsWith(m_prefix))
                    return {std::nullopt, u"not "_s + m_prefix};
                ChannelTarget target;
                target.platform = m_platform;
                target.key = input.toString();
                return {target, {}};
            }
            std::unique_ptr<ChatSource> create(const ChannelTarget &target) const override
            {
                return std::make_unique<FakeSource>(target.key);
            }

        private:
            Platform m_platform;
            QString m_prefix;
        };
        ChatSources sources;
        QVERIFY(!sources.parse(u"anything").target);
        QVERIFY(!sources.parse(u"anything").error.isEmpty());
        sources.add(std::make_unique<Factory>(Platform::Chzzk, u"c:"_s));
        sources.add(std::make_unique<Factory>(Platform::Soop, u"s:"_s));
        QCOMPARE(sources.parse(u"s:bj").target->platform, Platform::Soop);
        QCOMPARE(sources.parse(u"c:bj").target->platform, Platform::Chzzk);
        QCOMPARE(sources.parse(u"x:bj").error, u"not c:"_s);
        ChannelTarget target = *sources.parse(u"c:bj").target;
        QCOMPARE(sources.create(target)->target().key, u"c:bj"_s);
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
