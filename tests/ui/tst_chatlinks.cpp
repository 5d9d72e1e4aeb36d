// Links in chat: which text is a link and which is not (LinkFinder), and which hosts open
// without asking (LinkOpener).
#include <QTest>

#include "core/util/LinkFinder.h"
#include "ui/chat/LinkOpener.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

QStringList found(const QString &text)
{
    QStringList out;
    for (const LinkFinder::Link &link : LinkFinder::find(text))
        out.append(text.mid(link.start, link.length));
    return out;
}

} // namespace

class TestChatLinks : public QObject
{
    Q_OBJECT

private slots:
    void findsLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("links");
        QTest::newRow("plain") << u"https://example.com"_s << QStringList {u"https://example.com"_s};
        QTest::newRow("no link") << u"ㅋㅋㅋㅋ 오늘도 화이팅"_s << QStringList {};
        QTest::newRow("full stop") << u"여기 보세요 https://example.com/a."_s
                                   << QStringList {u"https://example.com/a"_s};
        QTest::newRow("comma and exclamation") << u"https://a.example.com/x, http://b.example.com!!"_s
                                               << QStringList {u"https://a.example.com/x"_s, u"http://b.example.com"_s};
        QTest::newRow("question mark kept inside") << u"https://www.youtube.com/watch?v=dQw4w9WgXcQ?"_s
                                                   << QStringList {u"https://www.youtube.com/watch?v=dQw4w9WgXcQ"_s};
        QTest::newRow("in brackets") << u"(https://example.com/page)"_s << QStringList {u"https://example.com/page"_s};
        QTest::newRow("balanced brackets kept")
            << u"https://ko.wikipedia.org/wiki/X_(Y) 참고"_s << QStringList {u"https://ko.wikipedia.org/wiki/X_(Y)"_s};
        QTest::newRow("Korean right after")
            << u"https://example.com/clip에서 봤어요"_s << QStringList {u"https://example.com/clip"_s};
        QTest::newRow("Korean right before")
            << u"링크:https://example.com 클릭"_s << QStringList {u"https://example.com"_s};
        QTest::newRow("www") << u"www.sooplive.co.kr 로 오세요"_s << QStringList {u"www.sooplive.co.kr"_s};
        QTest::newRow("quotes") << u"\"https://example.com/q\""_s << QStringList {u"https://example.com/q"_s};
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << QStringList {};
        QTest::newRow("file") << u"file:///etc/passwd"_s << QStringList {};
        QTest::newRow("data") << u"data:text/html,<b>x</b>"_s << QStringList {};
        QTest::newRow("ftp") << u"ftp://example.com/file"_s << QStringList {};
        QTest::newRow("glued to a word") << u"xhttps://example.com"_s << QStringList {};
        QTest::newRow("no host") << u"https:// 가 뭐예요"_s << QStringList {};
        QTest::newRow("no dot") << u"http://localhost/admin"_s << QStringList {};
        QTest::newRow("user info") << u"https://user@example.com/"_s << QStringList {};
        QTest::newRow("ellipsis ends it")
            << u"https://example.com/abc…"_s << QStringList {u"https://example.com/abc"_s};
    }

    void findsLinks()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, links);
        QCOMPARE(found(text), links);
        for (const LinkFinder::Link &link : LinkFinder::find(text)) {
            QVERIFY(LinkFinder::isOpenable(link.url));
            QVERIFY(link.url.scheme() == "https"_L1 || link.url.scheme() == "http"_L1);
        }
    }

    void wwwOpensAsHttps()
    {
        const QList<LinkFinder::Link> links = LinkFinder::find(u"www.example.com/a"_s);
        QCOMPARE(links.size(), 1);
        QCOMPARE(links[0].url, QUrl(u"https://www.example.com/a"_s));
    }

    void veryLongAddressesAreNotLinks()
    {
        const QString path = QString(LinkFinder::MaxLength, u'a');
        QVERIFY(found(u"https://example.com/"_s + path).isEmpty());
        const QString fits = u"https://example.com/"_s + QString(LinkFinder::MaxLength - 40, u'b');
        QCOMPARE(found(fits + u" 끝"_s), QStringList {fits});
        // A huge line of addresses is still read in one pass and finds each.
        QString many;
        for (int i = 0; i < 500; ++i)
            many += u"https://e%1.example.com "_s.arg(i);
        QCOMPARE(found(many).size(), 500);
    }

    void openableOnlyHttp()
    {
        QVERIFY(LinkFinder::isOpenable(QUrl(u"https://example.com"_s)));
        QVERIFY(LinkFinder::isOpenable(QUrl(u"http://example.com"_s)));
        QVERIFY(!LinkFinder::isOpenable(QUrl(u"javascript:alert(1)"_s)));
        QVERIFY(!LinkFinder::isOpenable(QUrl(u"file:///etc/passwd"_s)));
        QVERIFY(!LinkFinder::isOpenable(QUrl(u"https://"_s)));
    }

    void wellKnownHosts()
    {
        for (const QString &host : {u"sooplive.co.kr"_s, u"play.sooplive.co.kr"_s, u"vod.sooplive.co.kr"_s,
                 u"www.afreecatv.com"_s, u"youtu.be"_s, u"m.youtube.com"_s, u"chzzk.naver.com"_s}) {
            QVERIFY2(LinkOpener::isWellKnownHost(host), qPrintable(host));
        }
        for (const QString &host : {u"example.com"_s, u"sooplive.co.kr.evil.com"_s, u"evilsooplive.co.kr"_s,
                 u"youtube.com.example.net"_s, u"naver.com"_s, u"xn--80ak6aa92e.com"_s}) {
            QVERIFY2(!LinkOpener::isWellKnownHost(host), qPrintable(host));
        }
    }

    void internationalHostsAreMarked()
    {
        // Cyrillic "аррӏе.com" is the ASCII "xn--80ak6aa92e.com": it looks like apple.com.
        const QUrl lookalike(u"https://xn--80ak6aa92e.com/shop"_s);
        QVERIFY(LinkOpener::isInternationalHost(lookalike));
        const QString shown = LinkOpener::shownHost(lookalike);
        QVERIFY2(shown.startsWith(u"xn--80ak6aa92e.com"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"аррӏе.com"_s), qPrintable(shown));
        const QUrl typed(u"https://аррӏе.com/"_s); // written in Cyrillic
        QVERIFY(LinkOpener::isInternationalHost(typed));
        QVERIFY(!LinkOpener::isInternationalHost(QUrl(u"https://example.com"_s)));
        QCOMPARE(LinkOpener::shownHost(QUrl(u"https://example.com/x"_s)), u"example.com"_s);
    }
};

QTEST_GUILESS_MAIN(TestChatLinks)
#include "tst_chatlinks.moc"
