#pragma once

#include <QWidget>

namespace soopchat {

// One tab of the settings dialog (ui/main/SettingsDialog): shows the settings
// when it is made and applies what the user chose on OK (before the settings
// are written). Here, below the windows, so that a feature's folder (ui/alerts)
// can make its own tab without including ui/main.
class SettingsPage : public QWidget
{
public:
    using QWidget::QWidget;
    virtual void apply() = 0;
};

} // namespace soopchat
