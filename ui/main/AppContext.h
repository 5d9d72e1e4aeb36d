#pragma once

#include <QHash>
#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

#include "core/channel/ChannelServices.h"
#include "core/channel/ChatSources.h"
#include "core/channel/LiveWatcher.h"
#include "core/util/AppPaths.h"
#include "core/util/WorkerThread.h"
#include "ui/common/AppSettings.h"

class QFileSystemWatcher;
class QTranslator;

namespace soopchat {

class ImageCache;
class AlertEngine;
class DesktopNotifier;
class NotificationRunner;
class AlertBoxRunner;
class Appearance;
class OverlayServer;

// What lives as long as the app: settings, the platforms channels are opened
// on, the network thread every channel's source runs on, the overlay server
// and the language. Passed to the windows that need it; there are no
// singletons. Which platforms (the real services, or simulators) is decided
// by whoever makes it: app/ and the tests.
class AppContext : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Empty: the XDG places (AppPaths), where the old folders are moved
        // first (AppPaths::migrateLegacyFolders).
        QString settingsPath; // empty: AppSettings::defaultPath()
        QString dataDir; // empty: AppPaths::dataDir()
        // Makes the platforms channels are opened on, given this install's
        // random id (for the services' join logs); none: no channel opens.
        std::function<std::unique_ptr<ChatSources>(const QString &clientUuid)> makeSources;
        bool demo = false; // a demo run: recorded beside the user's history, tabs not saved
        QString language; // "ko", "en"; empty: from the settings
        bool overlayServer = true;
        // The keychain entry the overlay token is kept under (tests use their own).
        QString secretService = QStringLiteral("soopchat");
        // Chat images (stickers, emoticons): where they are kept (empty: the user's cache
        // folder) and the image hosts fetched from elsewhere (the demo's simulator).
        QString imageCacheDir;
        QHash<QString, QUrl> imageHosts;
        // The favourites: checked at this pace instead of the settings' (the
        // demo's simulator, tests); a demo's own list, shown and never saved.
        std::optional<LiveWatcher::Pace> liveCheckPace;
        QStringList demoFavourites;
        // The alert rules (docs/ALERTS.md). Empty: AlertConfigFile::defaultPath(),
        // or beside the settings when settingsPath is given (tests keep theirs apart).
        QString alertsPath;
    };

    explicit AppContext(Options options, QObject *parent = nullptr);
    // Stops the network thread; every channel must be gone by then.
    ~AppContext() override;

    AppSettings &settings() { return m_settings; }
    // The chat's images, shared by every chat list of the app.
    ImageCache *imageCache() const { return m_images.get(); }
    // The theme, the chat's font, zoom and density, the window's stacking and opacity.
    Appearance &appearance() { return *m_appearance; }
    QThread *networkThread() { return m_network.thread(); }
    const ChatSources &sources() const { return *m_sources; }
    bool isDemo() const { return m_options.demo; }
    std::optional<LiveWatcher::Pace> liveCheckPace() const { return m_options.liveCheckPace; }
    QStringList demoFavourites() const { return m_options.demoFavourites; }
    // Desktop notifications (the session bus's notification service, when there is one).
    DesktopNotifier *notifier() const { return m_notifier.get(); }

    // The recording database, or empty when recording is off.
    QString recordingPath() const;
    // The database the session history shows: the recording database, even
    // while recording is off.
    QString historyPath() const;
    QString dataDir() const { return m_dataDir; }
    // What was moved from the old folders at this start (usually nothing).
    const AppPaths::Migration &migration() const { return m_migration; }
    // What every channel's standard consumers use: the recording database,
    // the overlay server and the alerts.
    ChannelServices channelServices() const { return {recordingPath(), m_overlay.get(), {}, m_alerts.get()}; }

    // The alert rules at work, for every channel (docs/ALERTS.md): read from
    // alertsPath() at start and again whenever the file changes on disk.
    AlertEngine *alerts() const { return m_alerts.get(); }
    NotificationRunner *notificationRunner() const { return m_notificationRunner; }
    // The on-stream alert box's queue and controls (pause, skip, replay, test).
    AlertBoxRunner *alertBox() const { return m_alertBox; }
    QString alertsPath() const { return m_alertsPath; }
    // What was wrong with the alerts file when it was last read, for the user.
    QStringList alertProblems() const { return m_alertProblems; }
    // Reads the alerts file again (the settings page calls it after saving).
    void reloadAlerts();

    OverlayServer *overlay() const { return m_overlay.get(); }
    QString overlayError() const { return m_overlayError; }
    // The kept port when another program held it and the overlay took a
    // free one for this run instead; 0 otherwise.
    quint16 overlayBusyPort() const { return m_overlayBusyPort; }
    void regenerateOverlayToken();
    // Where the overlay token lives; not Keychain: the user is told (overlayNotice()).
    enum class TokenStorage : quint8 { Keychain, File, ThisRunOnly };
    TokenStorage overlayTokenStorage() const { return m_tokenStorage; }
    // The user's choice between the keychain and a file only they can read;
    // the token in use moves there, so the addresses in OBS keep working.
    void setOverlayTokenInFile(bool inFile);
    // A message for the main window to show once (empty: nothing to say), e.g.
    // that no keychain is available and the overlay address changes at restart.
    QString overlayNotice() const { return m_overlayNotice; }
    // The keychain service secrets are kept under (Options::secretService).
    QString secretService() const { return m_options.secretService; }

    // The user's highlight and ignore rules, compiled once for every channel
    // and view. setChatRules() keeps them in the settings (written on the
    // next sync) and applies them at once.
    const ChatRulesPtr &chatRules() const { return m_chatRules; }
    void setChatRules(const ChatRuleSet &rules);

    // "ko" or "en": what the UI shows now.
    QString language() const { return m_language; }
    void setLanguage(const QString &setting); // "system", "ko" or "en"; retranslates live

signals:
    void languageChanged();
    void chatRulesChanged();
    // The alerts file was read again; `problems` as alertProblems().
    void alertsReloaded(const QStringList &problems);

private:
    QString overlayTokenPath() const;
    QString readTokenFile() const;
    bool writeTokenFile(const QString &token) const;
    QString loadOrCreateOverlayToken();
    QString keepOverlayToken(const QString &token);
    void startOverlay();
    void startAlerts();

    Options m_options;
    AppPaths::Migration m_migration; // before m_settings: it may move the settings file
    AppSettings m_settings;
    std::unique_ptr<Appearance> m_appearance;
    QString m_dataDir;
    WorkerThread m_network {QStringLiteral("network")};
    std::unique_ptr<ChatSources> m_sources;
    std::unique_ptr<OverlayServer> m_overlay;
    std::unique_ptr<ImageCache> m_images;
    std::unique_ptr<DesktopNotifier> m_notifier;
    QString m_overlayError;
    quint16 m_overlayBusyPort = 0;
    TokenStorage m_tokenStorage = TokenStorage::ThisRunOnly;
    QString m_overlayNotice;
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    ChatRulesPtr m_chatRules;
    // The alerts: after the notifier, which their notification runner uses.
    QString m_alertsPath;
    std::unique_ptr<AlertEngine> m_alerts;
    NotificationRunner *m_notificationRunner = nullptr; // owned by m_alerts
    AlertBoxRunner *m_alertBox = nullptr; // owned by m_alerts
    QStringList m_alertProblems;
    QString m_alertsStamp; // the file's time and size when last read
    QFileSystemWatcher *m_alertsWatcher = nullptr;
};

} // namespace soopchat
