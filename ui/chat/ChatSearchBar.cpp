#include "ui/chat/ChatSearchBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace soopchat {

using namespace Qt::StringLiterals;

ChatSearchBar::ChatSearchBar(QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_error(new QLabel(this)), m_close(new QToolButton(this))
{
    m_field->setObjectName(u"search-field"_s);
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);

    m_error->setObjectName(u"search-error"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xD1, 0x24, 0x2A));
    m_error->setPalette(errorPalette);

    m_close->setObjectName(u"search-close"_s);
    m_close->setAutoRaise(true);
    m_close->setText(u"\u2715"_s);
    retranslate();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(6);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_close);

    // Re-filtering 100,000 rows per keystroke would stutter; wait for a pause.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(m_field, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this] { emit queryChanged(m_field->text()); });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        emit queryChanged(m_field->text());
    });
    connect(m_close, &QToolButton::clicked, this, &ChatSearchBar::closeRequested);
}

QString ChatSearchBar::query() const
{
    return m_field->text();
}

void ChatSearchBar::setQuery(const QString &query)
{
    m_field->setText(query);
    m_debounce.stop();
    emit queryChanged(query);
}

void ChatSearchBar::retranslate()
{
    // ko: 검색 — 단어, from:닉네임, type:balloon
    m_field->setPlaceholderText(tr("Search: words, from:nickname, type:balloon"));
    m_close->setToolTip(tr("Close search (Esc)")); // ko: 검색 닫기 (Esc)
}

void ChatSearchBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ChatSearchBar::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

QString ChatSearchBar::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ChatSearchBar::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

bool ChatSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        emit closeRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace soopchat
