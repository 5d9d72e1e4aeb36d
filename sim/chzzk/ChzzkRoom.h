#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QRandomGenerator>

#include "sim/chzzk/ChzzkLines.h"

namespace soopchat::sim {

// A scripted, lively CHZZK room: chat with the site's emoticons, cheese
// donations (named, anonymous, video), subscriptions, now and then a blind of
// a line just said and a system line. Deterministic for a seed.
class ChzzkRoom
{
public:
    explicit ChzzkRoom(quint64 seed = 1);

    struct Output
    {
        QByteArray frame;
        QJsonArray lines; // the lines it carries (pushed spelling), for recent chat
    };
    // The next frame for chat id `cid`; times strictly increase from `nowMs`.
    Output next(const QString &cid, qint64 nowMs);
    // One plain chat line (tests): its frame, with the author and time in `line`.
    Output chat(const QString &cid, const QString &text, qint64 nowMs);

private:
    qint64 stamp(qint64 nowMs);
    const ChzzkLines::User &someone();

    QRandomGenerator m_random;
    QList<ChzzkLines::User> m_users;
    qint64 m_lastTimeMs = 0;
    struct Said
    {
        QString userId;
        qint64 timeMs;
    };
    QList<Said> m_recent; // the last lines said, for a blind
};

} // namespace soopchat::sim
