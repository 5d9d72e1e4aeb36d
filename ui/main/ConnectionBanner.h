#pragma once

#include <QTimer>
#include <QWidget>

#include "core/channel/ChatSources.h"
#include "core/events/ChannelStatus.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace soopchat {

// Says where a channel's connection stands in plain words: looking it up,
// joining, reconnecting (counting down), offline and waiting for the next
// live, asking for a password, explaining why a login-only broadcast cannot
// be watched (in the platform's own words: ChatSources::explain). Hidden
// while live.
class ConnectionBanner : public QWidget
{
    Q_OBJECT

public:
    ConnectionBanner(const ChatSources &sources, Platform platform, QWidget *parent = nullptr);

    void setStatus(const ChannelStatus &status);
    const ChannelStatus &status() const { return m_status; }
    QString message() const; // what it says now (for tests and accessibility)

    // The text for a status of a channel of `platform`, as the banner shows it.
    static QString describe(const ChatSources &sources, Platform platform, const ChannelStatus &status, qint64 nowMs);

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

    const ChatSources &m_sources;
    Platform m_platform;
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
