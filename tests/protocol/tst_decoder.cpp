// Snapshot tests: tests/data/decoder-snapshots.jsonl holds one packet per
// event type of docs/EVENTS.md with the exact JSON line it must decode to.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "core/events/EventJson.h"
#include "core/soop/EventStreamDecoder.h"
#include "core/soop/PacketDecoder.h"
#include "core/soop/PacketWriter.h"
#include "core/soop/StringCache.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

class TestDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesEveryEventType_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("type");
        const QList<QByteArray> lines =
            testdata::readFile(testdata::dataDir() + u"/decoder-snapshots.jsonl"_s).trimmed().split('\n');
        QSet<QString> covered;
        for (const QByteArray &line : lines) {
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            const QString expect = row.value("expect"_L1).toString();
            const QString type = expect.isEmpty()
                ? row.value("expect_type"_L1).toString()
                : QJsonDocument::fromJson(expect.toUtf8()).object().value("type"_L1).toString();
            covered.insert(type);
            QTest::newRow(qPrintable(row.value("name"_L1).toString()))
                << QByteArray::fromBase64(row.value("packet_b64"_L1).toString().toLatin1()) << expect.toUtf8() << type;
        }
        // Every type SOOP's packets decode to has a snapshot. Gaps and
        // broadcast starts are made by the client; cheese and blinds are
        // CHZZK's (tests/chzzk has their snapshots).
        const QSet<EventType> notSoops {EventType::Gap, EventType::BroadcastStart, EventType::Cheese,
            EventType::VideoCheese, EventType::MissionCheese, EventType::Blind};
        for (int t = 0; t < EventTypeCount; ++t) {
            if (!notSoops.contains(EventType(t)))
                QVERIFY2(covered.contains(eventTypeName(EventType(t))), eventTypeName(EventType(t)).data());
        }
    }

    void decodesEveryEventType()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, json);
        QFETCH(QString, type);
        soop::EventStreamDecoder decoder;
        EventBatch events;
        decoder.feed(bytes, events);
        decoder.finish(events);
        QCOMPARE(events.size(), 1);
        QCOMPARE(eventTypeName(events.first()->type), type);
        if (!json.isEmpty())
            QCOMPARE(EventJson::toJson(*events.first()), json);
    }

    void aNegativeCountIsMalformedAndCountsForNothing()
    {
        soop::EventStreamDecoder decoder;
        EventBatch events;
        decoder.feed(soop::PacketWriter::packet(18, {"bj", "fan1", "팬", "-1000", "0"}), events);
        decoder.feed(soop::PacketWriter::packet(18, {"bj", "fan2", "팬", "1000", "0"}), events);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0]->type, EventType::Malformed);
        QVERIFY(events[0]->details().reason.contains(u"is negative"_s));
        QCOMPARE(events[1]->type, EventType::Balloon);
        QCOMPARE(events[1]->count, 1000);
    }

    void nonUtf8FieldsFallBackToCp949()
    {
        const QByteArray euckr("\xbe\xc8\xb3\xe7"); // "안녕" in CP949
        QCOMPARE(soop::decodeText(euckr), u"안녕"_s);
        QCOMPARE(soop::decodeText(u"안녕"_s.toUtf8()), u"안녕"_s);
    }

    void repeatedNamesShareOneStringAndNeverMixUp()
    {
        soop::StringCache cache(2); // tiny: one set of two, so every key collides
        const QString first = cache.get("viewer1");
        const QString again = cache.get("viewer1");
        QCOMPARE(again, u"viewer1"_s);
        QCOMPARE(again.constData(), first.constData()); // shared, not decoded twice
        QCOMPARE(cache.hits(), 1u);
        // Two names that share a set both stay; a third replaces the older.
        QCOMPARE(cache.get("viewer2"), u"viewer2"_s);
        QCOMPARE(cache.get("viewer1").constData(), first.constData());
        QCOMPARE(cache.get("viewer2"), u"viewer2"_s);
        QCOMPARE(cache.hits(), 3u);
        QCOMPARE(cache.get("viewer3"), u"viewer3"_s);
        QCOMPARE(cache.get("viewer2"), u"viewer2"_s);
        QCOMPARE(cache.hits(), 4u);
        QVERIFY(cache.get("viewer1").constData() != first.constData());
        QCOMPARE(cache.misses(), 4u);
        for (int i = 0; i < 100; ++i) {
            const QByteArray key = "user" + QByteArray::number(i);
            QCOMPARE(cache.get(key), QString::fromLatin1(key));
        }
        QCOMPARE(cache.get(u"시청자7"_s.toUtf8()), u"시청자7"_s);
        const QByteArray longName(200, 'x');
        QCOMPARE(cache.get(longName), QString::fromLatin1(longName));
        QCOMPARE(cache.get("\xbe\xc8\xb3\xe7"), u"안녕"_s); // CP949 still falls back
    }

    void namesThatDifferOnlyInTheirLastBytesAllStay()
    {
        // Ids such as viewer10..viewer99 are one eight-byte word apart only
        // in the digits: the hash must still spread them over the table.
        soop::StringCache cache;
        for (int i = 10; i < 100; ++i)
            cache.get(QByteArray("viewer" + QByteArray::number(i)));
        QCOMPARE(cache.misses(), 90u);
        for (int i = 10; i < 100; ++i)
            cache.get(QByteArray("viewer" + QByteArray::number(i)));
        QCOMPARE(cache.hits(), 90u);
    }

    void decodedEventsFromTheSameUserShareTheirNames()
    {
        soop::EventStreamDecoder decoder;
        EventBatch events;
        const QByteArray nickname = u"시청자9"_s.toUtf8();
        for (int i = 0; i < 3; ++i)
            decoder.feed(
                soop::PacketWriter::packet(5, {"hi", "viewer9(2)", "0", "0", "3", nickname, "32|0", "-1"}), events);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0]->nickname->constData(), events[2]->nickname->constData());
        QCOMPARE(events[0]->userId->constData(), events[1]->userId->constData());
        QCOMPARE(*events[2]->userId, u"viewer9"_s);
    }

    void idSuffixIsStrippedOnlyWhenItIsANumberInParentheses()
    {
        soop::EventStreamDecoder decoder;
        EventBatch events;
        for (const char *id : {"viewer7(2)", "viewer7(x)", "(2)", "v()", "a(12)"})
            decoder.feed(soop::PacketWriter::packet(5, {"t", id}), events);
        QStringList ids;
        for (const EventPtr &event : events)
            ids.append(*event->userId);
        QCOMPARE(ids, (QStringList {u"viewer7"_s, u"viewer7(x)"_s, u"(2)"_s, u"v()"_s, u"a"_s}));
    }
};

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_decoder.moc"
