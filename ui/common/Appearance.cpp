#include "ui/common/Appearance.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>
#include <memory>

#include "core/util/Logging.h"
#include "ui/chat/ChatDelegate.h"
#include "ui/chat/ChatListView.h"
#include "ui/chat/ChatView.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

const QString PortalService = u"org.freedesktop.portal.Desktop"_s;
const QString PortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString PortalSettings = u"org.freedesktop.portal.Settings"_s;
const QString AppearanceGroup = u"org.freedesktop.appearance"_s;
const QString ColorSchemeKey = u"color-scheme"_s;

constexpr auto SaveDelay = std::chrono::milliseconds(400);

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Read() answers a variant in a variant (ReadOne, of newer portals, one):
// unwrap whatever nesting comes. 1 is "prefer dark", 2 "prefer light".
Appearance::Scheme schemeOf(QVariant value)
{
    while (value.metaType() == QMetaType::fromType<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    switch (value.toUInt()) {
    case 1:
        return Appearance::Scheme::Dark;
    case 2:
        return Appearance::Scheme::Light;
    default:
        return Appearance::Scheme::NoPreference;
    }
}

QString fusionName()
{
    return u"Fusion"_s;
}

} // namespace

Appearance::Appearance(AppSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_theme(settings.theme()), m_fontSetting(settings.chatFont()),
      m_zoom(settings.chatZoomPercent()), m_compact(settings.compactRows()), m_onTop(settings.alwaysOnTop()),
      m_opacity(settings.windowOpacityPercent()), m_widgets(qobject_cast<QApplication *>(QCoreApplication::instance())),
      m_systemPaletteDark(m_widgets && isDarkPalette(QGuiApplication::palette())),
      m_originalStyle(m_widgets && QApplication::style() ? QApplication::style()->name() : QString())
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelay);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { m_settings.sync(); });
    // Without widgets (a tool that only reads the settings) there is nothing to theme.
    if (!m_widgets)
        return;
    QCoreApplication::instance()->installEventFilter(this);
    // A session bus only where there is one: the fallback would try to start one through X11.
    if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        followPortal(QDBusConnection::sessionBus());
    applyTheme();
}

Appearance::~Appearance()
{
    if (m_saveTimer.isActive())
        m_settings.sync();
    if (!m_widgets)
        return;
    QCoreApplication::instance()->removeEventFilter(this);
    if (m_themed) {
        if (!m_originalStyle.isEmpty() && QApplication::style()->name() != m_originalStyle)
            QApplication::setStyle(m_originalStyle);
        QApplication::setPalette(QPalette());
    }
}

void Appearance::followPortal(const QDBusConnection &bus)
{
    if (!bus.isConnected())
        return;
    // The whole message: a slot of (QString, QString, QDBusVariant) is refused by Qt 6.4's checks.
    if (!QDBusConnection(bus).connect(PortalService, PortalPath, PortalSettings, u"SettingChanged"_s, u"ssv"_s, this,
            SLOT(portalSettingChanged(QDBusMessage))))
        qCWarning(lcUi) << "cannot follow the desktop's colour scheme:" << bus.lastError().message();
    QDBusMessage read = QDBusMessage::createMethodCall(PortalService, PortalPath, PortalSettings, u"Read"_s);
    read << AppearanceGroup << ColorSchemeKey;
    // Asked without waiting: until the answer, the system palette decides.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        const QDBusPendingReply<QDBusVariant> reply = *call;
        if (reply.isError())
            qCDebug(lcUi) << "no desktop colour scheme from the portal:" << reply.error().message();
        else
            setDesktopScheme(schemeOf(reply.value().variant()));
        call->deleteLater();
    });
}

void Appearance::portalSettingChanged(const QDBusMessage &message)
{
    const QList<QVariant> arguments = message.arguments();
    if (arguments.size() == 3 && arguments[0].toString() == AppearanceGroup &&
        arguments[1].toString() == ColorSchemeKey)
        setDesktopScheme(schemeOf(arguments[2]));
}

void Appearance::setDesktopScheme(Scheme scheme)
{
    if (scheme == m_desktopScheme)
        return;
    m_desktopScheme = scheme;
    applyTheme();
    emit changed();
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop's palette changed while it is the one shown: judge it again.
    if (event->type() == QEvent::ApplicationPaletteChange && watched == QCoreApplication::instance() && !m_applying &&
        !m_themed) {
        const bool dark = isDarkPalette(QGuiApplication::palette());
        if (dark != m_systemPaletteDark) {
            m_systemPaletteDark = dark;
            applyTheme();
            emit changed();
        }
    }
    return QObject::eventFilter(watched, event);
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2A, 0x2B, 0x2E);
    const QColor base(0x1E, 0x1F, 0x22);
    const QColor text(0xE4, 0xE5, 0xE7);
    const QColor disabled(0x7A, 0x7C, 0x81);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x30, 0x31, 0x35));
    p.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3B, 0x3F));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8E, 0x90, 0x95));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x37, 0x3B));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6E));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4B, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1A, 0x1B, 0x1D));
    p.setColor(QPalette::Shadow, QColor(0x0C, 0x0C, 0x0D));
    p.setColor(QPalette::Highlight, QColor(0x3B, 0x7B, 0xD8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6E, 0xB0, 0xFF));
    p.setColor(QPalette::LinkVisited, QColor(0xB3, 0x9D, 0xFF));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4A, 0x4B, 0x50));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

void Appearance::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    m_settings.setTheme(theme);
    save();
    applyTheme();
    emit changed();
}

