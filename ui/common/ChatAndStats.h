#pragma once

class QSplitter;

namespace soopchat {

class AppSettings;
class ChatListModel;
class ChatView;
class SessionStats;
class StatsPanel;

// The chat list beside the statistics panel, as a live channel tab and a
// recorded session tab both show them, set up from the settings: timestamps,
// filters, the splitter's sizes, the panel shown or hidden.
struct ChatAndStats
{
    ChatView *chat;
    StatsPanel *stats;
};
ChatAndStats addChatAndStats(
    QSplitter *splitter, ChatListModel *model, const SessionStats &stats, const AppSettings &settings);

} // namespace soopchat
