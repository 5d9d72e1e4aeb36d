#include "sim/RecordedSession.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace soopchat::sim {

namespace {
using namespace Qt::StringLiterals;
constexpr qint64 LoopPauseMs = 1000;
} // namespace

std::shared_ptr<const RecordedSession::Recording> RecordedSession::Recording::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return nullptr;
    }
    auto recording = std::make_shared<Recording>();
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError || !o.contains("b64"_L1)) {
            *error = u"%1 line %2 is not a frame {\"dir\",\"t\",\"b64\"}"_s.arg(path).arg(lineNo);
            return nullptr;
        }
        if (o.value("dir"_L1).toString(u"in"_s) != "in"_L1)
            continue; // what the recording client sent
        const qint64 t = o.value("t"_L1).toInteger();
        recording->frames.append(QByteArray::fromBase64(o.value("b64"_L1).toString().toLatin1()));
        recording->timesMs.append(
            recording->timesMs.isEmpty() ? std::max<qint64>(t, 0) : std::max(t, recording->timesMs.last()));
    }
    if (recording->frames.isEmpty()) {
        *error = u"%1 holds no server-to-client frames"_s.arg(path);
        return nullptr;
    }
    recording->loopMs = recording->timesMs.last() + LoopPauseMs;
    return recording;
}

RecordedSession::RecordedSession(std::shared_ptr<const Recording> recording, double speed)
    : m_recording(std::move(recording)), m_speed(speed > 0 ? speed : 1.0)
{ }

void RecordedSession::generate(QByteArray &out, QList<qsizetype> &ends)
{
    out.append(m_recording->frames[m_next]);
    ends.append(out.size());
    m_next = (m_next + 1) % m_recording->frames.size();
}

qint64 RecordedSession::skip(qint64 count)
{
    m_next = qsizetype((m_next + count) % m_recording->frames.size());
    return count;
}

void RecordedSession::setBroadcast(const BroadcastContext &context)
{
    // A new broadcast plays the recording from its start again.
    PacketSource::setBroadcast(context);
    m_next = 0;
}

std::optional<qint64> RecordedSession::dueBy(std::chrono::milliseconds elapsed) const
{
    const qint64 at = qint64(double(elapsed.count()) * m_speed);
    const qint64 loops = at / m_recording->loopMs;
    const qint64 within = at % m_recording->loopMs;
    const auto &times = m_recording->timesMs;
    const qint64 inLoop = std::upper_bound(times.begin(), times.end(), within) - times.begin();
    return loops * m_recording->frames.size() + inLoop;
}

} // namespace soopchat::sim
