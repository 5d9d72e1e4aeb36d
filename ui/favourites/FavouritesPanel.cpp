#include "ui/favourites/FavouritesPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include "core/channel/ChatSources.h"
#include "core/util/DisplayText.h"
#include "ui/common/AppSettings.h"

namespace soopchat {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int KeyRole = Qt::UserRole + 1;

QIcon dot(const QColor &color)
{
    QPixmap pixmap(24, 24);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(6, 6, 12, 12));
    return QIcon(pixmap);
}

} // namespace

FavouritesPanel::FavouritesPanel(const ChatSources &sources, AppSettings &settings,
    std::optional<LiveWatcher::Pace> fixedPace, Persistence persistence, QWidget *parent)
    : QWidget(parent), m_sources(sources), m_settings(settings), m_persistence(persistence), m_fixedPace(fixedPace),
      m_watcher(sources, fixedPace.value_or(paceFromSettings())), m_list(new QListWidget(this)),
      m_input(new QLineEdit(this)), m_add(new QToolButton(this)), m_remove(new QToolButton(this))
{
    setObjectName(u"favouritesPanel"_s);
    m_list->setObjectName(u"favouritesList"_s);
    m_input->setObjectName(u"favouritesInput"_s);
    m_add->setObjectName(u"favouritesAdd"_s);
    m_remove->setObjectName(u"favouritesRemove"_s);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setWordWrap(false);
    m_list->setUniformItemSizes(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setIconSize(QSize(12, 12));
    m_add->setText(u"+"_s);
    m_remove->setText(u"−"_s);

    auto *inputRow = new QHBoxLayout;
    inputRow->setContentsMargins(0, 0, 0, 0);
    inputRow->setSpacing(2);
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_add);
    inputRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_list, 1);
    layout->addLayout(inputRow);
    // A narrow column that gives way to the chat in a small window.
    setMinimumWidth(140);

    connect(m_input, &QLineEdit::returnPressed, this, &FavouritesPanel::addFromInput);
    connect(m_add, &QToolButton::clicked, this, &FavouritesPanel::addFromInput);
    connect(m_remove, &QToolButton::clicked, this, &FavouritesPanel::removeSelected);
    // Enter, or a double-click (a single click where the style says so).
    connect(m_list, &QListWidget::itemActivated, this, &FavouritesPanel::openItem);
    connect(m_list, &QListWidget::currentItemChanged, this, [this] { m_remove->setEnabled(m_list->currentItem()); });
    connect(&m_watcher, &LiveWatcher::checked, this, &FavouritesPanel::onChecked);
    connect(&m_watcher, &LiveWatcher::wentLive, this, &FavouritesPanel::wentLive);

    if (m_persistence == Persistence::Saved)
        setChannels(m_settings.favourites());
    retranslate();
    m_watcher.start();
}

LiveWatcher::Pace FavouritesPanel::paceFromSettings() const
{
    LiveWatcher::Pace pace;
    pace.interval = std::chrono::minutes(m_settings.favouritesCheckMinutes());
    return pace;
}

void FavouritesPanel::applySettings()
{
    if (!m_fixedPace)
        m_watcher.setPace(paceFromSettings());
}

QStringList FavouritesPanel::channels() const
{
    QStringList keys;
    for (const Row &row : m_rows)
        keys.append(row.target.key);
    return keys;
}

void FavouritesPanel::setChannels(const QStringList &inputs)
{
    m_rows.clear();
    for (const QString &input : inputs) {
        const ChatSourceFactory::Parsed parsed = m_sources.parse(input);
        if (!parsed.target || parsed.target->channelId.isEmpty() || contains(parsed.target->key))
            continue;
        m_rows.append({*parsed.target, {}, false});
    }
    QList<ChannelTarget> targets;
    for (const Row &row : std::as_const(m_rows))
        targets.append(row.target);
    m_watcher.setChannels(targets);
    rebuild();
}

bool FavouritesPanel::contains(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.target.key == key)
            return true;
    }
    return false;
}

