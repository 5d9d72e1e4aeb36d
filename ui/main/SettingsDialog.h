#pragma once

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;
class QComboBox;
class QLabel;
class QSpinBox;

namespace soopchat {

class AppContext;

// Language, how much chat to keep, recording and the overlay server.
// Applied on OK; the language changes at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppContext &context, QWidget *parent = nullptr);

    void accept() override;

private:
    AppContext &m_context;
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
