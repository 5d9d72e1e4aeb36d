#pragma once

#include <QGroupBox>
#include <QList>

#include "core/alerts/AlertRule.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;

namespace soopchat {

// One action of a rule in Settings → Alerts: its text with the placeholders
// as insert buttons and a live preview of the text filled in for a made-up
// event, and per kind the Discord or Telegram target, the sound file and its
// volume.
class AlertActionCard : public QGroupBox
{
    Q_OBJECT

public:
    explicit AlertActionCard(const AlertAction &action, QWidget *parent = nullptr);

    AlertAction action() const;
    // The targets the chooser offers (those of this action's kind).
    void setTargets(const QList<AlertTarget> &targets);
    // The kind of event the preview is made up for.
    void setPreviewKind(EventType kind);
    QString previewText() const;

    static QString kindLabel(AlertAction::Kind kind);

signals:
    void changed();
    void removeRequested();

private:
    void updatePreview();
    void chooseSound();

    AlertAction m_action;
    EventType m_previewKind = EventType::Balloon;
    QLineEdit *m_text;
    QLabel *m_preview;
    QComboBox *m_target = nullptr;
    QLineEdit *m_sound = nullptr;
    QSlider *m_volume = nullptr;
};

} // namespace soopchat
