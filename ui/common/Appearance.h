#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QTimer>

#include "ui/common/AppSettings.h"

class QDBusConnection;
class QDBusMessage;
class QWidget;

namespace soopchat {

class ChatView;

// How the app looks, for a viewer kept open all evening: light or dark
// (following the desktop unless the user picks one), the chat list's font,
// zoom and density, and the main window's stacking and opacity. Every change
// is saved in AppSettings and applied at once to the whole app, the chat
// views and the windows attached here. The pop-out overlay window has
// options of its own and is left alone.
class Appearance : public QObject
{
    Q_OBJECT

public:
    using Theme = AppSettings::Theme;
    // What the desktop asks for: the freedesktop portal's
    // org.freedesktop.appearance color-scheme where there is one.
    enum class Scheme : quint8 { NoPreference, Dark, Light };

    // The browser's zoom steps: Ctrl+wheel and Ctrl+plus/minus go one at a time.
    static constexpr int ZoomSteps[] = {50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};

    explicit Appearance(AppSettings &settings, QObject *parent = nullptr);
    // Leaves the application's style and palette as it found them.
    ~Appearance() override;

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    bool isDark() const { return m_dark; } // what is shown now
    Scheme desktopScheme() const { return m_desktopScheme; }
    // The portal's answer or change (tests give one directly).
    void setDesktopScheme(Scheme scheme);

    // The chosen font (the system's when none) at 100 %, and as the chat shows it.
    bool usesSystemFont() const { return m_fontSetting.isEmpty(); }
    QFont chatBaseFont() const;
    QFont chatFont() const;
    void setChatFont(const QFont &font); // a default QFont() or the system font: the system font
    void useSystemFont();

    int zoomPercent() const { return m_zoom; }
    void setZoomPercent(int percent); // kept within the settings' bounds
    void zoomBy(int steps); // through ZoomSteps
    void resetZoom() { setZoomPercent(100); }

    bool compactRows() const { return m_compact; }
    void setCompactRows(bool compact);

    bool alwaysOnTop() const { return m_onTop; }
    void setAlwaysOnTop(bool onTop);
    int windowOpacityPercent() const { return m_opacity; }
    void setWindowOpacityPercent(int percent);

    // Shows `view` in the chat font and density now and after every change,
    // and lets its Ctrl+wheel and Ctrl+plus/minus/0 zoom.
    void attach(ChatView *view);
    // Keeps `window` on top and at the opacity chosen.
    void attachWindow(QWidget *window);

    // The dark palette of the Fusion style the app uses in dark mode.
    static QPalette darkPalette();

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private slots:
    void portalSettingChanged(const QDBusMessage &message); // org.freedesktop.portal.Settings.SettingChanged

private:
    void followPortal(const QDBusConnection &bus);
    void applyTheme();
    void applyChatLook();
    void applyWindow(QWidget *window) const;
    void save();

    AppSettings &m_settings;
    Theme m_theme;
    QString m_fontSetting;
    int m_zoom;
    bool m_compact;
    bool m_onTop;
    int m_opacity;

    bool m_widgets; // a QApplication to theme: not in a tool without widgets
    Scheme m_desktopScheme = Scheme::NoPreference;
    bool m_systemPaletteDark = false; // judged while the system's palette is shown
    bool m_dark = false;
    bool m_themed = false; // the palette is ours, not the system's
    bool m_applying = false;
    QString m_originalStyle;
    QList<QPointer<ChatView>> m_views;
    QList<QPointer<QWidget>> m_windows;
    QTimer m_saveTimer; // Ctrl+wheel may zoom many times a second: one write
};

} // namespace soopchat
