#include "ui/chat/ChatView.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/events/Badges.h"
#include "core/util/Logging.h"
#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatEventText.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatSearchBar.h"
#include "ui/chat/FlowLayout.h"
#include "ui/chat/LinkOpener.h"

namespace soopchat {

using namespace Qt::StringLiterals;

ChatView::ChatView(ChatListModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new ChatFilterProxy(this)), m_delegate(new ChatDelegate(this)),
      m_list(new ChatListView(this)), m_search(new ChatSearchBar(this)), m_newButton(new QPushButton(m_list))
{
    m_proxy->setSourceModel(model);
    m_list->setObjectName(u"chat-list"_s);
    m_list->setItemDelegate(m_delegate);
    m_list->setModel(m_proxy);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->installEventFilter(this);

    m_search->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_toolbar = buildToolbar();
    retranslate();
    layout->addWidget(m_toolbar);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);

    m_newButton->setObjectName(u"new-messages"_s);
    m_newButton->setCursor(Qt::PointingHandCursor);
    m_newButton->setVisible(false);
    // A floating pill in the highlight colour: visible over any row.
    m_newButton->setStyleSheet(u"QPushButton { background: palette(highlight); color: palette(highlighted-text);"
                               " border: none; border-radius: 13px; padding: 5px 14px; font-weight: 600; }"_s);

    connect(m_delegate, &ChatDelegate::userActivated, this, &ChatView::userActivated);
    // Queued: the confirmation is a dialog of its own, not one inside the list's mouse event.
    connect(
        m_delegate, &ChatDelegate::linkActivated, this, [this](const QUrl &url) { LinkOpener::open(url, window()); },
        Qt::QueuedConnection);
    connect(m_delegate, &ChatDelegate::imagesChanged, m_list->viewport(), qOverload<>(&QWidget::update));
    connect(m_delegate, &ChatDelegate::layoutInvalidated, m_list, &ChatListView::invalidateLayout);
    connect(m_list, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const QString id = index.data(ChatListModel::UserIdRole).toString(); !id.isEmpty())
            emit userActivated(id);
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &ChatView::showContextMenu);
    connect(m_list, &ChatListView::followingChanged, this, [this](bool following) {
        if (following)
            m_newCount = 0;
        updateNewMessagesButton();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { onRowsInserted(last - first + 1); });
    // The model flushes at most once a frame: put what it brought on screen in
    // the same dispatch, rather than behind whatever else is queued by then.
    connect(model, &ChatListModel::flushed, m_list, &ChatListView::showNewRows);
    connect(m_newButton, &QPushButton::clicked, this, &ChatView::jumpToBottom);

    connect(m_search, &ChatSearchBar::queryChanged, this, &ChatView::applyQuery);
    connect(m_search, &ChatSearchBar::closeRequested, this, &ChatView::closeSearch);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &ChatView::openSearch);
    styleToolbar();
}

ChatView::~ChatView() = default;

void ChatView::setImageCache(ImageCache *images)
{
    m_delegate->setImageCache(images);
    m_list->viewport()->update();
}

QWidget *ChatView::buildToolbar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"chat-toolbar"_s);
    // The chips wrap onto a second row in a narrow window rather than
    // holding the window wide; time and search keep to the right.
    auto *layout = new FlowLayout(bar, 2);
    layout->setContentsMargins(6, 3, 6, 3);

    const struct
    {
        EventFilter::Category category;
        QString name;
    } toggles[] = {
        {EventFilter::Category::Chat, u"filter-chat"_s},
        {EventFilter::Category::Donations, u"filter-donations"_s},
        {EventFilter::Category::Subscriptions, u"filter-subscriptions"_s},
        {EventFilter::Category::EnterLeave, u"filter-enter-leave"_s},
        {EventFilter::Category::System, u"filter-system"_s},
    };
    for (const auto &toggle : toggles) {
        auto *button = new QToolButton(bar);
        button->setObjectName(toggle.name);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(m_proxy->categories().testFlag(toggle.category));
        const EventFilter::Category category = toggle.category;
        connect(button, &QToolButton::toggled, this, [this, category](bool shown) {
            m_proxy->setCategory(category, shown);
            emit categoriesChanged(m_proxy->categories());
        });
        m_categoryButtons.insert(category, button);
        layout->addWidget(button);
    }

    // Who said it: the host, managers, top fans... (the badge table's roles).
    for (Role role : filterRoles()) {
        auto *button = new QToolButton(bar);
        button->setObjectName(u"filter-role-"_s + roleName(role));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setProperty("roleChip", true);
        connect(button, &QToolButton::toggled, this, [this, role](bool shown) {
            Roles roles = m_proxy->roles();
            roles.setFlag(role, shown);
            m_proxy->setRoles(roles);
            emit rolesChanged(roles);
        });
        m_roleButtons.insert(role, button);
        layout->addWidget(button);
    }

    auto *tools = new QWidget(bar);
    auto *toolsLayout = new QHBoxLayout(tools);
    toolsLayout->setContentsMargins(0, 0, 0, 0);
    toolsLayout->setSpacing(2);
    m_timeButton = new QToolButton(tools);
    m_timeButton->setObjectName(u"toggle-time"_s);
    m_timeButton->setCheckable(true);
    m_timeButton->setAutoRaise(true);
    m_timeButton->setChecked(m_delegate->showTimestamps());
    connect(m_timeButton, &QToolButton::toggled, this, &ChatView::setShowTimestamps);
    toolsLayout->addWidget(m_timeButton);

    m_searchButton = new QToolButton(tools);
    m_searchButton->setObjectName(u"open-search"_s);
    m_searchButton->setAutoRaise(true);
    connect(m_searchButton, &QToolButton::clicked, this, &ChatView::openSearch);
    toolsLayout->addWidget(m_searchButton);
    layout->addWidget(tools);
    return bar;
}

