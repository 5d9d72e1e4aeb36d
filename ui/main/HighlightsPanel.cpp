#include "ui/main/HighlightsPanel.h"

#include <QApplication>
#include <QEvent>
#include <QListWidget>

#include <algorithm>

#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatEventText.h"
#include "ui/main/ChannelTab.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr int TabRole = Qt::UserRole + 1; // quintptr of the ChannelTab, 0 once closed

} // namespace

HighlightsPanel::HighlightsPanel(QWidget *parent) : QDockWidget(parent), m_list(new QListWidget(this))
{
    setObjectName(u"highlights"_s); // for the window's saved state
    m_list->setObjectName(u"highlights-list"_s);
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    setWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this, &HighlightsPanel::activate);
    connect(m_list, &QListWidget::itemClicked, this, &HighlightsPanel::activate);
    m_update.setSingleShot(true);
    m_update.setInterval(100);
    connect(&m_update, &QTimer::timeout, this, &HighlightsPanel::addPending);
    retranslate();
}

HighlightsPanel::~HighlightsPanel() = default;

void HighlightsPanel::retranslate()
{
    setWindowTitle(tr("Highlights")); // ko: 하이라이트
    // ko: 열린 모든 채널의 하이라이트된 메시지. 누르면 그 채널로 갑니다.
    m_list->setToolTip(tr("Highlighted messages of every open channel. Click one to go to its channel."));
}

void HighlightsPanel::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void HighlightsPanel::take(ChannelTab *tab, const EventBatch &events)
{
    if (!m_rules || !m_rules->hasHighlights())
        return;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    bool beep = false;
    bool added = false;
    for (const EventPtr &event : events) {
        const std::optional<Highlight> hit = m_rules->highlightOf(*event);
        if (!hit)
            continue;
        beep = beep || hit->sound;
        const QString message =
            event->isDonation() ? ChatEventText::donationAction(*event) : ChatEventText::messageText(*event);
        // "21:03  채널  닉네임: 메시지"
        auto item =
            std::make_unique<QListWidgetItem>(u"%1  %2  %3: %4"_s.arg(ChatEventText::shortTime(event->receivedAtMs),
                tab->tabTitle(), ChatEventText::displayName(*event), message));
        item->setData(TabRole, quintptr(tab));
        item->setBackground(ChatDelegate::highlightFill(hit->rgb, dark));
        item->setToolTip(ChatEventText::plainLine(*event));
        m_pending.push_back(std::move(item));
        added = true;
    }
    if (!added)
        return;
    if (m_pending.size() > size_t(MaxEntries))
        m_pending.erase(m_pending.begin(), m_pending.end() - MaxEntries);
    if (!m_update.isActive())
        m_update.start();
    if (beep && (!m_sinceBeep.isValid() || m_sinceBeep.elapsed() >= 1000)) {
        m_sinceBeep.start();
        ++m_beeps;
        QApplication::beep();
    }
}

void HighlightsPanel::addPending()
{
    if (m_pending.empty())
        return;
    // A storm of matches keeps only the newest, removed in one go.
    const int excess = m_list->count() + int(m_pending.size()) - MaxEntries;
    if (excess > 0)
        m_list->model()->removeRows(0, std::min(excess, m_list->count()));
    for (std::unique_ptr<QListWidgetItem> &item : m_pending)
        m_list->addItem(item.release());
    m_pending.clear();
    m_list->scrollToBottom();
}

void HighlightsPanel::forget(ChannelTab *tab)
{
    for (const std::unique_ptr<QListWidgetItem> &item : m_pending) {
        if (item->data(TabRole).value<quintptr>() == quintptr(tab))
            item->setData(TabRole, quintptr(0));
    }
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(TabRole).value<quintptr>() == quintptr(tab))
            item->setData(TabRole, quintptr(0));
    }
}

int HighlightsPanel::count() const
{
    return m_list->count();
}

ChannelTab *HighlightsPanel::tabAt(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? reinterpret_cast<ChannelTab *>(item->data(TabRole).value<quintptr>()) : nullptr;
}

void HighlightsPanel::activate(QListWidgetItem *item)
{
    if (ChannelTab *tab = tabAt(m_list->row(item)))
        emit tabActivated(tab);
}

} // namespace soopchat
