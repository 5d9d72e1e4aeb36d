#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include <unistd.h>

#include "cli/CliCommand.h"
#include "cli/ClientOptions.h"
#include "core/channel/ChannelRecorder.h"
#include "core/channel/ChannelSession.h"
#include "core/store/SessionDatabase.h"
#include "core/store/SessionWriter.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

// The one-line live summary: rewritten in place on a terminal, a plain line
// every ten seconds otherwise (logs, pipes).
class Summary
{
public:
    explicit Summary(const QString &channel) : m_channel(channel), m_terminal(::isatty(STDERR_FILENO)) { }

    void count(const EventBatch &events)
    {
        m_events += events.size();
        for (const EventPtr &event : events) {
            if (event->type == EventType::Balloon && event->count)
                m_balloons += *event->count;
        }
    }

    void setState(const soop::ClientStatus &status)
    {
        // A reconnect is a joined connection lost and tried again.
        if (m_wasLive && status.state == soop::ConnectionState::Reconnecting)
            ++m_reconnects;
        m_wasLive = status.state == soop::ConnectionState::Live;
        m_state = QString::fromLatin1(soop::connectionStateName(status.state));
    }

    void print(qint64 written, bool force = false)
    {
        if (!m_terminal && !force && ++m_ticks % 10 != 0)
            return;
        const QLocale c = QLocale::c();
        const QString line = u"recording %1 · %2 · %3 events (%4 saved) · %5 balloons · %6 reconnects"_s.arg(m_channel,
            m_state, c.toString(m_events), c.toString(written), c.toString(m_balloons), QString::number(m_reconnects));
        QTextStream err(stderr);
        if (m_terminal)
            err << '\r' << line << "\x1b[K";
        else
            err << line << '\n';
        err.flush();
    }

    void finish(qint64 written)
    {
        print(written, true);
        if (m_terminal)
            QTextStream(stderr) << '\n';
    }

private:
    QString m_channel;
    bool m_terminal;
    QString m_state = u"starting"_s;
    qint64 m_events = 0;
    qint64 m_balloons = 0;
    quint64 m_reconnects = 0;
    bool m_wasLive = false;
    int m_ticks = 0;
};

} // namespace

int record(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"CHANNEL"_s, u"A streamer id or a play./ch./vod. address."_s);
    ClientOptions clientOptions(parser);
    const QCommandLineOption db(u"db"_s, u"The recording database (default: %1)."_s.arg(SessionDatabase::defaultPath()),
        u"FILE"_s, SessionDatabase::defaultPath());
    const QCommandLineOption seconds(u"seconds"_s, u"Stop after N seconds (default: until Ctrl+C)."_s, u"N"_s);
    parser.addOption(db);
    parser.addOption(seconds);
    if (const int exit = parse(parser, "record", arguments); exit >= 0)
        return exit;

    int exitCode = ExitOk;
    qint64 limit = 0;
    if (!intOption(parser, seconds.names().first(), 1, 365 * 24 * 3600, &limit, "record", &exitCode))
        return exitCode;
    std::optional<soop::ChannelTarget> target;
    soop::ClientConfig config;
    if (!clientOptions.read(parser, "record", &target, &config, &exitCode))
        return exitCode;
    const QString path = parser.value(db);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail("record", u"cannot create the folder of %1"_s.arg(path), ExitFailure);

    SessionWriter writer(path);
    ChannelSession session(*target, config);
    ChannelRecorder recorder(&session, &writer);
    Summary summary(target->displayName());

    QObject::connect(&writer, &SessionWriter::error,
        [](const StoreError &error) { QTextStream(stderr) << "\nsoopchat-cli record: " << error.message << '\n'; });
    QObject::connect(&writer, &SessionWriter::switchedToFile, [](const QString &file) {
        QTextStream(stderr) << "\nsoopchat-cli record: recording goes on in " << file << '\n';
    });
    QObject::connect(&writer, &SessionWriter::eventsDropped,
        [](qint64, const QString &message) { QTextStream(stderr) << "\nsoopchat-cli record: " << message << '\n'; });
    QObject::connect(
        &session, &ChannelSession::eventsReceived, [&](const EventBatch &events) { summary.count(events); });
    soop::ConnectionState lastState = soop::ConnectionState::Idle;
    QObject::connect(&session, &ChannelSession::statusChanged, [&](const soop::ClientStatus &status) {
        summary.setState(status);
        if (status.state != lastState) {
            lastState = status.state;
            QTextStream(stderr) << (::isatty(STDERR_FILENO) ? "\r\x1b[K" : "");
            reportStatus("record", status);
        }
        if (status.state == soop::ConnectionState::NotFound ||
            status.state == soop::ConnectionState::PasswordRequired) {
            exitCode = ExitFailure;
            QCoreApplication::exit(exitCode);
        }
    });

    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { summary.print(writer.eventsWritten()); });
    ticker.start(1000);
    quitOnSignals();
    if (limit > 0)
        QTimer::singleShot(std::chrono::seconds(limit), qApp, &QCoreApplication::quit);
    session.start(clientOptions.password());
    QCoreApplication::exec();
    session.stop();
    QCoreApplication::processEvents(); // the last batch and the stop
    ticker.stop();
    // The recorder ends the session and the writer commits the rest as they
    // go out of scope.
    summary.finish(writer.eventsWritten() + writer.pendingEvents());
    return exitCode;
}

} // namespace cli