bool FavouritesPanel::addChannel(const QString &input)
{
    m_error.clear();
    ChatSourceFactory::Parsed parsed = m_sources.parse(input.trimmed());
    if (!parsed.target) {
        m_error = parsed.error;
        return false;
    }
    if (parsed.target->channelId.isEmpty()) {
        m_error = tr("Only a streamer's channel can be a favourite, not a recording.");
        return false;
    }
    // The channel, not one broadcast of it: its id is what the platform reads back.
    const ChatSourceFactory::Parsed channel = m_sources.parse(parsed.target->channelId);
    const ChannelTarget target = channel.target.value_or(*parsed.target);
    if (!contains(target.key)) {
        m_rows.append({target, {}, false});
        QList<ChannelTarget> targets;
        for (const Row &row : std::as_const(m_rows))
            targets.append(row.target);
        m_watcher.setChannels(targets);
        save();
    }
    rebuild();
    return true;
}

void FavouritesPanel::removeChannel(const QString &key)
{
    m_rows.removeIf([&key](const Row &row) { return row.target.key == key; });
    QList<ChannelTarget> targets;
    for (const Row &row : std::as_const(m_rows))
        targets.append(row.target);
    m_watcher.setChannels(targets);
    save();
    rebuild();
}

void FavouritesPanel::save()
{
    if (m_persistence != Persistence::Saved)
        return;
    m_settings.setFavourites(channels());
    m_settings.sync();
}

void FavouritesPanel::setOpenChannels(const QList<OpenChannel> &open)
{
    QSet<QString> keys;
    for (Row &row : m_rows) {
        const auto found = std::find_if(open.cbegin(), open.cend(), [&row](const OpenChannel &channel) {
            return channel.platform == row.target.platform &&
                channel.channelId.compare(row.target.channelId, Qt::CaseInsensitive) == 0;
        });
        row.open = found != open.cend();
        if (!row.open)
            continue;
        keys.insert(row.target.key);
        // What the tab knows is the freshest there is.
        const ChannelStatus &status = found->status;
        LiveCheck check;
        check.channelName = status.broadcast.channelName;
        switch (status.state) {
        case ConnectionState::Live:
            check.state = LiveCheck::State::Live;
            check.title = status.broadcast.title;
            break;
        case ConnectionState::WaitingForLive:
            check.state = LiveCheck::State::Offline;
            break;
        case ConnectionState::LoginRequired:
            check.state = LiveCheck::State::Live;
            check.reason = LiveCheck::Reason::LoginRequired;
            check.title = status.broadcast.title;
            break;
        default:
            check = row.check; // connecting or reconnecting: the last known state stays
            break;
        }
        if (check.channelName.isEmpty())
            check.channelName = row.check.channelName;
        row.check = check;
        m_watcher.noteSeen(row.target.key, check.state);
    }
    m_watcher.setOpenChannels(keys);
    rebuild();
}

void FavouritesPanel::onChecked(const ChannelTarget &target, const LiveCheck &check)
{
    for (Row &row : m_rows) {
        if (row.target.key == target.key && !row.open)
            row.check = check;
    }
    rebuild();
}

