#pragma once

#include "ui/main/SettingsDialog.h"

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace soopchat {

class Appearance;

// Settings → Appearance: the theme, the chat's font, zoom and compact rows,
// always on top and the main window's opacity. Applied on OK, at once.
class AppearancePage : public SettingsPage
{
    Q_OBJECT

public:
    explicit AppearancePage(Appearance &appearance, QWidget *parent = nullptr);

    void apply() override;

private:
    Appearance &m_appearance;
    QComboBox *m_theme;
    QCheckBox *m_systemFont;
    QFontComboBox *m_family;
    QDoubleSpinBox *m_size;
    QSpinBox *m_zoom;
    QCheckBox *m_compact;
    QCheckBox *m_onTop;
    QSpinBox *m_opacity;
};

} // namespace soopchat
