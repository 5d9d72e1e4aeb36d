#include "ui/history/ReplayBar.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include "ui/history/HistoryFormat.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr int Speeds[] = {1, 4, 16};

} // namespace

ReplayBar::ReplayBar(SessionReplay *replay, QWidget *parent)
    : QWidget(parent), m_replay(replay), m_play(new QToolButton(this)), m_speeds(new QButtonGroup(this)),
      m_slider(new QSlider(Qt::Horizontal, this)), m_time(new QLabel(this)), m_caption(new QLabel(this))
{
    setObjectName(u"replayBar"_s);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_play->setObjectName(u"replayPlay"_s);
    m_play->setAutoRaise(true);
    m_play->setIconSize(QSize(20, 20));
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_time->setTextFormat(Qt::PlainText);
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(u"00:00:00 / 00:00:00"_s));
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 10, 4);
    layout->setSpacing(6);
    layout->addWidget(m_play);
    layout->addWidget(m_caption);
    for (int speed : Speeds) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"replaySpeed%1"_s.arg(speed));
        button->setText(u"%1×"_s.arg(speed));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(speed == replay->speed());
        m_speeds->addButton(button, speed);
        layout->addWidget(button);
    }
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);

    // Whole seconds: fine enough for a position, and an int for hours.
    m_slider->setRange(0, int(replay->durationMs() / 1000));
    m_slider->setPageStep(std::max(1, m_slider->maximum() / 20));
    m_slider->setTracking(false);

    connect(m_play, &QToolButton::clicked, replay, &SessionReplay::togglePlay);
    connect(m_speeds, &QButtonGroup::idClicked, replay, &SessionReplay::setSpeed);
    connect(replay, &SessionReplay::speedChanged, this, [this](int speed) {
        if (QAbstractButton *button = m_speeds->button(speed))
            button->setChecked(true);
    });
    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_dragging = true; });
    connect(m_slider, &QSlider::sliderMoved, this, [this](int seconds) {
        m_time->setText(HistoryFormat::duration(qint64(seconds) * 1000) + u" / "_s +
            HistoryFormat::duration(m_replay->durationMs()));
    });
    connect(m_slider, &QSlider::sliderReleased, this, [this] { m_dragging = false; });
    // valueChanged without tracking: a released drag, a click or a key.
    connect(m_slider, &QSlider::valueChanged, this, [this](int seconds) {
        if (qint64(seconds) != m_replay->positionMs() / 1000)
            m_replay->seek(qint64(seconds) * 1000);
    });
    connect(replay, &SessionReplay::positionChanged, this, &ReplayBar::updatePosition);
    connect(replay, &SessionReplay::stateChanged, this, &ReplayBar::updateState);
    retranslate();
    updatePosition(replay->positionMs());
}

QString ReplayBar::timeText() const
{
    return m_time->text();
}

QToolButton *ReplayBar::speedButton(int speed) const
{
    return qobject_cast<QToolButton *>(m_speeds->button(speed));
}

void ReplayBar::updatePosition(qint64 positionMs)
{
    if (!m_dragging) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(int(positionMs / 1000));
    }
    m_time->setText(HistoryFormat::duration(positionMs) + u" / "_s + HistoryFormat::duration(m_replay->durationMs()));
}

void ReplayBar::updateState()
{
    const bool playing = m_replay->state() == SessionReplay::State::Playing;
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause the replay") : tr("Replay the session as it happened"));
    switch (m_replay->state()) {
    case SessionReplay::State::Stopped:
        m_caption->setText(tr("Replay"));
        break;
    case SessionReplay::State::Playing:
        m_caption->setText(tr("Replaying"));
        break;
    case SessionReplay::State::Paused:
        m_caption->setText(tr("Paused"));
        break;
    case SessionReplay::State::Finished:
        m_caption->setText(tr("Replay finished"));
        break;
    }
}

void ReplayBar::retranslate()
{
    m_slider->setToolTip(tr("Position in the session: drag to replay from another moment"));
    for (int speed : Speeds) {
        if (QAbstractButton *button = m_speeds->button(speed))
            button->setToolTip(tr("Replay at %1× speed").arg(speed));
    }
    updateState();
}

void ReplayBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace soopchat