// The toolbar's words, again whenever the language changes.
void ChatView::retranslate()
{
    const auto name = [this](EventFilter::Category category, const QString &text, const QString &tip) {
        QToolButton *button = m_categoryButtons.value(category);
        button->setText(text);
        button->setToolTip(tip);
    };
    name(EventFilter::Category::Chat, tr("Chat"), tr("Show chat messages")); // ko: 채팅
    name(EventFilter::Category::Donations, tr("Donations"), tr("Show balloons and other donations")); // ko: 후원
    // ko: 구독
    name(EventFilter::Category::Subscriptions, tr("Subscriptions"), tr("Show subscriptions, renewals and gifts"));
    name(
        EventFilter::Category::EnterLeave, tr("Enter/leave"), tr("Show viewers entering and leaving")); // ko: 입장/퇴장
    name(EventFilter::Category::System, tr("System"), // ko: 시스템
        tr("Show notices, freezes, mutes and other system messages"));
    for (auto it = m_roleButtons.cbegin(); it != m_roleButtons.cend(); ++it) {
        it.value()->setText(roleLabel(it.key()));
        // ko: 이 역할의 메시지만 보기 (아무것도 고르지 않으면 모두)
        it.value()->setToolTip(tr("Show only messages from this role (none chosen: everyone)"));
    }
    m_timeButton->setText(tr("Time")); // ko: 시간
    m_timeButton->setToolTip(tr("Show the time of each message")); // ko: 메시지 시간 표시
    m_searchButton->setText(tr("Search")); // ko: 검색
    m_searchButton->setToolTip(
        tr("Search the chat (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText))); // ko: 채팅 검색 (%1)
    updateNewMessagesButton();
}

void ChatView::styleToolbar()
{
    // Filter toggles as small chips: a checked chip is tinted with the
    // highlight colour, an unchecked one fades, so state reads at a glance
    // on light and dark palettes alike.
    const QPalette p = palette();
    const auto mix = [](const QColor &a, const QColor &b, qreal t) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
            float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    const QColor window = p.color(QPalette::Window);
    const QColor text = p.color(QPalette::WindowText);
    const QColor highlight = p.color(QPalette::Highlight);
    const bool dark = window.lightness() < 128;
    const QString css =
        u"#chat-toolbar { border-bottom: 1px solid %1; }"
        u" #chat-toolbar QToolButton { border: 1px solid transparent; border-radius: 10px; padding: 2px 9px;"
        u" color: %2; }"
        u" #chat-toolbar QToolButton:hover { background: %3; }"
        u" #chat-toolbar QToolButton:checked { background: %4; color: %5; border-color: %6; }"_s.arg(
            mix(window, text, 0.12).name(), mix(window, text, 0.55).name(), mix(window, text, 0.07).name(),
            mix(window, highlight, dark ? 0.32 : 0.16).name(),
            dark ? mix(text, highlight, 0.2).name() : mix(text, highlight, 0.55).name(),
            mix(window, highlight, dark ? 0.5 : 0.35).name());
    m_styling = true;
    m_toolbar->setStyleSheet(css);
    m_styling = false;
}

void ChatView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_styling && m_toolbar)
        styleToolbar();
    else if (event->type() == QEvent::LanguageChange && m_toolbar)
        retranslate();
}

bool ChatView::showTimestamps() const
{
    return m_delegate->showTimestamps();
}

