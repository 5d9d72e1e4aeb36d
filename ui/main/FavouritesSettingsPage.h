#pragma once

#include "ui/main/SettingsDialog.h"

class QCheckBox;
class QSpinBox;

namespace soopchat {

class AppSettings;

// Settings → Favourites: whether a favourite going live shows a desktop
// notification, and how often each favourite is checked.
class FavouritesSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit FavouritesSettingsPage(AppSettings &settings, QWidget *parent = nullptr);
    void apply() override;

private:
    AppSettings &m_settings;
    QCheckBox *m_notify;
    QSpinBox *m_minutes;
};

} // namespace soopchat
