#include "ui/chat/ChatListView.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cstdlib>

#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatListModel.h"

namespace soopchat {

ChatListView::ChatListView(QWidget *parent) : QAbstractItemView(parent)
{
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    // Selecting a row must not scroll: that would stop following mid-storm.
    setAutoScroll(false);
    setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(1);
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    m_scrollBarTimer.setSingleShot(true);
    connect(&m_scrollBarTimer, &QTimer::timeout, this, &ChatListView::updateScrollBar);
    connect(verticalScrollBar(), &QScrollBar::sliderPressed, this, &ChatListView::updateScrollBar);
}

void ChatListView::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([this] { return m_elapsed.elapsed(); });
    m_scrollBarUpdatedAtMs = -1;
}

void ChatListView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QAbstractItemView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ChatListView::scheduleRelayout);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ChatListView::scheduleRelayout);
        connect(model, &QAbstractItemModel::modelReset, this, &ChatListView::scheduleRelayout);
    }
    m_following = true;
    scheduleRelayout();
}

int ChatListView::rowCount() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

quint64 ChatListView::serialOf(int row) const
{
    const QVariant serial = model()->index(row, 0, rootIndex()).data(ChatListModel::SerialRole);
    return serial.isValid() ? serial.toULongLong() : quint64(row);
}

int ChatListView::rowForSerial(quint64 serial) const
{
    // Rows are in serial order in the model and in any filter over it.
    int low = 0;
    int high = rowCount();
    while (low < high) {
        const int mid = low + (high - low) / 2;
        if (serialOf(mid) < serial)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

int ChatListView::rowHeight(int row) const
{
    const QModelIndex index = model()->index(row, 0, rootIndex());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = QRect(0, 0, viewport()->width(), 0);
    return std::max(1, itemDelegateForIndex(index)->sizeHint(option, index).height());
}

void ChatListView::setFollowing(bool following)
{
    if (following)
        m_heldForClick = false;
    if (following == m_following)
        return;
    if (!following) {
        // Freeze where the bottom-anchored layout currently puts the rows.
        ensureLayout();
        if (!m_placed.isEmpty()) {
            m_anchorSerial = serialOf(m_placed.first().row);
            m_anchorOffset = -m_placed.first().rect.top();
        }
    }
    m_following = following;
    relayout();
    emit followingChanged(m_following);
}

void ChatListView::setAnchor(int row, int offset)
{
    // A move by the reader (wheel, keys, scroll bar, a jump to a row) ends a
    // hold: the list stays where it was taken.
    m_heldForClick = false;
    const int count = rowCount();
    if (count == 0) {
        setFollowing(true);
        return;
    }
    row = std::clamp(row, 0, count - 1);
    while (offset < 0 && row > 0) {
        --row;
        offset += rowHeight(row);
    }
    offset = std::max(offset, 0);
    for (int h = rowHeight(row); offset >= h && row < count - 1; h = rowHeight(row)) {
        offset -= h;
        ++row;
    }

    // Does the content from here reach the bottom edge? Then we are at the end.
    const int viewportHeight = viewport()->height();
    int y = -offset;
    int r = row;
    while (r < count && y < viewportHeight)
        y += rowHeight(r++);
    if (r >= count && y <= viewportHeight) {
        const bool wasFollowing = m_following;
        m_following = true;
        relayout();
        if (!wasFollowing)
            emit followingChanged(true);
        return;
    }
    const bool wasFollowing = m_following;
    m_anchorSerial = serialOf(row);
    m_anchorOffset = offset;
    m_following = false;
    relayout();
    if (wasFollowing)
        emit followingChanged(false);
}

void ChatListView::scrollByPixels(int dy)
{
    ensureLayout();
    if (m_placed.isEmpty() || dy == 0)
        return;
    const Placed &top = m_placed.first();
    setAnchor(top.row, -top.rect.top() + dy);
}

void ChatListView::scheduleRelayout()
{
    m_dirty = true;
    viewport()->update();
    if (m_relayoutQueued)
        return;
    // Coalesce the removal and insertion of one model flush into one pass.
    m_relayoutQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_relayoutQueued = false;
            if (m_dirty)
                relayout();
        },
        Qt::QueuedConnection);
}

void ChatListView::invalidateLayout()
{
    scheduleRelayout();
}

