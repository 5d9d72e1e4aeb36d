#include "ui/stats/SessionChart.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

#include "ui/stats/StatsColors.h"
#include "ui/stats/TotalsText.h"

namespace soopchat {

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr int YIntervals = 4; // both y axes share it, so their grid lines coincide

qint64 floorMinute(qint64 ms)
{
    return ms >= 0 ? ms / MinuteMs : (ms - MinuteMs + 1) / MinuteMs;
}

// The smallest "round" step (1, 2, 5 × 10^k; 2.5 × 10^k above 10) that
// covers `max` in YIntervals steps.
qreal niceStep(qreal max)
{
    const qreal raw = std::max<qreal>(1.0, max / YIntervals);
    const qreal magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const qreal factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor == 2.5 && magnitude < 10)
            continue; // keeps labels integral
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

QString sessionTime(qint64 minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// 0 to a round top in YIntervals steps, each labelled in the short form
// ("12.5K", "1.25만"), so that a big total fits a narrow chart.
void setAxisRange(QCategoryAxis *axis, qreal max)
{
    const qreal step = niceStep(max);
    QStringList labels;
    for (int i = 0; i <= YIntervals; ++i)
        labels.append(TotalsText::compact(qint64(std::llround(step * i))));
    if (axis->max() == step * YIntervals && axis->categoriesLabels() == labels)
        return;
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setStartValue(0);
    for (int i = 0; i <= YIntervals; ++i)
        axis->append(labels[i], step * i);
    axis->setRange(0, step * YIntervals);
}

} // namespace

SessionChart::SessionChart(QWidget *parent)
    // Given to the constructor: the default constructor would make a chart of
    // its own that setChart() only releases, never deletes.
    : QChartView(new QChart, parent), m_chart(chart()), m_bars(new QBarSeries(m_chart)),
      m_barSet(new QBarSet(QString())), m_cumulative(new QLineSeries(m_chart)), m_axisTime(new QCategoryAxis(m_chart)),
      m_axisTotal(new QCategoryAxis(m_chart)), m_axisRate(new QCategoryAxis(m_chart))
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::NoBrush);
    viewport()->setAutoFillBackground(false);
    setMinimumHeight(180);

    m_chart->setAnimationOptions(QChart::NoAnimation); // a refresh must not move what did not change
    m_chart->setBackgroundVisible(false);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);

    m_bars->append(m_barSet);
    m_bars->setBarWidth(0.8);
    // Bars first, so the line is drawn above them.
    m_chart->addSeries(m_bars);
    m_chart->addSeries(m_cumulative);

    m_axisTime->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisTime->setGridLineVisible(false);
    m_axisTotal->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisRate->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisRate->setGridLineVisible(false);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_axisTime), static_cast<QAbstractAxis *>(m_axisTotal),
             static_cast<QAbstractAxis *>(m_axisRate)})
        axis->setLineVisible(false);
    m_chart->addAxis(m_axisTime, Qt::AlignBottom);
    m_chart->addAxis(m_axisTotal, Qt::AlignLeft);
    m_chart->addAxis(m_axisRate, Qt::AlignRight);
    m_bars->attachAxis(m_axisTime);
    m_bars->attachAxis(m_axisRate);
    m_cumulative->attachAxis(m_axisTime);
    m_cumulative->attachAxis(m_axisTotal);

    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    connect(m_bars, &QBarSeries::hovered, this,
        [this](bool hovering, int index, QBarSet *) { showBarToolTip(hovering, index); });

    applyColors();
    rebuild();
}

int SessionChart::minutesPerBarFor(qint64 spanMinutes)
{
    static constexpr int widths[] = {1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440};
    for (const int width : widths) {
        if ((spanMinutes + width - 1) / width <= MaxBars)
            return width;
    }
    // Longer than 60 days: whole days per bar.
    const qint64 days = (spanMinutes + qint64(MaxBars) * 1440 - 1) / (qint64(MaxBars) * 1440);
    return int(std::min<qint64>(days * 1440, std::numeric_limits<int>::max()));
}

void SessionChart::setSnapshot(const SessionStatsSnapshot &snapshot)
{
    m_minutes = snapshot.minutes;
    m_cheese = snapshot.totals.giftsAreCheese();
    m_originMinute = snapshot.startMs > 0 ? floorMinute(snapshot.startMs) : 0;
    m_lastEventMs = snapshot.lastEventMs;
    rebuild();
}

void SessionChart::setMetric(Metric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    applyColors();
    rebuild();
}

QList<qreal> SessionChart::barValues() const
{
    QList<qreal> values;
    values.reserve(m_barSet->count());
    for (int i = 0; i < m_barSet->count(); ++i)
        values.append(m_barSet->at(i));
    return values;
}

QList<QPointF> SessionChart::cumulativePoints() const
{
    return m_cumulative->points();
}

