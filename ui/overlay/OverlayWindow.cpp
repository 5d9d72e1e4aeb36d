#include "ui/overlay/OverlayWindow.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QShowEvent>
#include <QWindow>

#include <cmath>
#include <limits>

#include "core/util/Logging.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

constexpr int PadX = 12;
constexpr int PadY = 10;

Qt::WindowFlags flagsFor(const OverlayWindowOptions &options)
{
    // A plain Qt::Window, not a Qt::Tool: OBS's window capture lists only
    // ordinary top-level windows.
    Qt::WindowFlags flags =
        Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint | Qt::NoDropShadowWindowHint;
    if (options.clickThrough)
        flags |= Qt::WindowTransparentForInput;
    if (options.locked)
        flags |= Qt::WindowDoesNotAcceptFocus; // a click on it never takes focus from the game
    return flags;
}

qreal easeOut(qreal t)
{
    return 1 - (1 - t) * (1 - t);
}

} // namespace

OverlayWindow::OverlayWindow(const QString &channel, QWidget *parent)
    : QWidget(parent, flagsFor({})), m_channel(channel), m_tick(this)
{
    setObjectName(u"overlayWindow"_s);
    setAttribute(Qt::WA_TranslucentBackground);
    setAttribute(Qt::WA_QuitOnClose, false); // the main window decides when the app ends
    setMouseTracking(true);
    setMinimumSize(MinimumSize);
    resize(400, 600);
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    m_tick.setSingleShot(true);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &OverlayWindow::updateFading);
    applyStyle();
    retranslate();
}

OverlayWindow::~OverlayWindow() = default;

void OverlayWindow::retranslate()
{
    // Ends with the app's name, which X11 would otherwise add a second time.
    setWindowTitle(tr("%1 overlay — SoopChat").arg(m_channel)); // ko: %1 오버레이 — SoopChat
}

void OverlayWindow::setOptions(const OverlayWindowOptions &options)
{
    OverlayWindowOptions next = OverlayWindowOptions::fromMap(options.toMap()); // clamped
    next.geometry = m_options.geometry;
    const bool purge = next.donationsOnly && !m_options.donationsOnly;
    // Once clicks pass through, nothing here can be clicked: say once where the switch is.
    if (next.clickThrough && !m_options.clickThrough)
        m_hintUntilMs = now() + HintDuration.count();
    else if (!next.clickThrough)
        m_hintUntilMs = -1;
    m_options = next;
    if (purge) {
        std::erase_if(m_lines, [](const Entry &e) { return !OverlayLineRenderer::isShown(*e.event, true); });
    }
    trimToMaxLines();
    applyStyle();
    applyWindowFlags();
    updateCursor(mapFromGlobal(QCursor::pos()));
    update();
    scheduleTick();
}

void OverlayWindow::setLocked(bool locked)
{
    if (m_options.locked == locked)
        return;
    OverlayWindowOptions next = m_options;
    next.locked = locked;
    setOptions(next);
    emit optionsEdited(m_options);
}

void OverlayWindow::setClickThrough(bool clickThrough)
{
    if (m_options.clickThrough == clickThrough)
        return;
    OverlayWindowOptions next = m_options;
    next.clickThrough = clickThrough;
    setOptions(next);
    emit optionsEdited(m_options);
}

void OverlayWindow::setClickThroughShortcut(const QKeySequence &shortcut)
{
    m_clickThroughShortcut = shortcut;
    update();
}

bool OverlayWindow::isHintShown() const
{
    return m_hintUntilMs >= 0 && now() < m_hintUntilMs;
}

void OverlayWindow::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([this] { return m_elapsed.elapsed(); });
    scheduleTick();
}

void OverlayWindow::applyStyle()
{
    OverlayLineRenderer::Style style;
    style.fontFamily = m_options.fontFamily;
    style.fontSize = m_options.fontSize;
    style.effect = m_options.textEffect;
    style.badges = m_options.showBadges;
    style.emphasise = m_options.emphasiseDonations;
    style.chromaKey = m_options.background == OverlayWindowOptions::Background::ChromaKey;
    style.devicePixelRatio = devicePixelRatioF();
    if (style == m_renderer.style())
        return;
    m_renderer.setStyle(style);
    for (Entry &entry : m_lines)
        entry.renderedWidth = -1;
}

