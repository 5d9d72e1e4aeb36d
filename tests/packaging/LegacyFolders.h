#pragma once

// A home of the test's own with recordings in it, for the tests of the XDG
// folders and of the move from the old ones.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "core/store/SessionReader.h"
#include "core/store/SessionWriter.h"

namespace packagingtest {

using namespace Qt::StringLiterals;
using namespace soopchat;

inline constexpr qint64 BaseTimeMs = 1'795'000'000'000; // 2026-11-18T11:06:40Z

inline QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline EventPtr chat(qint64 atMs, const QString &text)
{
    auto event = std::make_shared<ChatEvent>();
    event->type = EventType::Chat;
    event->service = 5;
    event->receivedAtMs = atMs;
    event->userId = u"viewer01"_s;
    event->nickname = u"시청자1"_s;
    event->text = text;
    return event;
}

// A recording of `channel` with `chats` lines, copied to `path` while its
// writer still has it open: what a crash (or a copy of a running app's
// folder) leaves, its last transactions only in the -wal file beside it.
inline bool makeOpenRecording(const QString &scratch, const QString &channel, int chats, const QString &path)
{
    const QString source = scratch + u"/open-"_s + channel + u".db"_s;
    SessionWriter writer(source);
    writer.beginSession({.channelId = channel, .title = u"방송 "_s + channel, .startedAtMs = BaseTimeMs});
    EventBatch batch;
    for (int n = 0; n < chats; ++n)
        batch.append(chat(BaseTimeMs + n, u"안녕 %1"_s.arg(n)));
    writer.record(batch);
    QSignalSpy flushed(&writer, &SessionWriter::flushed);
    writer.flush();
    if (!flushed.wait(30'000))
        return false;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return QFile::copy(source, path) && QFile::copy(source + u"-wal"_s, path + u"-wal"_s) &&
        QFileInfo(path + u"-wal"_s).size() > 0;
}

// The channels and chat counts of a recording, read as the app reads it.
inline QStringList sessionsIn(const QString &path)
{
    SessionReader reader;
    if (reader.open(path).isError())
        return {u"cannot open"_s};
    StoreError error;
    QStringList result;
    for (const SessionSummary &session : reader.sessions(&error))
        result.append(u"%1:%2"_s.arg(session.info.channelId).arg(session.totals.chats));
    return result;
}

// A home of the test's own: XDG_DATA_HOME and XDG_CONFIG_HOME in a
// temporary folder, the real ones back afterwards.
class TemporaryHome
{
public:
    TemporaryHome()
        : m_oldData(qgetenv("XDG_DATA_HOME")), m_oldConfig(qgetenv("XDG_CONFIG_HOME")),
          m_hadData(qEnvironmentVariableIsSet("XDG_DATA_HOME")),
          m_hadConfig(qEnvironmentVariableIsSet("XDG_CONFIG_HOME"))
    {
        qputenv("XDG_DATA_HOME", QFile::encodeName(data()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config()));
    }
    ~TemporaryHome()
    {
        m_hadData ? qputenv("XDG_DATA_HOME", m_oldData) : qunsetenv("XDG_DATA_HOME");
        m_hadConfig ? qputenv("XDG_CONFIG_HOME", m_oldConfig) : qunsetenv("XDG_CONFIG_HOME");
    }
    Q_DISABLE_COPY_MOVE(TemporaryHome)

    QString path() const { return m_dir.path(); }
    QString data() const { return m_dir.path() + u"/share"_s; }
    QString config() const { return m_dir.path() + u"/config"_s; }
    // The environment of a program started in this home.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, path());
        env.insert(u"XDG_DATA_HOME"_s, data());
        env.insert(u"XDG_CONFIG_HOME"_s, config());
        return env;
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_oldData;
    QByteArray m_oldConfig;
    bool m_hadData;
    bool m_hadConfig;
};

} // namespace packagingtest
