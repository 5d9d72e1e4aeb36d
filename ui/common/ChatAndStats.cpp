#include "ui/common/ChatAndStats.h"

#include <QSplitter>

#include "core/events/EventFilter.h"
#include "ui/chat/ChatView.h"
#include "ui/common/AppSettings.h"
#include "ui/stats/StatsPanel.h"

namespace soopchat {

ChatAndStats addChatAndStats(
    QSplitter *splitter, ChatListModel *model, const SessionStats &stats, const AppSettings &settings)
{
    auto *chat = new ChatView(model, splitter);
    chat->setShowTimestamps(settings.showTimestamps());
    if (settings.chatCategories() >= 0)
        chat->setCategories(EventFilter::Categories::fromInt(settings.chatCategories()));
    chat->setRoles(Roles::fromInt(settings.chatRoleFilter()));
    auto *panel = new StatsPanel(stats, splitter);
    splitter->addWidget(chat);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    if (!splitter->restoreState(settings.splitterState()))
        splitter->setSizes({700, 340});
    panel->setVisible(settings.statsVisible());
    return {chat, panel};
}

} // namespace soopchat
