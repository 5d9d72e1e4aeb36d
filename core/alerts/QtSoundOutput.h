#pragma once

#include "core/alerts/SoundOutput.h"

class QAudioOutput;
class QMediaPlayer;

namespace soopchat {

// Plays through Qt Multimedia: QMediaPlayer with a QAudioOutput, which plays
// what streamers' alert sounds are (MP3, OGG, WAV) through the system's
// backend; QSoundEffect would be quicker to start but plays only WAV. The
// player is made on the first play, so a session without sound actions never
// loads the multimedia backend.
class QtSoundOutput : public SoundOutput
{
    Q_OBJECT
public:
    explicit QtSoundOutput(QObject *parent = nullptr);
    ~QtSoundOutput() override;

    QString problem() override;
    void play(const QString &path, int volume) override;
    void stop() override;

private:
    void end(const QString &reason);

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QString m_path;
    bool m_active = false;
};

} // namespace soopchat
