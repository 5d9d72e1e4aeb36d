// Every frame recorded from the real service decodes without a malformed
// packet, and each file yields the checked-in number of events per type.
#include <QJsonDocument>
#include <QTest>

#include "core/soop/EventStreamDecoder.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

class TestFixtures : public QObject
{
    Q_OBJECT

private slots:
    void everyRecordedFrameDecodes_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = testdata::fixtureFiles();
        QVERIFY(files.size() >= 2);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyRecordedFrameDecodes()
    {
        QFETCH(QString, file);
        const QJsonObject expected =
            QJsonDocument::fromJson(testdata::readFile(testdata::dataDir() + u"/fixtures/expected-counts.json"_s))
                .object()
                .value(file)
                .toObject();
        QVERIFY2(!expected.isEmpty(), "no expected counts for this fixture");

        soop::EventStreamDecoder decoder;
        EventBatch events;
        const QList<testdata::Frame> frames = testdata::fixtureFrames(file);
        for (const testdata::Frame &frame : frames)
            decoder.feed(frame.bytes, events);
        decoder.finish(events);

        QCOMPARE(decoder.counters().malformed, 0u);
        QJsonObject counts;
        for (const EventPtr &event : events) {
            const QString type = eventTypeName(event->type);
            counts[type] = counts.value(type).toInt() + 1;
        }
        QCOMPARE(counts, expected);
        QCOMPARE(qsizetype(decoder.counters().packets), frames.size());
    }

    void recordedEventsCarryTheirDetails()
    {
        soop::EventStreamDecoder decoder;
        EventBatch events;
        for (const testdata::Frame &frame : testdata::fixtureFrames(u"chat-2026-09.frames.jsonl"_s))
            decoder.feed(frame.bytes, events);
        QCOMPARE(events.size(), 5);
        // A nickname holding a literal '|' is not a flag field.
        QCOMPARE(*events[0]->nickname, u"观众2|"_s);
        QCOMPARE(*events[0]->text, u"저번에 한다던 낚시겜은 안해?"_s);
        QCOMPARE(events[0]->flags->roles, Roles(Role::FanClub));
        // Ids lose their "(N)" suffix.
        QCOMPARE(*events[2]->userId, u"y7i0u6s1qt"_s);
        QCOMPARE(*events[4]->userId, u"jslq08"_s);

        EventBatch donations;
        soop::EventStreamDecoder donationDecoder;
        for (const testdata::Frame &frame : testdata::fixtureFrames(u"donations-2026-10.frames.jsonl"_s))
            donationDecoder.feed(frame.bytes, donations);
        qint64 balloons = 0;
        QList<qint64> renewalMonths;
        for (const EventPtr &event : donations) {
            if (event->type == EventType::Balloon)
                balloons += *event->count;
            if (event->type == EventType::SubscriptionRenewal)
                renewalMonths.append(*event->details().months);
            if (event->type == EventType::Balloon && event->details().fanClubOrdinal.value_or(0) > 0)
                QCOMPARE(*event->details().fanClubOrdinal, 90960);
        }
        QCOMPARE(renewalMonths, (QList<qint64> {33, 62, 32, 52}));
        QCOMPARE(balloons, 10 * 11 + 19 + 33 + 100 * 3);
    }
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
