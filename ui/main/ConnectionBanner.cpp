#include "ui/main/ConnectionBanner.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace soopchat {

namespace {

int secondsUntil(qint64 atMs, qint64 nowMs)
{
    return int(std::max<qint64>(0, (atMs - nowMs + 999) / 1000));
}

} // namespace

ConnectionBanner::ConnectionBanner(const ChatSources &sources, Platform platform, QWidget *parent)
    : QWidget(parent), m_sources(sources), m_platform(platform), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_password(new QLineEdit(this)), m_join(new QPushButton(this)), m_retry(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setAttribute(Qt::WA_StyledBackground);
    setObjectName(QStringLiteral("connectionBanner"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaximumWidth(200);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_password);
    layout->addWidget(m_join);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);

    connect(m_retry, &QPushButton::clicked, this, &ConnectionBanner::retryRequested);
    connect(m_close, &QPushButton::clicked, this, &ConnectionBanner::closeRequested);
    auto join = [this] {
        if (!m_password->text().isEmpty())
            emit passwordEntered(m_password->text());
    };
    connect(m_join, &QPushButton::clicked, this, join);
    connect(m_password, &QLineEdit::returnPressed, this, join);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionBanner::refresh);
    refresh();
}

QString ConnectionBanner::message() const
{
    return m_text->text();
}

void ConnectionBanner::setStatus(const ChannelStatus &status)
{
    const bool askedAgain =
        status.state == ConnectionState::PasswordRequired && m_status.state != ConnectionState::PasswordRequired;
    m_status = status;
    if (askedAgain || status.passwordRejected)
        m_password->clear();
    refresh();
    if (status.state == ConnectionState::PasswordRequired)
        m_password->setFocus();
}

QString ConnectionBanner::describe(
    const ChatSources &sources, Platform platform, const ChannelStatus &status, qint64 nowMs)
{
    const QString channel = status.channel;
    const QString service = sources.displayName(platform);
    const int seconds = status.nextAttemptAtMs > 0 ? secondsUntil(status.nextAttemptAtMs, nowMs) : -1;
    switch (status.state) {
    case ConnectionState::Idle:
    case ConnectionState::Resolving:
        return tr("Looking up %1 on %2…").arg(channel, service);
    case ConnectionState::Connecting:
        return tr("Connecting to the chat server…");
    case ConnectionState::Joining:
        return tr("Joining the chat…");
    case ConnectionState::Live:
        return tr("Live: %1").arg(status.broadcast.title);
    case ConnectionState::Reconnecting: {
        const QString why = status.detail.isEmpty() ? tr("The connection was lost.") : status.detail;
        if (seconds < 0)
            return tr("%1 Reconnecting now…").arg(why);
        return tr("%1 Reconnecting in %n second(s)…", nullptr, seconds).arg(why);
    }
    case ConnectionState::WaitingForLive: {
        const QString lead =
            status.detail.isEmpty() ? tr("%1 is not live right now.").arg(channel) : tr("The broadcast has ended.");
        const QString wait = tr("SoopChat joins by itself when the next broadcast starts.");
        if (seconds < 0)
            return lead + u' ' + wait + u' ' + tr("Checking now…");
        return lead + u' ' + wait + u' ' + tr("Next check in %n second(s).", nullptr, seconds);
    }
    case ConnectionState::PasswordRequired:
        return status.passwordRejected ? tr("That password is wrong. Enter the broadcast's password to join.")
                                       : tr("This broadcast has a password. Enter it to join the chat.");
    case ConnectionState::LoginRequired: {
        // Only the platform knows its rules for guests; the neutral words otherwise.
        if (const QString own = sources.explain(platform, status); !own.isEmpty())
            return own;
        const QString why =
            status.detail.isEmpty() ? tr("Only logged-in viewers may join this broadcast's chat.") : status.detail;
        return why + u' ' +
            tr("SoopChat watches as a guest, so it cannot join. It keeps checking in case the broadcast opens up.");
    }
    case ConnectionState::Unavailable:
        return tr("%1 is under maintenance: %2")
                   .arg(service, status.detail.isEmpty() ? tr("no details given.") : status.detail) +
            (seconds >= 0 ? u' ' + tr("Trying again in %n second(s).", nullptr, seconds) : QString());
    case ConnectionState::NotFound:
        return status.detail.isEmpty() ? tr("There is no %1 channel “%2”.").arg(service, channel) : status.detail;
    case ConnectionState::Stopped:
        return tr("Disconnected.");
    }
    return {};
}

void ConnectionBanner::refresh()
{
    const ConnectionState state = m_status.state;
    m_text->setText(describe(m_sources, m_platform, m_status, QDateTime::currentMSecsSinceEpoch()));
    setVisible(state != ConnectionState::Live);

    const bool password = state == ConnectionState::PasswordRequired;
    m_password->setVisible(password);
    m_join->setVisible(password);
    m_retry->setVisible(state == ConnectionState::Reconnecting || state == ConnectionState::WaitingForLive ||
        state == ConnectionState::LoginRequired || state == ConnectionState::Unavailable);
    m_close->setVisible(state == ConnectionState::NotFound);
    m_join->setText(tr("Join"));
    m_retry->setText(tr("Try now"));
    m_close->setText(tr("Close tab"));
    m_password->setPlaceholderText(tr("Password"));

    switch (state) {
    case ConnectionState::Reconnecting:
    case ConnectionState::PasswordRequired:
    case ConnectionState::LoginRequired:
    case ConnectionState::Unavailable:
        setTone(Tone::Warning);
        break;
    case ConnectionState::NotFound:
        setTone(Tone::Error);
        break;
    default:
        setTone(Tone::Info);
    }
    if (m_status.nextAttemptAtMs > 0 && isVisible())
        m_countdown.start();
    else
        m_countdown.stop();
}

void ConnectionBanner::setTone(Tone tone)
{
    static const char *const icons[] = {"ℹ", "⚠", "✖"};
    static const char *const styles[] = {
        "#connectionBanner { background: rgba(52, 120, 246, 0.12); border-bottom: 1px solid rgba(52, 120, 246, 0.35); "
        "}",
        "#connectionBanner { background: rgba(243, 156, 18, 0.16); border-bottom: 1px solid rgba(243, 156, 18, 0.45); "
        "}",
        "#connectionBanner { background: rgba(231, 76, 60, 0.14); border-bottom: 1px solid rgba(231, 76, 60, 0.45); }",
    };
    m_icon->setText(QString::fromUtf8(icons[int(tone)]));
    setStyleSheet(QString::fromLatin1(styles[int(tone)]));
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace soopchat
