#include "ui/stats/StatsPanel.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

#include "core/stats/SessionStats.h"
#include "core/util/Logging.h"
#include "ui/stats/RankingList.h"
#include "ui/stats/StatTile.h"
#include "ui/stats/StatsColors.h"
#include "ui/stats/TotalsText.h"
#include "ui/stats/WordCloud.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QToolButton *metricButton(QWidget *parent, const QString &objectName)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

StatsPanel::StatsPanel(const SessionStats &stats, QWidget *parent) : QWidget(parent), m_stats(stats)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(8);

    // Totals: two rows of three tiles.
    auto *totals = new QGridLayout;
    totals->setSpacing(6);
    m_balloonTile = new StatTile(QString(), content);
    m_adTile = new StatTile(QString(), content);
    m_subscriptionTile = new StatTile(QString(), content);
    m_chatterTile = new StatTile(QString(), content);
    m_chatTile = new StatTile(QString(), content);
    m_durationTile = new StatTile(QString(), content);
    m_balloonTile->setObjectName(QStringLiteral("balloonsTile"));
    m_adTile->setObjectName(QStringLiteral("adBalloonsTile"));
    m_subscriptionTile->setObjectName(QStringLiteral("subscriptionsTile"));
    m_chatterTile->setObjectName(QStringLiteral("chattersTile"));
    m_chatTile->setObjectName(QStringLiteral("chatMessagesTile"));
    m_durationTile->setObjectName(QStringLiteral("durationTile"));
    StatTile *const tiles[] = {m_balloonTile, m_adTile, m_subscriptionTile, m_chatterTile, m_chatTile, m_durationTile};
    for (int i = 0; i < 6; ++i)
        totals->addWidget(tiles[i], i / 3, i % 3);
    for (int column = 0; column < 3; ++column)
        totals->setColumnStretch(column, 1);
    layout->addLayout(totals);
    // The balloons in won, and the day's (earlier sessions of it added).
    m_wonLabel = new QLabel(content);
    m_wonLabel->setObjectName(QStringLiteral("donationsWon"));
    m_dayLabel = new QLabel(content);
    m_dayLabel->setObjectName(QStringLiteral("dayTotal"));
    for (QLabel *label : {m_wonLabel, m_dayLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setVisible(false);
        layout->addWidget(label);
    }
    layout->addSpacing(6);

    // The timeline with its metric switch.
    auto *timelineHeader = new QHBoxLayout;
    timelineHeader->setSpacing(2);
    m_timelineTitle = sectionTitle(content);
    m_balloonButton = metricButton(content, QStringLiteral("balloonMetricButton"));
    m_chatButton = metricButton(content, QStringLiteral("chatMetricButton"));
    m_metricGroup = new QButtonGroup(this);
    m_metricGroup->setExclusive(true);
    m_metricGroup->addButton(m_balloonButton, int(SessionChart::Metric::Balloons));
    m_metricGroup->addButton(m_chatButton, int(SessionChart::Metric::ChatMessages));
    m_balloonButton->setChecked(true);
    timelineHeader->addWidget(m_timelineTitle);
    timelineHeader->addStretch(1);
    timelineHeader->addWidget(m_balloonButton);
    timelineHeader->addWidget(m_chatButton);
    layout->addLayout(timelineHeader);
    m_chart = new SessionChart(content);
    m_chart->setObjectName(QStringLiteral("sessionChart"));
    m_chart->setMinimumHeight(200);
    layout->addWidget(m_chart);
    layout->addSpacing(6);

    m_donorTitle = sectionTitle(content);
    layout->addWidget(m_donorTitle);
    m_donors = new RankingList(content);
    m_donors->setObjectName(QStringLiteral("topDonors"));
    m_donors->setMinimumRows(3);
    layout->addWidget(m_donors);
    layout->addSpacing(6);

    m_wordTitle = sectionTitle(content);
    layout->addWidget(m_wordTitle);
    m_words = new WordCloud(content);
    m_words->setObjectName(QStringLiteral("topWords"));
    layout->addWidget(m_words);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setBackgroundRole(QPalette::Window);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    // Never narrower than what it shows (a tile, the metric switch, the
    // chart's labels, a donor's amount): nothing is cut off at the right.
    m_content = content;
    updateMinimumWidth();

    connect(m_metricGroup, &QButtonGroup::idClicked, this, [this](int id) { setMetric(SessionChart::Metric(id)); });
    connect(m_donors, &RankingList::activated, this, &StatsPanel::userActivated);

    m_timer.setInterval(DefaultRefreshInterval);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        ++m_timerTicks;
        refreshIfChanged();
    });

    retranslate();
    applyColors();
}

