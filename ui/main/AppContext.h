#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

#include <memory>

#include "core/soop/SoopClient.h"
#include "ui/main/AppSettings.h"

class QTranslator;

namespace soopchat {

class OverlayServer;
namespace sim {
class SoopSimulator;
}

// What lives as long as the app: settings, the network thread every channel's
// client runs on, the overlay server, the language, and in --demo the
// simulator. Passed to the windows that need it; there are no singletons.
class AppContext : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString settingsPath; // empty: AppSettings::defaultPath()
        QString dataDir; // empty: the application data folder
        QUrl apiBase; // empty: SOOP itself (or the demo simulator)
        bool demo = false; // start the built-in simulator and watch its channels
        QString language; // "ko", "en"; empty: from the settings
        bool overlayServer = true;
    };

    explicit AppContext(Options options, QObject *parent = nullptr);
    // Stops the network thread; every channel must be gone by then.
    ~AppContext() override;

    AppSettings &settings() { return m_settings; }
    QThread *networkThread() { return &m_network; }
    soop::ClientConfig clientConfig();
    bool isDemo() const { return m_simulator != nullptr; }
    sim::SoopSimulator *demoSimulator() const { return m_simulator.get(); }
    QStringList demoChannels() const;

    // The recording database, or empty when recording is off.
    QString recordingPath() const;
    // The database the session history shows: the recording database, even
    // while recording is off.
    QString historyPath() const;
    QString dataDir() const { return m_dataDir; }

    OverlayServer *overlay() const { return m_overlay.get(); }
    QString overlayError() const { return m_overlayError; }
    void regenerateOverlayToken();

    // "ko" or "en": what the UI shows now.
    QString language() const { return m_language; }
    void setLanguage(const QString &setting); // "system", "ko" or "en"; retranslates live

signals:
    void languageChanged();

private:
    QString loadOrCreateOverlayToken();
    void startOverlay();
    void startDemo();

    Options m_options;
    AppSettings m_settings;
    QString m_dataDir;
    QThread m_network;
    std::unique_ptr<sim::SoopSimulator> m_simulator;
    std::unique_ptr<OverlayServer> m_overlay;
    QString m_overlayError;
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace soopchat