void OverlayWindow::applyWindowFlags()
{
    const Qt::WindowFlags flags = flagsFor(m_options);
    if (flags == windowFlags())
        return;
    // Changing window flags hides a window; show it again where it was.
    const bool visible = isVisible();
    const QRect where = geometry();
    setWindowFlags(flags);
    if (visible) {
        setGeometry(where);
        show();
    }
    qCDebug(lcUi) << "overlay window" << m_channel << "locked" << m_options.locked << "click-through"
                  << m_options.clickThrough;
}

void OverlayWindow::addEvents(const EventBatch &events)
{
    const qint64 at = now();
    bool added = false;
    for (const EventPtr &event : events) {
        if (event && event->type == EventType::Blind) {
            // The line it names goes, as in the chat list and on the page.
            added |= std::erase_if(m_lines, [&event](const Entry &e) { return event->blinds(*e.event); }) > 0;
            continue;
        }
        if (!event || !OverlayLineRenderer::isShown(*event, m_options.donationsOnly))
            continue;
        m_lines.push_back({event, at, {}, -1});
        added = true;
    }
    if (!added)
        return;
    trimToMaxLines();
    update();
    scheduleTick();
}

void OverlayWindow::clear()
{
    m_lines.clear();
    update();
    scheduleTick();
}

void OverlayWindow::trimToMaxLines()
{
    while (m_lines.size() > size_t(std::max(1, m_options.maxLines)))
        m_lines.pop_front();
}

void OverlayWindow::updateFading()
{
    const qint64 at = now();
    const qint64 fadeMs = qint64(m_options.fadeSeconds) * 1000;
    bool changed = false;
    if (fadeMs > 0) {
        // Lines are in arrival order, so the oldest go first.
        while (!m_lines.empty() && at - m_lines.front().shownAtMs >= fadeMs + FadeOutDuration.count()) {
            m_lines.pop_front();
            changed = true;
        }
    }
    if (changed || isAnimating(at) || m_hintUntilMs >= 0)
        update();
    if (m_hintUntilMs >= 0 && at >= m_hintUntilMs)
        m_hintUntilMs = -1;
    scheduleTick();
}

void OverlayWindow::scheduleTick()
{
    // A hidden window (not popped out yet, or closed) needs no frames: it
    // catches up when shown (showEvent) or when asked (updateFading).
    if (!isVisible()) {
        m_tick.stop();
        return;
    }
    const qint64 at = now();
    const qint64 fadeMs = qint64(m_options.fadeSeconds) * 1000;
    qint64 wait = -1;
    const auto soonest = [&wait](qint64 ms) {
        ms = std::max<qint64>(ms, 0); // overdue: as soon as possible
        wait = wait < 0 ? ms : std::min(wait, ms);
    };
    if (isAnimating(at))
        soonest(16); // an animation frame
    if (fadeMs > 0) {
        // The next line to start fading, or the next to go.
        for (const Entry &entry : m_lines) {
            const qint64 age = at - entry.shownAtMs;
            soonest(age < fadeMs ? fadeMs - age : fadeMs + FadeOutDuration.count() - age);
            if (age < fadeMs)
                break; // the rest are younger
        }
    }
    if (m_hintUntilMs >= 0)
        soonest(m_hintUntilMs - at);
    if (wait < 0) {
        m_tick.stop();
        return;
    }
    // Never sleep longer than a second, so a clock that jumps (tests, a
    // suspended laptop) is noticed soon.
    m_tick.start(int(std::clamp<qint64>(wait, 16, 1000)));
}

bool OverlayWindow::isAnimating(qint64 nowMs) const
{
    // Only lines on screen need frames; in a busy room older lines above the
    // top edge fade all the time, and nobody sees them.
    const qint64 fadeMs = qint64(m_options.fadeSeconds) * 1000;
    for (auto it = m_lines.rbegin(); it != m_lines.rend() && it->shownAtMs >= m_oldestShownAtMs; ++it) {
        const qint64 age = nowMs - it->shownAtMs;
        if (age < FadeInDuration.count() || (fadeMs > 0 && age >= fadeMs))
            return true;
    }
    return false;
}