// The system's palette when it already is what is wanted (a desktop's own
// dark theme keeps its look); otherwise the Fusion style with our dark
// palette, or with Fusion's light one on a dark desktop.
void Appearance::applyTheme()
{
    const bool desktopDark =
        m_desktopScheme == Scheme::NoPreference ? m_systemPaletteDark : m_desktopScheme == Scheme::Dark;
    const bool dark = m_theme == Theme::Dark || (m_theme == Theme::System && desktopDark);
    if (!m_widgets)
        return;
    m_applying = true;
    if (dark == m_systemPaletteDark) {
        if (m_themed) {
            if (!m_originalStyle.isEmpty() && QApplication::style()->name() != m_originalStyle)
                QApplication::setStyle(m_originalStyle);
            QApplication::setPalette(QPalette());
            m_themed = false;
        }
    } else {
        if (QApplication::style()->name().compare(fusionName(), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(fusionName());
        if (dark) {
            QApplication::setPalette(darkPalette());
        } else {
            const std::unique_ptr<QStyle> fusion(QStyleFactory::create(fusionName()));
            QApplication::setPalette(fusion ? fusion->standardPalette() : QPalette(Qt::white));
        }
        m_themed = true;
    }
    m_applying = false;
    m_dark = dark;
}

QFont Appearance::chatBaseFont() const
{
    QFont font = QApplication::font();
    if (!m_fontSetting.isEmpty()) {
        QFont chosen;
        if (chosen.fromString(m_fontSetting))
            font = chosen;
    }
    return font;
}

QFont Appearance::chatFont() const
{
    QFont font = chatBaseFont();
    const qreal factor = m_zoom / 100.0;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    return font;
}

void Appearance::setChatFont(const QFont &font)
{
    const QString setting = font == QFont() || font == QApplication::font() ? QString() : font.toString();
    if (setting == m_fontSetting)
        return;
    m_fontSetting = setting;
    m_settings.setChatFont(setting);
    save();
    applyChatLook();
}

void Appearance::useSystemFont()
{
    setChatFont(QFont());
}

void Appearance::setZoomPercent(int percent)
{
    percent = std::clamp(percent, AppSettings::MinChatZoomPercent, AppSettings::MaxChatZoomPercent);
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    m_settings.setChatZoomPercent(percent);
    save();
    applyChatLook();
}

void Appearance::zoomBy(int steps)
{
    const int *begin = std::begin(ZoomSteps);
    const int *end = std::end(ZoomSteps);
    int percent = m_zoom;
    for (; steps > 0; --steps) {
        const int *next = std::upper_bound(begin, end, percent);
        percent = next == end ? end[-1] : *next;
    }
    for (; steps < 0; ++steps) {
        const int *next = std::lower_bound(begin, end, percent);
        percent = next == begin ? *begin : next[-1];
    }
    setZoomPercent(percent);
}

void Appearance::setCompactRows(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    m_settings.setCompactRows(compact);
    save();
    applyChatLook();
}

void Appearance::setAlwaysOnTop(bool onTop)
{
    if (onTop == m_onTop)
        return;
    m_onTop = onTop;
    m_settings.setAlwaysOnTop(onTop);
    save();
    for (const QPointer<QWidget> &window : std::as_const(m_windows)) {
        if (window)
            applyWindow(window);
    }
    emit changed();
}

void Appearance::setWindowOpacityPercent(int percent)
{
    percent = std::clamp(percent, AppSettings::MinWindowOpacityPercent, 100);
    if (percent == m_opacity)
        return;
    m_opacity = percent;
    m_settings.setWindowOpacityPercent(percent);
    save();
    for (const QPointer<QWidget> &window : std::as_const(m_windows)) {
        if (window)
            applyWindow(window);
    }
    emit changed();
}

void Appearance::attach(ChatView *view)
{
    if (!view || m_views.contains(view))
        return;
    m_views.append(view);
    view->listView()->setFont(chatFont());
    view->delegate()->setDensity(m_compact ? ChatRowMetrics::Density::Compact : ChatRowMetrics::Density::Comfortable);
    connect(view->listView(), &ChatListView::zoomRequested, this, &Appearance::zoomBy);
    connect(view->listView(), &ChatListView::zoomResetRequested, this, &Appearance::resetZoom);
}

void Appearance::attachWindow(QWidget *window)
{
    if (!window || m_windows.contains(window))
        return;
    m_windows.append(window);
    applyWindow(window);
}

// A font or density change lays every row out again (the delegate's layout
// and shaped-text caches go with the old metrics); the list then measures
// only the rows on screen, so even a storm pays for one screenful.
void Appearance::applyChatLook()
{
    m_views.removeAll(nullptr);
    const QFont font = chatFont();
    const auto density = m_compact ? ChatRowMetrics::Density::Compact : ChatRowMetrics::Density::Comfortable;
    for (const QPointer<ChatView> &view : std::as_const(m_views)) {
        view->listView()->setFont(font);
        view->delegate()->setDensity(density);
    }
    emit changed();
}

void Appearance::applyWindow(QWidget *window) const
{
    if (window->windowFlags().testFlag(Qt::WindowStaysOnTopHint) != m_onTop) {
        // Changing a flag hides a shown window: show it again where it was.
        const bool visible = window->isVisible();
        window->setWindowFlag(Qt::WindowStaysOnTopHint, m_onTop);
        if (visible)
            window->show();
    }
    window->setWindowOpacity(m_opacity / 100.0);
}

void Appearance::save()
{
    m_saveTimer.start();
}

} // namespace soopchat
