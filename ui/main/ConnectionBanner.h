#pragma once

#include <QTimer>
#include <QWidget>

#include "core/events/ChannelStatus.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace soopchat {

// Says where a channel's connection stands in plain words: looking it up,
// joining, reconnecting (counting down), offline and waiting for the next
// live, asking for a password, explaining why a login-only broadcast cannot
// be watched. Hidden while live.
class ConnectionBanner : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    void setStatus(const ChannelStatus &status);
    const ChannelStatus &status() const { return m_status; }
    QString message() const; // what it says now (for tests and accessibility)

    // The text for a status, as the banner shows it.
    static QString describe(const ChannelStatus &status, qint64 nowMs);

signals:
    void retryRequested();
    void passwordEntered(const QString &password);
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Tone { Info, Warning, Error };
    void refresh();
    void setTone(Tone tone);

    ChannelStatus m_status;
    QLabel *m_icon;
    QLabel *m_text;
    QLineEdit *m_password;
    QPushButton *m_join;
    QPushButton *m_retry;
    QPushButton *m_close;
    QTimer m_countdown;
};

} // namespace soopchat
