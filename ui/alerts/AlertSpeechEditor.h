#pragma once

#include <QWidget>

#include "core/alerts/AlertRule.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSlider;
class QSpinBox;

namespace soopchat {

// How "Read aloud" actions talk (Settings → Alerts → Voice): the language and
// voice, rate, volume, how much of a message is read and the words that are
// never said.
class AlertSpeechEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AlertSpeechEditor(QWidget *parent = nullptr);
    void setSpeech(const AlertSpeech &speech);
    AlertSpeech speech() const;

private:
    AlertSpeech m_speech;
    QComboBox *m_locale;
    QLineEdit *m_voice;
    QSlider *m_rate;
    QSlider *m_volume;
    QSpinBox *m_maxCharacters;
    QPlainTextEdit *m_blocked;
};

} // namespace soopchat
