#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QVariantMap>

#include "core/channel/ChatRules.h"

namespace soopchat {

// The app's settings, in one INI file written atomically (QSettings replaces
// the file through a temporary one). Secrets never go here: users paste
// settings files into bug reports.
class AppSettings
{
public:
    static constexpr int MaxRecentChannels = 20;

    explicit AppSettings(const QString &path = defaultPath());
    static QString defaultPath();
    QString path() const { return m_settings.fileName(); }

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // The channels of the open tabs, as typed (an id or an address).
    QStringList openChannels() const;
    void setOpenChannels(const QStringList &channels);
    int currentChannel() const;
    void setCurrentChannel(int index);
    QStringList recentChannels() const; // most recent first
    void addRecentChannel(const QString &channel);

    bool showTimestamps() const;
    void setShowTimestamps(bool show);
    int maxRows() const;
    void setMaxRows(int rows);
    bool statsVisible() const;
    void setStatsVisible(bool visible);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    int chatCategories() const; // EventFilter::Categories as an int
    void setChatCategories(int categories);

    QString language() const; // "system", "ko" or "en"
    void setLanguage(const QString &language);

    bool recordingEnabled() const;
    void setRecordingEnabled(bool enabled);
    QString recordingPath() const; // empty: the default database
    void setRecordingPath(const QString &path);

    // The overlay's port stays the same from one start to the next, so the
    // browser sources set up in OBS keep working: the user's choice, else
    // the one the first start took (DefaultOverlayPort, or a free one when
    // that was taken).
    static constexpr quint16 DefaultOverlayPort = 24811;
    static constexpr quint16 MinOverlayPort = 1024;
    quint16 overlayPort() const; // DefaultOverlayPort until one is kept
    bool hasOverlayPort() const;
    void setOverlayPort(quint16 port);
    // One style for every browser-source page (docs/OVERLAY.md, "Custom CSS").
    static constexpr qsizetype MaxOverlayCss = 64 * 1024;
    QString overlayCustomCss() const;
    void setOverlayCustomCss(const QString &css); // cut at MaxOverlayCss
    bool overlayLanAccess() const;
    void setOverlayLanAccess(bool allowed);
    // The user's explicit choice to keep the overlay token in a file only
    // they can read, for systems without a keychain (off: the keychain).
    bool overlayTokenInFile() const;
    void setOverlayTokenInFile(bool inFile);
    // Per-channel options of the pop-out overlay window.
    QVariantMap overlayWindowOptions(const QString &channel) const;
    void setOverlayWindowOptions(const QString &channel, const QVariantMap &options);

    // --- Highlights, ignore lists and the chat list's role filter (issue #13) ---
    // The rules, one readable key per field ("rules/highlights/1/pattern").
    ChatRuleSet chatRules() const;
    void setChatRules(const ChatRuleSet &rules);
    int chatRoleFilter() const; // Roles as an int: the chat list shows only these senders; 0: everyone
    void setChatRoleFilter(int roles);
    // ---- Favourites (issue #13): channels watched for going live --------
    // As the platform wrote them down (ChannelTarget::key), in the user's order.
    QStringList favourites() const;
    void setFavourites(const QStringList &channels);
    bool hasFavourites() const; // false until the list was first saved (even empty)
    bool favouritesNotify() const; // a desktop notification when one goes live
    void setFavouritesNotify(bool notify);
    static constexpr int MinFavouritesCheckMinutes = 2;
    static constexpr int MaxFavouritesCheckMinutes = 30;
    int favouritesCheckMinutes() const; // each favourite about this often
    void setFavouritesCheckMinutes(int minutes);
    // Appearance (issue #13): the theme, the chat list's font, zoom and
    // density, and the main window's stacking and opacity.
    enum class Theme : quint8 { System, Light, Dark };
    static constexpr int MinChatZoomPercent = 50;
    static constexpr int MaxChatZoomPercent = 300;
    static constexpr int MinWindowOpacityPercent = 30;
    Theme theme() const;
    void setTheme(Theme theme);
    QString chatFont() const; // QFont::toString(); empty: the system font
    void setChatFont(const QString &font);
    int chatZoomPercent() const; // within Min/MaxChatZoomPercent, 100 by default
    void setChatZoomPercent(int percent);
    bool compactRows() const;
    void setCompactRows(bool compact);
    bool alwaysOnTop() const;
    void setAlwaysOnTop(bool onTop);
    int windowOpacityPercent() const; // MinWindowOpacityPercent to 100
    void setWindowOpacityPercent(int percent);

    // A random id per install for the JOIN log element, made on first use.
    QString clientUuid();

    QSettings::Status sync();

private:
    QSettings m_settings;
};

} // namespace soopchat
