#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace soopchat::sim {

// Recorded CHZZK frames (the frames.jsonl of ../shared/fixtures/chzzk: `dir`,
// `t`, `text`), replayed: the server's pushes (93101, 93102, 93006, 94008,
// 94010) in their recorded rhythm, each time with the lines' times moved to
// now and the chat id of the channel that plays them. The lines of recent
// chat answers become the room's history.
class ChzzkReplay
{
public:
    bool load(const QString &path, QString *error);
    bool isEmpty() const { return m_frames.isEmpty(); }
    qsizetype size() const { return m_frames.size(); }

    // The delay before the next frame (ms, at speed 1), and that frame as
    // sent now to chat id `cid`, with the lines it carries.
    qint64 delayToNext() const;
    QByteArray take(const QString &cid, qint64 nowMs, QJsonArray *lines);

private:
    struct Frame
    {
        qint64 t = 0;
        QByteArray text;
    };
    QList<Frame> m_frames;
    qsizetype m_next = 0;
    qint64 m_lastTimeMs = 0;
    qint64 m_loopShiftMs = 0;
};

} // namespace soopchat::sim
