#pragma once

#include <QObject>
#include <QString>

#include "core/alerts/AlertRule.h"

namespace soopchat {

// What speaks for SpeechRunner: the real one is QtSpeechEngine (Qt
// TextToSpeech through speech-dispatcher), tests put a fake in its place and
// assert the exact text it was given.
class SpeechEngine : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts speaking `text` with `speech`'s locale, voice, rate and volume,
    // without blocking; finished() or failed() follows, once. failed() says
    // why for the user, naming the package to install when the engine or a
    // voice for the language is missing.
    virtual void say(const QString &text, const AlertSpeech &speech) = 0;
    // Stops at once; neither finished() nor failed() follows.
    virtual void stop() = 0;

signals:
    void finished();
    void failed(const QString &reason);
};

} // namespace soopchat
