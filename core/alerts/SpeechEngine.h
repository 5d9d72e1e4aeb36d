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

    // Why `speech` cannot be spoken now (no engine, no voice for its
    // language), for the user and naming the package to install; empty when
    // it can. Asked before every say(): an engine installed or started since
    // the last time is found.
    virtual QString problem(const AlertSpeech &speech) = 0;
    // Starts speaking `text` with `speech`'s voice, rate and volume, without
    // blocking; finished() or failed() follows, once.
    virtual void say(const QString &text, const AlertSpeech &speech) = 0;
    // Stops at once; neither finished() nor failed() follows.
    virtual void stop() = 0;

signals:
    void finished();
    void failed(const QString &reason);
};

} // namespace soopchat
