// Hostile chat text in the chat list and the overlay window (offscreen): a right-to-left
// override in a nickname changes nothing drawn after it, a right-to-left name keeps the message
// in its order, a 10,000-character line and a zalgo flood keep their row bounded and inside its
// rect, and the whole text stays reachable (tooltip, copy).
#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QTest>
#include <QTextLayout>
#include <QTreeWidget>

#include "ChatTestEvents.h"
#include "core/util/DisplayText.h"
#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatEventText.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/UserCardDialog.h"
#include "ui/overlay/OverlayLineRenderer.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace chattest;

namespace {

QString repeated(const QString &unit, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

const QString Zalgo = repeated(u"Z"_s + repeated(u"\u0336\u0317\u0353\u0300\u0489\u0301"_s, 10), 12);
const QString LongLine = repeated(u"가나다라마 abcde "_s, 1000);
constexpr int Width = 360;

struct Fixture
{
    ChatListModel model;
    ChatDelegate delegate;
    QFont font {u"NanumGothic"_s, 10};

    QModelIndex add(const EventPtr &event)
    {
        model.append({event});
        model.flush();
        return model.index(model.rowCount() - 1);
    }

    QStyleOptionViewItem option(int top = 0, int height = 0) const
    {
        QStyleOptionViewItem option;
        option.font = font;
        option.fontMetrics = QFontMetrics(font);
        option.palette = QApplication::palette();
        option.rect = QRect(0, top, Width, height);
        return option;
    }

    int height(const QModelIndex &index) { return delegate.sizeHint(option(), index).height(); }

    // The row painted in the middle of a transparent image three rows tall.
    QImage paintWithRoom(const QModelIndex &index, int *rowTop, int *rowHeight)
    {
        *rowHeight = height(index);
        *rowTop = *rowHeight + 40;
        QImage image(Width, 3 * *rowHeight + 80, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        delegate.paint(&painter, option(*rowTop, *rowHeight), index);
        painter.end();
        return image;
    }

    QImage paint(const QModelIndex &index)
    {
        int top = 0, h = 0;
        return paintWithRoom(index, &top, &h);
    }
};

// Where, left to right, each character of `part` (found in `text`) is drawn when `text` is laid
// out in one line.
QList<qreal> positionsOf(const QString &text, const QString &part, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(100'000);
    layout.endLayout();
    const qsizetype from = text.indexOf(part);
    QList<qreal> xs;
    if (from < 0)
        return xs;
    for (qsizetype i = from; i < from + part.size(); ++i)
        xs.append(line.cursorToX(int(i)));
    return xs;
}

bool ascending(const QList<qreal> &xs)
{
    return std::is_sorted(xs.cbegin(), xs.cend()) && xs.first() < xs.last();
}

} // namespace

class TestChatText : public QObject
{
    Q_OBJECT

private slots:
    void anOverrideInANicknameChangesNothingInTheList()
    {
        Fixture f;
        const QModelIndex hostile = f.add(chat(u"\u202Eevil"_s, u"u1"_s, u"hello world 안녕"_s));
        const QModelIndex plain = f.add(chat(u"evil"_s, u"u1"_s, u"hello world 안녕"_s));
        const QModelIndex hostileText = f.add(chat(u"evil"_s, u"u1"_s, u"hello \u202Eworld\u202C 안녕"_s));
        QCOMPARE(ChatEventText::displayName(*hostile.data(ChatListModel::EventRole).value<EventPtr>()), u"evil"_s);
        // Pixel for pixel what the same name without the override gives.
        QCOMPARE(f.paint(hostile), f.paint(plain));
        QCOMPARE(f.paint(hostileText), f.paint(plain));
    }

    void anOverrideInANicknameChangesNothingInTheOverlayWindow()
    {
        OverlayLineRenderer renderer;
        const OverlayLineRenderer::Line hostile = renderer.render(*chat(u"\u202Eevil"_s, u"u1"_s, u"hello"_s), 500);
        const OverlayLineRenderer::Line plain = renderer.render(*chat(u"evil"_s, u"u1"_s, u"hello"_s), 500);
        QVERIFY(!hostile.image.isNull());
        QCOMPARE(hostile.text, plain.text);
        QCOMPARE(hostile.image, plain.image);
        const OverlayLineRenderer::Line gift =
            renderer.render(*donation(EventType::Balloon, u"\u202Eevil"_s, u"u1"_s, 100, u"hello"_s), 500);
        QVERIFY(!gift.text.contains(QChar(0x202E)));
    }

    void aRightToLeftNameKeepsTheMessageInOrder()
    {
        // Without isolation, "שלום: hello world" takes its direction from the name.
        OverlayLineRenderer renderer;
        const OverlayLineRenderer::Line line = renderer.render(*chat(u"שלום"_s, u"u1"_s, u"hello world"_s), 600);
        const QFont font(renderer.style().fontFamily);
        const QList<qreal> message = positionsOf(line.text, u"hello world"_s, font);
        QVERIFY2(ascending(message), qPrintable(line.text));
        const QList<qreal> name = positionsOf(line.text, u"שלום"_s, font);
        QVERIFY2(
            *std::max_element(name.cbegin(), name.cend()) <= message.first(), "the message starts right of the name");
        // The colon stays with the name, on its right.
        const qreal colon = positionsOf(line.text, u":"_s, font).first();
        QVERIFY(colon <= message.first());

        // In the list, a system sentence with a right-to-left name.
        auto left = ofType(EventType::UserLeave);
        left->nickname = u"שלום"_s;
        left->userId = u"u1"_s;
        const QString sentence = ChatEventText::systemText(*left);
        QVERIFY2(sentence.contains(u"\u2068שלום\u2069"_s), qPrintable(sentence));
    }

    void aTenThousandCharacterLineIsBoundedInTheList()
    {
        Fixture f;
        const QModelIndex ordinary = f.add(chat(u"nick"_s, u"u1"_s, u"hi"_s));
        const QModelIndex hostile = f.add(chat(repeated(u"N"_s, 10'000), u"u1"_s, LongLine));
        const QString shown = DisplayText::shown(LongLine, DisplayText::Field::Message);
        const QModelIndex asShown =
            f.add(chat(DisplayText::shown(repeated(u"N"_s, 10'000), DisplayText::Field::Nickname), u"u1"_s, shown));
        // Exactly the row of its display form, and a bounded one.
        QCOMPARE(f.height(hostile), f.height(asShown));
        const int lines = f.height(hostile) / f.height(ordinary);
        QVERIFY2(lines <= 30, qPrintable(u"%1 lines"_s.arg(lines)));

        // The whole of it is still there: the row's tooltip says so and Ctrl+C copies it all.
        QStyleOptionViewItem option = f.option(0, f.height(hostile));
        const ChatDelegate::Hit hit = f.delegate.hitTest(option, hostile, QPoint(Width / 2, f.height(hostile) - 8));
        QCOMPARE(hit.part, ChatDelegate::Part::Row);
        QCOMPARE(LongLine.size(), 12'000);
        QVERIFY2(hit.tooltip.contains(u"12000 character"_s), qPrintable(hit.tooltip.right(120)));
        QVERIFY(hit.tooltip.startsWith(LongLine.left(900)));
        const QString copied = hostile.data(Qt::DisplayRole).toString();
        QVERIFY(copied.contains(LongLine.trimmed()));
        QVERIFY(copied.contains(repeated(u"N"_s, 10'000)));
    }

    void theUserCardShowsTheDisplayFormWithMoreInTooltips()
    {
        UserSummary summary;
        summary.nickname = u"\u202E"_s + repeated(u"N"_s, 10'000);
        summary.userId = u"u1"_s;
        summary.recentMessages = {{at(21, 3, 0), LongLine}, {at(21, 3, 1), Zalgo}};
        UserCardDialog card;
        card.setSummary(summary);
        const auto *name = card.findChild<QLabel *>(u"user-nickname"_s);
        QCOMPARE(name->text(), repeated(u"N"_s, int(DisplayText::NicknameCharacters)) + u'…');
        QVERIFY(name->toolTip().size() > 900);
        const auto *recent = card.findChild<QTreeWidget *>();
        QVERIFY(recent);
        QCOMPARE(recent->topLevelItemCount(), 2);
        QCOMPARE(recent->topLevelItem(1)->text(1), DisplayText::shown(LongLine, DisplayText::Field::Message));
        QCOMPARE(recent->topLevelItem(0)->text(1), DisplayText::shown(Zalgo, DisplayText::Field::Message));
        QVERIFY(recent->topLevelItem(1)->toolTip(1).size() > 900);
    }

    void aTenThousandCharacterLineIsBoundedInTheOverlayWindow()
    {
        OverlayLineRenderer renderer;
        const OverlayLineRenderer::Line ordinary = renderer.render(*chat(u"nick"_s, u"u1"_s, u"hi"_s), 500);
        const OverlayLineRenderer::Line hostile = renderer.render(*chat(u"nick"_s, u"u1"_s, LongLine), 500);
        const OverlayLineRenderer::Line asShown =
            renderer.render(*chat(u"nick"_s, u"u1"_s, DisplayText::shown(LongLine, DisplayText::Field::Message)), 500);
        QCOMPARE(hostile.height, asShown.height);
        QCOMPARE(hostile.image, asShown.image);
        QVERIFY2(hostile.height <= 30 * ordinary.height, qPrintable(u"%1 px"_s.arg(hostile.height)));
    }

    void zalgoStaysInsideItsRow()
    {
        Fixture f;
        const QModelIndex plainRow = f.add(chat(u"ZZZZZZZZZZZZ"_s, u"u1"_s, u"ZZZZZZZZZZZZ"_s));
        const QModelIndex zalgoRow = f.add(chat(Zalgo, u"u1"_s, Zalgo));
        QVERIFY2(f.height(zalgoRow) <= 2 * f.height(plainRow),
            qPrintable(u"%1 px against %2"_s.arg(f.height(zalgoRow)).arg(f.height(plainRow))));

        // Nothing is painted above or below the row's rect.
        int top = 0, height = 0;
        const QImage image = f.paintWithRoom(zalgoRow, &top, &height);
        int outside = 0, inside = 0;
        for (int y = 0; y < image.height(); ++y) {
            const bool in = y >= top && y < top + height;
            for (int x = 0; x < image.width(); ++x) {
                if (qAlpha(image.pixel(x, y)) != 0)
                    ++(in ? inside : outside);
            }
        }
        QVERIFY(inside > 0);
        QCOMPARE(outside, 0);

        // The overlay window: a line no taller than two plain ones.
        OverlayLineRenderer renderer;
        const OverlayLineRenderer::Line plain = renderer.render(*chat(u"ZZZZZZZZZZZZ"_s, u"u1"_s, u"ZZZ"_s), 500);
        const OverlayLineRenderer::Line zalgo = renderer.render(*chat(Zalgo, u"u1"_s, Zalgo), 500);
        QVERIFY2(
            zalgo.height <= 2 * plain.height, qPrintable(u"%1 px against %2"_s.arg(zalgo.height).arg(plain.height)));
        QVERIFY(zalgo.image.height() <= 2 * plain.image.height());
    }
};

QTEST_MAIN(TestChatText)
#include "tst_chattext.moc"