void SessionChart::rebuild()
{
    // Donations in the session's unit: balloons, or a CHZZK channel's cheese.
    const bool donations = m_metric == Metric::Balloons;
    const bool cheese = donations && m_cheese;
    const auto valueOf = [donations, cheese](const SessionStatsSnapshot::Minute &m) {
        return cheese ? m.cheese : donations ? m.balloons : m.chats;
    };
    const auto cumulativeOf = [donations, cheese](const SessionStatsSnapshot::Minute &m) {
        return cheese ? m.cumulativeCheese : donations ? m.cumulativeBalloons : m.cumulativeChats;
    };

    qint64 lastMinute = m_originMinute;
    if (!m_minutes.isEmpty())
        lastMinute = std::max(lastMinute, floorMinute(m_minutes.last().startMs));
    if (m_lastEventMs > 0)
        lastMinute = std::max(lastMinute, floorMinute(m_lastEventMs));
    const qint64 span = std::max<qint64>(lastMinute - m_originMinute + 1, MinimumSpanMinutes);
    const int width = minutesPerBarFor(span);
    const int barCount = int((span + width - 1) / width);
    m_minutesPerBar = width;

    // Minute k of the session covers x in [k/w - 0.5, (k+1)/w - 0.5): bars are
    // centred on their index.
    const auto xOf = [width](qreal minuteOffset) { return minuteOffset / width - 0.5; };

    QList<qreal> values(barCount, 0.0);
    QList<QPointF> points;
    points.reserve(m_minutes.size() * 2 + 2);
    points.append({xOf(0), 0});
    qreal previous = 0;
    qreal maxBar = 0;
    for (const SessionStatsSnapshot::Minute &m : m_minutes) {
        const qint64 offset = floorMinute(m.startMs) - m_originMinute;
        if (offset < 0 || offset >= qint64(barCount) * width)
            continue;
        qreal &bar = values[qsizetype(offset / width)];
        bar += qreal(valueOf(m));
        maxBar = std::max(maxBar, bar);
        // Flat until the minute starts, then up to its total at its end.
        const qreal startX = xOf(qreal(offset));
        if (startX > points.last().x())
            points.append({startX, previous});
        previous = qreal(cumulativeOf(m));
        points.append({xOf(qreal(offset + 1)), previous});
    }
    if (m_lastEventMs > 0) {
        const qreal nowX = xOf(qreal(m_lastEventMs - m_originMinute * MinuteMs) / MinuteMs);
        if (nowX > points.last().x())
            points.append({nowX, previous});
    }

    // Update the bar set in place: only changed values emit a signal.
    const int common = std::min(int(m_barSet->count()), barCount);
    for (int i = 0; i < common; ++i) {
        if (m_barSet->at(i) != values[i])
            m_barSet->replace(i, values[i]);
    }
    if (m_barSet->count() > barCount)
        m_barSet->remove(barCount, m_barSet->count() - barCount);
    else if (barCount > common)
        m_barSet->append(values.mid(common));

    m_cumulative->replace(points);

    const qreal minX = -0.5;
    const qreal maxX = barCount - 0.5;
    if (m_axisTime->min() != minX || m_axisTime->max() != maxX)
        m_axisTime->setRange(minX, maxX);
    updateTimeAxis(qint64(barCount) * width);
    setAxisRange(m_axisTotal, previous);
    setAxisRange(m_axisRate, maxBar);

    const QString barName = width == 1 ? tr("Per minute") : tr("Per %n min", nullptr, width);
    if (m_barSet->label() != barName) {
        m_barSet->setLabel(barName);
        styleBarMarker();
    }
    const QString lineName = cheese ? tr("Cheese, total") // ko: 치즈 누적
        : donations                 ? tr("Balloons, total")
                                    : tr("Chat messages, total");
    if (m_cumulative->name() != lineName)
        m_cumulative->setName(lineName);
    // The grid lines serve both scales; each side says which series it
    // measures, so a bar is not read against the line's numbers.
    const QString totalTitle = tr("Total"); // ko: 누적
    if (m_axisTotal->titleText() != totalTitle)
        m_axisTotal->setTitleText(totalTitle);
    if (m_axisRate->titleText() != barName)
        m_axisRate->setTitleText(barName);
    updateAxisTitles();
    // New labels are drawn at once, in the old room; lay the chart out now,
    // not at the next turn of the event loop, so that no frame (and no
    // screenshot) shows them over the axis title.
    m_chart->layout()->activate();
}

