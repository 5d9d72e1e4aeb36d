#pragma once

#include <QElapsedTimer>
#include <QKeySequence>
#include <QRect>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <deque>
#include <functional>
#include <limits>

#include "core/channel/ChatRules.h"
#include "core/events/ChatEvent.h"
#include "ui/overlay/OverlayLineRenderer.h"
#include "ui/overlay/OverlayWindowOptions.h"

namespace soopchat {

// One channel's chat in a frameless, always-on-top window for OBS window
// capture. Painted by hand (one cached image per line, see
// OverlayLineRenderer) over a transparent or chroma-key background; newest
// line at the bottom. Unlocked it moves and resizes by dragging; locked it
// ignores clicks except for its context menu; click-through makes the window
// invisible to the mouse, so the way back is outside it (the Channel menu).
class OverlayWindow : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds, never going back

    static constexpr std::chrono::milliseconds FadeInDuration {200};
    static constexpr std::chrono::milliseconds FadeOutDuration {600};
    static constexpr std::chrono::milliseconds HintDuration {6000};
    static constexpr int ResizeMargin = 8; // pixels along each edge that resize
    static constexpr QSize MinimumSize {160, 100};

    // A line as it is on screen now, for tests and accessibility.
    struct ShownLine
    {
        EventPtr event;
        QRect rect; // the line's box in window coordinates
        qreal opacity = 1;
        int fontPixelSize = 0;
        DonationTier tier = DonationTier::None;
        QList<QLatin1StringView> badges; // the badge table's keys, in the order drawn
        QLatin1StringView icon; // the donation's eventIcon(); empty for none
        QColor nickname;
        QColor accent; // a donation's accent bar; invalid for none
        QColor highlight; // the user's highlight rule's colour; invalid for none
    };

    explicit OverlayWindow(const QString &channel, QWidget *parent = nullptr);
    ~OverlayWindow() override;

    QString channel() const { return m_channel; }

    // Applies everything but `geometry` at once (the controller restores that).
    void setOptions(const OverlayWindowOptions &options);
    const OverlayWindowOptions &options() const { return m_options; }
    void setLocked(bool locked);
    void setClickThrough(bool clickThrough);
    // Named in what the window says right after click-through is turned on:
    // the main window's shortcut that undoes it.
    void setClickThroughShortcut(const QKeySequence &shortcut);

    // Tests drive time through this; the default is a monotonic clock.
    void setClock(Clock clock);

    void addEvents(const EventBatch &events);
    // The user's highlight rules: a matching line gets a bar in the rule's colour.
    void setRules(ChatRulesPtr rules);
    void clear();
    int lineCount() const { return int(m_lines.size()); }
    QList<ShownLine> shownLines();
    int frameCount() const { return m_frames; }
    bool isHintShown() const;
    // Reads the clock: removes lines that have faded out and plans the next check.
    void updateFading();

signals:
    // The user changed lock or click-through from the window's own menu.
    void optionsEdited(const soopchat::OverlayWindowOptions &options);
    void geometryEdited();
    void optionsDialogRequested();
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct Entry
    {
        EventPtr event;
        qint64 shownAtMs = 0;
        OverlayLineRenderer::Line line;
        int renderedWidth = -1; // -1: render again before painting
    };
    struct Placed
    {
        const Entry *entry;
        QRectF box;
        qreal opacity;
        QPointF shift; // entry and exit movement
    };

    qint64 now() const { return m_clock(); }
    QColor highlightOf(const ChatEvent &event) const; // invalid: not highlighted
    QList<Placed> place(qint64 nowMs);
    void ensureRendered(Entry &entry, int width);
    void applyStyle();
    void applyWindowFlags();
    void trimToMaxLines();
    void scheduleTick();
    bool isAnimating(qint64 nowMs) const;
    Qt::Edges edgesAt(QPoint pos) const;
    void updateCursor(QPoint pos);
    void paintFrameAndHints(QPainter &painter, qint64 nowMs);
    void retranslate();

    QString m_channel;
    OverlayWindowOptions m_options;
    OverlayLineRenderer m_renderer;
    std::deque<Entry> m_lines;
    QElapsedTimer m_elapsed;
    Clock m_clock;
    QTimer m_tick;
    QKeySequence m_clickThroughShortcut;
    qint64 m_hintUntilMs = -1;
    qint64 m_oldestShownAtMs = std::numeric_limits<qint64>::min(); // of the last frame; older lines are off screen
    bool m_hovered = false;
    int m_frames = 0;
    ChatRulesPtr m_rules;

    struct Drag
    {
        bool active = false;
        Qt::Edges edges;
        QPoint pressGlobal;
        QRect startGeometry;
    };
    Drag m_drag;
};

} // namespace soopchat
