// The client end to end against the simulator in a separate process: for
// each rate, how many packets per second SoopClient receives and decodes,
// whether any were lost or duplicated (the flood chat is numbered), and what
// it costs in CPU. Target: 20,000 packets/s with zero loss.
//
//   bench_client_e2e [SECONDS] [RATE...]     (defaults: 10 s; 5000 10000 20000 30000 40000 50000)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include "core/soop/SoopClient.h"
#include "sim/FloodSession.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
        double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Result
{
    int rate = 0;
    double seconds = 0;
    quint64 received = 0;
    quint64 lost = 0;
    quint64 duplicated = 0;
    quint64 reconnects = 0;
    double cpu = 0;
};

Result run(int rate, int seconds)
{
    QProcess simulator;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s, u"soopchat.*.info=false"_s);
    simulator.setProcessEnvironment(environment);
    simulator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    simulator.start(QStringLiteral(SOOPCHAT_CLI),
        {u"sim"_s, u"--port"_s, u"0"_s, u"--flood"_s, u"--rate"_s, QString::number(rate), u"--seconds"_s,
            QString::number(seconds + 30)});
    if (!simulator.waitForReadyRead(10'000))
        qFatal("the simulator did not start");
    const QByteArray line = simulator.readLine().trimmed();
    const QUrl apiBase(QString::fromLatin1(line.mid(line.indexOf('=') + 1)));

    Result result;
    result.rate = rate;
    soop::SoopClient client(soop::ClientConfig::forApiBase(apiBase));
    quint64 expected = 0;
    bool measuring = false;
    QElapsedTimer clock;
    double cpuStart = 0;
    QObject::connect(&client, &soop::SoopClient::eventsReceived, [&](const EventBatch &events) {
        for (const EventPtr &event : events) {
            if (event->type != EventType::Chat || !event->text)
                continue;
            const std::optional<quint64> number = sim::FloodSession::sequenceOf(*event->text);
            if (!number)
                continue;
            if (measuring) {
                ++result.received;
                if (*number < expected)
                    ++result.duplicated;
                else if (*number > expected)
                    result.lost += *number - expected;
            }
            expected = std::max(expected, *number + 1);
        }
    });
    QObject::connect(&client, &soop::SoopClient::statusChanged, [&](const ChannelStatus &status) {
        if (status.state != ConnectionState::Live || measuring)
            return;
        // One second to settle, then measure.
        QTimer::singleShot(1000, [&] {
            measuring = true;
            clock.start();
            cpuStart = cpuSeconds();
            QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
        });
    });
    client.start(soop::ChannelTarget {u"bench"_s});
    QCoreApplication::exec();
    result.seconds = clock.elapsed() / 1000.0;
    result.cpu = cpuSeconds() - cpuStart;
    result.reconnects = client.counters().drops;
    client.stop();
    simulator.terminate();
    simulator.waitForFinished(5000);
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"soopchat.*.info=false"_s);
    QStringList arguments = app.arguments().mid(1);
    const int seconds = arguments.isEmpty() ? 10 : arguments.takeFirst().toInt();
    QList<int> rates;
    for (const QString &rate : arguments)
        rates.append(rate.toInt());
    if (rates.isEmpty())
        rates = {5000, 10000, 20000, 30000, 40000, 50000};

    QTextStream out(stdout);
    out << "rate/s  received/s  lost  duplicated  reconnects  client CPU  CPU per packet\n";
    for (int rate : rates) {
        const Result r = run(rate, seconds);
        out << QString::number(r.rate).rightJustified(6) << "  "
            << QString::number(r.received / r.seconds, 'f', 0).rightJustified(10) << "  "
            << QString::number(r.lost).rightJustified(4) << "  " << QString::number(r.duplicated).rightJustified(10)
            << "  " << QString::number(r.reconnects).rightJustified(10) << "  "
            << QString(QString::number(100 * r.cpu / r.seconds, 'f', 0) + u'%').rightJustified(10) << "  "
            << QString::number(1e6 * r.cpu / std::max<quint64>(r.received, 1), 'f', 2).rightJustified(9) << " µs\n";
        out.flush();
    }
    return 0;
}
