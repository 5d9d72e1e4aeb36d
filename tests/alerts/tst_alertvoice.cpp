#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>
#include <QtEndian>

#include <cmath>
#include <csignal>
#include <optional>
#include <unistd.h>

#include "core/alerts/QtSoundOutput.h"
#include "core/alerts/QtSpeechEngine.h"
#include "core/alerts/SoundRunner.h"
#include "core/alerts/SpeechRunner.h"
#include "core/alerts/SpeechText.h"

using namespace soopchat;
using namespace std::chrono_literals;

namespace {

// Speaks nothing: remembers what it was given, ends when the test says so.
class FakeSpeechEngine : public SpeechEngine
{
    Q_OBJECT
public:
    QString problemText;
    QStringList said;
    QList<AlertSpeech> voices;
    int stops = 0;
    void say(const QString &text, const AlertSpeech &speech) override
    {
        if (!problemText.isEmpty()) {
            emit failed(problemText);
            return;
        }
        said.append(text);
        voices.append(speech);
    }
    void stop() override { ++stops; }
};

class FakeSoundOutput : public SoundOutput
{
    Q_OBJECT
public:
    QString problemText;
    QStringList played;
    QList<int> volumes;
    int stops = 0;
    QString problem() override { return problemText; }
    void play(const QString &path, int volume) override
    {
        played.append(path);
        volumes.append(volume);
    }
    void stop() override { ++stops; }
};

Alert alertNamed(const QString &id)
{
    Alert alert;
    alert.id = id;
    alert.ruleId = QStringLiteral("rule-") + id;
    alert.ruleName = QStringLiteral("큰 별풍선");
    return alert;
}

AlertAction soundAction(const QString &path, int volume = 80)
{
    AlertAction action;
    action.kind = AlertAction::Kind::Sound;
    action.sound = path;
    action.volume = volume;
    return action;
}

AlertAction speechAction()
{
    AlertAction action;
    action.kind = AlertAction::Kind::Speech;
    return action;
}

AlertReport reportAt(const QSignalSpy &spy, qsizetype i)
{
    return spy.at(i).at(0).value<AlertReport>();
}

QList<AlertReport::State> statesOf(const QSignalSpy &spy, const QString &alertId)
{
    QList<AlertReport::State> states;
    for (qsizetype i = 0; i < spy.size(); ++i) {
        if (const AlertReport report = reportAt(spy, i); report.alertId == alertId)
            states.append(report.state);
    }
    return states;
}

// 16-bit PCM samples of a WAV file (the "data" chunk), empty if it is not one.
QList<qint16> wavSamples(const QByteArray &wav, int *rate = nullptr)
{
    QList<qint16> samples;
    if (wav.size() < 12 || !wav.startsWith("RIFF") || wav.mid(8, 4) != "WAVE")
        return samples;
    qsizetype at = 12;
    while (at + 8 <= wav.size()) {
        const QByteArray id = wav.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(wav.constData() + at + 4);
        if (id == "fmt " && rate)
            *rate = int(qFromLittleEndian<quint32>(wav.constData() + at + 12));
        if (id == "data") {
            // espeak-ng writing to a file it cannot seek leaves the size at 0x7fffffff: to the end.
            const qsizetype end = std::min<qsizetype>(wav.size(), at + 8 + qsizetype(size));
            for (qsizetype i = at + 8; i + 1 < end; i += 2)
                samples.append(qFromLittleEndian<qint16>(wav.constData() + i));
            return samples;
        }
        at += 8 + size + (size & 1);
    }
    return samples;
}

double rmsOf(const QList<qint16> &samples)
{
    if (samples.isEmpty())
        return 0;
    double sum = 0;
    for (const qint16 s : samples)
        sum += double(s) * s;
    return std::sqrt(sum / double(samples.size()));
}

// The reports, one a line, for a failure's message.
QByteArray dump(const QSignalSpy &spy)
{
    QByteArray lines;
    for (qsizetype i = 0; i < spy.size(); ++i) {
        const AlertReport report = reportAt(spy, i);
        lines += report.alertId.toUtf8() + ' ' + alertReportStateName(report.state).data() + ' ' +
            report.reason.toUtf8() + '\n';
    }
    return lines;
}

QList<qint16> rawSamples(const QByteArray &raw)
{
    QList<qint16> samples;
    for (qsizetype i = 0; i + 1 < raw.size(); i += 2)
        samples.append(qFromLittleEndian<qint16>(raw.constData() + i));
    return samples;
}

} // namespace

// The Sound and Speech actions: the text made fit to be read aloud, the
// runners' queues and failures through fakes, and then the real thing where
// the machine has it: espeak-ng's Korean voice, a sound and a Korean sentence
// played through Qt into a private PulseAudio null sink and recorded back.
class TstAlertVoice : public QObject
{
    Q_OBJECT

    QTemporaryDir m_pulseDir;
    QProcess m_pulse;
    QString m_pulseProblem = QStringLiteral("not started");

