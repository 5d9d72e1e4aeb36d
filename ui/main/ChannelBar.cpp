#include "ui/main/ChannelBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace soopchat {

ChannelBar::ChannelBar(const ChatSources &sources, QWidget *parent)
    : QWidget(parent), m_sources(sources), m_input(new QComboBox(this)), m_open(new QPushButton(this)),
      m_error(new QLabel(this))
{
    m_input->setEditable(true);
    m_input->setInsertPolicy(QComboBox::NoInsert);
    m_input->setMinimumContentsLength(28);
    m_input->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_input->lineEdit()->setClearButtonEnabled(true);
    m_error->setVisible(false);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: palette(bright-text); background: #c0392b; border-radius: 4px; "
                                          "padding: 2px 8px;"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_input, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_error, 1);

    connect(m_input->lineEdit(), &QLineEdit::returnPressed, this, &ChannelBar::submit);
    connect(m_open, &QPushButton::clicked, this, &ChannelBar::submit);
    connect(m_input, &QComboBox::textActivated, this, [this] { submit(); });
    connect(m_input, &QComboBox::editTextChanged, this, [this] { m_error->setVisible(false); });
    retranslate();
}

void ChannelBar::setRecentChannels(const QStringList &channels)
{
    const QString current = m_input->currentText();
    const QSignalBlocker blocker(m_input);
    m_input->clear();
    m_input->addItems(channels);
    m_input->setEditText(current);
}

QString ChannelBar::text() const
{
    return m_input->currentText();
}

void ChannelBar::setText(const QString &text)
{
    m_input->setEditText(text);
}

QString ChannelBar::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ChannelBar::focusInput()
{
    m_input->lineEdit()->selectAll();
    m_input->setFocus(Qt::ShortcutFocusReason);
}

void ChannelBar::submit()
{
    const QString input = m_input->currentText().trimmed();
    const ChatSourceFactory::Parsed result = m_sources.parse(input);
    if (!result.target) {
        showError(result.error);
        return;
    }
    m_error->setVisible(false);
    m_input->setEditText(QString());
    emit openRequested(*result.target, input);
}

void ChannelBar::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(true);
    m_input->setFocus();
}

void ChannelBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChannelBar::retranslate()
{
    // The platforms' names here, what to type for each in the tip: short enough for an 800 px window.
    m_input->lineEdit()->setPlaceholderText(tr("Streamer id or address (%1)…").arg(m_sources.displayNames()));
    m_input->setToolTip(m_sources.inputHints().join(u'\n'));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Watch this channel's chat in a new tab (Enter)"));
}

} // namespace soopchat