void ChatListView::showNewRows()
{
    if (!m_dirty || !m_following || !isVisible())
        return;
    relayout();
    // Synchronous: the repaint manager paints every dirty region of the
    // window now, so the update() queued by relayout() finds nothing left.
    viewport()->repaint();
}

void ChatListView::ensureLayout() const
{
    if (m_dirty)
        const_cast<ChatListView *>(this)->relayout();
}

void ChatListView::relayout()
{
    m_dirty = false;
    m_placed.clear();
    const int count = rowCount();
    const int width = viewport()->width();
    const int height = viewport()->height();
    if (count > 0 && height > 0) {
        if (!m_following) {
            int row = rowForSerial(m_anchorSerial);
            if (row < count && serialOf(row) != m_anchorSerial) {
                // The anchor row is gone (evicted or filtered out): start at the next one.
                m_anchorSerial = serialOf(row);
                m_anchorOffset = 0;
            }
            int y = -m_anchorOffset;
            for (; row < count && y < height; ++row) {
                const int h = rowHeight(row);
                m_placed.append({row, QRect(0, y, width, h)});
                y += h;
            }
            if (row >= count && y <= height && !m_heldForClick) {
                // Less than a screen left below: that is the bottom.
                m_following = true;
                m_placed.clear();
                emit followingChanged(true);
            }
        }
        if (m_following) {
            int y = height;
            for (int row = count - 1; row >= 0 && y > 0; --row) {
                const int h = rowHeight(row);
                y -= h;
                m_placed.prepend({row, QRect(0, y, width, h)});
            }
            // Fewer rows than fit: they start at the top, like any list.
            if (y > 0) {
                for (Placed &placed : m_placed)
                    placed.rect.translate(0, -y);
            }
        }
    }
    updateScrollBar();
    viewport()->update();
}

int ChatListView::bottomPageRows() const
{
    const int height = viewport()->height();
    int y = 0;
    int rows = 0;
    for (int row = rowCount() - 1; row >= 0; --row) {
        y += rowHeight(row);
        if (y > height)
            break;
        ++rows;
    }
    return std::max(1, rows);
}

void ChatListView::updateScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    const int count = rowCount();
    int pageRows = count > 0 ? bottomPageRows() : 1;
    // While the list follows, how many rows fit at the bottom changes by a
    // row or two with each flush, as rows differ in height. The handle looks
    // the same, but a new range would repaint the bar every frame; keep the
    // page size unless it is off by more.
    if (m_following && std::abs(pageRows - bar->pageStep()) <= 2)
        pageRows = bar->pageStep();
    const int maximum = std::max(0, count - pageRows);
    // Following a list of many pages, the handle sits at the bottom at its
    // smallest, and the hidden rows that come and go (enter/leave filtered
    // out) change the range with every flush without changing the picture.
    // Repainting the bar and what is behind it 60 times a second took more
    // of the GUI thread than some rows do: at most four times a second then,
    // and at once when the bar is grabbed or the list stops following.
    const bool unseenChange = m_following && !bar->isSliderDown() && bar->value() == bar->maximum() &&
        bar->maximum() >= 10 * pageRows && maximum >= 10 * pageRows;
    // One reading of the clock: a second one could be past the interval.
    const qint64 nowMs = m_clock();
    const std::chrono::milliseconds sinceUpdate {
        m_scrollBarUpdatedAtMs >= 0 ? nowMs - m_scrollBarUpdatedAtMs : ScrollBarInterval.count()};
    if (unseenChange && sinceUpdate < ScrollBarInterval) {
        if (!m_scrollBarTimer.isActive())
            m_scrollBarTimer.start(ScrollBarInterval - sinceUpdate);
        return;
    }
    m_scrollBarTimer.stop();
    m_scrollBarUpdatedAtMs = nowMs;
    const int value = m_following || m_placed.isEmpty() ? maximum : std::min(m_placed.first().row, maximum);
    m_settingScrollBar = true;
    bar->setRange(0, maximum);
    bar->setPageStep(pageRows);
    bar->setValue(value);
    m_settingScrollBar = false;
}

void ChatListView::updateGeometries()
{
    QAbstractItemView::updateGeometries();
    updateScrollBar();
}

