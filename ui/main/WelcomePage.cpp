#include "ui/main/WelcomePage.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace soopchat {

using namespace Qt::StringLiterals;

WelcomePage::WelcomePage(const ChatSources &sources, QWidget *parent)
    : QWidget(parent), m_sources(sources), m_title(new QLabel(this)), m_hint(new QLabel(this)),
      m_recentTitle(new QLabel(this)), m_recent(new QListWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    QFont sectionFont = m_recentTitle->font();
    sectionFont.setBold(true);
    m_recentTitle->setFont(sectionFont);
    m_recent->setMaximumWidth(420);
    m_recent->setMaximumHeight(220);
    m_recent->setFrameShape(QFrame::NoFrame);

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(m_title);
    column->addSpacing(8);
    column->addWidget(m_hint);
    column->addSpacing(24);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recent);
    column->addStretch(3);

    auto *row = new QHBoxLayout(this);
    row->addStretch(1);
    row->addLayout(column, 3);
    row->addStretch(1);

    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit channelChosen(item->text()); });
    connect(
        m_recent, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { emit channelChosen(item->text()); });
    retranslate();
}

void WelcomePage::setRecentChannels(const QStringList &channels)
{
    m_recent->clear();
    m_recent->addItems(channels);
    m_recent->setVisible(!channels.isEmpty());
    m_recentTitle->setVisible(!channels.isEmpty());
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Watch a live chat"));
    // What to type comes from the platforms the app opens, one line each.
    QStringList lines {tr("Type a streamer id or paste a channel address into the bar above, then press Enter. "
                          "Open several channels and each gets its own tab."),
        QString()};
    for (const QString &hint : m_sources.inputHints())
        lines.append(u"• "_s + hint);
    m_hint->setText(lines.join(u'\n'));
    m_recentTitle->setText(tr("Recent channels"));
}

} // namespace soopchat
