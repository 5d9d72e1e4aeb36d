#pragma once

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <chrono>
#include <functional>

namespace soopchat {

// An item view made for a chat list. QListView lays out every row again on
// each insert, which at 60 inserts a second over 100,000 rows is the whole
// CPU; this view measures only the rows on screen. Its position is "this row
// (by serial, see ChatListModel::SerialRole) scrolled by that many pixels",
// or following the bottom; so rows falling off the front, new rows at the end
// and filter changes never move what the reader is looking at. The scroll
// bar counts rows, like Chatterino's.
class ChatListView : public QAbstractItemView
{
    Q_OBJECT
    Q_PROPERTY(bool following READ isFollowing WRITE setFollowing NOTIFY followingChanged)

public:
    using Clock = std::function<qint64()>; // milliseconds, never going back

    // While following a long list, the scroll bar is brought up to date at
    // this rate at most (see updateScrollBar).
    static constexpr std::chrono::milliseconds ScrollBarInterval {250};

    explicit ChatListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

    // Whether the view sticks to the newest row as rows arrive.
    bool isFollowing() const { return m_following; }
    void setFollowing(bool following);

    // Rows currently on screen (at least partly), -1 when none.
    int firstVisibleRow() const;
    int lastVisibleRow() const;

    // Scroll by pixels: negative shows older rows.
    void scrollByPixels(int dy);

    // The plain text of the selected rows, one per line, in order.
    QString selectedText() const;

    // What paces the scroll bar's updates; tests drive time through this.
    // The default is a monotonic clock.
    void setClock(Clock clock);

public slots:
    // Jump to the newest row and follow again.
    void jumpToBottom() { setFollowing(true); }
    // Row sizes may all have changed (fonts, timestamps toggled).
    void invalidateLayout();
    // Lays out and paints the rows the model just inserted, now, when the
    // list follows the newest row and is on screen.
    void showNewRows();

signals:
    void followingChanged(bool following);
    // At the end of each paint that drew rows: the first and last row drawn
    // (at least partly). For benchmarks timing arrival-to-screen (bench/desktop);
    // the app does not connect it, and an unconnected signal costs one check.
    void rowsPainted(int first, int last);
    // Ctrl+wheel, Ctrl+plus and Ctrl+minus over the list: `steps` notches
    // bigger (positive) or smaller; Ctrl+0: back to 100 %. Whoever keeps
    // the chat's font (ui/common/Appearance) acts on them.
    void zoomRequested(int steps);
    void zoomResetRequested();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override { return 0; }
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void dataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles = QList<int>()) override;
    void reset() override;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Placed
    {
        int row;
        QRect rect;
    };

    void scheduleRelayout();
    void relayout();
    void ensureLayout() const;
    void updateScrollBar();
    // Sets the position to `row` scrolled by `offset` pixels (may be out of
    // the row's range: walks to neighbours) and follows if that shows the end.
    void setAnchor(int row, int offset);
    int rowHeight(int row) const;
    int rowCount() const;
    quint64 serialOf(int row) const;
    int rowForSerial(quint64 serial) const;
    int bottomPageRows() const;
    const Placed *placedRow(int row) const;
    void setHoverRow(int row);

    int m_zoomAngle = 0; // Ctrl+wheel eighths of a degree not yet a whole notch (touchpads)
    bool m_following = true;
    // A button held down on a followed list: the rows stand still until it is
    // let go, so a click (or a drag to select) lands on the line it began on
    // in a chat storm; then the list follows again.
    bool m_heldForClick = false;
    quint64 m_anchorSerial = 0; // top row when not following
    int m_anchorOffset = 0; // pixels of it scrolled above the top edge
    QList<Placed> m_placed;
    bool m_dirty = true;
    bool m_relayoutQueued = false;
    bool m_settingScrollBar = false;
    int m_hoverRow = -1;
    QTimer m_scrollBarTimer; // a deferred scroll bar update
    QElapsedTimer m_elapsed;
    Clock m_clock;
    qint64 m_scrollBarUpdatedAtMs = -1; // by m_clock; -1 before the first update
};

} // namespace soopchat
