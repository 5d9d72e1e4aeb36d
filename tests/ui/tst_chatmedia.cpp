// Links, emoticons and stickers in the real main window against the simulator: a sticker row
// shows the simulator's image (its pixels), an emoticon line its images, a link to a host not
// on the well-known list asks first and opens only when the reader says so, a well-known one
// opens at once (QDesktopServices intercepted). Keeps an 800x600 Korean screenshot.
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <optional>

#include "AppTestOptions.h"
#include "sim/ImageServer.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"
#include "support/TestData.h"
#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/ImageCache.h"
#include "ui/main/AppContext.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/MainWindow.h"
#include "wiring/ServiceSources.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

constexpr int Timeout = 30'000;

// Where QDesktopServices sends http(s) links in this test.
class UrlSink : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

// Answers the next link confirmation: records its text and presses `button`.
struct Confirmation
{
    enum class Answer { Open, Cancel };
    QString text;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    bool seen = false;

    void answerNext(Answer answer)
    {
        seen = false;
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [this, timer, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"linkConfirmation"_s)
                return;
            timer->stop();
            timer->deleteLater();
            text = box->text() + u'\n' + box->informativeText();
            icon = box->icon();
            seen = true;
            if (answer == Answer::Open)
                box->findChild<QPushButton *>(u"openLink"_s)->click();
            else
                box->button(QMessageBox::Cancel)->click();
        });
        timer->start();
    }
};

} // namespace

class TestChatMedia : public QObject
{
    Q_OBJECT

private:
    struct Row
    {
        QModelIndex index;
        EventPtr event;
    };

    static std::optional<Row> findRow(ChatView *chat, const std::function<bool(const ChatEvent &)> &wanted)
    {
        ChatFilterProxy *proxy = chat->proxy();
        for (int row = proxy->rowCount() - 1; row >= 0; --row) {
            const QModelIndex index = proxy->index(row, 0);
            const EventPtr event = ChatDelegate::eventFor(index);
            if (event && wanted(*event))
                return Row {index, event};
        }
        return std::nullopt;
    }

    static QStyleOptionViewItem optionFor(ChatListView *list, const QModelIndex &index)
    {
        QStyleOptionViewItem option;
        option.font = list->font();
        option.palette = list->palette();
        option.rect = list->visualRect(index);
        return option;
    }

    // Where to click on the first link of the newest row that `wanted` picks:
    // the row is scrolled into view and its link measured now.
    static QPoint linkPoint(ChatView *chat, const std::function<bool(const ChatEvent &)> &wanted)
    {
        const std::optional<Row> row = findRow(chat, wanted);
        if (!row)
            return {};
        ChatListView *list = chat->listView();
        list->scrollTo(row->index);
        const QList<ChatRowLayout::Link> links = chat->delegate()->links(optionFor(list, row->index), row->index);
        return links.isEmpty() ? QPoint() : links[0].rect.center();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_simulator.start());
        sim::SimChannel *channel = m_simulator.channel(u"media_bj"_s);
        sim::ChannelConfig config = channel->config();
        config.media = true;
        QVERIFY(channel->setConfig(config));
        channel->setRate(60);
        QDesktopServices::setUrlHandler(u"https"_s, &m_sink, "open");
        QDesktopServices::setUrlHandler(u"http"_s, &m_sink, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QDesktopServices::unsetUrlHandler(u"http"_s);
    }

