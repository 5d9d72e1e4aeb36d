#pragma once

#include <QHash>
#include <QWidget>

#include "core/events/EventFilter.h"

class QPushButton;
class QToolButton;

namespace soopchat {

class ChatDelegate;
class ChatFilterProxy;
class ChatListModel;
class ChatListView;
class ChatSearchBar;
class ImageCache;

// The chat list as a reusable widget: a toolbar of category toggles, the
// Ctrl+F search bar, the list itself (auto-scrolling until the reader scrolls
// up) and a floating "N new messages" button that jumps back down.
class ChatView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool showTimestamps READ showTimestamps WRITE setShowTimestamps NOTIFY showTimestampsChanged)

public:
    // `model` is fed by the client and may be shared by several views.
    explicit ChatView(ChatListModel *model, QWidget *parent = nullptr);
    ~ChatView() override;

    ChatListModel *model() const { return m_model; }
    ChatFilterProxy *proxy() const { return m_proxy; }
    ChatListView *listView() const { return m_list; }
    ChatDelegate *delegate() const { return m_delegate; }
    // Where stickers and emoticons come from (AppContext's); none: placeholders.
    void setImageCache(ImageCache *images);

    bool showTimestamps() const;
    void setShowTimestamps(bool show);

    EventFilter::Categories categories() const;
    void setCategories(EventFilter::Categories categories);
    // The role chips: only senders with any of these roles; none: everyone.
    Roles roles() const;
    void setRoles(Roles roles);
    // The roles the chips offer, in the badge table's order.
    static QList<Role> filterRoles();

    QString searchQuery() const;
    QString searchError() const; // the message shown for an invalid query
    bool isSearchOpen() const;

    // Rows that arrived (and pass the filter) since the reader scrolled up.
    int newMessageCount() const { return m_newCount; }

public slots:
    void openSearch();
    void closeSearch(); // also clears the query
    void setSearchQuery(const QString &query);
    void jumpToBottom();

signals:
    void userActivated(const QString &userId);
    void categoriesChanged(soopchat::EventFilter::Categories categories);
    void rolesChanged(soopchat::Roles roles);
    void showTimestampsChanged(bool show);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildToolbar();
    void styleToolbar();
    void retranslate();
    void applyQuery(const QString &query);
    void onRowsInserted(int count);
    void updateNewMessagesButton();
    void placeNewMessagesButton();
    void showContextMenu(const QPoint &pos);

    ChatListModel *m_model;
    ChatFilterProxy *m_proxy;
    ChatDelegate *m_delegate;
    ChatListView *m_list;
    ChatSearchBar *m_search;
    QPushButton *m_newButton;
    QWidget *m_toolbar = nullptr;
    QToolButton *m_timeButton = nullptr;
    QToolButton *m_searchButton = nullptr;
    bool m_styling = false;
    QHash<EventFilter::Category, QToolButton *> m_categoryButtons;
    QHash<Role, QToolButton *> m_roleButtons;
    int m_newCount = 0;
};

} // namespace soopchat
