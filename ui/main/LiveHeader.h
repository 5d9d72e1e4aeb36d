#pragma once

#include <QTimer>
#include <QWidget>

#include "core/events/ChannelStatus.h"

class QLabel;

namespace soopchat {

class ElidedLabel;
class SessionStats;

// What a live tab shows above its chat while the broadcast is on, as a
// recorded tab's header does for a recording: a live mark, the broadcast's
// title and, in smaller type, the streamer, how long this tab has watched
// this broadcast and how many chatted. The connection banner takes its place
// when the tab is not live.
class LiveHeader : public QWidget
{
    Q_OBJECT

public:
    explicit LiveHeader(const SessionStats &stats, QWidget *parent = nullptr);

    void setStatus(const ChannelStatus &status);
    // A new broadcast began: its watching time starts now.
    void restart();
    void setClock(std::function<qint64()> now) { m_now = std::move(now); } // for tests
    bool isQuiet() const { return m_status.quietSinceMs > 0; }

    QString heading() const;
    QString details() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    const SessionStats &m_stats;
    ChannelStatus m_status;
    qint64 m_liveSinceMs = 0;
    std::function<qint64()> m_now;
    QTimer m_tick;
    QLabel *m_mark;
    QLabel *m_title;
    ElidedLabel *m_details;
};

} // namespace soopchat
