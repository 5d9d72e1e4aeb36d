#include "ui/overlay/OverlayWindowController.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

#include "core/util/Logging.h"
#include "ui/common/AppSettings.h"
#include "ui/overlay/OverlayOptionsDialog.h"
#include "ui/overlay/OverlayWindow.h"

namespace soopchat {

using namespace Qt::StringLiterals;

QKeySequence OverlayWindowController::clickThroughShortcut()
{
    return QKeySequence(u"Ctrl+Shift+K"_s);
}

OverlayWindowController::OverlayWindowController(
    const QString &channel, AppSettings &settings, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_channel(channel), m_settings(settings), m_dialogParent(dialogParent),
      m_options(OverlayWindowOptions::fromMap(settings.overlayWindowOptions(channel))),
      m_window(std::make_unique<OverlayWindow>(channel)), m_saveTimer(this)
{
    m_window->setOptions(m_options);
    m_window->setClickThroughShortcut(clickThroughShortcut());
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelay);
    connect(&m_saveTimer, &QTimer::timeout, this, &OverlayWindowController::save);
    connect(m_window.get(), &OverlayWindow::optionsEdited, this, [this](const OverlayWindowOptions &options) {
        OverlayWindowOptions next = options;
        next.geometry = m_options.geometry;
        m_options = next;
        if (m_dialog)
            m_dialog->setOptions(m_options);
        m_dirty = true;
        m_saveTimer.start();
        emit optionsChanged(m_options);
    });
    connect(m_window.get(), &OverlayWindow::geometryEdited, this, &OverlayWindowController::rememberGeometry);
    connect(m_window.get(), &OverlayWindow::optionsDialogRequested, this, &OverlayWindowController::showOptions);
    connect(m_window.get(), &OverlayWindow::closed, this, &OverlayWindowController::save);
}

OverlayWindowController::~OverlayWindowController()
{
    save();
    delete m_dialog;
}

OverlayOptionsDialog *OverlayWindowController::optionsDialog() const
{
    return m_dialog;
}

bool OverlayWindowController::isOpen() const
{
    return m_window->isVisible();
}

void OverlayWindowController::apply(const OverlayWindowOptions &options)
{
    OverlayWindowOptions next = options;
    next.geometry = m_options.geometry;
    if (next == m_options)
        return;
    m_options = next;
    m_window->setOptions(m_options);
    if (m_dialog)
        m_dialog->setOptions(m_options);
    m_dirty = true;
    m_saveTimer.start();
    emit optionsChanged(m_options);
}

void OverlayWindowController::setOptions(const OverlayWindowOptions &options)
{
    apply(options);
}

void OverlayWindowController::setClickThrough(bool clickThrough)
{
    // Through the window, so it shows the hint on how to undo it.
    m_window->setClickThrough(clickThrough);
}

void OverlayWindowController::setLocked(bool locked)
{
    m_window->setLocked(locked);
}

void OverlayWindowController::popOut()
{
    if (!m_placed) {
        if (m_options.geometry.isEmpty() || !m_window->restoreGeometry(m_options.geometry)) {
            // First time: beside the main window, on its screen.
            m_window->resize(400, 600);
            if (m_dialogParent) {
                const QRect main = m_dialogParent->window()->frameGeometry();
                QRect target(main.topRight() + QPoint(16, 0), m_window->size());
                if (const QScreen *screen = m_dialogParent->screen()) {
                    const QRect available = screen->availableGeometry();
                    if (!available.contains(target))
                        target.moveTopLeft(main.topLeft() + QPoint(main.width() - target.width() - 24, 48));
                }
                m_window->move(target.topLeft());
            }
        }
        m_placed = true;
    }
    m_window->show();
    m_window->raise();
    qCDebug(lcUi) << "overlay window for" << m_channel << "at" << m_window->geometry();
}

void OverlayWindowController::closeWindow()
{
    m_window->close();
}

void OverlayWindowController::showOptions()
{
    if (!m_dialog) {
        m_dialog = new OverlayOptionsDialog(m_channel, m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setClickThroughShortcut(clickThroughShortcut());
        connect(m_dialog, &OverlayOptionsDialog::optionsChanged, this, &OverlayWindowController::apply);
    }
    m_dialog->setOptions(m_options);
    // Over an always-on-top overlay window the dialog must stay on top too,
    // and beside it rather than under it.
    const bool overlayShown = m_window->isVisible();
    if (m_dialog->windowFlags().testFlag(Qt::WindowStaysOnTopHint) != overlayShown)
        m_dialog->setWindowFlag(Qt::WindowStaysOnTopHint, overlayShown);
    if (overlayShown)
        placeBeside(m_dialog, m_window->frameGeometry());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

// To the right of `avoid` if the screen has room there, else to its left,
// else below or above it; inside the screen's available area in any case.
void OverlayWindowController::placeBeside(QWidget *dialog, const QRect &avoid)
{
    dialog->adjustSize();
    const QSize size = dialog->frameGeometry().size().expandedTo(dialog->sizeHint());
    const QScreen *screen = m_window->screen();
    const QRect area = screen ? screen->availableGeometry() : QRect(QPoint(0, 0), size);
    const int gap = 8;
    const int top = std::clamp(avoid.top(), area.top(), std::max(area.top(), area.bottom() - size.height()));
    const int left = std::clamp(avoid.left(), area.left(), std::max(area.left(), area.right() - size.width()));
    const QList<QPoint> candidates = {
        {avoid.right() + gap, top},
        {avoid.left() - gap - size.width(), top},
        {left, avoid.bottom() + gap},
        {left, avoid.top() - gap - size.height()},
    };
    for (const QPoint &at : candidates) {
        if (area.contains(QRect(at, size))) {
            dialog->move(at);
            return;
        }
    }
    // No room anywhere: the screen's corner farthest from the overlay.
    const bool right = avoid.center().x() < area.center().x();
    dialog->move(right ? area.right() - size.width() : area.left(), area.top());
}

void OverlayWindowController::addEvents(const EventBatch &events)
{
    m_window->addEvents(events);
}

void OverlayWindowController::rememberGeometry()
{
    if (!m_placed)
        return;
    m_options.geometry = m_window->saveGeometry();
    m_dirty = true;
    m_saveTimer.start();
}

void OverlayWindowController::save()
{
    m_saveTimer.stop();
    if (m_placed)
        m_options.geometry = m_window->saveGeometry();
    // A controller made only to ask about click-through writes nothing.
    if (!m_dirty && !m_placed)
        return;
    m_dirty = false;
    m_settings.setOverlayWindowOptions(m_channel, m_options.toMap());
    if (m_settings.sync() != QSettings::NoError)
        qCWarning(lcUi) << "cannot save the overlay window options of" << m_channel << "to" << m_settings.path();
}

} // namespace soopchat
