#pragma once

#include <QTemporaryFile>

#include <memory>

#include "core/alerts/SerialActionRunner.h"
#include "core/alerts/SoundOutput.h"

namespace soopchat {

// Kind::Sound: plays the action's file at the action's volume through a
// SoundOutput (QtSoundOutput in the app), one sound after another. An action
// without a file plays the built-in chime. A missing or unreadable file, or no
// audio device, is reported as Failed with the reason; run() never blocks.
class SoundRunner : public SerialActionRunner
{
    Q_OBJECT
public:
    // No sound plays longer than this; a longer file is stopped and Failed.
    static constexpr std::chrono::seconds DefaultTimeLimit {30};

    explicit SoundRunner(std::unique_ptr<SoundOutput> output, QObject *parent = nullptr);
    ~SoundRunner() override;

    AlertAction::Kind kind() const override { return AlertAction::Kind::Sound; }
    void run(const Alert &alert, int actionIndex, const AlertAction &action, const QString &text) override;

    void setTimeLimit(std::chrono::milliseconds limit) { m_timeLimit = limit; } // for tests
    SoundOutput *output() const { return m_output.get(); }

    // The built-in chime: a short two-note WAV (16-bit mono PCM), made in code
    // so no file has to be installed.
    static QByteArray chimeWav();

protected:
    QString start(const Job &job) override;
    void abort() override;
    std::chrono::milliseconds timeLimit(const Job &job) const override;
    QString timeLimitReason(std::chrono::milliseconds limit) const override;
    QString queueFullReason() const override;

private:
    QString chimePath();

    std::unique_ptr<SoundOutput> m_output;
    std::chrono::milliseconds m_timeLimit = DefaultTimeLimit;
    std::unique_ptr<QTemporaryFile> m_chime;
};

} // namespace soopchat