    void stickersEmoticonsAndLinks()
    {
        QTemporaryDir folder;
        AppContext::Options options = apptest::options(folder.path(), m_simulator.apiBase(), u"ko"_s);
        options.imageHosts = wiring::imageHosts(m_simulator.imageBase());
        AppContext context(options);
        MainWindow window(context);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ChannelTab *tab = window.openChannel(u"media_bj"_s);
        QVERIFY(tab);
        ChatView *chat = tab->chatView();
        ChatListView *list = chat->listView();

        // A sticker, an emoticon line and both kinds of link arrive; then the room goes quiet, so
        // the rows stay where they are.
        const auto isSticker = [](const ChatEvent &e) { return e.type == EventType::OgqSticker; };
        const auto hasEmoticons = [](const ChatEvent &e) { return !e.details().emoticons.isEmpty(); };
        const auto unknownLink = [](const ChatEvent &e) {
            return e.text && e.text->contains(u"https://example.com/news/1234."_s);
        };
        const auto knownLink = [](const ChatEvent &e) {
            return e.text && e.text->contains(u"https://www.youtube.com"_s);
        };
        const auto lookalikeLink = [](const ChatEvent &e) { return e.text && e.text->contains(u"https://xn--"_s); };
        QTRY_VERIFY_WITH_TIMEOUT(findRow(chat, isSticker) && findRow(chat, hasEmoticons) &&
                findRow(chat, unknownLink) && findRow(chat, knownLink) && findRow(chat, lookalikeLink),
            Timeout);
        // The room goes quiet while the connection stays up (a stalled one would
        // be dropped after a while, and its notices would move the rows).
        sim::SimChannel *channel = m_simulator.channel(u"media_bj"_s);
        channel->setTimeline(sim::SimChannel::Timeline::Muted);
        ImageCache *images = context.imageCache();

        // The sticker: its box is in the row, and once the image is here it is drawn in it.
        const Row sticker = *findRow(chat, isSticker);
        list->scrollTo(sticker.index);
        const QString stickerUrl = *sticker.event->details().imageUrl;
        QTRY_COMPARE_WITH_TIMEOUT(images->state(stickerUrl), ImageCache::State::Ready, Timeout);
        QList<ChatRowLayout::Image> boxes = chat->delegate()->images(optionFor(list, sticker.index), sticker.index);
        QCOMPARE(boxes.size(), 1);
        QCOMPARE(boxes[0].url, stickerUrl);
        const QRect box = boxes[0].rect;
        QVERIFY2(box.width() >= 40 && box.height() == box.width(),
            qPrintable(u"%1x%2"_s.arg(box.width()).arg(box.height())));
        const sim::ImageServer::Rgb rgb = sim::ImageServer::colorFor(QUrl(stickerUrl).path());
        const QColor expected(rgb.red, rgb.green, rgb.blue);
        QTRY_VERIFY_WITH_TIMEOUT(list->viewport()->grab().toImage().pixelColor(box.center()) == expected, Timeout);
        // The list's own rows are unaffected: the row is as tall as its sticker.
        QVERIFY(list->visualRect(sticker.index).height() >= box.height());

        // The emoticon line: each token is an image box on the text line, filled by its image.
        const Row emoticons = *findRow(chat, hasEmoticons);
        list->scrollTo(emoticons.index);
        const QList<ChatRowLayout::Image> emotes =
            chat->delegate()->images(optionFor(list, emoticons.index), emoticons.index);
        QVERIFY(!emotes.isEmpty());
        for (const ChatRowLayout::Image &emote : emotes) {
            QTRY_COMPARE_WITH_TIMEOUT(images->state(emote.url), ImageCache::State::Ready, Timeout);
            const sim::ImageServer::Rgb e = sim::ImageServer::colorFor(QUrl(emote.url).path());
            QTRY_VERIFY_WITH_TIMEOUT(
                list->viewport()->grab().toImage().pixelColor(emote.rect.center()) == QColor(e.red, e.green, e.blue),
                Timeout);
        }

        // A link to a host not on the list: the dialog shows the whole host; Cancel opens nothing.
        const Row unknown = *findRow(chat, unknownLink);
        list->scrollTo(unknown.index);
        QList<ChatRowLayout::Link> links = chat->delegate()->links(optionFor(list, unknown.index), unknown.index);
        // One link; a narrow list (the favourites take the left) may wrap it
        // over two lines, one rectangle each, all opening the same address.
        QVERIFY(!links.isEmpty() && links.size() <= 2);
        for (const ChatRowLayout::Link &link : std::as_const(links))
            QCOMPARE(link.url, QUrl(u"https://example.com/news/1234"_s)); // the full stop is the sentence's
        const ChatDelegate::Hit hit =
            chat->delegate()->hitTest(optionFor(list, unknown.index), unknown.index, links[0].rect.center());
        QCOMPARE(hit.part, ChatDelegate::Part::Link);
        QVERIFY2(hit.tooltip.contains(u"example.com"_s), qPrintable(hit.tooltip));

        Confirmation confirmation;
        confirmation.answerNext(Confirmation::Answer::Cancel);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, links[0].rect.center());
        QTRY_VERIFY_WITH_TIMEOUT(confirmation.seen, Timeout);
        QVERIFY2(confirmation.text.contains(u"example.com"_s), qPrintable(confirmation.text));
        QCOMPARE(confirmation.icon, QMessageBox::Question);
        QVERIFY(m_sink.opened.isEmpty());

        // Each click asks for the link's place anew: the view may have moved since.
        confirmation.answerNext(Confirmation::Answer::Open);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, linkPoint(chat, unknownLink));
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.opened.size(), 1, Timeout);
        QVERIFY(confirmation.seen);
        QCOMPARE(m_sink.opened[0], QUrl(u"https://example.com/news/1234"_s));

        // A well-known host opens at once, without a dialog.
        const Row known = *findRow(chat, knownLink);
        list->scrollTo(known.index);
        links = chat->delegate()->links(optionFor(list, known.index), known.index);
        QVERIFY2(!links.isEmpty() && links.size() <= 3, qPrintable(QString::number(links.size())));
        QCOMPARE(links[0].url.host(), u"www.youtube.com"_s);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, links[0].rect.center());
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.opened.size(), 2, Timeout);
        QCOMPARE(m_sink.opened[1].host(), u"www.youtube.com"_s);

        // A look-alike host (punycode) is marked in the dialog.
        {
            const auto lookalike = findRow(chat, lookalikeLink);
            list->scrollTo(lookalike->index);
            links = chat->delegate()->links(optionFor(list, lookalike->index), lookalike->index);
            QVERIFY(!links.isEmpty() && links.size() <= 2);
            confirmation.answerNext(Confirmation::Answer::Cancel);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, links[0].rect.center());
            QTRY_VERIFY_WITH_TIMEOUT(confirmation.seen, Timeout);
            QVERIFY2(confirmation.text.contains(u"xn--80ak6aa92e.com"_s), qPrintable(confirmation.text));
            QCOMPARE(confirmation.icon, QMessageBox::Warning); // marked as a look-alike
            QCOMPARE(m_sink.opened.size(), 2);
        }

        // For a person to look at: the sticker row in view, in Korean, at 800x600.
        list->scrollTo(sticker.index, QAbstractItemView::PositionAtCenter); // grab() paints it now
        QDir().mkpath(testdata::buildDir() + u"/screenshots"_s);
        QVERIFY(window.grab().save(testdata::buildDir() + u"/screenshots/chat-media-800x600-ko.png"_s));
        channel->setTimeline(sim::SimChannel::Timeline::Delivered);
    }

private:
    sim::SoopSimulator m_simulator;
    UrlSink m_sink;
};

QTEST_MAIN(TestChatMedia)
#include "tst_chatmedia.moc"
