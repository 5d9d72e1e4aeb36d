#include "ui/history/HistoryFormat.h"

#include <QDateTime>
#include <QLocale>

#include "core/store/SessionInfo.h"

namespace soopchat::HistoryFormat {

using namespace Qt::StringLiterals;

QString dateTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString date(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toString(u"yyyy-MM-dd"_s);
}

QString clockTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toString(u"HH:mm:ss"_s);
}

QString duration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    const QString mmss = u"%1:%2"_s.arg(m, h > 0 ? 2 : 1, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    return h > 0 ? QString::number(h) + u':' + mmss : mmss;
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString streamer(const SessionSummary &session)
{
    const QString &nick = session.info.streamerNickname;
    const QString &id = session.info.channelId;
    if (nick.isEmpty() || nick == id)
        return id;
    return u"%1 (%2)"_s.arg(nick, id);
}

QString fileStem(const SessionSummary &session)
{
    QString channel = session.info.channelId;
    // Ids are ASCII; anything else (a path separator above all) is replaced.
    for (QChar &c : channel) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-'))
            c = u'_';
    }
    if (channel.isEmpty())
        channel = u"session"_s;
    return channel + u'-' + QDateTime::fromMSecsSinceEpoch(session.info.startedAtMs).toString(u"yyyy-MM-dd-HHmm"_s);
}

} // namespace soopchat::HistoryFormat