void OverlayWindow::ensureRendered(Entry &entry, int width)
{
    if (entry.renderedWidth == width)
        return;
    entry.line = m_renderer.render(*entry.event, width);
    entry.renderedWidth = width;
}

QList<OverlayWindow::Placed> OverlayWindow::place(qint64 nowMs)
{
    QList<Placed> placed;
    const int width = std::max(1, this->width() - 2 * PadX);
    const qint64 fadeMs = qint64(m_options.fadeSeconds) * 1000;
    const qreal gap = std::round(m_options.fontSize * 0.25);
    qreal bottom = height() - PadY;
    for (auto it = m_lines.rbegin(); it != m_lines.rend(); ++it) {
        Entry &entry = *it;
        const qint64 age = nowMs - entry.shownAtMs;
        qreal opacity = 1;
        QPointF shift;
        if (age < FadeInDuration.count()) {
            const qreal t = easeOut(std::clamp(qreal(age) / FadeInDuration.count(), 0.0, 1.0));
            opacity = t;
            shift.ry() = (1 - t) * 8;
        }
        if (fadeMs > 0 && age >= fadeMs) {
            const qreal t = std::clamp(qreal(age - fadeMs) / FadeOutDuration.count(), 0.0, 1.0);
            if (t >= 1)
                continue; // gone; updateFading() removes it
            opacity *= 1 - t;
            shift.rx() = -12 * t;
        }
        ensureRendered(entry, width);
        const qreal top = bottom - entry.line.height;
        // Only whole lines: a line cut at the top edge reads as a glitch on stream.
        if (top < PadY && !placed.isEmpty())
            break;
        placed.append({&entry, QRectF(PadX, top, width, entry.line.height), opacity, shift});
        bottom = top - gap;
    }
    return placed;
}

void OverlayWindow::setRules(ChatRulesPtr rules)
{
    m_rules = std::move(rules);
    update();
}

QColor OverlayWindow::highlightOf(const ChatEvent &event) const
{
    if (!m_rules)
        return {};
    const std::optional<Highlight> hit = m_rules->highlightOf(event);
    return hit ? QColor(QRgb(hit->rgb)) : QColor();
}

QList<OverlayWindow::ShownLine> OverlayWindow::shownLines()
{
    applyStyle();
    QList<ShownLine> shown;
    const QList<Placed> placed = place(now());
    for (auto it = placed.rbegin(); it != placed.rend(); ++it) {
        const Entry &entry = *it->entry;
        shown.append({entry.event, it->box.toAlignedRect(), it->opacity, entry.line.fontPixelSize, entry.line.tier,
            entry.line.badges, entry.line.icon, entry.line.nickname, entry.line.accent, highlightOf(*entry.event)});
    }
    return shown;
}

void OverlayWindow::paintEvent(QPaintEvent *)
{
    ++m_frames;
    applyStyle(); // the screen (and its pixel ratio) may have changed
    const qint64 at = now();
    QPainter painter(this);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.fillRect(rect(),
        m_options.background == OverlayWindowOptions::Background::ChromaKey ? m_options.chromaColor
                                                                            : QColor(Qt::transparent));
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    const QList<Placed> placed = place(at);
    m_oldestShownAtMs = placed.isEmpty() ? std::numeric_limits<qint64>::min() : placed.last().entry->shownAtMs;
    for (const Placed &line : placed) {
        if (line.entry->line.image.isNull())
            continue;
        painter.setOpacity(line.opacity);
        painter.drawImage(line.box.topLeft() + line.shift + line.entry->line.offset, line.entry->line.image);
        if (const QColor highlight = highlightOf(*line.entry->event); highlight.isValid()) {
            // A highlighted line: a bar in the rule's colour along its left edge.
            const QRectF box = line.box.translated(line.shift);
            painter.fillRect(QRectF(box.left(), box.top() + 2, 4, std::max(0.0, box.height() - 4)), highlight);
        }
    }
    painter.setOpacity(1);
    paintFrameAndHints(painter, at);
}

