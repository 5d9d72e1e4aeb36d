#include "ui/main/AppContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLibraryInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTimer>
#include <QTranslator>

#include "core/alerts/AlertBoxRunner.h"
#include "core/alerts/AlertConfigFile.h"
#include "core/alerts/AlertEngine.h"
#include "core/alerts/DiscordRunner.h"
#include "core/alerts/NotificationRunner.h"
#include "core/alerts/QtSoundOutput.h"
#include "core/alerts/QtSpeechEngine.h"
#include "core/alerts/SoundRunner.h"
#include "core/alerts/SpeechRunner.h"
#include "core/alerts/TelegramRunner.h"
#include "core/overlay/OverlayServer.h"
#include "core/util/DesktopNotifier.h"
#include "core/util/Logging.h"
#include "core/util/SecretStore.h"
#include "ui/chat/ImageCache.h"
#include "ui/common/Appearance.h"

namespace soopchat {

using namespace Qt::StringLiterals;

namespace {

const QString OverlayTokenKey = u"overlay-token"_s;

// The old folders move only into the places this run uses.
AppPaths::Migration migrateDefaultFolders(const AppContext::Options &options)
{
    AppPaths::Folders folders;
    folders.setFlag(AppPaths::Folder::Data, options.dataDir.isEmpty());
    folders.setFlag(AppPaths::Folder::Config, options.settingsPath.isEmpty());
    AppPaths::Migration migration = AppPaths::migrateLegacyFolders(folders);
    for (const AppPaths::MovedFile &file : std::as_const(migration.moved))
        qCInfo(lcUi) << "moved" << file.from << "to" << file.to;
    for (const QString &error : std::as_const(migration.errors))
        qCWarning(lcUi) << "could not move from an old folder:" << error;
    return migration;
}

// A file's times and size as one string (empty: no file), to tell
// whether it changed.
QString fileStamp(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return {};
    return QString::number(file.lastModified().toMSecsSinceEpoch()) + u'/' + QString::number(file.size()) + u'/' +
        QString::number(file.metadataChangeTime().toMSecsSinceEpoch());
}

} // namespace

AppContext::AppContext(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_migration(migrateDefaultFolders(m_options)),
      m_settings(m_options.settingsPath.isEmpty() ? AppSettings::defaultPath() : m_options.settingsPath),
      m_appearance(std::make_unique<Appearance>(m_settings)),
      m_dataDir(m_options.dataDir.isEmpty() ? AppPaths::dataDir() : m_options.dataDir)
{
    QDir().mkpath(m_dataDir);
    // A recording database named in the settings may have moved with the old folder.
    if (const QString recording = m_settings.recordingPath(); !recording.isEmpty()) {
        const QString now = m_migration.whereIs(recording);
        if (now != recording) {
            m_settings.setRecordingPath(now);
            m_settings.sync();
        }
    }
    m_chatRules = std::make_shared<const ChatRules>(m_settings.chatRules());
    m_network.start();
    setLanguage(m_options.language.isEmpty() ? m_settings.language() : m_options.language);
    if (m_options.makeSources)
        m_sources = m_options.makeSources(m_settings.clientUuid());
    if (!m_sources)
        m_sources = std::make_unique<ChatSources>();
    if (m_options.overlayServer)
        startOverlay();
    ImageCache::Options images;
    images.directory = m_options.imageCacheDir;
    images.hostRedirects = m_options.imageHosts;
    m_images = std::make_unique<ImageCache>(std::move(images));
    m_notifier = std::make_unique<DesktopNotifier>(u"SoopChat"_s); // the app's name, in every language
    startAlerts();
}

void AppContext::startAlerts()
{
    m_alertsPath = m_options.alertsPath;
    if (m_alertsPath.isEmpty()) {
        m_alertsPath = m_options.settingsPath.isEmpty()
            ? AlertConfigFile::defaultPath()
            : QFileInfo(m_settings.path()).absolutePath() + u"/alerts.json"_s;
    }
    m_alerts = std::make_unique<AlertEngine>();
    m_alerts->setLanguage(m_language);
    m_notificationRunner = new NotificationRunner(m_notifier.get());
    m_alerts->addRunner(m_notificationRunner);
    // The other features' runners are registered here, one line each:
    const SecretStore secrets(m_options.secretService);
    m_alerts->addRunner(new DiscordRunner(secrets));
    m_alerts->addRunner(new TelegramRunner(secrets, TelegramRunner::apiBaseFromEnvironment()));
    m_alerts->addRunner(new SoundRunner(std::make_unique<QtSoundOutput>()));
    m_alerts->addRunner(new SpeechRunner(std::make_unique<QtSpeechEngine>()));
    m_alertBox = new AlertBoxRunner(m_overlay.get());
    m_alerts->addRunner(m_alertBox);

    // The file is watched, and so is its folder: a save replaces the file
    // (QSaveFile renames a new one over it), which a watch on the file alone
    // loses. A change reloads once the writes have settled.
    m_alertsWatcher = new QFileSystemWatcher(this);
    auto *settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(300);
    // The folder also holds the settings, which are written often: only a
    // file that really changed is read again.
    connect(settle, &QTimer::timeout, this, [this] {
        if (fileStamp(m_alertsPath) != m_alertsStamp)
            reloadAlerts();
    });
    const auto changed = [settle](const QString &) { settle->start(); };
    connect(m_alertsWatcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(m_alertsWatcher, &QFileSystemWatcher::directoryChanged, this, changed);
    reloadAlerts();
}

void AppContext::reloadAlerts()
{
    m_alertsStamp = fileStamp(m_alertsPath);
    const AlertConfigFile::Loaded loaded = AlertConfigFile::load(m_alertsPath);
    // A file that cannot be read at all keeps the rules at work: a half-written
    // edit must not silence every alert.
    const bool unreadable = loaded.fileExisted && loaded.config.rules.isEmpty() && !loaded.problems.isEmpty();
    if (!unreadable)
        m_alerts->setConfig(loaded.config);
    m_alertProblems = loaded.problems + m_alerts->problems();
    for (const QString &problem : std::as_const(m_alertProblems))
        qCWarning(lcUi).noquote() << "alerts:" << problem;
    const QString folder = QFileInfo(m_alertsPath).absolutePath();
    if (QFileInfo::exists(folder) && !m_alertsWatcher->directories().contains(folder))
        m_alertsWatcher->addPath(folder);
    if (loaded.fileExisted && !m_alertsWatcher->files().contains(m_alertsPath))
        m_alertsWatcher->addPath(m_alertsPath);
    emit alertsReloaded(m_alertProblems);
}

AppContext::~AppContext()
{
    m_network.stop();
}

void AppContext::setChatRules(const ChatRuleSet &rules)
{
    m_settings.setChatRules(rules);
    m_chatRules = std::make_shared<const ChatRules>(rules);
    emit chatRulesChanged();
}

QString AppContext::recordingPath() const
{
    if (!m_settings.recordingEnabled())
        return {};
    // The demo records beside, not into, the user's own history.
    if (isDemo())
        return m_dataDir + u"/demo-sessions.db"_s;
    const QString path = m_settings.recordingPath();
    return path.isEmpty() ? m_dataDir + u"/sessions.db"_s : path;
}

QString AppContext::historyPath() const
{
    if (isDemo())
        return m_dataDir + u"/demo-sessions.db"_s;
    const QString path = m_settings.recordingPath();
    return path.isEmpty() ? m_dataDir + u"/sessions.db"_s : path;
}

QString AppContext::overlayTokenPath() const
{
    // Only when the user chose a file over the keychain (or from older
    // versions, until it moves to the keychain): readable only by the user.
    return QFileInfo(m_settings.path()).absolutePath() + u"/overlay-token"_s;
}

QString AppContext::readTokenFile() const
{
    QFile file(overlayTokenPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString token = QString::fromLatin1(file.readAll().trimmed());
    return token.size() >= 32 ? token : QString();
}

bool AppContext::writeTokenFile(const QString &token) const
{
    const QString path = overlayTokenPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        qCWarning(lcUi) << "cannot keep the overlay token in" << path << out.errorString();
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(token.toLatin1());
    return out.commit();
}

QString AppContext::loadOrCreateOverlayToken()
{
    if (m_settings.overlayTokenInFile()) {
        m_tokenStorage = TokenStorage::File;
        if (const QString token = readTokenFile(); !token.isEmpty())
            return token;
        return keepOverlayToken(OverlayServer::generateToken());
    }
    const SecretStore store(m_options.secretService);
    const SecretStore::Result kept = store.read(OverlayTokenKey);
    if (kept.ok() && kept.value.size() >= 32) {
        m_tokenStorage = TokenStorage::Keychain;
        QFile::remove(overlayTokenPath()); // an older copy; the keychain's is the one in use
        return kept.value;
    }
    if (kept.status == SecretStore::Status::NotFound || kept.ok()) {
        // Moves the token of an older version (a plain file) into the
        // keychain, so addresses already in OBS keep working.
        const QString old = readTokenFile();
        const QString token = keepOverlayToken(old.isEmpty() ? OverlayServer::generateToken() : old);
        if (m_tokenStorage == TokenStorage::Keychain && !old.isEmpty()) {
            QFile::remove(overlayTokenPath()); // only once the keychain has it
            qCInfo(lcUi) << "moved the overlay token from" << overlayTokenPath() << "into the keychain";
        }
        return token;
    }
    return keepOverlayToken(OverlayServer::generateToken());
}

QString AppContext::keepOverlayToken(const QString &token)
{
    if (m_settings.overlayTokenInFile()) {
        m_tokenStorage = TokenStorage::File;
        if (writeTokenFile(token))
            return token;
        m_tokenStorage = TokenStorage::ThisRunOnly;
        m_overlayNotice = tr("The overlay address could not be kept in %1, so it works only until SoopChat quits. "
                             "After the next start, copy it into OBS again.")
                              .arg(overlayTokenPath());
        return token;
    }
    const SecretStore::Result written = SecretStore(m_options.secretService).write(OverlayTokenKey, token);
    if (written.ok()) {
        m_tokenStorage = TokenStorage::Keychain;
        return token;
    }
    // No plain-text fallback behind the user's back: a token for this run.
    m_tokenStorage = TokenStorage::ThisRunOnly;
    m_overlayNotice = tr("No keychain is available to keep the overlay address (%1). It works only until SoopChat "
                         "quits: after the next start, copy it into OBS again. To keep it, choose \"Keep the overlay "
                         "address in a file only you can read\" in the settings.")
                          .arg(written.error);
    qCWarning(lcUi).noquote() << "the overlay token lives only for this run:" << written.error;
    return token;
}

void AppContext::startOverlay()
{
    m_overlay = std::make_unique<OverlayServer>(loadOrCreateOverlayToken());
    m_overlay->setCustomCss(m_settings.overlayCustomCss().toUtf8());
    const auto interfaces =
        m_settings.overlayLanAccess() ? OverlayServer::Interfaces::All : OverlayServer::Interfaces::LoopbackOnly;
    const quint16 port = m_settings.overlayPort();
    if (!m_overlay->listen(port, interfaces)) {
        m_overlayError = m_overlay->errorString();
        qCWarning(lcUi) << "the overlay server could not use port" << port << m_overlayError;
        // A free port rather than no overlay; the kept one is tried again at
        // the next start.
        if (!m_overlay->listen(0, interfaces)) {
            m_overlay.reset();
            return;
        }
        m_overlayBusyPort = port;
    }
    // The first start keeps the port it got, so the addresses copied into
    // OBS today still work after a restart.
    if (!m_settings.hasOverlayPort()) {
        m_settings.setOverlayPort(m_overlay->port());
        m_overlayBusyPort = 0;
        if (m_settings.sync() != QSettings::NoError)
            qCWarning(lcUi) << "cannot keep the overlay port in" << m_settings.path();
    }
}

void AppContext::setOverlayTokenInFile(bool inFile)
{
    if (inFile == m_settings.overlayTokenInFile())
        return;
    m_settings.setOverlayTokenInFile(inFile);
    if (!m_overlay)
        return;
    m_overlayNotice.clear();
    keepOverlayToken(m_overlay->token());
    if (inFile && m_tokenStorage == TokenStorage::File)
        SecretStore(m_options.secretService).remove(OverlayTokenKey);
    else if (!inFile && m_tokenStorage == TokenStorage::Keychain)
        QFile::remove(overlayTokenPath());
}

void AppContext::regenerateOverlayToken()
{
    const QString token = keepOverlayToken(OverlayServer::generateToken());
    if (m_overlay)
        m_overlay->setToken(token);
}

void AppContext::setLanguage(const QString &setting)
{
    QString language = setting;
    if (language != "ko"_L1 && language != "en"_L1)
        language = QLocale::system().language() == QLocale::Korean ? u"ko"_s : u"en"_s;
    if (language == m_language && m_translator)
        return;
    m_language = language;
    if (m_alerts)
        m_alerts->setLanguage(language);

    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_translator = std::make_unique<QTranslator>();
    if (m_translator->load(u":/i18n/soopchat_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(m_translator.get());
    else
        qCWarning(lcUi) << "no translation for" << language;
    // Qt's own dialogs and buttons ("Cancel", "OK").
    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(
            QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());
    QLocale::setDefault(QLocale(language == "ko"_L1 ? QLocale::Korean : QLocale::English));
    emit languageChanged();
}

} // namespace soopchat