void StatsPanel::setMetric(SessionChart::Metric metric)
{
    if (QAbstractButton *button = m_metricGroup->button(int(metric)); button && !button->isChecked())
        button->setChecked(true);
    if (metric == m_chart->chartMetric())
        return;
    m_chart->setMetric(metric);
    emit metricChanged(metric);
}

SessionChart::Metric StatsPanel::chartMetric() const
{
    return m_chart->chartMetric();
}

void StatsPanel::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds StatsPanel::refreshInterval() const
{
    return m_timer.intervalAsDuration();
}

void StatsPanel::refreshIfChanged()
{
    if (m_stats.revision() != m_shownRevision || m_refreshCount == 0)
        refresh();
}

void StatsPanel::refresh()
{
    QElapsedTimer clock;
    clock.start();
    SessionStatsSnapshot snapshot = m_stats.snapshot(DonorRows, WordCount);
    m_shownRevision = snapshot.revision;
    apply(snapshot);
    m_shown = std::move(snapshot);
    ++m_refreshCount;
    if (clock.elapsed() > 16) // longer than a frame: worth knowing about
        qCDebug(lcStats) << "statistics panel refresh took" << clock.elapsed() << "ms";
    emit refreshed();
}

void StatsPanel::setEarlierSessions(QDate day, const SessionTotals &earlier, qint64 sessions)
{
    m_day = day;
    m_earlier = earlier;
    m_earlierSessions = sessions;
    apply(m_shown);
}

QString StatsPanel::wonText() const
{
    return m_wonLabel->isVisibleTo(this) ? m_wonLabel->text() : QString();
}

QString StatsPanel::dayText() const
{
    return m_dayLabel->isVisibleTo(this) ? m_dayLabel->text() : QString();
}

QString StatsPanel::formatCount(qint64 value) const
{
    return locale().toString(value);
}

QString StatsPanel::formatDuration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    // In units, not "18:16": the chart's time axis reads h:mm, and a tile
    // in m:ss beside it would be misread.
    if (h > 0)
        return tr("%1 h %2 min").arg(h).arg(m, 2, 10, QLatin1Char('0')); // ko: %1시간 %2분
    return tr("%1 min %2 s").arg(m).arg(s, 2, 10, QLatin1Char('0')); // ko: %1분 %2초
}