void ChatListView::scrollContentsBy(int, int)
{
    // The scroll bar counts rows; only a move by the user gets here.
    if (m_settingScrollBar)
        return;
    const int value = verticalScrollBar()->value();
    if (value >= verticalScrollBar()->maximum())
        setFollowing(true);
    else
        setAnchor(value, 0);
}

void ChatListView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsInserted(parent, start, end);
    scheduleRelayout();
}

void ChatListView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    scheduleRelayout();
}

void ChatListView::reset()
{
    QAbstractItemView::reset();
    m_hoverRow = -1;
    const bool wasFollowing = m_following;
    m_following = true;
    scheduleRelayout();
    if (!wasFollowing)
        emit followingChanged(true);
}

const ChatListView::Placed *ChatListView::placedRow(int row) const
{
    ensureLayout();
    const auto it = std::lower_bound(
        m_placed.cbegin(), m_placed.cend(), row, [](const Placed &placed, int r) { return placed.row < r; });
    return it != m_placed.cend() && it->row == row ? &*it : nullptr;
}

int ChatListView::firstVisibleRow() const
{
    ensureLayout();
    return m_placed.isEmpty() ? -1 : m_placed.first().row;
}

int ChatListView::lastVisibleRow() const
{
    ensureLayout();
    return m_placed.isEmpty() ? -1 : m_placed.last().row;
}

QRect ChatListView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent() != rootIndex())
        return {};
    const Placed *placed = placedRow(index.row());
    return placed ? placed->rect : QRect();
}

QModelIndex ChatListView::indexAt(const QPoint &point) const
{
    ensureLayout();
    for (const Placed &placed : m_placed) {
        if (placed.rect.contains(point))
            return model()->index(placed.row, 0, rootIndex());
    }
    return {};
}

void ChatListView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid())
        return;
    const QRect rect = visualRect(index);
    const bool fullyVisible = rect.isValid() && rect.top() >= 0 && rect.bottom() < viewport()->height();
    if (hint == EnsureVisible && fullyVisible)
        return;
    const bool below = rect.isValid() ? rect.bottom() >= viewport()->height()
                                      : (m_placed.isEmpty() || index.row() > m_placed.last().row);
    if (hint == PositionAtBottom || (hint == EnsureVisible && below))
        setAnchor(index.row(), rowHeight(index.row()) - viewport()->height());
    else if (hint == PositionAtCenter)
        setAnchor(index.row(), (rowHeight(index.row()) - viewport()->height()) / 2);
    else
        setAnchor(index.row(), 0);
}

QModelIndex ChatListView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    const int count = rowCount();
    if (count == 0)
        return {};
    const int current = currentIndex().isValid() ? currentIndex().row() : std::max(0, lastVisibleRow());
    int row = current;
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        row = current - 1;
        break;
    case MoveDown:
    case MoveNext:
        row = current + 1;
        break;
    case MovePageUp:
        row = current - verticalScrollBar()->pageStep();
        break;
    case MovePageDown:
        row = current + verticalScrollBar()->pageStep();
        break;
    case MoveHome:
        row = 0;
        break;
    case MoveEnd:
        row = count - 1;
        break;
    default:
        break;
    }
    return model()->index(std::clamp(row, 0, count - 1), 0, rootIndex());
}

void ChatListView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    ensureLayout();
    const QRect area = rect.normalized();
    int first = -1;
    int last = -1;
    for (const Placed &placed : m_placed) {
        if (!placed.rect.intersects(area))
            continue;
        if (first < 0)
            first = placed.row;
        last = placed.row;
    }
    QItemSelection selection;
    if (first >= 0)
        selection.select(model()->index(first, 0, rootIndex()), model()->index(last, 0, rootIndex()));
    selectionModel()->select(selection, command);
}

QRegion ChatListView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (const Placed *placed = placedRow(row))
                region += placed->rect;
        }
    }
    return region;
}

QString ChatListView::selectedText() const
{
    if (!selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    lines.reserve(rows.size());
    for (const QModelIndex &index : rows)
        lines.append(index.data(Qt::DisplayRole).toString());
    return lines.join(u'\n');
}

void ChatListView::paintEvent(QPaintEvent *event)
{
    ensureLayout();
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().color(QPalette::Base));
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QItemSelectionModel *selection = selectionModel();
    int first = -1;
    int last = -1;
    for (const Placed &placed : std::as_const(m_placed)) {
        if (!placed.rect.intersects(event->rect()))
            continue;
        if (first < 0)
            first = placed.row;
        last = placed.row;
        const QModelIndex index = model()->index(placed.row, 0, rootIndex());
        QStyleOptionViewItem rowOption = option;
        rowOption.rect = placed.rect;
        rowOption.index = index;
        if (selection && selection->isSelected(index))
            rowOption.state |= QStyle::State_Selected;
        if (placed.row == m_hoverRow)
            rowOption.state |= QStyle::State_MouseOver;
        itemDelegateForIndex(index)->paint(&painter, rowOption, index);
    }
    if (first >= 0)
        emit rowsPainted(first, last);
}

