#include "core/alerts/QtSpeechEngine.h"

#include <QDeadlineTimer>
#include <QLocale>
#include <QTextToSpeech>
#include <QThread>
#include <QVoice>

#include <algorithm>
#include <optional>

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

// Owns the QTextToSpeech, on the engine's thread. Every utterance carries a
// number, so the end of one that was stopped is not taken for the next one's.
class QtSpeechWorker : public QObject
{
    Q_OBJECT
public:
    void say(quint64 utterance, const QString &text, const AlertSpeech &speech)
    {
        if (const QString problem = prepare(speech); !problem.isEmpty()) {
            emit failed(utterance, problem);
            return;
        }
        if (!speech.voice.isEmpty()) {
            const QList<QVoice> voices = m_tts->availableVoices();
            const auto voice =
                std::find_if(voices.cbegin(), voices.cend(), [&](const QVoice &v) { return v.name() == speech.voice; });
            if (voice != voices.cend()) // else the locale's default: a voice since removed must not silence alerts
                m_tts->setVoice(*voice);
        }
        m_tts->setRate(std::clamp(speech.rate, -1.0, 1.0));
        m_tts->setVolume(std::clamp(speech.volume, 0, 100) / 100.0);
        m_utterance = utterance;
        m_started = false;
        m_tts->say(text);
    }

    void stop()
    {
        m_utterance = 0;
        if (m_tts)
            m_tts->stop();
    }

    void listVoices(const QString &locale)
    {
        QStringList names;
        AlertSpeech speech;
        speech.locale = locale;
        if (prepare(speech).isEmpty()) {
            for (const QVoice &voice : m_tts->availableVoices())
                names.append(voice.name());
        }
        emit voicesListed(locale, names);
    }

signals:
    void finished(quint64 utterance);
    void failed(quint64 utterance, const QString &reason);
    void voicesListed(const QString &locale, const QStringList &names);

private:
    QString open()
    {
        if (m_tts && m_tts->state() != QTextToSpeech::Error)
            return {};
        delete m_tts;
        m_tts = nullptr;
        const QStringList engines = QTextToSpeech::availableEngines();
        if (engines.isEmpty())
            return QtSpeechEngine::tr("No text-to-speech engine is installed: install the packages "
                                      "qt6-speech-speechd-plugin, speech-dispatcher and speech-dispatcher-espeak-ng.");
        const QString name = engines.contains(u"speechd") ? QStringLiteral("speechd") : engines.first();
        m_tts = new QTextToSpeech(name, this);
        connect(m_tts, &QTextToSpeech::stateChanged, this, &QtSpeechWorker::stateChanged);
        if (m_tts->state() == QTextToSpeech::Error)
            return QtSpeechEngine::tr("The speech service does not answer: install speech-dispatcher and "
                                      "speech-dispatcher-espeak-ng (and check that speech-dispatcher can start).");
        return {};
    }

    // Opens the engine and picks the voice's language; why not, else empty.
    QString prepare(const AlertSpeech &speech)
    {
        if (QString problem = open(); !problem.isEmpty())
            return problem;
        const QLocale wanted(speech.locale);
        const std::optional<QLocale> locale = localeFor(m_tts->availableLocales(), wanted);
        if (!locale) {
            if (wanted.language() == QLocale::Korean)
                return QtSpeechEngine::tr("No voice speaks Korean: install espeak-ng and speech-dispatcher-espeak-ng.");
            return QtSpeechEngine::tr("No voice speaks %1: install a speech-dispatcher voice for it (e.g. "
                                      "speech-dispatcher-espeak-ng).")
                .arg(QLocale::languageToString(wanted.language()));
        }
        if (m_tts->locale() != *locale)
            m_tts->setLocale(*locale);
        return {};
    }

    void stateChanged(QTextToSpeech::State state)
    {
        if (m_utterance == 0)
            return;
        switch (state) {
        case QTextToSpeech::Speaking:
            m_started = true;
            break;
        case QTextToSpeech::Ready:
            if (m_started)
                emit finished(std::exchange(m_utterance, 0));
            break;
        case QTextToSpeech::Error:
            emit failed(std::exchange(m_utterance, 0), QtSpeechEngine::tr("The speech engine stopped with an error."));
            break;
        case QTextToSpeech::Paused:
            break;
        }
    }

    QTextToSpeech *m_tts = nullptr;
    quint64 m_utterance = 0;
    bool m_started = false;
};

QtSpeechEngine::QtSpeechEngine(QObject *parent)
    : SpeechEngine(parent), m_thread(new QThread), m_worker(new QtSpeechWorker)
{
    m_thread->setObjectName(QStringLiteral("soopchat speech"));
    m_worker->moveToThread(m_thread);
    connect(m_worker, &QtSpeechWorker::finished, this, [this](quint64 utterance) {
        if (utterance == m_utterance) {
            m_utterance = 0;
            emit finished();
        }
    });
    connect(m_worker, &QtSpeechWorker::failed, this, [this](quint64 utterance, const QString &reason) {
        if (utterance == m_utterance) {
            m_utterance = 0;
            emit failed(reason);
        }
    });
    connect(m_worker, &QtSpeechWorker::voicesListed, this, &QtSpeechEngine::voicesListed);
    m_thread->start();
}

QtSpeechEngine::~QtSpeechEngine()
{
    m_utterance = 0;
    QtSpeechWorker *worker = m_worker;
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(worker, [worker, thread] {
        worker->stop();
        delete worker;
        thread->quit();
    });
    // The worker may be inside a long open(): at exit, do not wait for it
    // longer than a moment; the thread (and what it holds) is then left to the
    // end of the process rather than destroyed while it runs.
    if (thread->wait(QDeadlineTimer(3000)))
        delete thread;
}

void QtSpeechEngine::say(const QString &text, const AlertSpeech &speech)
{
    const quint64 utterance = ++m_lastUtterance;
    m_utterance = utterance;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, utterance, text, speech] { worker->say(utterance, text, speech); });
}

void QtSpeechEngine::stop()
{
    m_utterance = 0;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stop(); });
}

void QtSpeechEngine::listVoices(const QString &locale)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, locale] { worker->listVoices(locale); });
}

} // namespace soopchat

#include "QtSpeechEngine.moc"
