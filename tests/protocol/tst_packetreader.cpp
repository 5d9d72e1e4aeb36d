// The stream reader against everything a network can do to a byte stream:
// packets packed together, split anywhere, cut short, preceded by noise.
#include <QRandomGenerator>
#include <QTest>

#include "core/soop/PacketDecoder.h"
#include "core/soop/PacketReader.h"
#include "core/soop/PacketWriter.h"

using namespace Qt::StringLiterals;
using namespace soopchat::soop;

namespace {

struct Read
{
    QList<quint16> services;
    QList<QList<QByteArray>> fields;
    QStringList malformed;
    QList<qint64> malformedOffsets;
};

void drain(PacketReader &reader, Read &read)
{
    PacketReader::Item item;
    while (reader.next(item)) {
        if (item.kind == PacketReader::Item::Kind::Malformed) {
            read.malformed.append(item.reason);
            read.malformedOffsets.append(item.offset);
            continue;
        }
        read.services.append(item.packet.service);
        const PacketFields fields(item.packet.body);
        QList<QByteArray> copy;
        for (qsizetype i = 0; i < fields.size(); ++i)
            copy.append(fields[i].toByteArray());
        read.fields.append(copy);
    }
}

Read readAll(const QList<QByteArray> &chunks)
{
    PacketReader reader;
    Read read;
    for (const QByteArray &chunk : chunks) {
        reader.feed(chunk);
        drain(reader, read);
    }
    reader.finish();
    drain(reader, read);
    return read;
}

QString randomText(QRandomGenerator &random, int maxLength)
{
    QString text;
    const int length = random.bounded(maxLength + 1);
    for (int i = 0; i < length; ++i) {
        switch (random.bounded(4)) {
        case 0:
            text.append(QChar(char16_t(u'가' + random.bounded(11172))));
            break;
        case 1:
            text.append(QString::fromUcs4(std::array<char32_t, 1> {char32_t(0x1F600 + random.bounded(80))}.data(), 1));
            break;
        case 2:
            text.append(QChar(char16_t(u' ' + random.bounded(95))));
            break;
        default:
            text.append(u"|()[]♡ㅋㅎ"_s.at(random.bounded(8)));
        }
    }
    return text;
}

struct Built
{
    QByteArray bytes;
    QList<quint16> services;
    QList<QList<QByteArray>> fields;
};

Built buildPackets(QRandomGenerator &random, int count, int maxFieldLength)
{
    Built built;
    for (int i = 0; i < count; ++i) {
        const quint16 service = quint16(random.bounded(200));
        QList<QByteArray> fields;
        const int fieldCount = random.bounded(1, 18);
        for (int f = 0; f < fieldCount; ++f)
            fields.append(PacketWriter::sanitizeField(randomText(random, maxFieldLength)));
        // The writer takes views; keep the byte arrays alive in `fields`.
        QByteArray body("\x0c");
        for (const QByteArray &field : fields)
            body.append(field).append('\x0c');
        built.bytes.append(PacketWriter::packetWithBody(service, body));
        built.services.append(service);
        // A trailing empty field is indistinguishable from the terminator.
        while (!fields.isEmpty() && fields.last().isEmpty())
            fields.removeLast();
        built.fields.append(fields);
    }
    return built;
}

void trimTrailingEmpty(QList<QList<QByteArray>> &all)
{
    for (QList<QByteArray> &fields : all) {
        while (!fields.isEmpty() && fields.last().isEmpty())
            fields.removeLast();
    }
}

} // namespace

