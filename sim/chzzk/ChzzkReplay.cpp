#include "sim/chzzk/ChzzkReplay.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace soopchat::sim {

using namespace Qt::StringLiterals;

namespace {
bool isPush(qint64 cmd)
{
    return cmd == 93101 || cmd == 93102 || cmd == 93006 || cmd == 94008 || cmd == 94010;
}

// The lines' times, moved by `shift` (both spellings), so that a replay says
// new lines, not copies of old ones.
void restamp(QJsonObject &line, qint64 shift)
{
    for (const QString &key :
        {u"msgTime"_s, u"ctime"_s, u"utime"_s, u"messageTime"_s, u"createTime"_s, u"updateTime"_s}) {
        if (line.value(key).isDouble())
            line[key] = line.value(key).toInteger() + shift;
    }
}
} // namespace

bool ChzzkReplay::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    m_frames.clear();
    m_next = 0;
    while (!file.atEnd()) {
        const QJsonObject record = QJsonDocument::fromJson(file.readLine()).object();
        if (record.value("dir"_L1).toString() != "in"_L1 || !record.contains("text"_L1))
            continue;
        const QByteArray text = record.value("text"_L1).toString().toUtf8();
        const QJsonObject frame = QJsonDocument::fromJson(text).object();
        if (!isPush(frame.value("cmd"_L1).toInteger()))
            continue;
        m_frames.append({record.value("t"_L1).toInteger(), text});
    }
    if (m_frames.isEmpty()) {
        *error = u"%1 holds no CHZZK chat frames"_s.arg(path);
        return false;
    }
    return true;
}

qint64 ChzzkReplay::delayToNext() const
{
    if (m_frames.isEmpty())
        return 1000;
    if (m_next == 0)
        return 500; // a pause between loops
    // A long cut in the recording is played as a short pause.
    return std::clamp<qint64>(m_frames.at(m_next).t - m_frames.at(m_next - 1).t, 0, 5000);
}

QByteArray ChzzkReplay::take(const QString &cid, qint64 nowMs, QJsonArray *lines)
{
    const Frame &recorded = m_frames.at(m_next);
    m_next = (m_next + 1) % m_frames.size();
    QJsonObject frame = QJsonDocument::fromJson(recorded.text).object();
    frame[u"cid"_s] = cid;
    QJsonValue body = frame.value("bdy"_L1);
    // The first line's time becomes now; the others keep their distance.
    auto shiftFor = [&](const QJsonObject &line) {
        const qint64 time = line.value("msgTime"_L1).toInteger(line.value("messageTime"_L1).toInteger());
        const qint64 wanted = std::max(nowMs, m_lastTimeMs + 1);
        return wanted - time;
    };
    if (body.isArray()) {
        QJsonArray array = body.toArray();
        const qint64 shift = array.isEmpty() ? 0 : shiftFor(array.first().toObject());
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonObject line = array.at(i).toObject();
            restamp(line, shift);
            line[u"cid"_s] = cid;
            m_lastTimeMs = std::max(m_lastTimeMs, line.value("msgTime"_L1).toInteger());
            array[i] = line;
            if (lines)
                lines->append(line);
        }
        frame[u"bdy"_s] = array;
    } else if (body.isObject()) {
        QJsonObject object = body.toObject();
        if (object.contains("messageTime"_L1)) // a blind names a line by its time: it keeps the distance to now
            restamp(object, std::max(nowMs, m_lastTimeMs) - object.value("messageTime"_L1).toInteger() - 1);
        object[u"channelId"_s] = cid;
        frame[u"bdy"_s] = object;
    }
    return QJsonDocument(frame).toJson(QJsonDocument::Compact);
}

} // namespace soopchat::sim
