// Chat text placed many lines to a block: every line is an ordinary QString
// to the rest of the app, whatever happens to the arena or its other lines.
#include <QTest>

#include <thread>
#include <vector>

#include "core/util/TextArena.h"
#include "core/util/Utf8.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

const QArrayData *blockOf(QString line) // a copy shares the original's block
{
    return line.data_ptr().d_ptr();
}

QString decoded(TextArena &arena, const QString &text)
{
    QString out;
    if (!arena.decode(text.toUtf8(), out))
        qFatal("not decoded");
    return out;
}

} // namespace

class TestTextArena : public QObject
{
    Q_OBJECT

private slots:
    void linesAreTheirTextAndShareABlock()
    {
        TextArena arena;
        const QStringList texts = {u"ㅋㅋㅋㅋ"_s, u""_s, u"안녕하세요~"_s, u"good game 👍"_s, u"a"_s};
        QStringList lines;
        for (const QString &text : texts)
            lines.append(decoded(arena, text));
        QCOMPARE(lines, texts);
        for (const QString &line : lines) {
            QCOMPARE(blockOf(line), blockOf(lines.first()));
            // utf16() promises a terminated string; so does every line.
            QCOMPARE(line.utf16()[line.size()], u'\0');
            QVERIFY(!line.isNull());
        }
        QString out;
        QVERIFY(!arena.decode("\xbe\xc8\xb3\xe7", out)); // CP949 is for the caller to handle
        // The failed line took nothing: the next one still comes out right.
        QCOMPARE(decoded(arena, u"다음"_s), u"다음"_s);
    }

    void linesOutliveTheArenaAndEachOther()
    {
        QStringList kept;
        {
            TextArena arena(64);
            for (int i = 0; i < 200; ++i) {
                const QString line = decoded(arena, u"줄 %1"_s.arg(i));
                if (i % 7 == 0)
                    kept.append(line);
            }
        }
        // Blocks were filled and left behind, and the arena is gone: the
        // lines kept are intact (AddressSanitizer would see a freed block).
        QCOMPARE(kept.size(), 29);
        for (int k = 0; k < kept.size(); ++k)
            QCOMPARE(kept[k], u"줄 %1"_s.arg(k * 7));
        QVERIFY(blockOf(kept.first()) != blockOf(kept.last()));
    }

    void changingALineNeverTouchesAnother()
    {
        TextArena arena;
        const QString first = decoded(arena, u"first"_s);
        const QString second = decoded(arena, u"second"_s);
        QString copy = first;
        copy.append(u" and more"_s);
        copy[0] = u'F';
        QCOMPARE(copy, u"First and more"_s);
        QCOMPARE(first, u"first"_s);
        QCOMPARE(second, u"second"_s);

        // Even the last owner of a block, growing in place, only writes
        // where no other line lives any more.
        QString last;
        {
            TextArena other(64);
            last = decoded(other, u"last"_s);
        }
        last.append(u" line"_s);
        QCOMPARE(last, u"last line"_s);
    }

    void longLinesGetTheirOwnAllocation()
    {
        TextArena arena(64);
        const QString shortLine = decoded(arena, u"short"_s);
        const QString longLine = decoded(arena, QString(40, u'가'));
        QCOMPARE(longLine, QString(40, u'가'));
        QVERIFY(blockOf(longLine) != blockOf(shortLine));
        QCOMPARE(decoded(arena, u"next"_s), u"next"_s);
        QCOMPARE(blockOf(decoded(arena, u"next"_s)), blockOf(shortLine));
    }

    void linesFreedOnAnotherThreadWhileTheBlockFills()
    {
        // The app's shape: the network thread decodes, the GUI lets go.
        TextArena arena(256);
        for (int round = 0; round < 50; ++round) {
            std::vector<QString> lines;
            for (int i = 0; i < 100; ++i)
                lines.push_back(decoded(arena, u"round %1 line %2"_s.arg(round).arg(i)));
            std::thread freer([batch = std::move(lines)]() mutable { batch.clear(); });
            const QString during = decoded(arena, u"while freeing"_s);
            freer.join();
            QCOMPARE(during, u"while freeing"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestTextArena)
#include "tst_textarena.moc"
