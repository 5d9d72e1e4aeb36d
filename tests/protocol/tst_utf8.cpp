// The strict UTF-8 decoder: the same text as QString::fromUtf8 for valid
// input, and a clear "no" for everything that is not UTF-8.
#include <QRandomGenerator>
#include <QTest>

#include "core/util/Utf8.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

class TestUtf8 : public QObject
{
    Q_OBJECT

private slots:
    void decodesValidTextLikeQt()
    {
        QRandomGenerator random(2026);
        for (int round = 0; round < 2000; ++round) {
            QList<char32_t> codePoints;
            const int length = random.bounded(60);
            for (int i = 0; i < length; ++i) {
                switch (random.bounded(5)) {
                case 0:
                    codePoints.append(char32_t(random.bounded(0x80)));
                    break;
                case 1:
                    codePoints.append(char32_t(0x80 + random.bounded(0x800 - 0x80)));
                    break;
                case 2:
                    codePoints.append(char32_t(0xAC00 + random.bounded(11172))); // Hangul
                    break;
                case 3: {
                    char32_t c = char32_t(0x800 + random.bounded(0x10000 - 0x800));
                    if (c >= 0xD800 && c <= 0xDFFF)
                        c = 0xE000;
                    codePoints.append(c);
                    break;
                }
                default:
                    codePoints.append(char32_t(0x10000 + random.bounded(0x110000 - 0x10000)));
                }
            }
            const QString expected = QString::fromUcs4(codePoints.constData(), codePoints.size());
            const QByteArray bytes = expected.toUtf8();
            QString decoded;
            QVERIFY2(Utf8::decode(bytes, decoded), bytes.toHex().constData());
            QCOMPARE(decoded, expected);
        }
    }

    // Random bytes built mostly from UTF-8's own pieces (leads, continuations,
    // ASCII runs), so that every kind of broken sequence comes up: valid
    // exactly when Qt's decoder round-trips them, and then the same text.
    void agreesWithQtOnRandomBytes()
    {
        static const unsigned char pieces[] = {'a', ' ', 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xea, 0xed,
            0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x90, 0x8f};
        QRandomGenerator random(77);
        for (int round = 0; round < 20000; ++round) {
            QByteArray bytes;
            const int length = random.bounded(24);
            for (int i = 0; i < length; ++i) {
                if (random.bounded(4) == 0)
                    bytes.append(QByteArray(random.bounded(1, 12), 'x'));
                else
                    bytes.append(char(pieces[random.bounded(int(sizeof pieces))]));
            }
            const QString qt = QString::fromUtf8(bytes);
            const bool valid = qt.toUtf8() == bytes;
            QString decoded;
            QCOMPARE(Utf8::decode(bytes, decoded), valid);
            if (valid)
                QCOMPARE(decoded, qt);
            // What Qt made of them matches only when they were valid.
            QCOMPARE(Utf8::equals(bytes, qt), valid);
        }
    }

    // equals(bytes, text) is exactly "decode(bytes) succeeds and gives text":
    // the string cache relies on it to confirm a hash match.
    void equalsIsDecodeAndCompare()
    {
        QRandomGenerator random(5);
        const QStringList texts = {u""_s, u"viewer1234"_s, u"viewer12345678901"_s, u"시청자42"_s, u"a😀b"_s,
            u"abcdefgh시"_s, u"abcdefghijklmnop"_s};
        for (const QString &text : texts) {
            const QByteArray bytes = text.toUtf8();
            QVERIFY(Utf8::equals(bytes, text));
            // Every shorter or longer text, and every one-unit change, differs.
            QVERIFY(!Utf8::equals(bytes, QString(text + u'x')));
            if (!text.isEmpty()) {
                QVERIFY(!Utf8::equals(bytes, text.chopped(1)));
                QVERIFY(!Utf8::equals(bytes.chopped(1), text));
            }
            for (qsizetype i = 0; i < text.size(); ++i) {
                QString changed = text;
                changed[i] = QChar(changed[i].unicode() ^ (1u << random.bounded(16)));
                QCOMPARE(Utf8::equals(bytes, changed), changed == text);
            }
        }
        QVERIFY(!Utf8::equals("\xbe\xc8\xb3\xe7", u"안녕"_s)); // CP949 bytes are not UTF-8
        QVERIFY(!Utf8::equals("abcdefgh\xc3", u"abcdefgh\ufffd"_s));
    }

    void rejectsWhatIsNotUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("stray continuation") << QByteArray("a\x80"
                                                          "b");
        QTest::newRow("overlong two bytes") << QByteArray("\xc0\xaf");
        QTest::newRow("overlong three bytes") << QByteArray("\xe0\x80\xaf");
        QTest::newRow("overlong four bytes") << QByteArray("\xf0\x80\x80\xaf");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
        QTest::newRow("lead F5") << QByteArray("\xf5\x80\x80\x80");
        QTest::newRow("cut two") << QByteArray("ab\xc3");
        QTest::newRow("cut three") << QByteArray("\xea\xb0");
        QTest::newRow("cut four") << QByteArray("\xf0\x9f\x98");
        QTest::newRow("bad continuation") << QByteArray("\xea\x41\x80");
        QTest::newRow("cp949 안녕") << QByteArray("\xbe\xc8\xb3\xe7");
    }

    void rejectsWhatIsNotUtf8()
    {
        QFETCH(QByteArray, bytes);
        QString out;
        QVERIFY(!Utf8::decode(bytes, out));
    }

    void emptyInputIsAnEmptyString()
    {
        QString out = u"x"_s;
        QVERIFY(Utf8::decode({}, out));
        QVERIFY(out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
