#pragma once

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <chrono>

#include "core/stats/SessionStatsSnapshot.h"
#include "ui/stats/SessionChart.h"

class QButtonGroup;
class QLabel;
class QToolButton;

namespace soopchat {

class RankingList;
class SessionStats;
class StatTile;
class WordCloud;

// The statistics side panel beside the chat list: totals, the session
// timeline (balloons or chat messages), top donors and top words. Every
// figure is SessionTotals' (the same as the History list's) and every
// tooltip says it in TotalsText's words.
//
// It never reacts to single events. A timer polls SessionStats::revision()
// (an atomic read) every refreshInterval while the panel is visible and takes
// a snapshot only when it changed, so a chat storm costs at most a few
// refreshes a second and an idle session none.
class StatsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds DefaultRefreshInterval {250};
    static constexpr int DonorRows = 10;
    static constexpr int WordCount = 24;

    // `stats` must outlive the panel; it may be fed from another thread.
    explicit StatsPanel(const SessionStats &stats, QWidget *parent = nullptr);

    void setMetric(SessionChart::Metric metric);
    SessionChart::Metric chartMetric() const;

    void setRefreshInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds refreshInterval() const;

    // How many snapshots the panel has shown, and the last one.
    int refreshCount() const { return m_refreshCount; }
    const SessionStatsSnapshot &shownSnapshot() const { return m_shown; }
    // How often the refresh timer has gone off (each time refreshes at most once).
    int timerTicks() const { return m_timerTicks; }

    // The sessions recorded before this one on its broadcast day (core/store
    // BroadcastDays): the panel then also says the day's balloons and won,
    // theirs added to its own. `sessions` 0 and no day: not shown.
    void setEarlierSessions(QDate day, const SessionTotals &earlier, qint64 sessions);
    // The won line under the tiles ("≈ 13,530 won"; empty when none) and
    // the day's line ("Today: 193 balloons ≈ 18,150 won in 4 sessions").
    QString wonText() const;
    QString dayText() const;

    // A span in units, "18 min 16 s" or "1 h 05 min": the duration tile's
    // form, and the live header's.
    static QString formatDuration(qint64 ms);

public slots:
    // What the timer runs: refresh if the statistics changed since last time.
    void refreshIfChanged();
    // Refresh now, changed or not (after a language change, for example).
    void refresh();

signals:
    void metricChanged(SessionChart::Metric metric);
    void refreshed();
    // A donor row was clicked: open the user card for this user id.
    void userActivated(const QString &userId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateMinimumWidth();
    void applyColors();
    void apply(const SessionStatsSnapshot &snapshot);
    QString formatCount(qint64 value) const;

    const SessionStats &m_stats;
    QTimer m_timer;
    SessionStatsSnapshot m_shown;
    quint64 m_shownRevision = 0;
    int m_refreshCount = 0;
    int m_timerTicks = 0;

    StatTile *m_balloonTile;
    StatTile *m_adTile;
    StatTile *m_subscriptionTile;
    StatTile *m_chatterTile;
    StatTile *m_chatTile;
    StatTile *m_durationTile;
    QLabel *m_wonLabel;
    QLabel *m_dayLabel;
    QDate m_day;
    SessionTotals m_earlier;
    qint64 m_earlierSessions = 0;
    QLabel *m_timelineTitle;
    QToolButton *m_balloonButton;
    QToolButton *m_chatButton;
    QButtonGroup *m_metricGroup;
    SessionChart *m_chart;
    QLabel *m_donorTitle;
    RankingList *m_donors;
    QLabel *m_wordTitle;
    WordCloud *m_words;
    QWidget *m_content = nullptr; // inside the scroll area
};

} // namespace soopchat
