#pragma once

#include <memory>

#include "core/alerts/SerialActionRunner.h"
#include "core/alerts/SpeechEngine.h"

namespace soopchat {

// Kind::Speech: reads the filled-in text aloud with the configuration's voice
// (AlertSpeech: locale, voice, rate, volume), made fit to be spoken by
// SpeechText (limit, masked words, links, no emoji), one message after
// another. No engine or no voice for the language: Failed, saying which
// package to install. Nothing left to say: Skipped.
class SpeechRunner : public SerialActionRunner
{
    Q_OBJECT
public:
    explicit SpeechRunner(std::unique_ptr<SpeechEngine> engine, QObject *parent = nullptr);
    ~SpeechRunner() override;

    AlertAction::Kind kind() const override { return AlertAction::Kind::Speech; }
    void run(const Alert &alert, int actionIndex, const AlertAction &action, const QString &text) override;
    void configure(const AlertConfig &config) override;

    const AlertSpeech &speech() const { return m_speech; }
    SpeechEngine *engine() const { return m_engine.get(); }
    // How long one message may take at most: Base + PerCharacter × its length,
    // at the slowest rate twice that (then it is stopped and Failed).
    void setTimeLimit(std::chrono::milliseconds base, std::chrono::milliseconds perCharacter); // for tests

protected:
    QString start(const Job &job) override;
    void abort() override;
    std::chrono::milliseconds timeLimit(const Job &job) const override;
    QString timeLimitReason(std::chrono::milliseconds limit) const override;
    QString queueFullReason() const override;

private:
    std::unique_ptr<SpeechEngine> m_engine;
    AlertSpeech m_speech;
    std::chrono::milliseconds m_baseLimit {15000};
    std::chrono::milliseconds m_perCharacterLimit {400};
};

} // namespace soopchat