void ChatView::setShowTimestamps(bool show)
{
    if (show == m_delegate->showTimestamps())
        return;
    m_delegate->setShowTimestamps(show);
    m_timeButton->setChecked(show);
    emit showTimestampsChanged(show);
}

EventFilter::Categories ChatView::categories() const
{
    return m_proxy->categories();
}

void ChatView::setCategories(EventFilter::Categories categories)
{
    for (auto it = m_categoryButtons.cbegin(); it != m_categoryButtons.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(categories.testFlag(it.key()));
    }
    if (categories != m_proxy->categories()) {
        m_proxy->setCategories(categories);
        emit categoriesChanged(categories);
    }
}

QList<Role> ChatView::filterRoles()
{
    // The roles a streamer tells apart in a busy room; platform staff and
    // supporters are rare enough for the search (from:) to do.
    QList<Role> roles;
    for (const RoleBadge &badge : roleBadges()) {
        if (badge.role != Role::Operator && badge.role != Role::Supporter)
            roles.append(badge.role);
    }
    return roles;
}

Roles ChatView::roles() const
{
    return m_proxy->roles();
}

void ChatView::setRoles(Roles roles)
{
    for (auto it = m_roleButtons.cbegin(); it != m_roleButtons.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(roles.testFlag(it.key()));
    }
    if (roles != m_proxy->roles()) {
        m_proxy->setRoles(roles);
        emit rolesChanged(roles);
    }
}

QString ChatView::searchQuery() const
{
    return m_proxy->query();
}

QString ChatView::searchError() const
{
    return m_search->error();
}

bool ChatView::isSearchOpen() const
{
    return !m_search->isHidden();
}

void ChatView::openSearch()
{
    m_search->setVisible(true);
    m_search->focusField();
}

void ChatView::closeSearch()
{
    m_search->setQuery({});
    m_search->setVisible(false);
    m_list->setFocus(Qt::OtherFocusReason);
}

void ChatView::setSearchQuery(const QString &query)
{
    if (!query.isEmpty())
        m_search->setVisible(true);
    m_search->setQuery(query);
}

void ChatView::applyQuery(const QString &query)
{
    QString unknownType;
    if (m_proxy->setQuery(query, &unknownType)) {
        m_search->setError({});
    } else {
        // ko: 알 수 없는 유형: %1
        m_search->setError(tr("Unknown type: %1").arg(unknownType));
        qCDebug(lcUi) << "search with unknown type" << unknownType;
    }
}

void ChatView::jumpToBottom()
{
    m_list->jumpToBottom();
    m_newCount = 0;
    updateNewMessagesButton();
}

void ChatView::onRowsInserted(int count)
{
    if (m_list->isFollowing())
        return;
    m_newCount += count;
    updateNewMessagesButton();
}

void ChatView::updateNewMessagesButton()
{
    const bool show = !m_list->isFollowing() && m_newCount > 0;
    if (show) {
        // ko: 새 메시지 %n개 ↓
        m_newButton->setText(tr("%n new message(s) \u2193", nullptr, m_newCount));
        m_newButton->adjustSize();
        placeNewMessagesButton();
    }
    m_newButton->setVisible(show);
    if (show)
        m_newButton->raise();
}

void ChatView::placeNewMessagesButton()
{
    const QRect area = m_list->viewport()->geometry();
    const QSize size = m_newButton->sizeHint();
    m_newButton->setGeometry(area.left() + (area.width() - size.width()) / 2, area.bottom() - size.height() - 10,
        size.width(), size.height());
}

bool ChatView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::Resize)
        placeNewMessagesButton();
    return QWidget::eventFilter(watched, event);
}

void ChatView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!index.isValid())
        return;
    const QString userId = index.data(ChatListModel::UserIdRole).toString();
    const QString nickname = index.data(ChatListModel::NicknameRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Copy"), this, [index] { // ko: 복사
        QGuiApplication::clipboard()->setText(index.data(Qt::DisplayRole).toString());
    });
    if (!nickname.isEmpty()) {
        menu.addAction(tr("Copy nickname"), this, [nickname] { // ko: 닉네임 복사
            QGuiApplication::clipboard()->setText(nickname);
        });
    }
    if (!userId.isEmpty()) {
        menu.addSeparator();
        menu.addAction(tr("Show user card"), this, [this, userId] { emit userActivated(userId); }); // ko: 사용자 정보
        // ko: %1님의 메시지만 보기
        menu.addAction(tr("Show only messages from %1").arg(nickname.isEmpty() ? userId : nickname), this,
            [this, userId] { setSearchQuery(u"from:"_s + userId); });
    }
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace soopchat
