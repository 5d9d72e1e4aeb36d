#pragma once

#include <QDialog>
#include <QList>
#include <QWidget>

#include "ui/common/SettingsPage.h"

class QCheckBox;
class QTabWidget;
class QPlainTextEdit;
class QComboBox;
class QLabel;
class QSpinBox;

namespace soopchat {

class AppContext;

// The General tab (language, how much chat to keep, recording and the overlay
// server) and a tab per feature with settings of its own. Applied on OK; the
// language changes at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppContext &context, QWidget *parent = nullptr);

    void accept() override;

private:
    void addPage(SettingsPage *page, const QString &title);

    AppContext &m_context;
    QTabWidget *m_tabs;
    QList<SettingsPage *> m_pages;
    QComboBox *m_language;
    QSpinBox *m_maxRows;
    QCheckBox *m_showTime;
    QCheckBox *m_recording;
    QLabel *m_recordingPath;
    QSpinBox *m_overlayPort;
    QCheckBox *m_overlayLan;
    QCheckBox *m_overlayTokenInFile;
    QPlainTextEdit *m_overlayCss;
};

} // namespace soopchat
