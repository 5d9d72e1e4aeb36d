// The statistics side panel on the offscreen platform: figures appear after
// events, refreshes are rate-limited, the metric switch swaps the series, and
// a realistic session is rendered to a screenshot for review.
#include <QAbstractAxis>
#include <QAbstractButton>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QDir>
#include <QFontMetricsF>
#include <QLabel>
#include <QLocale>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include "core/stats/SessionStats.h"
#include "stats/StatsEvents.h"
#include "support/TestData.h"
#include "ui/stats/RankingList.h"
#include "ui/stats/SessionChart.h"
#include "ui/stats/StatTile.h"
#include "ui/stats/StatsPanel.h"
#include "ui/stats/TotalsText.h"
#include "ui/stats/WordCloud.h"

using namespace Qt::StringLiterals;
using namespace soopchat;
using namespace statsevents;
using namespace std::chrono_literals;

namespace {

QString tileValue(const StatsPanel &panel, const char *name)
{
    const auto *tile = panel.findChild<StatTile *>(QLatin1StringView(name));
    return tile ? tile->value() : u"<no tile %1>"_s.arg(QLatin1StringView(name));
}

SessionChart *chartOf(const StatsPanel &panel)
{
    return panel.findChild<SessionChart *>(u"sessionChart"_s);
}

// About 80 minutes of a lively Korean stream: chat that swells and calms,
// star balloons from regulars with a few big gifts, ad balloons and
// subscriptions. Deterministic.
EventBatch realisticSession()
{
    static const char16_t *const lines[] = {u"ㅋㅋㅋㅋㅋ 진짜 웃기네", u"안녕하세요~ 오늘도 방송 감사합니다",
        u"와 대박 ㅋㅋ", u"진짜 미쳤다", u"오늘 게임 뭐해요?", u"보스 잡자!!", u"ㅠㅠ 아깝다", u"컨트롤 대박",
        u"다음 판 가자", u"별풍선 감사합니다 ㅎㅎ", u"진짜 잘한다", u"ㄷㄷㄷ 대박", u"노래 제목 뭐예요?",
        u"오늘 방송 꿀잼", u"보스 패턴 어렵네", u"gg", u"GG 수고하셨어요", u"레전드 각", u"ㅋㅋ 레전드",
        u"다음 판 가즈아", u"배고프다 치킨 먹고싶다", u"치킨 ㄱㄱ", u"하이하이", u"ㅎㅇㅎㅇ"};
    static const char16_t *const donors[] = {u"별빛토끼", u"치킨먹고싶다", u"하늘다람쥐", u"민트초코러버", u"새벽감성",
        u"고양이집사", u"야근요정", u"라면왕", u"달빛소나타", u"불꽃슛", u"소금빵", u"도토리묵"};

    QRandomGenerator random(20261001);
    EventBatch events;
    const qint64 minutes = 82;
    for (qint64 m = 0; m < minutes; ++m) {
        // A calm start, a peak around the boss fight at 45-55 min, a second wave at the end.
        const double wave =
            1.0 + 2.2 * std::exp(-std::pow((m - 50) / 7.0, 2)) + 1.2 * std::exp(-std::pow((m - 75) / 4.0, 2));
        const int chats = int(18 * wave + random.bounded(10));
        for (int i = 0; i < chats; ++i) {
            const qint64 t = SessionStartMs + m * MinuteMs + random.bounded(60'000);
            const QString user = u"viewer%1"_s.arg(random.bounded(420));
            events.append(chat(user, QString::fromUtf16(lines[random.bounded(int(std::size(lines)))]), t));
        }
        const int gifts = random.bounded(100) < int(28 * wave) ? 1 + random.bounded(int(wave) + 1) : 0;
        for (int i = 0; i < gifts; ++i) {
            const int donor = std::min(int(std::size(donors)) - 1, int(random.bounded(6)) + int(random.bounded(7)));
            static const qint64 amounts[] = {10, 10, 10, 20, 30, 50, 100, 100, 200, 500};
            qint64 count = amounts[random.bounded(int(std::size(amounts)))];
            if (m == 52 && i == 0)
                count = 1000; // the boss kill
            auto e = std::make_shared<ChatEvent>(*donation(EventType::Balloon, u"fan%1"_s.arg(donor), count,
                SessionStartMs + m * MinuteMs + random.bounded(60'000)));
            e->nickname = QString::fromUtf16(donors[donor]);
            events.append(e);
        }
        if (m % 9 == 4) {
            auto e = std::make_shared<ChatEvent>(*donation(EventType::AdBalloon, u"fan3"_s,
                100 * (1 + random.bounded(5)), SessionStartMs + m * MinuteMs + 30'000));
            e->nickname = QString::fromUtf16(donors[3]);
            events.append(e);
        }
        if (m % 7 == 2)
            events.append(ofType(m % 14 == 2 ? EventType::Subscription : EventType::SubscriptionRenewal,
                u"sub%1"_s.arg(m), SessionStartMs + m * MinuteMs + 10'000));
    }
    std::stable_sort(events.begin(), events.end(),
        [](const EventPtr &a, const EventPtr &b) { return a->receivedAtMs < b->receivedAtMs; });
    return events;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1F, 0x20, 0x23));
    p.setColor(QPalette::WindowText, QColor(0xE4, 0xE6, 0xEB));
    p.setColor(QPalette::Base, QColor(0x26, 0x28, 0x2C));
    p.setColor(QPalette::AlternateBase, QColor(0x2C, 0x2E, 0x33));
    p.setColor(QPalette::Text, QColor(0xE4, 0xE6, 0xEB));
    p.setColor(QPalette::Button, QColor(0x2C, 0x2E, 0x33));
    p.setColor(QPalette::ButtonText, QColor(0xE4, 0xE6, 0xEB));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x7E, 0xF0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8A, 0x8F, 0x98));
    return p;
}

bool saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = testdata::buildDir() + u"/screenshots"_s;
    QDir().mkpath(dir);
    return widget.grab().save(dir + u'/' + name);
}

} // namespace

class TestStatsPanel : public QObject
{
    Q_OBJECT

private slots:
    void showsTheFiguresAfterEventsArrive()
    {
        SessionStats stats;
        StatsPanel panel(stats);
        panel.resize(360, 900);
        panel.show();
        QCOMPARE(tileValue(panel, "balloonsTile"), u"0"_s);

        stats.add(fixture(u"donations-2026-10.frames.jsonl"_s));
        stats.add(fixture(u"chat-2026-09.frames.jsonl"_s, SessionStartMs + 2 * MinuteMs));
        QTRY_COMPARE(tileValue(panel, "balloonsTile"), u"462"_s);
        QCOMPARE(tileValue(panel, "adBalloonsTile"), u"10"_s);
        QCOMPARE(tileValue(panel, "subscriptionsTile"), u"5"_s);
        QCOMPARE(tileValue(panel, "chattersTile"), u"5"_s);
        QCOMPARE(tileValue(panel, "chatMessagesTile"), u"5"_s);
        QCOMPARE(tileValue(panel, "durationTile"), u"18 min 16 s"_s);
        // Each side of the chart says which series its numbers measure.
        const auto *chart = panel.findChild<SessionChart *>();
        QVERIFY(chart);
        QStringList titles;
        for (const QAbstractAxis *axis : chart->chart()->axes(Qt::Vertical))
            titles.append(axis->titleText());
        QCOMPARE(titles, (QStringList {u"Total"_s, u"Per minute"_s}));
        for (const QAbstractAxis *axis : chart->chart()->axes(Qt::Vertical))
            QVERIFY(axis->isTitleVisible()); // there is room for them here

        const auto *donors = panel.findChild<RankingList *>(u"topDonors"_s);
        QVERIFY(donors);
        QCOMPARE(donors->rows().size(), 10);
        QCOMPARE(donors->rows().first().label, u"시청자7"_s);
        QCOMPARE(donors->rows().first().value, 100);
        QCOMPARE(donors->rows().at(3).label, u"시청자2"_s);

        const auto *words = panel.findChild<WordCloud *>(u"topWords"_s);
        QVERIFY(words);
        QCOMPARE(words->words().size(), 4); // 저번에 한다던 낚시겜은 안해; the "1" votes are noise
        QCOMPARE(chartOf(panel)->cumulativePoints().last().y(), 462.0);
    }

    void tooltipsSayTrueThingsAndVideoBalloonsCount()
    {
        // The donation recording with a newcomer's 1,000 video balloons and
        // 28 more from viewer002, who gave star balloons before.
        QTranslator english;
        QVERIFY(english.load(u":/i18n/soopchat_en.qm"_s));
        QCoreApplication::installTranslator(&english);
        SessionStats stats;
        stats.add(fixture(u"donations-2026-10.frames.jsonl"_s));
        stats.add({donation(EventType::VideoBalloon, u"video1"_s, 1000, SessionStartMs + 19 * MinuteMs),
            donation(EventType::VideoBalloon, u"viewer002"_s, 28, SessionStartMs + 19 * MinuteMs),
            donation(EventType::VodBalloon, u"vod1"_s, 5, SessionStartMs + 19 * MinuteMs)});
        StatsPanel panel(stats);
        panel.resize(360, 900);
        panel.show();
        const QLocale locale;
        QTRY_COMPARE(tileValue(panel, "balloonsTile"), locale.toString(1490));
        const auto *tile = panel.findChild<StatTile *>(u"balloonsTile"_s);
        QCOMPARE(tile->toolTip(),
            u"%1 balloons (%2 star, %3 video) in 18 gifts from 14 donors\n"
            "5 balloons given to replays (VOD), not counted in the balloons"_s.arg(
                locale.toString(1490), locale.toString(462), locale.toString(1028)));
        QCOMPARE(panel.shownSnapshot().totals.gifts, 18);
        QCOMPARE(panel.shownSnapshot().totals.donors, 14);

        const auto *donors = panel.findChild<RankingList *>(u"topDonors"_s);
        QCOMPARE(donors->rows().first().key, u"video1"_s);
        QCOMPARE(donors->rows().first().value, 1000);
        QCOMPARE(donors->rows().first().toolTip,
            u"nick_video1 (video1)\n%1 balloons (0 star, %1 video)"_s.arg(locale.toString(1000)));
        const RankingList::Row *viewer2 = nullptr;
        for (const RankingList::Row &row : donors->rows()) {
            if (row.key == u"viewer002"_s)
                viewer2 = &row;
        }
        QVERIFY(viewer2);
        QCOMPARE(viewer2->value, 71); // 43 star + 28 video
        // The won figure of the star balloons only: video balloons have no published price.
        QCOMPARE(viewer2->toolTip,
            u"nick_viewer002 (viewer002)\n71 balloons (43 star, 28 video) ≈ %1 won"_s.arg(locale.toString(4730)));
        QCOMPARE(panel.wonText(), u"≈ %1 won"_s.arg(locale.toString(462 * 110)));
        QVERIFY(panel.findChild<QLabel *>(u"donationsWon"_s)->toolTip().contains(u"110 won each, VAT included"_s));
        QVERIFY(panel.dayText().isEmpty()); // no earlier sessions told: no day line
        SessionTotals earlier;
        earlier.balloons = earlier.starBalloons = 100;
        panel.setEarlierSessions(QDate::currentDate(), earlier, 2);
        QVERIFY2(panel.dayText().startsWith(u"Today: 1590 balloon"_s.replace(u"1590"_s, locale.toString(1590))),
            qPrintable(panel.dayText()));
        QVERIFY(panel.dayText().contains(u"≈ %1 won"_s.arg(locale.toString(562 * 110))));
        QCOMPARE(chartOf(panel)->cumulativePoints().last().y(), 1490.0);
        QCoreApplication::removeTranslator(&english);
    }

    void clickingADonorAsksForTheUserCard()
    {
        SessionStats stats;
        stats.add(fixture(u"donations-2026-10.frames.jsonl"_s));
        StatsPanel panel(stats);
        panel.resize(360, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy activated(&panel, &StatsPanel::userActivated);
        auto *donors = panel.findChild<RankingList *>(u"topDonors"_s);
        QTest::mouseClick(donors, Qt::LeftButton, {}, QPoint(40, donors->sizeHint().height() / 10 / 2));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), u"viewer007"_s);
    }

    void refreshesOnlyWhenTheStatisticsChanged()
    {
        SessionStats stats;
        StatsPanel panel(stats);
        panel.setRefreshInterval(1h); // drive it by hand
        panel.show();
        const int shown = panel.refreshCount();
        QCOMPARE(shown, 1); // showing catches up once
        panel.refreshIfChanged();
        panel.refreshIfChanged();
        QCOMPARE(panel.refreshCount(), shown);

        stats.add({chat(u"a"_s, u"안녕"_s, SessionStartMs)});
        panel.refreshIfChanged();
        panel.refreshIfChanged();
        QCOMPARE(panel.refreshCount(), shown + 1);
        QCOMPARE(tileValue(panel, "chatMessagesTile"), u"1"_s);

        stats.add({ofType(EventType::Keepalive, {}, 0)}); // counts nothing
        panel.refreshIfChanged();
        QCOMPARE(panel.refreshCount(), shown + 1);
    }

    void aFloodIsShownAtACalmRate()
    {
        SessionStats stats;
        StatsPanel panel(stats);
        panel.setRefreshInterval(100ms);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel)); // showing's own catch-up is behind us
        const int refreshesBefore = panel.refreshCount();
        const int ticksBefore = panel.timerTicks();

        // A storm: 20 batches of 25 messages for each pass of the event loop
        // (as queued batches arrive), for six of the panel's timer ticks.
        constexpr int BatchesPerPass = 20;
        int batches = 0;
        while (panel.timerTicks() - ticksBefore < 6) {
            for (int b = 0; b < BatchesPerPass; ++b, ++batches) {
                EventBatch batch;
                for (int i = 0; i < 25; ++i)
                    batch.append(chat(u"u%1"_s.arg(i), u"채팅 폭주"_s, SessionStartMs + batches * 100 + i));
                stats.add(batch);
            }
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        // One refresh per tick, each with what had changed since: never one per batch.
        const int ticks = panel.timerTicks() - ticksBefore;
        const int refreshes = panel.refreshCount() - refreshesBefore;
        qInfo("%d batches, %d timer ticks, %d refreshes", batches, ticks, refreshes);
        QCOMPARE(refreshes, ticks);
        QVERIFY(refreshes * BatchesPerPass <= batches);
        QCOMPARE(tileValue(panel, "chatMessagesTile"), QLocale().toString(panel.shownSnapshot().totals.chats));

        // It catches up with the last batches, then a tick with nothing new refreshes nothing.
        QTRY_COMPARE(tileValue(panel, "chatMessagesTile"), QLocale().toString(batches * 25));
        const int caughtUp = panel.refreshCount();
        const int ticksCaughtUp = panel.timerTicks();
        QTRY_VERIFY(panel.timerTicks() >= ticksCaughtUp + 2);
        QCOMPARE(panel.refreshCount(), caughtUp);
    }

    void theSwitchShowsChatInsteadOfBalloons()
    {
        SessionStats stats;
        EventBatch events;
        for (int m = 0; m < 3; ++m) {
            for (int i = 0; i <= m * 2; ++i) // 1, 3, 5 messages
                events.append(chat(u"u%1"_s.arg(i), u"hello"_s, SessionStartMs + m * MinuteMs + i));
            events.append(donation(EventType::Balloon, u"d"_s, 10 * (m + 1), SessionStartMs + m * MinuteMs + 30'000));
        }
        stats.add(events);
        StatsPanel panel(stats);
        panel.resize(360, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        SessionChart *chart = chartOf(panel);
        QCOMPARE(chart->chartMetric(), SessionChart::Metric::Balloons);
        QCOMPARE(chart->minutesPerBar(), 1);
        QCOMPARE(chart->barValues().mid(0, 4), (QList<qreal> {10, 20, 30, 0}));
        QCOMPARE(chart->cumulativePoints().last().y(), 60.0);

        QSignalSpy changed(&panel, &StatsPanel::metricChanged);
        auto *chatButton = panel.findChild<QAbstractButton *>(u"chatMetricButton"_s);
        QVERIFY(chatButton);
        QTest::mouseClick(chatButton, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel.chartMetric(), SessionChart::Metric::ChatMessages);
        QCOMPARE(chart->barValues().mid(0, 4), (QList<qreal> {1, 3, 5, 0}));
        QCOMPARE(chart->cumulativePoints().last().y(), 9.0);

        panel.setMetric(SessionChart::Metric::Balloons);
        QVERIFY(panel.findChild<QAbstractButton *>(u"balloonMetricButton"_s)->isChecked());
        QCOMPARE(chart->barValues().mid(0, 4), (QList<qreal> {10, 20, 30, 0}));
    }

    void wordsAreDrawnInTheirDisplayForm()
    {
        // Top words are chat text: no override reaches the chip, and a zalgo
        // pile cannot overhang it.
        WordCloud cloud;
        cloud.setWords({{u"\u202Eevil"_s, 9}, {u"z\u0301\u0301\u0301\u0301\u0301\u0301"_s, 8}, {u"낚시겜"_s, 7}});
        QCOMPARE(cloud.words().size(), 3);
        QCOMPARE(cloud.words().at(0).text, u"evil"_s);
        QCOMPARE(cloud.words().at(1).text, u"z\u0301\u0301\u0301"_s);
        QCOMPARE(cloud.words().at(2).text, u"낚시겜"_s);
        QCOMPARE(cloud.words().at(2).count, 7);
    }

    void aLongSessionKeepsTheChartSmall()
    {
        QCOMPARE(SessionChart::minutesPerBarFor(1), 1);
        QCOMPARE(SessionChart::minutesPerBarFor(60), 1);
        QCOMPARE(SessionChart::minutesPerBarFor(61), 2);
        QCOMPARE(SessionChart::minutesPerBarFor(5 * 60), 5);
        QCOMPARE(SessionChart::minutesPerBarFor(24 * 60), 30);

        SessionStats stats;
        EventBatch events;
        for (int m = 0; m < 5 * 60; ++m)
            events.append(donation(EventType::Balloon, u"d"_s, 1, SessionStartMs + m * MinuteMs));
        stats.add(events);
        StatsPanel panel(stats);
        panel.show();
        SessionChart *chart = chartOf(panel);
        QCOMPARE(chart->minutesPerBar(), 5);
        QCOMPARE(chart->barValues().size(), 60);
        QCOMPARE(chart->barValues().first(), 5.0);
        QCOMPARE(chart->cumulativePoints().last().y(), 300.0);
    }

    void numbersAreShortOnTheAxes_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("en small") << u"en"_s << qint64(850) << u"850"_s;
        QTest::newRow("en thousands") << u"en"_s << qint64(12'500) << u"12.5K"_s;
        QTest::newRow("en round") << u"en"_s << qint64(100'000) << u"100K"_s;
        QTest::newRow("en millions") << u"en"_s << qint64(2'500'000) << u"2.5M"_s;
        QTest::newRow("ko small") << u"ko"_s << qint64(850) << u"850"_s;
        QTest::newRow("ko thousands") << u"ko"_s << qint64(7'500) << u"7.5천"_s;
        QTest::newRow("ko ten thousands") << u"ko"_s << qint64(12'500) << u"1.25만"_s;
        QTest::newRow("ko round") << u"ko"_s << qint64(100'000) << u"10만"_s;
        QTest::newRow("ko hundred millions") << u"ko"_s << qint64(300'000'000) << u"3억"_s;
        QTest::newRow("zero") << u"en"_s << qint64(0) << u"0"_s;
    }

    void numbersAreShortOnTheAxes()
    {
        QFETCH(QString, language);
        QFETCH(qint64, value);
        QFETCH(QString, text);
        const QLocale before;
        QLocale::setDefault(QLocale(language == u"ko"_s ? QLocale::Korean : QLocale::English));
        const QString compact = TotalsText::compact(value);
        QLocale::setDefault(before);
        QCOMPARE(compact, text);
    }

    void aBigTotalFitsANarrowChart_data()
    {
        QTest::addColumn<bool>("growing"); // the chart was laid out with small numbers first
        QTest::addColumn<bool>("korean");
        QTest::addColumn<int>("width");
        QTest::newRow("at once") << false << false << 300;
        QTest::newRow("growing") << true << false << 300;
        QTest::newRow("growing, Korean") << true << true << 300;
        QTest::newRow("narrow, Korean") << true << true << 250;
        QTest::newRow("narrower, Korean") << true << true << 230;
        QTest::newRow("narrower") << false << false << 230;
    }

    void aBigTotalFitsANarrowChart()
    {
        // 100,000 balloons in a session: the total's axis says "100K", not a
        // six-digit number the narrow chart would cut to "100…", and each
        // side has room for its labels beside its title.
        QFETCH(bool, growing);
        QFETCH(bool, korean);
        QFETCH(int, width);
        const QLocale before;
        QLocale::setDefault(QLocale(korean ? QLocale::Korean : QLocale::English));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        SessionStats stats;
        EventBatch events;
        for (int m = 0; m < 10; ++m)
            events.append(donation(EventType::Balloon, u"d"_s, 10'000, SessionStartMs + m * MinuteMs));
        if (!growing)
            stats.add(events);
        StatsPanel panel(stats);
        panel.resize(width, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        SessionChart *chart = chartOf(panel);
        if (growing) {
            // Given straight to the chart, with no turn of the event loop
            // before the check: the chart must be laid out for its new labels.
            stats.add(events);
            chart->setSnapshot(stats.snapshot(10, 10));
        }
        QCOMPARE(chart->cumulativePoints().last().y(), 100'000.0);
        QStringList labels;
        for (QAbstractAxis *axis : chart->chart()->axes(Qt::Vertical)) {
            auto *values = qobject_cast<QCategoryAxis *>(axis);
            QVERIFY(values);
            labels += values->categoriesLabels();
            const QFontMetricsF labelMetrics(values->labelsFont());
            qreal widest = 0;
            for (const QString &label : values->categoriesLabels())
                widest = std::max(widest, labelMetrics.horizontalAdvance(label));
            // A narrow chart leaves out the titles rather than draw over them.
            const qreal titleHeight = axis->isTitleVisible() ? QFontMetricsF(values->titleFont()).height() : 0;
            const QRectF plot = chart->chart()->plotArea();
            const QRectF whole = chart->chart()->rect();
            const qreal room =
                axis->alignment() == Qt::AlignLeft ? plot.left() - whole.left() : whole.right() - plot.right();
            QVERIFY2(room >= widest + titleHeight,
                qPrintable(u"%1 side: %2 px for labels %3 px wide and a title %4 px high"_s
                               .arg(axis->alignment() == Qt::AlignLeft ? u"left"_s : u"right"_s)
                               .arg(room)
                               .arg(widest)
                               .arg(titleHeight)));
        }
        QVERIFY2(labels.contains(korean ? u"10만"_s : u"100K"_s), qPrintable(labels.join(u", "_s)));
        for (const QString &label : std::as_const(labels))
            QVERIFY2(label.size() <= 5, qPrintable(label));
        QVERIFY(saveScreenshot(panel,
            u"stats-panel-big-total-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'))));
    }

    void rendersAnEmptySession()
    {
        SessionStats stats;
        StatsPanel panel(stats);
        panel.resize(360, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(tileValue(panel, "durationTile"), u"–"_s);
        QCOMPARE(chartOf(panel)->barValues().size(), SessionChart::MinimumSpanMinutes);
        QVERIFY(saveScreenshot(panel, u"stats-panel-empty.png"_s));
    }

    void rendersARealisticSession()
    {
        SessionStats stats;
        stats.add(realisticSession());
        for (const bool dark : {false, true}) {
            StatsPanel panel(stats);
            if (dark)
                panel.setPalette(darkPalette());
            panel.resize(360, 860);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QTRY_VERIFY(panel.refreshCount() > 0);
            QVERIFY(saveScreenshot(panel, dark ? u"stats-panel-dark.png"_s : u"stats-panel.png"_s));
            if (!dark) {
                panel.setMetric(SessionChart::Metric::ChatMessages);
                QVERIFY(saveScreenshot(panel, u"stats-panel-chat.png"_s));
                panel.resize(320, 860);
                QVERIFY(saveScreenshot(panel, u"stats-panel-320.png"_s));
            }
        }
    }
};

QTEST_MAIN(TestStatsPanel)
#include "tst_statspanel.moc"
