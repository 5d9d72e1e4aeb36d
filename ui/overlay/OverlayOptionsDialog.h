#pragma once

#include <QDialog>

#include "ui/overlay/OverlayWindowOptions.h"

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace soopchat {

// Every option of one channel's overlay window. Not modal and applied live:
// each change is emitted at once, so the streamer sees it in OBS while
// choosing. Undoing click-through is here too, because the window itself
// cannot be clicked then.
class OverlayOptionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OverlayOptionsDialog(const QString &channel, QWidget *parent = nullptr);

    // Shows `options` without emitting optionsChanged.
    void setOptions(const OverlayWindowOptions &options);
    const OverlayWindowOptions &options() const { return m_options; }
    // Where the way back from click-through is, for the note under it.
    void setClickThroughShortcut(const QKeySequence &shortcut);

signals:
    void optionsChanged(const soopchat::OverlayWindowOptions &options);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateControls();
    void edited();
    void chooseChromaColor();

    QString m_channel;
    OverlayWindowOptions m_options;
    QString m_shortcutText;
    bool m_updating = false;

    QGroupBox *m_lookGroup;
    QGroupBox *m_linesGroup;
    QGroupBox *m_windowGroup;
    QLabel *m_backgroundLabel;
    QComboBox *m_background;
    QPushButton *m_chromaColor;
    QLabel *m_fontLabel;
    QFontComboBox *m_fontFamily;
    QSpinBox *m_fontSize;
    QLabel *m_effectLabel;
    QComboBox *m_textEffect;
    QCheckBox *m_badges;
    QCheckBox *m_emphasise;
    QLabel *m_maxLinesLabel;
    QSpinBox *m_maxLines;
    QLabel *m_fadeLabel;
    QSpinBox *m_fadeSeconds;
    QCheckBox *m_donationsOnly;
    QCheckBox *m_locked;
    QCheckBox *m_clickThrough;
    QLabel *m_clickThroughNote;
    QPushButton *m_defaults;
    QPushButton *m_close;
};

} // namespace soopchat