class TestPacketReader : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsRandomKoreanEmojiAndLongFields()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        for (int round = 0; round < 50; ++round) {
            const Built built = buildPackets(random, 20, round % 10 == 0 ? 6000 : 40);
            Read read = readAll({built.bytes});
            trimTrailingEmpty(read.fields);
            QVERIFY2(read.malformed.isEmpty(), qPrintable(u"seed %1: %2"_s.arg(seed).arg(read.malformed.join(u"; "))));
            QCOMPARE(read.services, built.services);
            QCOMPARE(read.fields, built.fields);
        }
    }

    void everySplitPointOfAMultiPacketBufferGivesTheSamePackets()
    {
        QRandomGenerator random(7);
        const Built built = buildPackets(random, 6, 12);
        for (qsizetype split = 0; split <= built.bytes.size(); ++split) {
            Read read = readAll({built.bytes.left(split), built.bytes.mid(split)});
            trimTrailingEmpty(read.fields);
            QVERIFY2(
                read.malformed.isEmpty(), qPrintable(u"split at %1: %2"_s.arg(split).arg(read.malformed.join(u"; "))));
            QCOMPARE(read.services, built.services);
            QCOMPARE(read.fields, built.fields);
        }
    }

    void everyPairOfSplitPointsGivesTheSamePackets()
    {
        QRandomGenerator random(11);
        const Built built = buildPackets(random, 3, 4);
        const qsizetype n = built.bytes.size();
        for (qsizetype a = 0; a <= n; ++a) {
            for (qsizetype b = a; b <= n; ++b) {
                const Read read = readAll({built.bytes.left(a), built.bytes.mid(a, b - a), built.bytes.mid(b)});
                QVERIFY2(read.malformed.isEmpty(), qPrintable(u"splits %1,%2"_s.arg(a).arg(b)));
                QCOMPARE(read.services, built.services);
            }
        }
    }

    void byteByByteFeedingWorks()
    {
        QRandomGenerator random(3);
        const Built built = buildPackets(random, 10, 30);
        QList<QByteArray> bytes;
        for (char c : built.bytes)
            bytes.append(QByteArray(1, c));
        const Read read = readAll(bytes);
        QVERIFY(read.malformed.isEmpty());
        QCOMPARE(read.services, built.services);
    }

    void zeroLengthBodiesAreValidPackets()
    {
        const Read read = readAll({"\x1b\t000500000000\x1b\t008800000000"});
        QVERIFY(read.malformed.isEmpty());
        QCOMPARE(read.services, (QList<quint16> {5, 88}));
        QCOMPARE(read.fields, (QList<QList<QByteArray>> {{}, {}}));
    }

    void noiseBeforeAHeaderIsReportedAndSkipped()
    {
        const QByteArray packet = PacketWriter::keepalive();
        const Read read = readAll({"hello\x1bworld" + packet});
        QCOMPARE(read.malformed.size(), 1);
        QVERIFY(read.malformed[0].contains(u"11 bytes of noise"_s));
        QCOMPARE(read.malformedOffsets[0], 0);
        QCOMPARE(read.services, QList<quint16> {0});
    }

    void noiseBetweenPacketsHasItsStreamOffset()
    {
        const QByteArray packet = PacketWriter::keepalive();
        const Read read = readAll({packet + "zz", packet});
        QCOMPARE(read.malformedOffsets, QList<qint64> {packet.size()});
        QCOMPARE(read.services, (QList<quint16> {0, 0}));
    }

    void anInvalidHeaderIsReportedAndReadingResyncs()
    {
        const QByteArray packet = PacketWriter::keepalive();
        const Read read = readAll({"\x1b\t00x500000100\x0c" + packet});
        QCOMPARE(read.malformed.size(), 1);
        QVERIFY(read.malformed[0].startsWith(u"invalid packet header"_s));
        QCOMPARE(read.services, QList<quint16> {0});
    }

    void aPacketCutShortByTheNextHeaderIsReportedAndTheNextOneRead()
    {
        const QByteArray first = PacketWriter::chatMessage(u"이 메시지는 잘립니다"_s);
        const QByteArray second = PacketWriter::chatMessage(u"온전한 메시지"_s);
        const Read read = readAll({first.left(first.size() - 6), second});
        QCOMPARE(read.malformed.size(), 1);
        QVERIFY(read.malformed[0].startsWith(u"truncated packet"_s));
        QCOMPARE(read.malformedOffsets[0], 0);
        QCOMPARE(read.services, QList<quint16> {5});
        QCOMPARE(read.fields[0][0], u"온전한 메시지"_s.toUtf8());
    }

    void aPacketCutShortAtTheEndOfTheStreamIsReported()
    {
        const QByteArray packet = PacketWriter::chatMessage(u"끝까지 오지 않는"_s);
        for (qsizetype cut = 1; cut < packet.size(); ++cut) {
            const Read read = readAll({packet.left(cut)});
            QCOMPARE(read.services.size(), 0);
            QCOMPARE(read.malformed.size(), 1);
            QVERIFY(read.malformed[0].startsWith(u"truncated"_s));
        }
    }

    void aHugeDeclaredLengthWaitsWithoutReadingPastTheBuffer()
    {
        PacketReader reader;
        reader.feed(QByteArray("\x1b\t000599999900\x0cshort"));
        PacketReader::Item item;
        QVERIFY(!reader.next(item));
        QCOMPARE(reader.buffered(), 20);
        reader.finish();
        QVERIFY(reader.next(item));
        QCOMPARE(item.kind, PacketReader::Item::Kind::Malformed);
        QVERIFY(item.reason.contains(u"6 of 999999"_s));
    }

    void feedingAFrameWhileEmptyDoesNotCopyIt()
    {
        PacketReader reader;
        const QByteArray frame = PacketWriter::keepalive();
        reader.feed(frame);
        PacketReader::Item item;
        QVERIFY(reader.next(item));
        QCOMPARE(item.packet.body.data(), frame.constData() + 14);
    }

    void decoderKeepsGoingAfterEveryKindOfDamage()
    {
        // Whatever bytes arrive, every item decodes to an event and nothing throws.
        QRandomGenerator random(99);
        QRandomGenerator mutate(5);
        const Built built = buildPackets(random, 40, 20);
        for (int round = 0; round < 200; ++round) {
            QByteArray damaged = built.bytes;
            for (int k = 0; k < 5; ++k)
                damaged[mutate.bounded(int(damaged.size()))] = char(mutate.bounded(256));
            PacketReader reader;
            reader.feed(damaged);
            reader.finish();
            PacketReader::Item item;
            int items = 0;
            while (reader.next(item)) {
                ++items;
                const auto event = item.kind == PacketReader::Item::Kind::Packet
                    ? PacketDecoder::decode(item.packet)
                    : PacketDecoder::malformed(item.reason, item.offset);
                QVERIFY(event);
            }
            QVERIFY(items > 0);
            QCOMPARE(reader.buffered(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestPacketReader)
#include "tst_packetreader.moc"