void OverlayWindow::paintFrameAndHints(QPainter &painter, qint64 nowMs)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const bool empty = m_lines.empty();
    if (!m_options.locked && !m_options.clickThrough && (m_hovered || empty)) {
        // While unlocked the window shows where it is: an empty transparent window is otherwise invisible.
        painter.setPen(QPen(QColor(0, 0, 0, 140), 3));
        painter.drawRoundedRect(frame, 6, 6);
        painter.setPen(QPen(QColor(255, 255, 255, 200), 1, Qt::DashLine));
        painter.drawRoundedRect(frame, 6, 6);
        painter.setPen(QPen(QColor(255, 255, 255, 200), 1.5));
        const QPointF corner = frame.bottomRight() - QPointF(3, 3);
        for (int i = 1; i <= 3; ++i)
            painter.drawLine(corner - QPointF(4.0 * i, 0), corner - QPointF(0, 4.0 * i));
    }
    QString hint;
    if (m_hintUntilMs >= 0 && nowMs < m_hintUntilMs) {
        // ko: 이제 클릭이 이 창을 통과합니다. 끄려면 SoopChat의 채널 → 오버레이 창 클릭 통과(%1)를 누르세요.
        const QString withShortcut = tr("Clicks now pass through this window. To undo, use SoopChat's Channel → "
                                        "Overlay Window Click-Through (%1).");
        // ko: 이제 클릭이 이 창을 통과합니다. 끄려면 SoopChat의 채널 → 오버레이 창 클릭 통과를 누르세요.
        const QString withoutShortcut = tr("Clicks now pass through this window. To undo, use SoopChat's Channel → "
                                           "Overlay Window Click-Through.");
        hint = m_clickThroughShortcut.isEmpty()
            ? withoutShortcut
            : withShortcut.arg(m_clickThroughShortcut.toString(QKeySequence::NativeText));
    } else if (empty && !m_options.locked && !m_options.clickThrough) {
        // ko: %1 오버레이\n끌어서 옮기고, 가장자리를 끌어 크기를 바꾸세요.\n오른쪽 클릭으로 설정을 엽니다.
        hint = tr("Overlay for %1\nDrag to move, drag an edge to resize.\nRight-click for options.").arg(m_channel);
    }
    if (hint.isEmpty())
        return;
    QFont font = this->font();
    font.setPixelSize(14);
    painter.setFont(font);
    const QRectF area = QRectF(rect()).adjusted(16, 16, -16, -16);
    QRectF box = painter.boundingRect(area, Qt::AlignCenter | Qt::TextWordWrap, hint);
    box.adjust(-12, -9, 12, 9);
    if (m_hintUntilMs >= 0)
        box.moveTop(12);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(16, 18, 24, 215));
    painter.drawRoundedRect(box, 8, 8);
    painter.setPen(QColor(255, 255, 255));
    painter.drawText(box.adjusted(12, 9, -12, -9), Qt::AlignCenter | Qt::TextWordWrap, hint);
}

Qt::Edges OverlayWindow::edgesAt(QPoint pos) const
{
    Qt::Edges edges;
    if (pos.x() < ResizeMargin)
        edges |= Qt::LeftEdge;
    if (pos.x() >= width() - ResizeMargin)
        edges |= Qt::RightEdge;
    if (pos.y() < ResizeMargin)
        edges |= Qt::TopEdge;
    if (pos.y() >= height() - ResizeMargin)
        edges |= Qt::BottomEdge;
    return edges;
}

void OverlayWindow::updateCursor(QPoint pos)
{
    if (m_options.locked || !rect().contains(pos)) {
        unsetCursor();
        return;
    }
    const Qt::Edges edges = edgesAt(pos);
    const bool horizontal = edges & (Qt::LeftEdge | Qt::RightEdge);
    const bool vertical = edges & (Qt::TopEdge | Qt::BottomEdge);
    if (horizontal && vertical) {
        const bool mainDiagonal = edges == (Qt::TopEdge | Qt::LeftEdge) || edges == (Qt::BottomEdge | Qt::RightEdge);
        setCursor(mainDiagonal ? Qt::SizeFDiagCursor : Qt::SizeBDiagCursor);
    } else if (horizontal) {
        setCursor(Qt::SizeHorCursor);
    } else if (vertical) {
        setCursor(Qt::SizeVerCursor);
    } else {
        setCursor(Qt::SizeAllCursor);
    }
}

