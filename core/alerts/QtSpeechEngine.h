#pragma once

#include <QStringList>

#include "core/alerts/SpeechEngine.h"

class QThread;

namespace soopchat {

class QtSpeechWorker;

// Speaks through Qt TextToSpeech; on Debian that is its speechd plugin
// (qt6-speech-speechd-plugin) talking to speech-dispatcher, which reads Korean
// with espeak-ng (speech-dispatcher-espeak-ng).
//
// The engine lives on a thread of its own: opening it connects to
// speech-dispatcher (starting it if need be) and lists every voice, which
// blocks for seconds (measured: 25-35 s on a loaded 2-core machine) and must
// not freeze the window. It is opened by the first say(), not at start-up, so
// a session that never speaks never starts speech-dispatcher; an engine that
// failed is opened again by the next say() (it may have been installed since).
class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT
public:
    explicit QtSpeechEngine(QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    void say(const QString &text, const AlertSpeech &speech) override;
    void stop() override;

    // Asks for the voices the engine has for `locale`'s language (for the
    // settings page); voicesListed() answers, with none if there is no engine.
    void listVoices(const QString &locale);

signals:
    void voicesListed(const QString &locale, const QStringList &names);

private:
    QThread *m_thread;
    QtSpeechWorker *m_worker; // lives in m_thread
    quint64 m_utterance = 0; // the one whose end is awaited; 0: none
    quint64 m_lastUtterance = 0;
};

} // namespace soopchat