void ChatListView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    relayout();
}

void ChatListView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        m_zoomAngle += event->angleDelta().y();
        if (const int steps = m_zoomAngle / 120) {
            m_zoomAngle -= steps * 120;
            emit zoomRequested(steps);
        }
        event->accept();
        return;
    }
    int dy = 0;
    if (!event->pixelDelta().isNull()) {
        dy = -event->pixelDelta().y();
    } else {
        // Three lines a notch by default, as the platform says.
        const int line = fontMetrics().height();
        dy = -event->angleDelta().y() * QApplication::wheelScrollLines() * line / 120;
    }
    scrollByPixels(dy);
    event->accept();
}

void ChatListView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        if (const QString text = selectedText(); !text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        // Where the window has no zoom shortcuts of its own.
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            emit zoomRequested(1);
            return;
        case Qt::Key_Minus:
            emit zoomRequested(-1);
            return;
        case Qt::Key_0:
            emit zoomResetRequested();
            return;
        default:
            break;
        }
    }
    const int page = std::max(1, viewport()->height() - fontMetrics().height());
    switch (event->key()) {
    case Qt::Key_PageUp:
        scrollByPixels(-page);
        return;
    case Qt::Key_PageDown:
        scrollByPixels(page);
        return;
    case Qt::Key_Up:
        scrollByPixels(-fontMetrics().height());
        return;
    case Qt::Key_Down:
        scrollByPixels(fontMetrics().height());
        return;
    case Qt::Key_Home:
        setAnchor(0, 0);
        return;
    case Qt::Key_End:
        setFollowing(true);
        return;
    default:
        QAbstractItemView::keyPressEvent(event);
    }
}

void ChatListView::setHoverRow(int row)
{
    if (row == m_hoverRow)
        return;
    if (const Placed *old = placedRow(m_hoverRow))
        viewport()->update(old->rect);
    m_hoverRow = row;
    if (const Placed *now = placedRow(m_hoverRow))
        viewport()->update(now->rect);
}

void ChatListView::mousePressEvent(QMouseEvent *event)
{
    if (m_following && event->button() == Qt::LeftButton) {
        m_heldForClick = true; // before: held, the bottom is not "following"
        setFollowing(false);
    }
    QAbstractItemView::mousePressEvent(event);
}

void ChatListView::mouseReleaseEvent(QMouseEvent *event)
{
    // The click is handled first (a link's question, a user card), with the
    // rows where the reader saw them.
    QAbstractItemView::mouseReleaseEvent(event);
    if (m_heldForClick && event->button() == Qt::LeftButton) {
        m_heldForClick = false;
        setFollowing(true);
    }
}

void ChatListView::mouseMoveEvent(QMouseEvent *event)
{
    QAbstractItemView::mouseMoveEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    setHoverRow(index.isValid() ? index.row() : -1);
    bool clickable = false;
    if (const auto *delegate = qobject_cast<const ChatDelegate *>(itemDelegateForIndex(index));
        delegate && index.isValid()) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        const ChatDelegate::Part part = delegate->hitTest(option, index, event->position().toPoint()).part;
        clickable = part == ChatDelegate::Part::Nickname || part == ChatDelegate::Part::Link;
    }
    viewport()->setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void ChatListView::leaveEvent(QEvent *event)
{
    QAbstractItemView::leaveEvent(event);
    setHoverRow(-1);
}

void ChatListView::changeEvent(QEvent *event)
{
    QAbstractItemView::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        if (auto *delegate = qobject_cast<ChatDelegate *>(itemDelegate()))
            delegate->clearLayoutCache();
        scheduleRelayout();
        break;
    case QEvent::PaletteChange:
        viewport()->update();
        break;
    default:
        break;
    }
}

} // namespace soopchat