void OverlayWindow::mousePressEvent(QMouseEvent *event)
{
    // Locked, a click does nothing at all; only the context menu (right button) still opens.
    event->accept();
    if (m_options.locked || event->button() != Qt::LeftButton)
        return;
    const Qt::Edges edges = edgesAt(event->position().toPoint());
    // The window manager moves and resizes best (snapping, no lag); where it
    // cannot (some X11 setups, the offscreen platform), follow the mouse here.
    if (QWindow *window = windowHandle()) {
        const bool started = edges ? window->startSystemResize(edges) : window->startSystemMove();
        if (started)
            return;
    }
    m_drag = {true, edges, event->globalPosition().toPoint(), geometry()};
}

void OverlayWindow::mouseMoveEvent(QMouseEvent *event)
{
    event->accept();
    if (!m_drag.active || m_options.locked) {
        updateCursor(event->position().toPoint());
        return;
    }
    const QPoint delta = event->globalPosition().toPoint() - m_drag.pressGlobal;
    if (!m_drag.edges) {
        move(m_drag.startGeometry.topLeft() + delta);
        return;
    }
    QRect g = m_drag.startGeometry;
    const QSize min = minimumSize();
    if (m_drag.edges & Qt::LeftEdge)
        g.setLeft(std::min(g.left() + delta.x(), g.right() - min.width() + 1));
    if (m_drag.edges & Qt::RightEdge)
        g.setRight(std::max(g.right() + delta.x(), g.left() + min.width() - 1));
    if (m_drag.edges & Qt::TopEdge)
        g.setTop(std::min(g.top() + delta.y(), g.bottom() - min.height() + 1));
    if (m_drag.edges & Qt::BottomEdge)
        g.setBottom(std::max(g.bottom() + delta.y(), g.top() + min.height() - 1));
    setGeometry(g);
}

void OverlayWindow::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept();
    if (m_drag.active) {
        m_drag.active = false;
        emit geometryEdited();
    }
}

void OverlayWindow::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept(); // no maximising a frameless overlay by accident
}

void OverlayWindow::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *lock = menu.addAction(tr("&Lock Position and Size")); // ko: 위치와 크기 잠금(&L)
    lock->setCheckable(true);
    lock->setChecked(m_options.locked);
    QAction *through = menu.addAction(tr("Click-&Through")); // ko: 클릭 통과(&T)
    through->setCheckable(true);
    // ko: 클릭이 아래 창으로 전달됩니다. SoopChat의 채널 메뉴에서 되돌릴 수 있습니다.
    through->setToolTip(tr("Clicks go to the window below. Undo it from SoopChat's Channel menu."));
    menu.addSeparator();
    QAction *options = menu.addAction(tr("&Options…")); // ko: 설정(&O)…
    QAction *clearLines = menu.addAction(tr("Cl&ear")); // ko: 지우기(&E)
    menu.addSeparator();
    QAction *closeWindow = menu.addAction(tr("&Close Overlay Window")); // ko: 오버레이 창 닫기(&C)
    QAction *chosen = menu.exec(event->globalPos());
    if (chosen == lock)
        setLocked(lock->isChecked());
    else if (chosen == through)
        setClickThrough(through->isChecked());
    else if (chosen == options)
        emit optionsDialogRequested();
    else if (chosen == clearLines)
        clear();
    else if (chosen == closeWindow)
        close();
}

void OverlayWindow::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QWidget::enterEvent(event);
}

void OverlayWindow::leaveEvent(QEvent *event)
{
    m_hovered = false;
    unsetCursor();
    update();
    QWidget::leaveEvent(event);
}

void OverlayWindow::moveEvent(QMoveEvent *event)
{
    QWidget::moveEvent(event);
    if (isVisible())
        emit geometryEdited();
}

void OverlayWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (isVisible())
        emit geometryEdited();
}

void OverlayWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_options.clickThrough && !event->spontaneous()) {
        // Popped out already click-through (as it was left last time): say how to undo it.
        m_hintUntilMs = now() + HintDuration.count();
    }
    updateFading();
}

void OverlayWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OverlayWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    emit closed();
}

} // namespace soopchat
