#pragma once

#include <QObject>
#include <QString>

namespace soopchat {

// What plays for SoundRunner: the real one is QtSoundOutput (Qt Multimedia),
// tests put a fake in its place.
class SoundOutput : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Why nothing can be played now (no audio output device), for the user;
    // empty when sound can be played.
    virtual QString problem() = 0;
    // Starts playing the file at `path` at `volume` (0..100) without
    // blocking; finished() or failed() follows, once.
    virtual void play(const QString &path, int volume) = 0;
    // Stops at once; neither finished() nor failed() follows.
    virtual void stop() = 0;

signals:
    void finished();
    void failed(const QString &reason);
};

} // namespace soopchat
