// The stream reader against everything a network can do to a byte stream:
// packets packed together, split anywhere, cut short, preceded by noise.
#include <QRandomGenerator>
#include <QTest>

#include "core/soop/EventStreamDecoder.h"
#include "core/soop/PacketDecoder.h"
#include "core/soop/PacketReader.h"
#include "core/soop/PacketWriter.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
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

    void aHeaderTypedInsideAChatLineStaysText()
    {
        // A chatter types what looks like a broadcast_end header (0088, one
        // body byte). The chat packet around it is complete and followed by
        // the next header, so its declared length is the truth.
        const QByteArray forged = QByteArray("gg ") + Escape + Tab + "0088000001001 bye";
        const QByteArray chat = PacketWriter::packet(5, {forged, "viewer1", "0", "0", "3", "닉", "32|0", "-1"});
        const QByteArray after = PacketWriter::packet(5, {"다음", "viewer2"});
        for (const QList<QByteArray> &chunks : {QList<QByteArray> {chat + after}, QList<QByteArray> {chat, after},
                 QList<QByteArray> {chat.left(20), chat.mid(20) + after}}) {
            const Read read = readAll(chunks);
            QCOMPARE(read.malformed, QStringList {});
            QCOMPARE(read.services, (QList<quint16> {5, 5}));
            QCOMPARE(read.fields[0][0], forged);
            QCOMPARE(read.fields[1][0], u"다음"_s.toUtf8());
        }

        EventStreamDecoder decoder;
        EventBatch events;
        decoder.feed(chat, events);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0]->type, EventType::Chat);
        QCOMPARE(events[0]->text.value_or(QString()), QString::fromUtf8(forged));
    }

    void escTabAndFormFeedInEveryPositionOfATextKeepTheFraming()
    {
        // Whatever a text holds, at whatever position, and however the
        // frames split the stream, the packets around it arrive intact.
        const QByteArray text = u"안녕하세요 반가워요 ㅋㅋ"_s.toUtf8();
        const QByteArray before = PacketWriter::packet(5, {"앞", "viewer1"});
        const QByteArray after = PacketWriter::packet(5, {"뒤", "viewer2"});
        const QList<QByteArray> inserts {QByteArray(1, Escape), QByteArray(1, Tab), QByteArray(1, FieldSeparator),
            QByteArray() + Escape + Tab, QByteArray() + Escape + Tab + "000500000300",
            QByteArray() + Escape + Tab + "0088000001001"};
        for (const QByteArray &insert : inserts) {
            for (qsizetype at = 0; at <= text.size(); ++at) {
                QByteArray hostile = text;
                hostile.insert(at, insert);
                const QByteArray packet =
                    PacketWriter::packetWithBody(5, QByteArray("\x0c" + hostile + "\x0cviewer3\x0c"));
                const QByteArray stream = before + packet + after;
                for (const qsizetype split : {qsizetype(0), before.size() + 7, before.size() + HeaderSize + at,
                         before.size() + packet.size() - 1}) {
                    const Read read = readAll({stream.left(split), stream.mid(split)});
                    QVERIFY2(read.malformed.isEmpty(), qPrintable(read.malformed.join(u"; "_s)));
                    QCOMPARE(read.services, (QList<quint16> {5, 5, 5}));
                    QCOMPARE(read.fields[0][0], u"앞"_s.toUtf8());
                    QCOMPARE(read.fields[2][0], u"뒤"_s.toUtf8());
                    QCOMPARE(read.fields[2][1], QByteArray("viewer2"));
                    if (insert != QByteArray(1, FieldSeparator))
                        QCOMPARE(read.fields[1][0], hostile);
                }
            }
        }
    }

    void aStretchOfStrayHeadersIsOneMalformedItem()
    {
        // 2 MB of ESC TAB pairs used to become a million malformed events.
        QByteArray noise;
        for (int i = 0; i < 1'000'000; ++i)
            noise.append(Escape).append(Tab);
        const Read read = readAll({noise + PacketWriter::keepalive()});
        QCOMPARE(read.malformed.size(), 1);
        QCOMPARE(read.services, QList<quint16> {0});

        // Fed frame by frame, at most one per frame.
        QList<QByteArray> frames;
        for (qsizetype at = 0; at < noise.size(); at += 4096)
            frames.append(noise.mid(at, 4096));
        frames.append(PacketWriter::keepalive());
        const Read framed = readAll(frames);
        QVERIFY(framed.malformed.size() <= frames.size());
        QCOMPARE(framed.services, QList<quint16> {0});
    }

    void aPacketCutShortInTheLastFrameStillLetsTheNextOnesThrough()
    {
        // Cut short by more than the next packet's length: only the end of
        // the input tells, and the packet after it is not lost.
        const QByteArray first =
            PacketWriter::chatMessage(u"이 메시지는 아주 많이 잘립니다 이 메시지는 아주 많이 잘립니다"_s);
        const QByteArray second = PacketWriter::keepalive();
        const Read read = readAll({first.left(HeaderSize + 3), second});
        QCOMPARE(read.malformed.size(), 1);
        QVERIFY(read.malformed[0].startsWith(u"truncated packet: header promised"_s));
        QCOMPARE(read.services, QList<quint16> {0});
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
