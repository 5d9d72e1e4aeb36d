#pragma once

#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

#include "core/events/ChatEvent.h"
#include "ui/overlay/OverlayWindowOptions.h"

class QWidget;

namespace soopchat {

class AppSettings;
class OverlayOptionsDialog;
class OverlayWindow;

// One channel's pop-out overlay window and its options dialog: loads the
// channel's options (geometry included) from AppSettings, applies changes
// from the dialog, the window's menu and the main window live, and writes
// them back shortly after they settle. Owned by the channel's tab, so the
// window closes with the tab.
class OverlayWindowController : public QObject
{
    Q_OBJECT

public:
    // The main window's shortcut that turns click-through on and off: the
    // way back when the overlay window itself can no longer be clicked.
    static QKeySequence clickThroughShortcut();
    static constexpr std::chrono::milliseconds SaveDelay {400};

    // `dialogParent` (the tab) parents the options dialog and places the window the first time.
    OverlayWindowController(
        const QString &channel, AppSettings &settings, QWidget *dialogParent, QObject *parent = nullptr);
    ~OverlayWindowController() override;

    QString channel() const { return m_channel; }
    OverlayWindow *window() const { return m_window.get(); }
    OverlayOptionsDialog *optionsDialog() const; // null until shown
    bool isOpen() const;

    const OverlayWindowOptions &options() const { return m_options; }
    void setOptions(const OverlayWindowOptions &options);
    bool isClickThrough() const { return m_options.clickThrough; }
    void setClickThrough(bool clickThrough);
    void setLocked(bool locked);

public slots:
    // Shows the window where it was last time (or beside the main window).
    void popOut();
    void closeWindow();
    void showOptions();
    void addEvents(const soopchat::EventBatch &events);
    // Writes the options and the window's geometry to the settings now (if
    // anything changed or the window was shown).
    void save();

signals:
    void optionsChanged(const soopchat::OverlayWindowOptions &options);

private:
    void placeBeside(QWidget *dialog, const QRect &avoid);
    void apply(const OverlayWindowOptions &options);
    void rememberGeometry();

    QString m_channel;
    AppSettings &m_settings;
    QPointer<QWidget> m_dialogParent;
    OverlayWindowOptions m_options;
    std::unique_ptr<OverlayWindow> m_window;
    QPointer<OverlayOptionsDialog> m_dialog;
    QTimer m_saveTimer;
    bool m_placed = false; // the window has a geometry worth keeping
    bool m_dirty = false;
};

} // namespace soopchat
