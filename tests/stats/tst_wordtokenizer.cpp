// How chat text becomes the words of the top-words list, and the bounded
// counter behind it.
#include <QTest>

#include <map>

#include "core/stats/SpaceSavingCounter.h"
#include "core/stats/WordTokenizer.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {
QStringList wordsOf(const QString &text)
{
    WordTokenizer::Words words;
    WordTokenizer::split(text, words);
    return QStringList(words.cbegin(), words.cend());
}
} // namespace

class TestWordTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void splitsOnWhitespaceAndPunctuation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("korean question") << u"저번에 한다던 낚시겜은 안해?"_s
                                         << QStringList {u"저번에"_s, u"한다던"_s, u"낚시겜은"_s, u"안해"_s};
        QTest::newRow("punctuation glued")
            << u"대박!!진짜...최고,굿"_s << QStringList {u"대박"_s, u"진짜"_s, u"최고"_s}; // 굿: one syllable
        QTest::newRow("latin case folded") << u"Hello, WORLD! hello"_s << QStringList {u"hello"_s, u"world"_s};
        QTest::newRow("emoji separates") << u"좋아요😀최고"_s << QStringList {u"좋아요"_s, u"최고"_s};
        QTest::newRow("tabs and newlines") << u"gg\twp\nok"_s << QStringList {u"gg"_s, u"wp"_s, u"ok"_s};
        QTest::newRow("cyrillic lower") << u"Ёлка ёлка"_s << QStringList {u"ёлка"_s};
        QTest::newRow("japanese run") << u"東京タワー"_s << QStringList {u"東京タワー"_s};
        QTest::newRow("letters with digits") << u"2층 3D"_s << QStringList {u"2층"_s, u"3d"_s};
    }

    void splitsOnWhitespaceAndPunctuation()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(wordsOf(text), words);
    }

    void laughterAndCryingJamoAreNotWords()
    {
        QCOMPARE(wordsOf(u"ㅋㅋㅋㅋㅋ"_s), QStringList());
        QCOMPARE(wordsOf(u"ㅎㅎ ㅠㅠ ㅜㅜ ㅋㅎㅋㅎ"_s), QStringList());
        // Laughter glued to a word is cut off, the word stays.
        QCOMPARE(wordsOf(u"진짜ㅋㅋㅋ 웃기네ㅎㅎ"_s), (QStringList {u"진짜"_s, u"웃기네"_s}));
        QCOMPARE(wordsOf(u"ㅠㅠ슬퍼요ㅠㅠ"_s), QStringList {u"슬퍼요"_s});
    }

    void noiseIsDropped()
    {
        QCOMPARE(wordsOf(u"a 1 2 33 4444 와"_s), QStringList()); // short, numbers, one syllable
        QCOMPARE(wordsOf(u"ㄷㄷㄷ zzz ㅇㅇ ㅡㅡ wwww"_s), QStringList()); // one character repeated
        QCOMPARE(wordsOf(u"ㅇㅈ gg"_s), (QStringList {u"ㅇㅈ"_s, u"gg"_s})); // different jamo; a Latin pair
        const QString keysmash(WordTokenizer::MaxWordLength + 1, u'x');
        QCOMPARE(wordsOf(keysmash + u"y ok"_s), QStringList {u"ok"_s});
        QVERIFY(WordTokenizer::isNoise(u"1234"));
        QVERIFY(!WordTokenizer::isNoise(u"진짜"));
    }

    void fillerWordsSayNothingAboutTheRoom()
    {
        // What topped a demo room's list before: 너무, 이거, 돼요, 뭐예요.
        QCOMPARE(wordsOf(u"너무 웃겨 이거 뭐예요 돼요 낚시겜"_s), (QStringList {u"웃겨"_s, u"낚시겜"_s}));
        QCOMPARE(wordsOf(u"this is the boss fight"_s), (QStringList {u"boss"_s, u"fight"_s}));
        QVERIFY(WordTokenizer::isNoise(u"너무"));
        QVERIFY(!WordTokenizer::isNoise(u"너무해")); // a different word
    }

    void aMessageCountsEachWordOnceAndAtMostALimit()
    {
        QCOMPARE(wordsOf(u"go go go GO"_s), QStringList {u"go"_s});
        QString wall;
        for (int i = 0; i < 100; ++i)
            wall += u"w%1x "_s.arg(i);
        QCOMPARE(wordsOf(wall).size(), WordTokenizer::MaxWordsPerMessage);
    }

    void spaceSavingIsExactBelowCapacity()
    {
        SpaceSavingCounter counter(8);
        for (int i = 0; i < 5; ++i)
            counter.add(u"a"_s);
        counter.add(u"b"_s);
        counter.add(u"b"_s);
        counter.add(u"c"_s);
        const QList<SpaceSavingCounter::Entry> top = counter.top(10);
        QCOMPARE(top.size(), 3);
        QCOMPARE(top[0], (SpaceSavingCounter::Entry {u"a"_s, 5, 0}));
        QCOMPARE(top[1], (SpaceSavingCounter::Entry {u"b"_s, 2, 0}));
        QCOMPARE(top[2], (SpaceSavingCounter::Entry {u"c"_s, 1, 0}));
        QCOMPARE(counter.total(), 8);
    }

    void spaceSavingStaysBoundedAndKeepsHeavyHitters()
    {
        // 3 frequent words among 5,000 distinct one-off words, with 64
        // counters: the frequent ones exceed N / capacity and must be tracked,
        // each count within its error of the truth.
        const int capacity = 64;
        SpaceSavingCounter counter(capacity);
        std::map<QString, qint64> truth;
        for (int i = 0; i < 5000; ++i) {
            const QString rare = u"rare%1"_s.arg(i);
            counter.add(rare);
            ++truth[rare];
            if (i % 5 == 0) {
                counter.add(u"진짜"_s);
                ++truth[u"진짜"_s];
            }
            if (i % 10 == 0) {
                counter.add(u"대박"_s);
                ++truth[u"대박"_s];
            }
            if (i % 20 == 0) {
                counter.add(u"gg"_s);
                ++truth[u"gg"_s];
            }
        }
        QCOMPARE(counter.size(), capacity);
        const qint64 bound = counter.total() / capacity;
        const QList<SpaceSavingCounter::Entry> top = counter.top(capacity);
        QCOMPARE(top[0].key, u"진짜"_s);
        QCOMPARE(top[1].key, u"대박"_s);
        QCOMPARE(top[2].key, u"gg"_s);
        for (const SpaceSavingCounter::Entry &entry : top) {
            const qint64 real = truth[entry.key];
            QVERIFY2(entry.count >= real && entry.count - entry.error <= real, qPrintable(entry.key));
            QVERIFY(entry.error <= bound);
        }
    }
};

QTEST_GUILESS_MAIN(TestWordTokenizer)
#include "tst_wordtokenizer.moc"
