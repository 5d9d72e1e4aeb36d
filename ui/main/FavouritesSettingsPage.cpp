#include "ui/main/FavouritesSettingsPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include "ui/common/AppSettings.h"

namespace soopchat {

using namespace Qt::StringLiterals;

FavouritesSettingsPage::FavouritesSettingsPage(AppSettings &settings, QWidget *parent)
    : SettingsPage(parent), m_settings(settings),
      m_notify(new QCheckBox(tr("Show a desktop notification when a favourite goes live"), this)),
      m_minutes(new QSpinBox(this))
{
    m_notify->setObjectName(u"favouritesNotify"_s);
    m_minutes->setObjectName(u"favouritesCheckMinutes"_s);
    m_notify->setChecked(settings.favouritesNotify());
    m_minutes->setRange(AppSettings::MinFavouritesCheckMinutes, AppSettings::MaxFavouritesCheckMinutes);
    m_minutes->setValue(settings.favouritesCheckMinutes());
    m_minutes->setSuffix(tr(" min"));
    auto *note = new QLabel(tr("One channel at a time, a few seconds apart, and less often while the service has "
                               "trouble. Channels open in a tab are not checked: their tab knows."),
        this);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout(this);
    form->addRow(m_notify);
    form->addRow(tr("Check each favourite every"), m_minutes);
    form->addRow(note);
}

void FavouritesSettingsPage::apply()
{
    m_settings.setFavouritesNotify(m_notify->isChecked());
    m_settings.setFavouritesCheckMinutes(m_minutes->value());
}

} // namespace soopchat