QString FavouritesPanel::lineOf(const Row &row) const
{
    const LiveCheck &check = row.check;
    const QString title = DisplayText::shown(check.title, DisplayText::Field::Message);
    QString line;
    switch (check.state) {
    case LiveCheck::State::Live:
        if (check.reason == LiveCheck::Reason::LoginRequired)
            line = title.isEmpty() ? tr("Live, for logged-in viewers only")
                                   : tr("Live, for logged-in viewers only: %1").arg(title);
        else
            line = title.isEmpty() ? tr("Live") : tr("Live: %1").arg(title);
        if (check.viewers >= 0)
            line += u" · "_s + tr("%n viewer(s)", nullptr, int(std::min<qint64>(check.viewers, INT_MAX)));
        break;
    case LiveCheck::State::Offline:
        line = tr("Offline");
        break;
    case LiveCheck::State::Unknown:
        switch (check.reason) {
        case LiveCheck::Reason::None:
            line = row.open ? tr("Open in a tab") : tr("Not checked yet");
            break;
        case LiveCheck::Reason::NotFound:
            line = tr("No such channel");
            break;
        case LiveCheck::Reason::Maintenance:
            line = tr("Unknown: the service is under maintenance");
            break;
        default:
            line = check.detail.isEmpty() ? tr("Unknown: cannot check now")
                                          : tr("Unknown: %1").arg(DisplayText::oneLine(check.detail));
            break;
        }
        break;
    }
    // Trouble after a good answer: the last state stays shown, with a word of doubt.
    if (check.state != LiveCheck::State::Unknown && check.isTrouble())
        line = tr("%1 (last known; cannot check now)").arg(line);
    if (row.open)
        line = tr("%1 · open in a tab").arg(line);
    return line;
}

QString FavouritesPanel::rowText(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.target.key == key) {
            const QString name = row.check.channelName.isEmpty()
                ? row.target.displayName
                : DisplayText::shown(row.check.channelName, DisplayText::Field::Nickname);
            return name + u'\n' + lineOf(row);
        }
    }
    return {};
}

QStringList FavouritesPanel::shownOrder() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i)
        keys.append(m_list->item(i)->data(KeyRole).toString());
    return keys;
}

void FavouritesPanel::rebuild()
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(KeyRole).toString() : QString();
    // Live first, then the user's order.
    QList<const Row *> order;
    for (const Row &row : std::as_const(m_rows))
        order.append(&row);
    std::stable_sort(order.begin(), order.end(), [](const Row *a, const Row *b) {
        return (a->check.state == LiveCheck::State::Live) > (b->check.state == LiveCheck::State::Live);
    });
    m_list->clear();
    for (const Row *row : std::as_const(order)) {
        auto *item = new QListWidgetItem(rowText(row->target.key), m_list);
        item->setData(KeyRole, row->target.key);
        item->setToolTip(row->target.channelId + u'\n' + rowText(row->target.key));
        switch (row->check.state) {
        case LiveCheck::State::Live:
            item->setIcon(dot(QColor(0xe5, 0x39, 0x35))); // the broadcast red, as the tabs
            break;
        case LiveCheck::State::Offline:
            item->setIcon(dot(QColor(0xb0, 0xb6, 0xbb)));
            break;
        case LiveCheck::State::Unknown:
            item->setIcon(dot(
                row->check.reason == LiveCheck::Reason::None ? QColor(0x34, 0x78, 0xf6) : QColor(0xf3, 0x9c, 0x12)));
            break;
        }
        if (row->target.key == selected)
            m_list->setCurrentItem(item);
    }
    m_remove->setEnabled(m_list->currentItem());
}

void FavouritesPanel::addFromInput()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty()) {
        // Nothing typed: the hint says what to type.
        m_input->setFocus();
        return;
    }
    if (addChannel(text)) {
        m_input->clear();
        m_input->setToolTip(QString());
    } else {
        m_input->setToolTip(m_error);
        m_input->selectAll();
        emit problem(m_error);
    }
}

void FavouritesPanel::removeSelected()
{
    if (QListWidgetItem *item = m_list->currentItem())
        removeChannel(item->data(KeyRole).toString());
}

void FavouritesPanel::openItem(QListWidgetItem *item)
{
    if (item)
        emit openRequested(item->data(KeyRole).toString());
}

void FavouritesPanel::retranslate()
{
    m_input->setPlaceholderText(tr("Add a channel…"));
    m_add->setToolTip(tr("Add this channel to the favourites"));
    m_remove->setToolTip(tr("Remove the selected favourite"));
    rebuild();
}

QSize FavouritesPanel::sizeHint() const
{
    // A narrow column by default (the dock's title names it); the user may widen it.
    return {190, QWidget::sizeHint().height()};
}

void FavouritesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace soopchat
