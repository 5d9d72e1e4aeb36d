#include "ui/chat/UserCardDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/events/Badges.h"
#include "core/stats/UserDirectory.h"
#include "core/util/DisplayText.h"
#include "ui/chat/ChatColors.h"
#include "ui/chat/ChatEventText.h"
#include "ui/chat/ChatView.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

UserCardDialog::UserCardDialog(QWidget *parent)
    : QDialog(parent), m_nickname(plainLabel(this)), m_userId(plainLabel(this)), m_badgeRow(new QWidget(this)),
      m_badgeLayout(new QHBoxLayout(m_badgeRow)), m_roles(plainLabel(this)), m_firstSeen(plainLabel(this)),
      m_messages(plainLabel(this)), m_balloons(plainLabel(this)), m_recent(new QTreeWidget(this))
{
    setObjectName(u"user-card"_s);
    setWindowTitle(tr("User")); // ko: 사용자 정보
    m_nickname->setObjectName(u"user-nickname"_s);
    m_userId->setObjectName(u"user-id"_s);
    m_roles->setObjectName(u"user-roles"_s);
    m_firstSeen->setObjectName(u"user-first-seen"_s);
    m_messages->setObjectName(u"user-messages"_s);
    m_balloons->setObjectName(u"user-balloons"_s);
    m_recent->setObjectName(u"user-recent"_s);

    QFont big = m_nickname->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_nickname->setFont(big);
    m_badgeLayout->setContentsMargins(0, 0, 0, 0);
    m_badgeLayout->setSpacing(4);
    m_roles->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_badgeRow);
    header->addWidget(m_nickname);
    header->addWidget(m_userId, 1, Qt::AlignLeft | Qt::AlignBaseline);

    auto *facts = new QFormLayout;
    facts->setHorizontalSpacing(16);
    facts->addRow(tr("Roles"), m_roles); // ko: 역할
    facts->addRow(tr("First seen"), m_firstSeen); // ko: 처음 본 시각
    facts->addRow(tr("Messages this session"), m_messages); // ko: 이번 방송 채팅 수
    facts->addRow(tr("Balloons given"), m_balloons); // ko: 선물한 풍선

    m_recent->setColumnCount(2);
    m_recent->setHeaderLabels({tr("Time"), tr("Message")}); // ko: 시간, 메시지
    m_recent->setRootIsDecorated(false);
    m_recent->setUniformRowHeights(true);
    m_recent->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_recent->header()->setStretchLastSection(true);
    m_recent->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *only = buttons->addButton(tr("Show only their messages"), // ko: 이 사용자의 메시지만 보기
        QDialogButtonBox::ActionRole);
    only->setObjectName(u"user-show-messages"_s);
    connect(only, &QPushButton::clicked, this, [this] {
        emit searchRequested(u"from:"_s + (m_summary.userId.isEmpty() ? m_summary.nickname : m_summary.userId));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(facts);
    auto *recentTitle = plainLabel(this);
    recentTitle->setText(tr("Recent messages")); // ko: 최근 메시지
    layout->addWidget(recentTitle);
    layout->addWidget(m_recent, 1);
    layout->addWidget(buttons);
    resize(440, 420);
}

void UserCardDialog::setSummary(const UserSummary &summary)
{
    m_summary = summary;
    refresh();
}

void UserCardDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        refresh();
}

void UserCardDialog::refresh()
{
    const UserSummary &s = m_summary;
    const ChatColors colors(palette());
    // Drawn in its display form (DisplayText) like everywhere else; the tooltip has more of it.
    const QString name = s.nickname.isEmpty() ? s.userId : s.nickname;
    m_nickname->setText(DisplayText::shown(name, DisplayText::Field::Nickname));
    m_nickname->setToolTip(DisplayText::isShortened(name, DisplayText::Field::Nickname)
            ? DisplayText::shown(name, 1000).toHtmlEscaped()
            : QString());
    QPalette nickPalette = m_nickname->palette();
    nickPalette.setColor(QPalette::WindowText, colors.nickname(s.roles, s.userId));
    m_nickname->setPalette(nickPalette);
    m_userId->setText(s.userId.isEmpty()
            ? QString()
            : u'(' + DisplayText::isolated(DisplayText::shown(s.userId, DisplayText::Field::Nickname)) + u')');

    while (QLayoutItem *item = m_badgeLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList roleNames;
    const int badgeSize = fontMetrics().height();
    for (const RoleBadge &table : roleBadges()) {
        if (!s.roles.testFlag(table.role))
            continue;
        const QString tooltip = roleTooltip(table.role, s.subscriptionMonths);
        roleNames.append(tooltip);
        auto *badge = new QLabel(m_badgeRow);
        badge->setObjectName(u"badge-"_s + table.key);
        badge->setPixmap(m_badges.pixmap(table.key, badgeSize, devicePixelRatioF()));
        badge->setToolTip(tooltip.toHtmlEscaped());
        m_badgeLayout->addWidget(badge);
    }
    m_badgeRow->setVisible(!roleNames.isEmpty());
    m_roles->setText(roleNames.isEmpty() ? tr("Viewer") : roleNames.join(u", "_s)); // ko: 시청자

    const QLocale locale;
    m_firstSeen->setText(s.firstSeenMs > 0
            ? locale.toString(QDateTime::fromMSecsSinceEpoch(s.firstSeenMs), QLocale::ShortFormat)
            : tr("Unknown")); // ko: 알 수 없음
    m_messages->setText(locale.toString(s.messageCount));
    m_balloons->setText(locale.toString(s.balloonsGiven));

    m_recent->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(s.recentMessages.size());
    // Newest first: the reader wants to see what they just said.
    for (auto it = s.recentMessages.crbegin(); it != s.recentMessages.crend(); ++it) {
        auto *item = new QTreeWidgetItem(
            {ChatEventText::longTime(it->timeMs), DisplayText::shown(it->text, DisplayText::Field::Message)});
        item->setToolTip(1, u"<p>"_s + DisplayText::shown(it->text, 1000).toHtmlEscaped() + u"</p>"_s);
        items.append(item);
    }
    m_recent->addTopLevelItems(items);
}

namespace {

UserSummary summaryOf(const UserRecord &user)
{
    UserSummary summary;
    summary.userId = user.userId;
    summary.nickname = user.nickname;
    summary.roles = user.roles;
    summary.subscriptionMonths = std::max<qint64>(user.subscriptionMonths.value_or(0), 0);
    summary.firstSeenMs = user.firstSeenMs;
    summary.messageCount = user.messageCount;
    summary.balloonsGiven = user.balloons; // SessionTotals' balloons: star and video
    for (const UserRecord::Message &message : user.recentMessages)
        summary.recentMessages.append({message.atMs, message.text});
    return summary;
}

} // namespace

void UserCardDialog::showFor(
    QPointer<UserCardDialog> &card, QWidget *owner, ChatView *chat, const UserDirectory &users, const QString &userId)
{
    const std::optional<UserRecord> user = users.user(userId);
    UserSummary summary;
    if (user) {
        summary = summaryOf(*user);
    } else {
        summary.userId = userId;
        summary.nickname = userId;
    }
    if (!card) {
        card = new UserCardDialog(owner);
        connect(card, &UserCardDialog::searchRequested, chat, [chat](const QString &query) {
            chat->openSearch();
            chat->setSearchQuery(query);
        });
    }
    card->setSummary(summary);
    card->show();
    card->raise();
    card->activateWindow();
}

} // namespace soopchat
