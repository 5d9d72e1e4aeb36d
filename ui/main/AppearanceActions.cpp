#include "ui/main/AppearanceActions.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QMenu>

#include "ui/common/Appearance.h"

namespace soopchat {

using namespace Qt::StringLiterals;

AppearanceActions::AppearanceActions(Appearance &appearance, QMenu *viewMenu, QObject *parent)
    : QObject(parent), m_appearance(appearance), m_themeMenu(viewMenu->addMenu(QString())),
      m_themes(new QActionGroup(this)), m_zoomIn(viewMenu->addAction(QString())),
      m_zoomOut(viewMenu->addAction(QString())), m_resetZoom(viewMenu->addAction(QString())),
      m_compact(viewMenu->addAction(QString())), m_onTop(nullptr), m_opacityMenu(nullptr),
      m_opacities(new QActionGroup(this))
{
    m_themeMenu->menuAction()->setObjectName(u"themeMenu"_s);
    for (const Appearance::Theme theme :
        {Appearance::Theme::System, Appearance::Theme::Light, Appearance::Theme::Dark}) {
        QAction *action = m_themeMenu->addAction(QString());
        action->setCheckable(true);
        action->setActionGroup(m_themes);
        connect(action, &QAction::triggered, this, [this, theme] { m_appearance.setTheme(theme); });
        m_themeActions.append(action);
    }

    // Ctrl+= as well: plus is a shifted key on most keyboards.
    m_zoomIn->setObjectName(u"zoomIn"_s);
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s)});
    connect(m_zoomIn, &QAction::triggered, this, [this] { m_appearance.zoomBy(1); });
    m_zoomOut->setObjectName(u"zoomOut"_s);
    m_zoomOut->setShortcuts(QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, this, [this] { m_appearance.zoomBy(-1); });
    m_resetZoom->setObjectName(u"resetZoom"_s);
    m_resetZoom->setShortcut(QKeySequence(u"Ctrl+0"_s));
    connect(m_resetZoom, &QAction::triggered, this, [this] { m_appearance.resetZoom(); });
    m_compact->setObjectName(u"compactRows"_s);
    m_compact->setCheckable(true);
    connect(m_compact, &QAction::triggered, this, [this](bool on) { m_appearance.setCompactRows(on); });

    viewMenu->addSeparator();
    m_onTop = viewMenu->addAction(QString());
    m_onTop->setObjectName(u"alwaysOnTop"_s);
    m_onTop->setCheckable(true);
    connect(m_onTop, &QAction::triggered, this, [this](bool on) { m_appearance.setAlwaysOnTop(on); });
    m_opacityMenu = viewMenu->addMenu(QString());
    m_opacityMenu->menuAction()->setObjectName(u"opacityMenu"_s);
    for (const int percent : OpacitySteps) {
        QAction *action = m_opacityMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(percent);
        action->setActionGroup(m_opacities);
        connect(action, &QAction::triggered, this, [this, percent] { m_appearance.setWindowOpacityPercent(percent); });
    }

    connect(&m_appearance, &Appearance::changed, this, &AppearanceActions::sync);
    retranslate();
    sync();
}

void AppearanceActions::retranslate()
{
    m_themeMenu->setTitle(tr("T&heme")); // ko: 테마(&H)
    m_themeActions[0]->setText(tr("Same as the &Desktop")); // ko: 데스크톱과 같게(&D)
    m_themeActions[1]->setText(tr("&Light")); // ko: 밝게(&L)
    m_themeActions[2]->setText(tr("D&ark")); // ko: 어둡게(&A)
    m_zoomIn->setText(tr("Zoom &In")); // ko: 채팅 크게(&I)
    m_zoomOut->setText(tr("Zoom O&ut")); // ko: 채팅 작게(&U)
    m_compact->setText(tr("Co&mpact Rows")); // ko: 촘촘한 줄(&M)
    m_onTop->setText(tr("Always on To&p")); // ko: 항상 위(&P)
    m_opacityMenu->setTitle(tr("Window &Opacity")); // ko: 창 불투명도(&O)
    // A number and a sign, the same in every language.
    for (QAction *action : m_opacities->actions())
        action->setText(QLocale().toString(action->data().toInt()) + u" %"_s);
    sync();
}

void AppearanceActions::sync()
{
    m_themeActions[int(m_appearance.theme())]->setChecked(true);
    m_zoomIn->setEnabled(m_appearance.zoomPercent() < AppSettings::MaxChatZoomPercent);
    m_zoomOut->setEnabled(m_appearance.zoomPercent() > AppSettings::MinChatZoomPercent);
    m_resetZoom->setText(
        tr("&Actual Size (now %1 %)").arg(m_appearance.zoomPercent())); // ko: 원래 크기(&A) (지금 %1 %)
    m_compact->setChecked(m_appearance.compactRows());
    m_onTop->setChecked(m_appearance.alwaysOnTop());
    for (QAction *action : m_opacities->actions())
        action->setChecked(action->data().toInt() == m_appearance.windowOpacityPercent());
}

} // namespace soopchat
