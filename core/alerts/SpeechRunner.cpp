#include "core/alerts/SpeechRunner.h"

#include "core/alerts/SpeechText.h"

namespace soopchat {

SpeechRunner::SpeechRunner(std::unique_ptr<SpeechEngine> engine, QObject *parent)
    : SerialActionRunner(parent), m_engine(std::move(engine))
{
    connect(m_engine.get(), &SpeechEngine::finished, this, [this] { finish(AlertReport::State::Sent); });
    connect(m_engine.get(), &SpeechEngine::failed, this,
        [this](const QString &reason) { finish(AlertReport::State::Failed, reason); });
}

SpeechRunner::~SpeechRunner()
{
    if (isBusy())
        m_engine->stop();
}

void SpeechRunner::configure(const AlertConfig &config)
{
    m_speech = config.speech;
}

void SpeechRunner::setTimeLimit(std::chrono::milliseconds base, std::chrono::milliseconds perCharacter)
{
    m_baseLimit = base;
    m_perCharacterLimit = perCharacter;
}

void SpeechRunner::run(const Alert &alert, int actionIndex, const AlertAction &action, const QString &text)
{
    Q_UNUSED(action)
    // Prepared now, with the voice of the moment: what is queued is what is said.
    const QString spoken = SpeechText::prepare(text, m_speech);
    if (spoken.isEmpty()) {
        report(alert, actionIndex, AlertReport::State::Skipped,
            tr("Nothing to read aloud: the text is empty without its emoji and symbols."));
        return;
    }
    enqueue(alert, actionIndex, spoken, m_speech.volume);
}

QString SpeechRunner::start(const Job &job)
{
    AlertSpeech speech = m_speech;
    speech.volume = job.volume;
    m_engine->say(job.payload, speech);
    return {};
}

void SpeechRunner::abort()
{
    m_engine->stop();
}

std::chrono::milliseconds SpeechRunner::timeLimit(const Job &job) const
{
    auto limit = m_baseLimit + m_perCharacterLimit * job.payload.size();
    if (m_speech.rate < 0)
        limit *= 2;
    return limit;
}

QString SpeechRunner::timeLimitReason(std::chrono::milliseconds limit) const
{
    const int seconds = int(std::max<qint64>(1, (limit.count() + 999) / 1000));
    return tr("The speech engine did not finish within %n second(s); it was stopped.", nullptr, seconds);
}

QString SpeechRunner::queueFullReason() const
{
    return tr("Too many messages are waiting to be read (%n); this one was skipped.", nullptr, MaxWaiting);
}

} // namespace soopchat
