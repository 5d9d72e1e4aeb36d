#pragma once

#include <QDialog>
#include <QPointer>

#include "ui/chat/BadgeRenderer.h"
#include "ui/chat/UserCardData.h"

class QLabel;
class QTreeWidget;
class QHBoxLayout;

namespace soopchat {

class ChatView;
class UserDirectory;

// The card shown when a nickname is clicked: who they are in this channel and
// what they did this session. Everything is shown as plain text.
class UserCardDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserCardDialog(QWidget *parent = nullptr);

    void setSummary(const UserSummary &summary);
    const UserSummary &summary() const { return m_summary; }

    // What a tab (live or recorded) does when a nickname is clicked: shows
    // the user's card from its directory in `card`, created on first use as
    // a child of `owner`, whose "show only their messages" searches `chat`.
    static void showFor(QPointer<UserCardDialog> &card, QWidget *owner, ChatView *chat, const UserDirectory &users,
        const QString &userId);

signals:
    // "Show only their messages": a chat-list query such as "from:viewer7".
    void searchRequested(const QString &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    UserSummary m_summary;
    BadgeRenderer m_badges;
    QLabel *m_nickname;
    QLabel *m_userId;
    QWidget *m_badgeRow;
    QHBoxLayout *m_badgeLayout;
    QLabel *m_roles;
    QLabel *m_firstSeen;
    QLabel *m_messages;
    QLabel *m_balloons;
    QTreeWidget *m_recent;
};

} // namespace soopchat
