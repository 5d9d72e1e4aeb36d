#include "core/alerts/SoundRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#include <array>
#include <cmath>
#include <numbers>

namespace soopchat {

SoundRunner::SoundRunner(std::unique_ptr<SoundOutput> output, QObject *parent)
    : SerialActionRunner(parent), m_output(std::move(output))
{
    m_output->setParent(nullptr);
    connect(m_output.get(), &SoundOutput::finished, this, [this] { finish(AlertReport::State::Sent); });
    connect(m_output.get(), &SoundOutput::failed, this,
        [this](const QString &reason) { finish(AlertReport::State::Failed, reason); });
}

SoundRunner::~SoundRunner()
{
    if (isBusy())
        m_output->stop();
}

void SoundRunner::run(const Alert &alert, int actionIndex, const AlertAction &action, const QString &text)
{
    Q_UNUSED(text)
    enqueue(alert, actionIndex, action.sound.trimmed(), action.volume);
}

QString SoundRunner::start(const Job &job)
{
    QString path = job.payload;
    if (path.isEmpty()) {
        path = chimePath();
        if (path.isEmpty())
            return tr("The built-in chime could not be written to a temporary file.");
    } else {
        // Checked here rather than left to the player: its errors do not say
        // which file or why, and a folder or a FIFO could hang it.
        const QFileInfo file(path);
        if (!file.exists())
            return tr("The sound file %1 does not exist.").arg(path);
        if (!file.isFile())
            return tr("%1 is not a sound file (it is a folder or a device).").arg(path);
        if (!file.isReadable())
            return tr("The sound file %1 cannot be read (check its permissions).").arg(path);
        if (file.size() == 0)
            return tr("The sound file %1 is empty.").arg(path);
    }
    if (const QString problem = m_output->problem(); !problem.isEmpty())
        return problem;
    m_output->play(path, job.volume);
    return {};
}

void SoundRunner::abort()
{
    m_output->stop();
}

std::chrono::milliseconds SoundRunner::timeLimit(const Job &job) const
{
    Q_UNUSED(job)
    return m_timeLimit;
}

QString SoundRunner::timeLimitReason(std::chrono::milliseconds limit) const
{
    const int seconds = int(std::max<qint64>(1, (limit.count() + 999) / 1000));
    return tr("The sound did not end within %n second(s); it was stopped.", nullptr, seconds);
}

QString SoundRunner::queueFullReason() const
{
    return tr("Too many sounds are waiting (%n); this one was skipped.", nullptr, MaxWaiting);
}

QString SoundRunner::chimePath()
{
    if (!m_chime) {
        auto file =
            std::make_unique<QTemporaryFile>(QStringLiteral("%1/soopchat-chime-XXXXXX.wav").arg(QDir::tempPath()));
        if (!file->open() || file->write(chimeWav()) < 0 || !file->flush())
            return {};
        file->close();
        m_chime = std::move(file);
    }
    return m_chime->fileName();
}

QByteArray SoundRunner::chimeWav()
{
    constexpr int rate = 22050;
    constexpr double noteSeconds = 0.18;
    constexpr std::array<double, 2> notes {987.77, 1318.51}; // B5, E6: a doorbell's "ding-dong" upside down
    const int perNote = int(rate * noteSeconds);
    QByteArray samples;
    samples.reserve(perNote * int(notes.size()) * 2);
    for (const double frequency : notes) {
        for (int i = 0; i < perNote; ++i) {
            const double t = double(i) / rate;
            // A quick attack and an exponential decay: a bell, not a beep.
            const double envelope = std::min(1.0, t / 0.005) * std::exp(-t * 14.0);
            const double value = 0.45 * envelope * std::sin(2 * std::numbers::pi * frequency * t);
            const qint16 sample = qint16(std::lround(value * 32767));
            char bytes[2];
            qToLittleEndian(sample, bytes);
            samples.append(bytes, 2);
        }
    }
    QByteArray wav;
    const auto put32 = [&wav](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        wav.append(b, 4);
    };
    const auto put16 = [&wav](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        wav.append(b, 2);
    };
    wav.append("RIFF");
    put32(quint32(36 + samples.size()));
    wav.append("WAVEfmt ");
    put32(16);
    put16(1); // PCM
    put16(1); // mono
    put32(rate);
    put32(rate * 2);
    put16(2);
    put16(16);
    wav.append("data");
    put32(quint32(samples.size()));
    wav.append(samples);
    return wav;
}

} // namespace soopchat
