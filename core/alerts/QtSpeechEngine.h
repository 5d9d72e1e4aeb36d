#pragma once

#include <QLocale>

#include "core/alerts/SpeechEngine.h"

class QTextToSpeech;

namespace soopchat {

// Speaks through Qt TextToSpeech; on Debian that is its speechd plugin
// (qt6-speech-speechd-plugin) talking to speech-dispatcher, which reads Korean
// with espeak-ng (speech-dispatcher-espeak-ng). The engine is opened on the
// first problem() check, not at start-up: speech-dispatcher is started only
// by a session that speaks. An engine that failed is opened again at the next
// check (the service may have been installed or restarted since).
class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT
public:
    explicit QtSpeechEngine(QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    QString problem(const AlertSpeech &speech) override;
    void say(const QString &text, const AlertSpeech &speech) override;
    void stop() override;

    // The voices the engine has for `locale`'s language (for the settings page).
    QStringList voiceNames(const QString &locale);

private:
    QString open();

    QTextToSpeech *m_tts = nullptr;
    QLocale m_locale;
    bool m_active = false;
    bool m_started = false;
};

} // namespace soopchat
