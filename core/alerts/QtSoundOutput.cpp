#include "core/alerts/QtSoundOutput.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QUrl>

namespace soopchat {

QtSoundOutput::QtSoundOutput(QObject *parent) : SoundOutput(parent)
{ }

QtSoundOutput::~QtSoundOutput()
{
    m_active = false;
    if (m_player)
        m_player->stop();
}

QString QtSoundOutput::problem()
{
    if (QMediaDevices::audioOutputs().isEmpty())
        return tr("No audio output device: nothing can play sound (is PulseAudio or PipeWire running?).");
    return {};
}

void QtSoundOutput::play(const QString &path, int volume)
{
    if (!m_player) {
        m_player = new QMediaPlayer(this);
        m_audio = new QAudioOutput(this);
        m_player->setAudioOutput(m_audio);
        connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
            if (status == QMediaPlayer::EndOfMedia)
                end({});
            else if (status == QMediaPlayer::InvalidMedia)
                end(tr("The sound file %1 is not a sound that can be played (WAV, OGG or MP3).").arg(m_path));
        });
        connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &error) {
            end(tr("The sound file %1 could not be played: %2").arg(m_path, error));
        });
    }
    // The device of the moment: headphones plugged in since the last alert.
    m_audio->setDevice(QMediaDevices::defaultAudioOutput());
    // The action's volume is what a person hears: a slider's scale, not the signal's.
    m_audio->setVolume(float(QAudio::convertVolume(
        std::clamp(volume, 0, 100) / 100.0, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale)));
    m_path = path;
    m_active = true;
    m_player->setSource(QUrl::fromLocalFile(path));
    m_player->play();
}

void QtSoundOutput::stop()
{
    m_active = false;
    if (m_player) {
        m_player->stop();
        m_player->setSource({});
    }
}

void QtSoundOutput::end(const QString &reason)
{
    if (!m_active)
        return;
    m_active = false;
    m_player->stop();
    if (!reason.isEmpty()) {
        // GStreamer's pipeline stays broken after an error ("Internal data
        // stream error" for every file after): the next sound gets a new player.
        m_player->disconnect(this);
        m_player->deleteLater();
        m_audio->deleteLater();
        m_player = nullptr;
        m_audio = nullptr;
    }
    if (reason.isEmpty())
        emit finished();
    else
        emit failed(reason);
}

} // namespace soopchat