void StatsPanel::apply(const SessionStatsSnapshot &s)
{
    const SessionTotals &t = s.totals;
    // A channel whose viewers give cheese shows its cheese in the first tile.
    const bool cheeseOnly = t.giftsAreCheese();
    m_balloonTile->setCaption(cheeseOnly ? tr("Cheese") : tr("Balloons"));
    m_balloonButton->setText(cheeseOnly ? tr("Cheese") : tr("Balloons"));
    m_balloonButton->setToolTip(cheeseOnly ? tr("Cheese over the session") // ko: 세션 동안의 치즈
                                           : tr("Balloons (star and video) over the session"));
    m_balloonTile->setValue(formatCount(cheeseOnly ? t.cheese : t.balloons));
    QString balloonTip = TotalsText::balloons(t);
    if (const QString replay = TotalsText::replayBalloons(t); !replay.isEmpty())
        balloonTip += u'\n' + replay;
    m_balloonTile->setToolTip(balloonTip);
    const WonValue won = t.donationsWon();
    m_wonLabel->setText(TotalsText::won(won));
    m_wonLabel->setToolTip(TotalsText::wonExplanation(won, t.cheese));
    m_wonLabel->setVisible(!m_wonLabel->text().isEmpty());
    if (m_day.isValid()) {
        SessionTotals day = m_earlier;
        day.addSession(t);
        const QString name =
            m_day == QDate::currentDate() ? tr("Today") : locale().toString(m_day, QLocale::ShortFormat);
        m_dayLabel->setText(TotalsText::day(name, day, m_earlierSessions + 1));
        m_dayLabel->setToolTip(tr("This session and the %n session(s) recorded before it on the same broadcast day",
                                   nullptr, int(std::min<qint64>(m_earlierSessions, INT_MAX))) +
            u'\n' + TotalsText::wonExplanation(day.donationsWon(), day.cheese));
    }
    m_dayLabel->setVisible(m_day.isValid());
    m_adTile->setValue(formatCount(t.adBalloons));
    m_subscriptionTile->setValue(formatCount(t.subscriptions()));
    m_subscriptionTile->setToolTip(tr("New: %1\nRenewals: %2\nGifts: %3")
                                       .arg(formatCount(t.newSubscriptions), formatCount(t.subscriptionRenewals),
                                           formatCount(t.subscriptionGifts)));
    m_chatterTile->setValue(formatCount(t.uniqueChatters));
    m_chatTile->setValue(formatCount(t.chats));
    m_durationTile->setValue(s.startMs > 0 ? formatDuration(s.durationMs()) : QStringLiteral("–"));
    m_durationTile->setToolTip(s.startMs > 0
            ? tr("From %1 to %2")
                  .arg(locale().toString(QDateTime::fromMSecsSinceEpoch(s.startMs), QLocale::ShortFormat),
                      locale().toString(QDateTime::fromMSecsSinceEpoch(s.lastEventMs), QLocale::ShortFormat))
            : QString());

    m_chart->setSnapshot(s);

    QList<RankingList::Row> donors;
    donors.reserve(s.topDonors.size());
    for (const SessionStatsSnapshot::Donor &d : s.topDonors) {
        const QString tip = d.nickname + u" ("_s + d.userId + u")\n"_s +
            TotalsText::donorGifts(
                d.balloons, d.starBalloons, d.videoBalloons, d.adBalloons, d.replayBalloons, d.cheese);
        donors.append({d.userId, d.nickname, d.balloons > 0 ? d.balloons : d.cheese, tip});
    }
    m_donors->setRows(donors);

    QList<WordCloud::Word> words;
    words.reserve(s.topWords.size());
    for (const SessionStatsSnapshot::Word &w : s.topWords)
        words.append({w.word, w.count, w.error > 0});
    m_words->setWords(words);
    if (m_content)
        updateMinimumWidth(); // a longer number may need a wider tile
}

void StatsPanel::retranslate()
{
    const bool cheeseOnly = m_shown.totals.giftsAreCheese();
    m_balloonTile->setCaption(cheeseOnly ? tr("Cheese") : tr("Balloons"));
    m_adTile->setCaption(tr("Ad balloons"));
    m_adTile->setToolTip(tr("Ad balloons given in the chat or through the station; not counted in the balloons"));
    m_subscriptionTile->setCaption(tr("Subscriptions"));
    m_chatterTile->setCaption(tr("Chatters"));
    m_chatterTile->setToolTip(tr("Different users who chatted in this session"));
    m_chatTile->setCaption(tr("Chat messages"));
    m_durationTile->setCaption(tr("Duration"));
    m_timelineTitle->setText(tr("Timeline"));
    m_balloonButton->setText(cheeseOnly ? tr("Cheese") : tr("Balloons"));
    m_balloonButton->setToolTip(
        cheeseOnly ? tr("Cheese over the session") : tr("Balloons (star and video) over the session"));
    m_chatButton->setText(tr("Chat"));
    m_chatButton->setToolTip(tr("Chat messages over the session"));
    m_donorTitle->setText(tr("Top donors"));
    m_donors->setPlaceholder(tr("No balloons yet"));
    m_wordTitle->setText(tr("Top words"));
    m_words->setPlaceholder(tr("No chat yet"));
}

void StatsPanel::applyColors()
{
    const QPalette pal = palette();
    m_balloonTile->setAccent(statscolors::balloon(pal));
    m_donors->setAccent(statscolors::balloon(pal));
    m_words->setAccent(statscolors::chat(pal));
}

void StatsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshIfChanged(); // catch up at once with what happened while hidden
    m_timer.start();
}

void StatsPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop(); // a hidden panel costs nothing
}

void StatsPanel::updateMinimumWidth()
{
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int width = m_content->minimumSizeHint().width() + scrollBar;
    if (width != minimumWidth())
        setMinimumWidth(width);
}

void StatsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        apply(m_shown); // tooltips and chart names are translated too
    } else if (event->type() == QEvent::PaletteChange) {
        applyColors();
    }
}

} // namespace soopchat