void SessionChart::updateTimeAxis(qint64 spanMinutes)
{
    // About one label per 70 pixels, in round session times.
    static constexpr int steps[] = {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440};
    const int maxLabels = std::clamp(int(width() / 70), 2, 8);
    int step = steps[std::size(steps) - 1];
    for (const int candidate : steps) {
        if (spanMinutes / candidate <= maxLabels) {
            step = candidate;
            break;
        }
    }
    while (spanMinutes / step > maxLabels)
        step *= 2;

    QStringList labels;
    QList<qreal> positions;
    for (qint64 t = 0; t <= spanMinutes; t += step) {
        labels.append(sessionTime(t));
        positions.append(qreal(t) / m_minutesPerBar - 0.5);
    }
    bool same = m_axisTime->categoriesLabels() == labels;
    for (qsizetype i = 0; same && i < labels.size(); ++i)
        same = m_axisTime->endValue(labels[i]) == positions[i];
    if (same)
        return;
    for (const QString &label : m_axisTime->categoriesLabels())
        m_axisTime->remove(label);
    m_axisTime->setStartValue(-0.5);
    for (qsizetype i = 0; i < labels.size(); ++i)
        m_axisTime->append(labels[i], positions[i]);
}

void SessionChart::applyColors()
{
    const QPalette pal = palette();
    // Qt Charts' own theme for what is not coloured below (a tooltip's frame,
    // the legend's defaults); it resets everything, so it goes first.
    const QChart::ChartTheme theme = statscolors::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme) {
        m_chart->setTheme(theme);
        m_chart->setBackgroundVisible(false);
    }
    const QColor accent = m_metric == Metric::Balloons ? statscolors::balloon(pal) : statscolors::chat(pal);
    QColor barColor = accent;
    barColor.setAlphaF(statscolors::isDark(pal) ? 0.55f : 0.5f);
    m_barSet->setColor(barColor);
    m_barSet->setBorderColor(Qt::transparent);
    QPen linePen(accent, 2.2);
    linePen.setCapStyle(Qt::RoundCap);
    linePen.setJoinStyle(Qt::RoundJoin);
    m_cumulative->setPen(linePen);

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.82);
    const QColor muted = statscolors::muted(pal);
    m_axisTime->setLabelsColor(muted);
    const QColor totalColor = accent.darker(statscolors::isDark(pal) ? 100 : 115);
    m_axisTotal->setLabelsColor(totalColor);
    m_axisTotal->setTitleBrush(totalColor);
    m_axisRate->setLabelsColor(muted);
    m_axisRate->setTitleBrush(muted);
    m_axisTotal->setGridLineColor(statscolors::gridLine(pal));
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
    }

    QLegend *legend = m_chart->legend();
    legend->setFont(small);
    legend->setLabelColor(statscolors::text(pal));
    styleBarMarker();
}

void SessionChart::styleBarMarker()
{
    // The legend rebuilds the bar marker from the set with a default outline
    // whenever the label changes; give it the bars' look again.
    for (QLegendMarker *marker : m_chart->legend()->markers(m_bars)) {
        marker->setShape(QLegend::MarkerShapeRectangle);
        marker->setBrush(m_barSet->color());
        marker->setPen(QPen(Qt::NoPen));
    }
}

void SessionChart::showBarToolTip(bool hovering, int index)
{
    if (!hovering || index < 0 || index >= m_barSet->count()) {
        QToolTip::hideText();
        return;
    }
    const qint64 from = qint64(index) * m_minutesPerBar;
    const QString range = m_minutesPerBar == 1
        ? sessionTime(from)
        : QStringLiteral("%1–%2").arg(sessionTime(from), sessionTime(from + m_minutesPerBar));
    const qint64 value = qint64(m_barSet->at(index));
    const QString what = m_metric == Metric::Balloons ? tr("%Ln balloon(s)", nullptr, int(value))
                                                      : tr("%Ln chat message(s)", nullptr, int(value));
    QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2").arg(range, what), this);
}

void SessionChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateTimeAxis(qint64(m_barSet->count()) * m_minutesPerBar); // how many labels fit depends on the width
    updateAxisTitles();
}

void SessionChart::updateAxisTitles()
{
    // Qt Charts gives each side at most a fifth of the chart's width; in less
    // than it asks for, it draws the labels over the title. So the titles go
    // when the labels leave them no room: the legend and the labels' colours
    // still say which side measures which series.
    constexpr qreal SideShare = 0.2;
    constexpr qreal Padding = 12; // between labels, title and the plot
    const qreal room = SideShare * width();
    bool fits = true;
    for (QCategoryAxis *axis : {m_axisTotal, m_axisRate}) {
        const QFontMetricsF labels(axis->labelsFont());
        qreal widest = 0;
        for (const QString &label : axis->categoriesLabels())
            widest = std::max(widest, labels.horizontalAdvance(label));
        fits = fits && widest + QFontMetricsF(axis->titleFont()).height() + Padding <= room;
    }
    for (QCategoryAxis *axis : {m_axisTotal, m_axisRate}) {
        if (axis->isTitleVisible() != fits)
            axis->setTitleVisible(fits);
    }
}

void SessionChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        applyColors();
}

} // namespace soopchat
