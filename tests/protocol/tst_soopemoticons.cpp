// SOOP's built-in emoticons: the tokens of a chat line, and what the decoder makes of them.
#include <QTest>

#include "core/soop/SoopEmoticons.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using soopchat::soop::SoopEmoticons;

class TestSoopEmoticons : public QObject
{
    Q_OBJECT

private slots:
    void findsKnownTokens()
    {
        const QList<Emoticon> found = SoopEmoticons::find(u"/하이/ 오늘도 /샤방/ /하이/"_s);
        QCOMPARE(found.size(), 2); // each once
        QCOMPARE(found[0].name, u"샤방"_s); // sorted by name
        QCOMPARE(found[0].imageUrl, u"https://res.sooplive.com/images/chat/emoticon/small/1.png"_s);
        QCOMPARE(found[1].name, u"하이"_s);
        QCOMPARE(found[1].imageUrl, u"https://res.sooplive.com/images/chat/emoticon/small/6.png"_s);
    }

    void leavesOtherSlashesAlone()
    {
        QVERIFY(SoopEmoticons::find(u"ㅋㅋㅋ"_s).isEmpty());
        QVERIFY(SoopEmoticons::find(u"/존재안함/"_s).isEmpty());
        QVERIFY(SoopEmoticons::find(u"https://example.com/a/b/"_s).isEmpty());
        QVERIFY(SoopEmoticons::find(u"1/2/3"_s).isEmpty());
        // A slash that closes an unknown word may open a known one.
        const QList<Emoticon> found = SoopEmoticons::find(u"/ㅋ/헉/"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].name, u"헉"_s);
    }
};

QTEST_GUILESS_MAIN(TestSoopEmoticons)
#include "tst_soopemoticons.moc"