    static QString ko(const char *utf8) { return QString::fromUtf8(utf8); }
    static QString prepareKo(const QString &text, int max = 100, const QStringList &blocked = {})
    {
        return SpeechText::prepare(text, max, blocked, SpeechText::wordsFor(QStringLiteral("ko_KR")));
    }

    // A PulseAudio of the test's own with a null sink (no sound card needed),
    // made the default for this process before Qt Multimedia first looks;
    // speech-dispatcher, spawned by the speech test, plays into it too.
    void startPulse()
    {
        const QString pulseaudio = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
        if (pulseaudio.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("parec")).isEmpty()) {
            m_pulseProblem = QStringLiteral("pulseaudio or parec is not installed (scripts/deps.sh test)");
            return;
        }
        const QString socket = m_pulseDir.filePath(QStringLiteral("native"));
        QDir(m_pulseDir.path()).mkpath(QStringLiteral("run"));
        QFile::setPermissions(m_pulseDir.filePath(QStringLiteral("run")),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QDir(m_pulseDir.path()).mkpath(QStringLiteral("home"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_pulseDir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_pulseDir.filePath(QStringLiteral("run")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        m_pulse.setProcessEnvironment(env);
        m_pulse.setProcessChannelMode(QProcess::MergedChannels);
        m_pulse.start(pulseaudio,
            {QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                QStringLiteral("--use-pid-file=no"), QStringLiteral("--disable-shm=yes"), QStringLiteral("-L"),
                QStringLiteral("module-null-sink sink_name=alertvoice"), QStringLiteral("-L"),
                QStringLiteral("module-native-protocol-unix auth-anonymous=1 socket=") + socket});
        if (!m_pulse.waitForStarted(10000)) {
            m_pulseProblem = QStringLiteral("pulseaudio did not start: ") + m_pulse.errorString();
            return;
        }
        // Ready when its socket answers: awaited as a condition, for at most a minute on a
        // loaded machine, or until pulseaudio quits.
        const auto answers = [this] {
            QProcess pactl;
            pactl.setProcessEnvironment(pulseEnvironment());
            pactl.start(QStringLiteral("pactl"), {QStringLiteral("info")});
            return pactl.waitForFinished(20000) && pactl.exitStatus() == QProcess::NormalExit && pactl.exitCode() == 0;
        };
        if (QTest::qWaitFor([&] { return m_pulse.state() != QProcess::Running || answers(); }, 60000) &&
            m_pulse.state() == QProcess::Running)
            m_pulseProblem.clear();
        if (!m_pulseProblem.isEmpty()) {
            m_pulseProblem = QStringLiteral("pulseaudio did not answer: ") + QString::fromLocal8Bit(m_pulse.readAll());
            return;
        }
        qputenv("PULSE_SERVER", QString(QStringLiteral("unix:") + socket).toLocal8Bit());
        qputenv("XDG_RUNTIME_DIR", m_pulseDir.filePath(QStringLiteral("run")).toLocal8Bit());
        qputenv("HOME", m_pulseDir.filePath(QStringLiteral("home")).toLocal8Bit());
        qunsetenv("SPEECHD_ADDRESS");
    }

    QProcessEnvironment pulseEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(
            QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:") + m_pulseDir.filePath(QStringLiteral("native")));
        env.insert(QStringLiteral("HOME"), m_pulseDir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_pulseDir.filePath(QStringLiteral("run")));
        return env;
    }

    // Records what the null sink plays (16 kHz mono) until stopped.
    void startRecording(QProcess &parec)
    {
        parec.setProcessEnvironment(pulseEnvironment());
        parec.start(QStringLiteral("parec"),
            {QStringLiteral("--device=alertvoice.monitor"), QStringLiteral("--format=s16le"),
                QStringLiteral("--channels=1"), QStringLiteral("--rate=16000"), QStringLiteral("--raw")});
        QVERIFY(parec.waitForStarted(10000));
        // Recording once the first silence arrives: what plays next is in it.
        QTRY_VERIFY_WITH_TIMEOUT(parec.bytesAvailable() > 3200, 30000);
    }

    // Waits for another half second of recording after what was played, so its
    // tail (in the sink's buffers when the player reports the end) is in it too.
    static void recordOnAWhile(QProcess &parec)
    {
        const qint64 at = parec.bytesAvailable();
        QTRY_VERIFY_WITH_TIMEOUT(parec.bytesAvailable() > at + 16000, 30000);
    }

    QByteArray stopRecording(QProcess &parec)
    {
        parec.terminate();
        parec.waitForFinished(10000);
        return parec.readAllStandardOutput();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<AlertReport>();
        startPulse();
    }

    void cleanupTestCase()
    {
        // speech-dispatcher, if the speech test spawned it, by the id it wrote.
        QFile pid(m_pulseDir.filePath(QStringLiteral("run/speech-dispatcher/pid")));
        if (pid.open(QIODevice::ReadOnly)) {
            const qint64 id = pid.readAll().trimmed().toLongLong();
            QFile comm(QStringLiteral("/proc/%1/comm").arg(id));
            if (id > 1 && comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("speech-dispatch"))
                ::kill(pid_t(id), SIGTERM);
        }
        if (m_pulse.state() != QProcess::NotRunning) {
            m_pulse.terminate();
            if (!m_pulse.waitForFinished(10000))
                m_pulse.kill();
        }
    }

    // --- SpeechText: what the engine is given -------------------------------------------

    void koreanDonationTextIsReadAsItIs()
    {
        const QString text = ko("감자튀김님 별풍선 1,000개 감사합니다! 오늘 방송 최고예요");
        QCOMPARE(prepareKo(text), text);
    }

    void limitCutsAtCharactersAndEndsWithEllipsis()
    {
        QCOMPARE(prepareKo(ko("가나다라마바사"), 5), ko("가나다라마…"));
        QCOMPARE(prepareKo(ko("가나다라마"), 5), ko("가나다라마")); // exactly the limit: untouched
        QCOMPARE(prepareKo(ko("가나 다라 마바"), 3), ko("가나…")); // no space before the ellipsis
        QCOMPARE(prepareKo(QStringLiteral("hello world"), 7), QStringLiteral("hello w…"));
    }

    void limitNeverSplitsAGraphemeCluster()
    {
        // 한국어 written with conjoining jamo (ᄒ ᅡ ᆫ ...): 3 characters, 8 code points.
        const QString decomposed = ko("\u1112\u1161\u11AB\u1100\u116E\u11A8\u110B\u1165");
        QCOMPARE(SpeechText::limit(decomposed, 3), decomposed);
        QCOMPARE(SpeechText::limit(decomposed, 2), ko("\u1112\u1161\u11AB\u1100\u116E\u11A8…"));
        QCOMPARE(SpeechText::limit(decomposed, 1), ko("\u1112\u1161\u11AB…"));
        // e + combining acute, and a Vietnamese letter with two marks, count as one each.
        const QString accents = QStringLiteral("Cafe\u0301 Vie\u0302\u0323t");
        QCOMPARE(SpeechText::limit(accents, 4), QStringLiteral("Cafe\u0301…"));
        QCOMPARE(SpeechText::limit(accents, 8), QStringLiteral("Cafe\u0301 Vie\u0302\u0323…"));
        // A character beyond the BMP is never cut in half.
        const QString astral = QStringLiteral("a\U00020000b\U00020001c");
        QCOMPARE(SpeechText::limit(astral, 2), QStringLiteral("a\U00020000…"));
    }

    void limitOfZeroOrTooMuchIsTheHardLimit()
    {
        const QString longText(2000, QLatin1Char('a'));
        QString words;
        for (int i = 0; i < 400; ++i)
            words += QStringLiteral("ab ");
        const QString prepared = prepareKo(words, 0);
        QCOMPARE(prepared.size(), SpeechText::HardLimit + 1); // 500 characters, then "…"
        QVERIFY(prepared.endsWith(u'…'));
        QCOMPARE(SpeechText::limit(longText, 100000).size(), SpeechText::HardLimit + 1);
    }

    void blockedWordsAreMaskedCaseInsensitively()
    {
        const QStringList blocked {ko("바보"), QStringLiteral("Darn")};
        QCOMPARE(prepareKo(ko("진짜 바보 같네"), 100, blocked), ko("진짜 삐 같네"));
        QCOMPARE(prepareKo(QStringLiteral("DARN it, darn, DaRn"), 100, blocked), QStringLiteral("삐 it, 삐, 삐"));
        // Korean glues particles to the word: masked inside, and said apart.
        QCOMPARE(prepareKo(ko("너는바보야"), 100, blocked), ko("너는 삐 야"));
        // English voices say "beep".
        const auto en = SpeechText::wordsFor(QStringLiteral("en_US"));
        QCOMPARE(
            SpeechText::prepare(QStringLiteral("you darn fool"), 100, blocked, en), QStringLiteral("you beep fool"));
        QCOMPARE(SpeechText::prepare(QStringLiteral("darnit"), 100, blocked, en), QStringLiteral("beep it"));
    }

    void theLongestBlockedWordWinsAndWordsAreLiteral()
    {
        QCOMPARE(prepareKo(ko("바보멍청이 바보"), 100, {ko("바보"), ko("바보멍청이")}), ko("삐 삐"));
        // A word with regular expression characters is matched as written, nothing more.
        QCOMPARE(prepareKo(QStringLiteral("a.b axb (x) x"), 100, {QStringLiteral("a.b"), QStringLiteral("(x)")}),
            ko("삐 axb 삐 x"));
        // Blank entries mask nothing.
        QCOMPARE(prepareKo(ko("안녕"), 100, {QString(), QStringLiteral("  ")}), ko("안녕"));
    }

    void maskingSeesThroughEmojiAndZeroWidthCharacters()
    {
        const QStringList blocked {ko("바보")};
        QCOMPARE(prepareKo(ko("바🍎보"), 100, blocked), ko("삐"));
        QCOMPARE(prepareKo(ko("바\u200B보"), 100, blocked), ko("삐"));
        QCOMPARE(prepareKo(ko("바\u00AD보야"), 100, blocked), ko("삐 야"));
    }

    void maskingComesBeforeTheLimit()
    {
        // The masked word counts as what is said ("삐"), and is never half cut.
        QCOMPARE(prepareKo(ko("아주아주긴욕설단어 끝"), 3, {ko("아주아주긴욕설단어")}), ko("삐 끝"));
        QCOMPARE(prepareKo(ko("가나 아주아주긴욕설단어"), 4, {ko("아주아주긴욕설단어")}), ko("가나 삐"));
    }

    void linksAreOneWord()
    {
        QCOMPARE(prepareKo(ko("여기 보세요 https://example.com/a/b?c=1 최고")), ko("여기 보세요 링크 최고"));
        QCOMPARE(prepareKo(ko("www.example.com 와 http://a.kr 둘")), ko("링크 와 링크 둘"));
        // Hangul right after an address is not part of it.
        QCOMPARE(prepareKo(ko("https://example.com에서 봐")), ko("링크 에서 봐"));
        const auto en = SpeechText::wordsFor(QStringLiteral("en_US"));
        QCOMPARE(
            SpeechText::prepare(QStringLiteral("see https://example.com."), 100, {}, en), QStringLiteral("see link ."));
        // A long address counts as its word for the limit.
        QCOMPARE(prepareKo(ko("가 https://example.com/") + QString(300, u'x') + ko(" 나"), 4), ko("가 링크…"));
    }

    void emojiAndSymbolsAreNotRead()
    {
        QCOMPARE(prepareKo(ko("감사합니다😀👍🏽")), ko("감사합니다"));
        QCOMPARE(prepareKo(ko("가족 👨‍👩‍👧‍👦 사랑해요♥♥")), ko("가족 사랑해요"));
        QCOMPARE(prepareKo(ko("국기 🇰🇷 만세")), ko("국기 만세"));
        QCOMPARE(prepareKo(ko("1️⃣등 축하")), ko("1등 축하"));
        QCOMPARE(prepareKo(QStringLiteral("great\U0001F44Dthanks")), QStringLiteral("great thanks"));
        QCOMPARE(prepareKo(ko("감사\U0001F44D합니다")), ko("감사합니다"));
        QCOMPARE(prepareKo(ko("^^ 좋아요 ★彡")), ko("좋아요 彡"));
        QCOMPARE(prepareKo(ko("😀🎉🔥")), QString());
        QCOMPARE(prepareKo(QStringLiteral("\uE000\uF8FF")), QString()); // private use
    }

    void controlAndBidiCharactersAreDropped()
    {
        QCOMPARE(prepareKo(ko("첫줄\n둘째줄\t셋\r\n넷")), ko("첫줄 둘째줄 셋 넷"));
        QCOMPARE(prepareKo(ko("abc\u202Efed 한국")), ko("abcfed 한국"));
        QCOMPARE(prepareKo(ko("가") + QChar(0) + ko("나") + QChar(7) + ko("다")), ko("가 나 다"));
        // A zalgo stack keeps the chat's three marks at most.
        QString zalgo = QStringLiteral("a");
        for (int i = 0; i < 30; ++i)
            zalgo += QChar(0x0301);
        QCOMPARE(prepareKo(zalgo), QStringLiteral("a\u0301\u0301\u0301"));
    }

    void longRunsOfOneCharacterAreShortened()
    {
        QCOMPARE(prepareKo(ko("ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ 대박!!!!!!!")), ko("ㅋㅋㅋ 대박!!!"));
        QCOMPARE(prepareKo(ko("ㅋㅋㅋ ㅎㅎ")), ko("ㅋㅋㅋ ㅎㅎ"));
        QCOMPARE(prepareKo(QStringLiteral("1000000")), QStringLiteral("1000000")); // numbers are never cut
    }

    void mixedKoreanAndEnglish()
    {
        QCOMPARE(prepareKo(ko("  BJ님   GG!!  오늘 MVP는   you 😎 ")), ko("BJ님 GG!! 오늘 MVP는 you"));
    }

    void speechVoiceDecidesTheWords()
    {
        QCOMPARE(SpeechText::wordsFor(QStringLiteral("ko_KR")).link, ko("링크"));
        QCOMPARE(SpeechText::wordsFor(QStringLiteral("ko")).mask, ko("삐"));
        QCOMPARE(SpeechText::wordsFor(QStringLiteral("en_US")).mask, QStringLiteral("beep"));
        AlertSpeech speech;
        speech.locale = QStringLiteral("en_GB");
        speech.blockedWords = {QStringLiteral("heck")};
        speech.maxCharacters = 12;
        QCOMPARE(
            SpeechText::prepare(QStringLiteral("what the HECK https://x.io"), speech), QStringLiteral("what the bee…"));
    }

    void aHugeMessageIsCutAndMaskedWhole()
    {
        // 1 MB of mixed text, emoji, links and blocked words: the result is the limit, the
        // masking holds to the end. (The time it takes is printed for docs/ROBUSTNESS.md.)
        QString huge;
        while (huge.size() < 1'000'000)
            huge += ko("바보 😀 https://example.com/abc 가나다라 ");
        QElapsedTimer timer;
        timer.start();
        const QString prepared = prepareKo(huge, 100, {ko("바보")});
        qInfo("prepare() of %lld UTF-16 units: %lld ms", qlonglong(huge.size()), qlonglong(timer.elapsed()));
        QVERIFY(prepared.size() <= 101 && prepared.size() > 90);
        QVERIFY(prepared.endsWith(u'…'));
        QVERIFY(!prepared.contains(ko("바보")));
        QVERIFY(prepared.startsWith(ko("삐 링크 가나다라 삐 링크")));
    }

    // --- SpeechRunner through a fake engine --------------------------------------------

    void speechRunnerGivesTheEngineThePreparedTextWithTheVoice()
    {
        auto engine = std::make_unique<FakeSpeechEngine>();
        FakeSpeechEngine *fake = engine.get();
        SpeechRunner runner(std::move(engine));
        AlertConfig config;
        config.speech.voice = QStringLiteral("Korean");
        config.speech.rate = 0.5;
        config.speech.volume = 60;
        config.speech.maxCharacters = 25;
        config.speech.blockedWords = {ko("바보")};
        runner.configure(config);
        QSignalSpy reports(&runner, &AlertActionRunner::reported);

        runner.run(alertNamed(QStringLiteral("a1")), 2, speechAction(),
            ko("감자님 1,000개! 바보 https://x.kr 🎉 고마워요 정말로 정말로"));
        QCOMPARE(fake->said, QStringList {ko("감자님 1,000개! 삐 링크 고마워요 정말로…")});
        QCOMPARE(fake->voices.at(0).voice, QStringLiteral("Korean"));
        QCOMPARE(fake->voices.at(0).rate, 0.5);
        QCOMPARE(fake->voices.at(0).volume, 60);
        QCOMPARE(fake->voices.at(0).locale, QStringLiteral("ko_KR"));
        QCOMPARE(reports.size(), 0); // nothing to say yet: it speaks

        emit fake->finished();
        QCOMPARE(reports.size(), 1);
        const AlertReport sent = reportAt(reports, 0);
        QCOMPARE(sent.state, AlertReport::State::Sent);
        QCOMPARE(sent.alertId, QStringLiteral("a1"));
        QCOMPARE(sent.ruleId, QStringLiteral("rule-a1"));
        QCOMPARE(sent.ruleName, ko("큰 별풍선"));
        QCOMPARE(sent.actionIndex, 2);
        QCOMPARE(sent.kind, AlertAction::Kind::Speech);
        QVERIFY(sent.reason.isEmpty());
        QVERIFY(sent.atMs > 0);
    }

    void speechRunnerReadsOneMessageAfterAnother()
    {
        auto engine = std::make_unique<FakeSpeechEngine>();
        FakeSpeechEngine *fake = engine.get();
        SpeechRunner runner(std::move(engine));
        QSignalSpy reports(&runner, &AlertActionRunner::reported);
        runner.run(alertNamed(QStringLiteral("a")), 0, speechAction(), ko("하나"));
        runner.run(alertNamed(QStringLiteral("b")), 0, speechAction(), ko("둘"));
        runner.run(alertNamed(QStringLiteral("c")), 0, speechAction(), ko("셋"));
        QCOMPARE(fake->said, QStringList {ko("하나")});
        QCOMPARE(runner.waiting(), 2);
        QCOMPARE(statesOf(reports, QStringLiteral("b")), QList {AlertReport::State::Queued});

        emit fake->finished();
        QTRY_COMPARE(fake->said, (QStringList {ko("하나"), ko("둘")}));
        emit fake->failed(QStringLiteral("engine trouble"));
        QTRY_COMPARE(fake->said, (QStringList {ko("하나"), ko("둘"), ko("셋")}));
        emit fake->finished();
        QTRY_COMPARE(
            statesOf(reports, QStringLiteral("c")), (QList {AlertReport::State::Queued, AlertReport::State::Sent}));
        QCOMPARE(statesOf(reports, QStringLiteral("a")), QList {AlertReport::State::Sent});
        QCOMPARE(
            statesOf(reports, QStringLiteral("b")), (QList {AlertReport::State::Queued, AlertReport::State::Failed}));
        QCOMPARE(reportAt(reports, reports.size() - 2).reason, QStringLiteral("engine trouble"));
        // A late signal of nothing running changes nothing.
        emit fake->finished();
        QCOMPARE(reports.size(), 5);
        QVERIFY(!runner.isBusy());
    }

    void speechRunnerSaysWhichPackageIsMissing()
    {
        auto engine = std::make_unique<FakeSpeechEngine>();
        FakeSpeechEngine *fake = engine.get();
        fake->problemText =
            QStringLiteral("No voice speaks Korean: install espeak-ng and speech-dispatcher-espeak-ng.");
        SpeechRunner runner(std::move(engine));
        QSignalSpy reports(&runner, &AlertActionRunner::reported);
        runner.run(alertNamed(QStringLiteral("a")), 0, speechAction(), ko("하나"));
        runner.run(alertNamed(QStringLiteral("b")), 0, speechAction(), ko("둘"));
        // Each fails at once, with the package to install.
        QCOMPARE(statesOf(reports, QStringLiteral("a")), QList {AlertReport::State::Failed});
        QCOMPARE(statesOf(reports, QStringLiteral("b")), QList {AlertReport::State::Failed});
        QCOMPARE(reportAt(reports, reports.size() - 1).reason, fake->problemText);
        QVERIFY(fake->said.isEmpty());

        // Installed since: the next message is spoken.
        fake->problemText.clear();
        runner.run(alertNamed(QStringLiteral("c")), 0, speechAction(), ko("셋"));
        QCOMPARE(fake->said, QStringList {ko("셋")});
    }

    void speechRunnerSkipsWhatHasNothingToSay()
    {
        auto engine = std::make_unique<FakeSpeechEngine>();
        FakeSpeechEngine *fake = engine.get();
        SpeechRunner runner(std::move(engine));
        QSignalSpy reports(&runner, &AlertActionRunner::reported);
        runner.run(alertNamed(QStringLiteral("a")), 1, speechAction(), ko("🎉🎉 \u200B"));
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reportAt(reports, 0).state, AlertReport::State::Skipped);
        QCOMPARE(reportAt(reports, 0).actionIndex, 1);
        QVERIFY(!reportAt(reports, 0).reason.isEmpty());
        QVERIFY(fake->said.isEmpty());
    }

    void speechRunnerStopsAnEngineThatNeverFinishes()
    {
        auto engine = std::make_unique<FakeSpeechEngine>();
        FakeSpeechEngine *fake = engine.get();
        SpeechRunner runner(std::move(engine));
        runner.setTimeLimit(50ms, 0ms);
        QSignalSpy reports(&runner, &AlertActionRunner::reported);
        runner.run(alertNamed(QStringLiteral("a")), 0, speechAction(), ko("하나"));
        runner.run(alertNamed(QStringLiteral("b")), 0, speechAction(), ko("둘"));
        QTRY_COMPARE(statesOf(reports, QStringLiteral("a")), QList {AlertReport::State::Failed});
        QVERIFY(reportAt(reports, 1).reason.contains(u'1')); // "within 1 second"
        QCOMPARE(fake->stops, 1);
        // The queue goes on.
        QTRY_COMPARE(fake->said, (QStringList {ko("하나"), ko("둘")}));
    }

    void speechRunnerQueueIsBounded()
    {
        auto engine = std::make_unique<FakeSpeechEngine>();
        FakeSpeechEngine *fake = engine.get();
        SpeechRunner runner(std::move(engine));
        QSignalSpy reports(&runner, &AlertActionRunner::reported);
        for (int i = 0; i < SerialActionRunner::MaxWaiting + 3; ++i)
            runner.run(alertNamed(QString::number(i)), 0, speechAction(), QString::number(i));
        QCOMPARE(fake->said.size(), 1);
        QCOMPARE(runner.waiting(), SerialActionRunner::MaxWaiting);
        const QString last = QString::number(SerialActionRunner::MaxWaiting + 2);
        QCOMPARE(statesOf(reports, last), QList {AlertReport::State::Skipped});
        QCOMPARE(statesOf(reports, QString::number(SerialActionRunner::MaxWaiting + 1)),
            QList {AlertReport::State::Skipped});
        QCOMPARE(
            statesOf(reports, QString::number(SerialActionRunner::MaxWaiting)), QList {AlertReport::State::Queued});
    }

    // --- SoundRunner through a fake output ---------------------------------------------

    void soundRunnerPlaysTheFileAtItsVolumeInTurn()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("a.wav"));
        const QString second = dir.filePath(QStringLiteral("b.ogg"));
        for (const QString &path : {first, second}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(SoundRunner::chimeWav());
        }
        auto output = std::make_unique<FakeSoundOutput>();
        FakeSoundOutput *fake = output.get();
        SoundRunner runner(std::move(output));
        QSignalSpy reports(&runner, &AlertActionRunner::reported);
        runner.run(alertNamed(QStringLiteral("a")), 0, soundAction(first, 40), {});
        runner.run(alertNamed(QStringLiteral("b")), 1, soundAction(second, 100), {});
        QCOMPARE(fake->played, QStringList {first});
        QCOMPARE(fake->volumes, QList {40});
        emit fake->finished();
        QTRY_COMPARE(fake->played, (QStringList {first, second}));
        QCOMPARE(fake->volumes, (QList {40, 100}));
        emit fake->finished();
        QTRY_COMPARE(
            statesOf(reports, QStringLiteral("b")), (QList {AlertReport::State::Queued, AlertReport::State::Sent}));
        QCOMPARE(statesOf(reports, QStringLiteral("a")), QList {AlertReport::State::Sent});
        QCOMPARE(reportAt(reports, reports.size() - 1).kind, AlertAction::Kind::Sound);
        QCOMPARE(reportAt(reports, reports.size() - 1).actionIndex, 1);
    }

