// Hostile chat text on the overlay page in real headless Chromium: a right-to-left override or
// a right-to-left name does not reorder the message after it, and a 10,000-character line or a
// zalgo flood keeps its line within a bounded height (DisplayText, docs/OVERLAY.md).
#include <QJsonArray>
#include <QTest>

#include "ChromiumPage.h"
#include "OverlayTestSupport.h"
#include "core/overlay/OverlayServer.h"
#include "core/util/DisplayText.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace overlaytest;

namespace {

const QString Token = OverlayServer::generateToken();

QString repeated(const QString &unit, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

const QString Zalgo = repeated(u"Z"_s + repeated(u"\u0336\u0317\u0353\u0300\u0489"_s, 10), 20);

} // namespace

class TestOverlayPageText : public QObject
{
    Q_OBJECT

    OverlayServer m_server {Token};
    std::unique_ptr<ChromiumPage> m_page;
    int m_channelCounter = 0;
    QString m_channel;

    bool load()
    {
        m_channel = u"text%1"_s.arg(++m_channelCounter);
        QUrl url = m_server.overlayUrl(m_channel);
        url.setQuery(url.query(QUrl::FullyEncoded) + u"&fade=0"_s);
        if (!m_page->navigate(url))
            return false;
        return m_page->waitUntil(u"document.documentElement.dataset.state === 'open'"_s);
    }

    // For line `index`: where the name and the message's characters are on screen.
    QJsonObject geometry(int index)
    {
        return m_page
            ->evaluate(uR"((() => {
                const line = document.querySelectorAll('#chat .line')[%1];
                const box = (node, from, to) => {
                    const range = document.createRange();
                    range.setStart(node, from);
                    range.setEnd(node, to);
                    const r = range.getBoundingClientRect();
                    return {left: r.left, right: r.right};
                };
                const name = line.querySelector('.nick .name') ?? line.querySelector('.nick');
                const text = line.querySelector('.text').firstChild;
                const n = text.textContent.length;
                return {
                    name: name.textContent,
                    text: text.textContent,
                    nameBox: box(name.firstChild, 0, name.textContent.length),
                    first: box(text, 0, 1),
                    last: box(text, n - 1, n),
                    lineHeight: line.getBoundingClientRect().height,
                };
            })())"_s.arg(index))
            .toObject();
    }

private slots:
    void initTestCase()
    {
        if (ChromiumPage::executable().isEmpty())
            QSKIP(qPrintable(ChromiumPage::installHint()));
        QVERIFY(m_server.listen());
        m_page = std::make_unique<ChromiumPage>();
        QVERIFY2(m_page->start(QSize(400, 600)), qPrintable(m_page->errorString()));
    }

    void cleanup()
    {
        if (m_page)
            QVERIFY2(m_page->problems().isEmpty(), qPrintable(m_page->problems().join(u'\n')));
    }

    void cleanupTestCase() { m_page.reset(); }

    void anOverrideOrARightToLeftNameDoesNotReorderTheMessage()
    {
        QVERIFY(load());
        m_server.publish(m_channel,
            batch({chat(u"\u202Eevil"_s, u"hello world"_s), chat(u"שלום"_s, u"hello world"_s),
                chat(u"plain"_s, u"hello world"_s)}));
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === 3"_s));
        for (int i = 0; i < 3; ++i) {
            const QJsonObject g = geometry(i);
            QCOMPARE(g["text"_L1].toString(), u"hello world"_s);
            const double nameRight = g["nameBox"_L1]["right"_L1].toDouble();
            const double firstLeft = g["first"_L1]["left"_L1].toDouble();
            const double lastLeft = g["last"_L1]["left"_L1].toDouble();
            // Left to right, after the name: "h" left of "d", and the message right of the name.
            QVERIFY2(
                firstLeft < lastLeft, qPrintable(u"line %1: h at %2, d at %3"_s.arg(i).arg(firstLeft).arg(lastLeft)));
            QVERIFY2(nameRight <= firstLeft + 0.5,
                qPrintable(u"line %1: name ends at %2, message starts at %3"_s.arg(i).arg(nameRight).arg(firstLeft)));
        }
        // The override never reaches the page.
        QCOMPARE(geometry(0)["name"_L1].toString(), u"evil"_s);
        QCOMPARE(geometry(1)["name"_L1].toString(), u"שלום"_s);
        // The three lines are laid out alike: the hostile one is no wider than the plain one.
        const auto gap = [&](int i) {
            const QJsonObject g = geometry(i);
            return g["first"_L1]["left"_L1].toDouble() - g["nameBox"_L1]["right"_L1].toDouble();
        };
        QVERIFY2(qAbs(gap(0) - gap(2)) < 1, qPrintable(u"gaps %1 and %2"_s.arg(gap(0)).arg(gap(2))));
    }

    void aLongLineAndZalgoKeepTheirLineBounded()
    {
        QVERIFY(load());
        m_server.publish(m_channel,
            batch(
                {chat(u"plain"_s, u"hello"_s), chat(u"long"_s, repeated(u"가나다라마 "_s, 2000)), chat(Zalgo, Zalgo)}));
        QVERIFY(m_page->waitUntil(u"document.querySelectorAll('#chat .line').length === 3"_s));
        const double one = geometry(0)["lineHeight"_L1].toDouble();
        QVERIFY(one > 0);

        const QJsonObject longLine = geometry(1);
        const QString text = longLine["text"_L1].toString();
        QCOMPARE(text.size(), DisplayText::MessageCharacters + 1);
        QVERIFY(text.endsWith(u'…'));
        // 300 characters of Hangul on a 400 px page: about twenty lines, not the 700 of the whole.
        const double lines = longLine["lineHeight"_L1].toDouble() / one;
        QVERIFY2(lines <= 25, qPrintable(u"the long line is %1 lines tall"_s.arg(lines)));

        const QJsonObject zalgo = geometry(2);
        for (const QString &part : {zalgo["text"_L1].toString(), zalgo["name"_L1].toString()}) {
            int run = 0, longest = 0;
            for (const char32_t c : part.toUcs4()) {
                run = QChar::category(c) == QChar::Mark_NonSpacing || QChar::category(c) == QChar::Mark_Enclosing
                    ? run + 1
                    : 0;
                longest = std::max(longest, run);
            }
            QCOMPARE(longest, DisplayText::MarksPerCharacter);
        }
        // 20 letters with their capped marks: the name and text fit on a few lines.
        QVERIFY2(zalgo["lineHeight"_L1].toDouble() <= 4 * one,
            qPrintable(u"the zalgo line is %1 px, a plain one %2"_s.arg(zalgo["lineHeight"_L1].toDouble()).arg(one)));
    }
};

QTEST_GUILESS_MAIN(TestOverlayPageText)
#include "tst_overlaypagetext.moc"
