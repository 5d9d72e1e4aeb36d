#include "core/alerts/QtSpeechEngine.h"

#include <QTextToSpeech>
#include <QVoice>

#include <algorithm>

namespace soopchat {

namespace {

// The engine's locale for `wanted`'s language, the same country preferred.
std::optional<QLocale> localeFor(const QList<QLocale> &available, const QLocale &wanted)
{
    std::optional<QLocale> found;
    for (const QLocale &locale : available) {
        if (locale.language() != wanted.language())
            continue;
        if (!found || locale.territory() == wanted.territory())
            found = locale;
    }
    return found;
}

} // namespace

QtSpeechEngine::QtSpeechEngine(QObject *parent)
    : SpeechEngine(parent)
{
}

QtSpeechEngine::~QtSpeechEngine()
{
    m_active = false;
    if (m_tts)
        m_tts->stop();
}

QString QtSpeechEngine::open()
{
    if (m_tts && m_tts->state() != QTextToSpeech::Error)
        return {};
    delete m_tts;
    m_tts = nullptr;
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty())
        return tr("No text-to-speech engine is installed: install the packages qt6-speech-speechd-plugin, "
                  "speech-dispatcher and speech-dispatcher-espeak-ng.");
    const QString name = engines.contains(u"speechd") ? QStringLiteral("speechd") : engines.first();
    m_tts = new QTextToSpeech(name, this);
    connect(m_tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (!m_active)
            return;
        switch (state) {
        case QTextToSpeech::Speaking:
            m_started = true;
            break;
        case QTextToSpeech::Ready:
            if (m_started) {
                m_active = false;
                emit finished();
            }
            break;
        case QTextToSpeech::Error:
            m_active = false;
            emit failed(tr("The speech engine stopped with an error."));
            break;
        case QTextToSpeech::Paused:
            break;
        }
    });
    if (m_tts->state() == QTextToSpeech::Error)
        return tr("The speech service does not answer: install speech-dispatcher and speech-dispatcher-espeak-ng "
                  "(and check that speech-dispatcher can start).");
    return {};
}

QString QtSpeechEngine::problem(const AlertSpeech &speech)
{
    if (QString problem = open(); !problem.isEmpty())
        return problem;
    const QLocale wanted(speech.locale);
    const std::optional<QLocale> locale = localeFor(m_tts->availableLocales(), wanted);
    if (!locale) {
        if (wanted.language() == QLocale::Korean)
            return tr("No voice speaks Korean: install espeak-ng and speech-dispatcher-espeak-ng.");
        return tr("No voice speaks %1: install a speech-dispatcher voice for it (e.g. speech-dispatcher-espeak-ng).")
            .arg(QLocale::languageToString(wanted.language()));
    }
    m_locale = *locale;
    return {};
}

void QtSpeechEngine::say(const QString &text, const AlertSpeech &speech)
{
    if (QString problem = open(); !problem.isEmpty()) {
        emit failed(problem);
        return;
    }
    if (m_tts->locale() != m_locale)
        m_tts->setLocale(m_locale);
    if (!speech.voice.isEmpty()) {
        const QList<QVoice> voices = m_tts->availableVoices();
        const auto voice = std::find_if(voices.cbegin(), voices.cend(),
                                        [&](const QVoice &v) { return v.name() == speech.voice; });
        if (voice != voices.cend()) // else the locale's default: a voice since removed must not silence alerts
            m_tts->setVoice(*voice);
    }
    m_tts->setRate(std::clamp(speech.rate, -1.0, 1.0));
    m_tts->setVolume(std::clamp(speech.volume, 0, 100) / 100.0);
    m_active = true;
    m_started = false;
    m_tts->say(text);
}

void QtSpeechEngine::stop()
{
    m_active = false;
    if (m_tts)
        m_tts->stop();
}

QStringList QtSpeechEngine::voiceNames(const QString &locale)
{
    QStringList names;
    if (!open().isEmpty())
        return names;
    const QLocale wanted(locale);
    const std::optional<QLocale> found = localeFor(m_tts->availableLocales(), wanted);
    if (!found)
        return names;
    const QLocale previous = m_tts->locale();
    m_tts->setLocale(*found);
    for (const QVoice &voice : m_tts->availableVoices())
        names.append(voice.name());
    if (previous != *found)
        m_tts->setLocale(previous);
    return names;
}

} // namespace soopchat