    void soundRunnerNamesWhatIsWrongWithTheFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("없는.wav"));
        const QString empty = dir.filePath(QStringLiteral("empty.wav"));
        QFile(empty).open(QIODevice::WriteOnly);
        auto output = std::make_unique<FakeSoundOutput>();
        FakeSoundOutput *fake = output.get();
        SoundRunner runner(std::move(output));
        QSignalSpy reports(&runner, &AlertActionRunner::reported);

        runner.run(alertNamed(QStringLiteral("missing")), 0, soundAction(missing), {});
        runner.run(alertNamed(QStringLiteral("folder")), 0, soundAction(dir.path()), {});
        runner.run(alertNamed(QStringLiteral("empty")), 0, soundAction(empty), {});
        QTRY_COMPARE(statesOf(reports, QStringLiteral("empty")).constLast(), AlertReport::State::Failed);
        QCOMPARE(statesOf(reports, QStringLiteral("missing")), QList {AlertReport::State::Failed});
        QCOMPARE(statesOf(reports, QStringLiteral("folder")).constLast(), AlertReport::State::Failed);
        QStringList reasons;
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (reportAt(reports, i).state == AlertReport::State::Failed)
                reasons.append(reportAt(reports, i).reason);
        }
        QCOMPARE(reasons.size(), 3);
        QVERIFY2(reasons.at(0).contains(missing) && reasons.at(0).contains(QStringLiteral("does not exist")),
            qPrintable(reasons.at(0)));
        QVERIFY2(reasons.at(1).contains(QStringLiteral("folder")), qPrintable(reasons.at(1)));
        QVERIFY2(reasons.at(2).contains(QStringLiteral("empty")), qPrintable(reasons.at(2)));
        QVERIFY(fake->played.isEmpty());
    }

    void soundRunnerNamesAnUnreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("root reads every file: permissions cannot be taken away here");
        QTemporaryDir dir;
        const QString locked = dir.filePath(QStringLiteral("locked.wav"));
        QFile file(locked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SoundRunner::chimeWav());
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
        SoundRunner runner(std::make_unique<FakeSoundOutput>());
        QSignalSpy reports(&runner, &AlertActionRunner::reported);
        runner.run(alertNamed(QStringLiteral("a")), 0, soundAction(locked), {});
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reportAt(reports, 0).state, AlertReport::State::Failed);
        QVERIFY(reportAt(reports, 0).reason.contains(QStringLiteral("cannot be read")));
    }

    void soundRunnerReportsNoAudioDevice()
    {
        auto output = std::make_unique<FakeSoundOutput>();
        output->problemText = QStringLiteral("No audio output device");
        FakeSoundOutput *fake = output.get();
        SoundRunner runner(std::move(output));
        QSignalSpy reports(&runner, &AlertActionRunner::reported);
        runner.run(alertNamed(QStringLiteral("a")), 0, soundAction({}), {});
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reportAt(reports, 0).state, AlertReport::State::Failed);
        QCOMPARE(reportAt(reports, 0).reason, fake->problemText);
    }

    void soundRunnerPlaysTheChimeWhenNoFileIsNamed()
    {
        auto output = std::make_unique<FakeSoundOutput>();
        FakeSoundOutput *fake = output.get();
        SoundRunner runner(std::move(output));
        runner.run(alertNamed(QStringLiteral("a")), 0, soundAction(QStringLiteral("  ")), {});
        QCOMPARE(fake->played.size(), 1);
        QFile chime(fake->played.at(0));
        QVERIFY(chime.open(QIODevice::ReadOnly));
        QCOMPARE(chime.readAll(), SoundRunner::chimeWav());
    }

    void soundRunnerStopsASoundThatPlaysTooLong()
    {
        auto output = std::make_unique<FakeSoundOutput>();
        FakeSoundOutput *fake = output.get();
        SoundRunner runner(std::move(output));
        runner.setTimeLimit(50ms);
        QSignalSpy reports(&runner, &AlertActionRunner::reported);
        runner.run(alertNamed(QStringLiteral("a")), 0, soundAction({}), {});
        QVERIFY(reports.wait(10000));
        QCOMPARE(reportAt(reports, 0).state, AlertReport::State::Failed);
        QCOMPARE(fake->stops, 1);
    }

    void chimeIsAShortAudibleWav()
    {
        int rate = 0;
        const QList<qint16> samples = wavSamples(SoundRunner::chimeWav(), &rate);
        QCOMPARE(rate, 22050);
        QVERIFY(samples.size() > rate / 4 && samples.size() < rate); // a quarter to one second
        QVERIFY(rmsOf(samples) > 1000);
    }

    // --- The real thing ------------------------------------------------------------------

    void espeakNgSpeaksKoreanToAFile()
    {
        const QString espeak = QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
        if (espeak.isEmpty())
            QSKIP("espeak-ng is not installed (scripts/deps.sh test installs it)");
        QTemporaryDir dir;
        const QString wav = dir.filePath(QStringLiteral("ko.wav"));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(espeak,
            {QStringLiteral("-v"), QStringLiteral("ko"), QStringLiteral("-w"), wav,
                prepareKo(ko("감자튀김님 별풍선 천 개 감사합니다 🎉 https://example.com"))});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAll().constData());
        // espeak-ng warns on stdout/stderr when it lacks a language: it must not have.
        QVERIFY2(!process.readAll().contains("not found"), "espeak-ng has no Korean voice");
        QFile file(wav);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int rate = 0;
        const QList<qint16> samples = wavSamples(file.readAll(), &rate);
        QVERIFY(rate > 0);
        const double seconds = double(samples.size()) / rate;
        qInfo("espeak-ng ko: %.2f s, RMS %.0f", seconds, rmsOf(samples));
        QVERIFY2(seconds > 1.0, "a Korean sentence lasts more than a second");
        QVERIFY(rmsOf(samples) > 500);
    }

    void soundPlaysThroughQtMultimediaForReal()
    {
        if (!m_pulseProblem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no private PulseAudio: ") + m_pulseProblem));
        QtSoundOutput probe;
        QVERIFY2(probe.problem().isEmpty(), qPrintable(probe.problem()));

        QProcess parec;
        startRecording(parec);
        if (QTest::currentTestFailed())
            return;
        SoundRunner runner(std::make_unique<QtSoundOutput>());
        QSignalSpy reports(&runner, &AlertActionRunner::reported);
        runner.run(alertNamed(QStringLiteral("a")), 0, soundAction({}, 100), {});
        QVERIFY(reports.wait(60000));
        const AlertReport report = reportAt(reports, 0);
        QVERIFY2(report.state == AlertReport::State::Sent, qPrintable(report.reason));
        // The sink's monitor has what was played; parec hands it over in blocks.
        recordOnAWhile(parec);
        const QList<qint16> recorded = rawSamples(stopRecording(parec));
        qInfo("recorded %.2f s, RMS %.0f", double(recorded.size()) / 16000, rmsOf(recorded));
        QVERIFY(rmsOf(recorded) > 300);

        // A file that is not a sound fails with a reason, and the queue goes on.
        QTemporaryDir dir;
        const QString junk = dir.filePath(QStringLiteral("junk.mp3"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        runner.run(alertNamed(QStringLiteral("junk")), 0, soundAction(junk), {});
        runner.run(alertNamed(QStringLiteral("after")), 0, soundAction({}), {});
        QTRY_VERIFY2_WITH_TIMEOUT(statesOf(reports, QStringLiteral("after")).contains(AlertReport::State::Sent),
            dump(reports).constData(), 60000);
        const QList<AlertReport::State> junkStates = statesOf(reports, QStringLiteral("junk"));
        QCOMPARE(junkStates, QList {AlertReport::State::Failed});
    }

    void koreanSpeechThroughQtTextToSpeechForReal()
    {
        if (!m_pulseProblem.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no private PulseAudio: ") + m_pulseProblem));
        if (QTextToSpeech::availableEngines().isEmpty())
            QSKIP("no Qt TextToSpeech engine (qt6-speech-speechd-plugin) installed");
        auto engine = std::make_unique<QtSpeechEngine>();
        QtSpeechEngine *real = engine.get();
        // The voices, asked for without blocking: Korean ones are there.
        QSignalSpy voices(real, &QtSpeechEngine::voicesListed);
        real->listVoices(QStringLiteral("ko_KR"));
        QVERIFY(voices.wait(130000)); // the first use starts speech-dispatcher, slow on a loaded machine
        const QStringList names = voices.at(0).at(1).toStringList();
        if (names.isEmpty())
            QSKIP("speech-dispatcher has no Korean voice here (speech-dispatcher-espeak-ng)");
        qInfo("%lld Korean voices, e.g. %s", qlonglong(names.size()), qPrintable(names.first()));

        QProcess parec;
        startRecording(parec);
        if (QTest::currentTestFailed())
            return;
        SpeechRunner runner(std::move(engine));
        runner.setTimeLimit(120s, 0ms); // this machine is shared and slow; a stuck engine still ends the test
        QSignalSpy reports(&runner, &AlertActionRunner::reported);
        runner.run(alertNamed(QStringLiteral("a")), 0, speechAction(), ko("감자튀김님 별풍선 천 개 감사합니다"));
        QVERIFY(reports.wait(130000));
        const AlertReport report = reportAt(reports, 0);
        QVERIFY2(report.state == AlertReport::State::Sent, qPrintable(report.reason));
        recordOnAWhile(parec);
        const QList<qint16> recorded = rawSamples(stopRecording(parec));
        qInfo("recorded %.2f s, RMS %.0f", double(recorded.size()) / 16000, rmsOf(recorded));
        QVERIFY(rmsOf(recorded) > 300);
    }
};

QTEST_MAIN(TstAlertVoice)
#include "tst_alertvoice.moc"
