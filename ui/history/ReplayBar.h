#pragma once

#include <QWidget>

#include "ui/history/SessionReplay.h"

class QButtonGroup;
class QLabel;
class QSlider;
class QToolButton;

namespace soopchat {

// The replay controls under a recorded tab: play/pause, 1×/4×/16×, the
// position in the session (drag to move) and the time.
class ReplayBar : public QWidget
{
    Q_OBJECT

public:
    explicit ReplayBar(SessionReplay *replay, QWidget *parent = nullptr);

    QToolButton *playButton() const { return m_play; }
    QSlider *slider() const { return m_slider; }
    QString timeText() const;
    QToolButton *speedButton(int speed) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePosition(qint64 positionMs);
    void updateState();

    SessionReplay *m_replay;
    QToolButton *m_play;
    QButtonGroup *m_speeds;
    QSlider *m_slider;
    QLabel *m_time;
    QLabel *m_caption;
    bool m_dragging = false;
};

} // namespace soopchat
