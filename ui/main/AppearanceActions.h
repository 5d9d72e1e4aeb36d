#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace soopchat {

class Appearance;

// The View menu's appearance items: the theme, the chat's zoom (Ctrl+plus,
// Ctrl+minus, Ctrl+0) and compact rows, always on top and the window's
// opacity. They act on Appearance and follow it, whoever changed it.
class AppearanceActions : public QObject
{
    Q_OBJECT

public:
    static constexpr int OpacitySteps[] = {100, 90, 80, 70, 60, 50, 40};

    AppearanceActions(Appearance &appearance, QMenu *viewMenu, QObject *parent = nullptr);

    void retranslate();

    QAction *zoomIn() const { return m_zoomIn; }
    QAction *zoomOut() const { return m_zoomOut; }
    QAction *resetZoom() const { return m_resetZoom; }
    QAction *compactRows() const { return m_compact; }
    QAction *alwaysOnTop() const { return m_onTop; }

private:
    void sync();

    Appearance &m_appearance;
    QMenu *m_themeMenu;
    QActionGroup *m_themes;
    QList<QAction *> m_themeActions; // System, Light, Dark
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_resetZoom;
    QAction *m_compact;
    QAction *m_onTop;
    QMenu *m_opacityMenu;
    QActionGroup *m_opacities;
};

} // namespace soopchat
