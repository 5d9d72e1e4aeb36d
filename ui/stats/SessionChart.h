#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

#include "core/stats/SessionStatsSnapshot.h"

class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QLineSeries;

namespace soopchat {

// The session timeline: a cumulative line over per-period bars, for balloons
// (star and video, SessionTotals::balloons) or chat messages. The series and axes are created once and
// updated in place, so a refresh never flickers or re-lays out the chart.
//
// The x axis counts bars: bar i covers minutes [i*w, (i+1)*w) of the session,
// where w grows through 1, 2, 5, 10, 15, 30, 60... minutes so that a session
// of any length shows at most MaxBars bars. Labels read h:mm of the session.
class SessionChart : public QChartView
{
    Q_OBJECT

public:
    enum class Metric : quint8 { Balloons, ChatMessages };
    Q_ENUM(Metric)

    static constexpr int MaxBars = 60;
    static constexpr int MinimumSpanMinutes = 10; // an early session still gets a readable axis

    explicit SessionChart(QWidget *parent = nullptr);

    void setSnapshot(const SessionStatsSnapshot &snapshot);
    void setMetric(Metric metric);
    Metric chartMetric() const { return m_metric; } // not metric(): QWidget has one

    int minutesPerBar() const { return m_minutesPerBar; }
    QList<qreal> barValues() const;
    QList<QPointF> cumulativePoints() const;

    // The bar width for a session of `spanMinutes`.
    static int minutesPerBarFor(qint64 spanMinutes);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void applyColors();
    void styleBarMarker();
    void updateTimeAxis(qint64 spanMinutes);
    void updateAxisTitles();
    void showBarToolTip(bool hovering, int index);

    Metric m_metric = Metric::Balloons;
    bool m_cheese = false; // the donations are cheese (SessionTotals::giftsAreCheese)
    qint64 m_originMinute = 0;
    qint64 m_lastEventMs = 0;
    QList<SessionStatsSnapshot::Minute> m_minutes;
    int m_minutesPerBar = 1;

    QChart *m_chart;
    QBarSeries *m_bars;
    QBarSet *m_barSet;
    QLineSeries *m_cumulative;
    QCategoryAxis *m_axisTime;
    QCategoryAxis *m_axisTotal; // on values: labels in the short form (TotalsText::compact)
    QCategoryAxis *m_axisRate;
};

} // namespace soopchat
