// The alerts headless: `soopchat-cli record --alerts FILE` against the SOOP
// simulator fires a big-balloon rule for the simulator's big balloons and only
// those, with a line per alert and per report; `soopchat-cli alerts check`
// prints what it understood and exits 1 on problems.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/alerts/AlertConfigFile.h"
#include "sim/SoopSimulator.h"
#include "support/TestData.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

constexpr int Timeout = 60'000;

// The CLI without a desktop: never a developer's real notification service.
QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/soopchat-test-bus"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LC_ALL"_s);
    return env;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TstAlertsCli : public QObject
{
    Q_OBJECT

private slots:
    void recordFiresTheBigBalloonRuleForTheSimulatorsBalloons()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        QTemporaryDir dir;
        AlertConfig config;
        AlertRule big;
        big.id = u"big"_s;
        big.name = u"Big balloons"_s;
        big.kinds = {EventType::Balloon};
        big.minAmount = 100;
        big.actions = {AlertAction {AlertAction::Kind::Notification, u"{nickname}: {count} {item}"_s, {}, {}, 80}};
        AlertRule never;
        never.id = u"never"_s;
        never.name = u"Never"_s;
        never.kinds = {EventType::Balloon};
        never.minAmount = 1'000'000;
        config.rules = {big, never};
        const QString file = dir.filePath(u"alerts.json"_s);
        QCOMPARE(AlertConfigFile::save(file, config), QString());

        QProcess record;
        record.setProcessEnvironment(headless());
        record.start(testdata::cliPath(),
            {u"record"_s, u"gosegu2"_s, u"--api-base"_s, simulator.apiBase().toString(), u"--db"_s,
                dir.filePath(u"sessions.db"_s), u"--alerts"_s, file, u"--seconds"_s, u"120"_s});
        QVERIFY(record.waitForStarted());

        // Three big balloons (a star balloon in ten is 100 or more).
        QByteArray out;
        const auto alertLines = [&out] {
            QStringList lines;
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("alert "))
                    lines.append(QString::fromUtf8(line));
            }
            return lines;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                out += record.readAllStandardOutput();
                return alertLines().size() >= 3 || record.state() == QProcess::NotRunning;
            }(),
            Timeout);
        record.terminate();
        QVERIFY(record.waitForFinished(Timeout));
        out += record.readAllStandardOutput();
        const QByteArray errors = record.readAllStandardError();
        QCOMPARE(record.exitCode(), 0);

        const QStringList alerts = alertLines();
        QVERIFY2(alerts.size() >= 3, out.constData());
        // "alert ID Big balloons · gosegu2 · NICK sent N star balloons: MESSAGE"
        static const QRegularExpression line(
            u"^alert ([0-9a-f]+) Big balloons · gosegu2 · .+ sent ([0-9,]+) star balloons"_s);
        QStringList ids;
        for (const QString &alert : alerts) {
            const QRegularExpressionMatch match = line.match(alert);
            QVERIFY2(match.hasMatch(), qPrintable(alert));
            const qint64 count = match.captured(2).remove(u',').toLongLong();
            QVERIFY2(count >= 100, qPrintable(alert));
            ids.append(match.captured(1));
        }
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()); // a fresh id per alert
        // Each notification reports, here that there is no desktop to show it.
        for (const QString &id : ids) {
            const QByteArray report = "alert-report " + id.toUtf8() + " #0 notification failed: ";
            QVERIFY2(out.contains(report), out.constData());
        }
        QVERIFY2(!errors.contains("Never"), errors.constData());
    }

    void recordRefusesAMissingAlertsFile()
    {
        QTemporaryDir dir;
        QProcess record;
        record.setProcessEnvironment(headless());
        record.start(testdata::cliPath(),
            {u"record"_s, u"gosegu2"_s, u"--alerts"_s, dir.filePath(u"missing.json"_s), u"--db"_s,
                dir.filePath(u"s.db"_s)});
        QVERIFY(record.waitForFinished(Timeout));
        QCOMPARE(record.exitCode(), 2);
        QVERIFY(record.readAllStandardError().contains("there is no alerts file"));
    }

    void checkPrintsTheRulesAndTheProblems()
    {
        QTemporaryDir dir;
        const QString good = writeFile(dir, u"good.json"_s,
            "{\"version\": 1, \"rules\": [ "
            "{\"id\": \"a\", \"name\": \"열혈팬 입장\", \"kinds\": [\"user_enter\"], \"roles\": [\"top_fan\"], "
            "\"user_cooldown_seconds\": 600, \"actions\": [{\"kind\": \"notification\", \"text\": \"{nickname}\"}]}, "
            "{\"id\": \"b\", \"name\": \"Big\", \"kinds\": [\"balloon\", \"video_balloon\"], \"min_amount\": 100, "
            "\"actions\": [{\"kind\": \"sound\", \"sound\": \"/x.oga\", \"volume\": 50}]}]}");
        QProcess check;
        check.setProcessEnvironment(headless());
        check.start(testdata::cliPath(), {u"alerts"_s, u"check"_s, good});
        QVERIFY(check.waitForFinished(Timeout));
        const QString out = QString::fromUtf8(check.readAllStandardOutput());
        QCOMPARE(check.exitCode(), 0);
        QVERIFY2(out.contains(u"2 rules, 0 targets"_s), qPrintable(out));
        QVERIFY2(out.contains(u"rule \"열혈팬 입장\" kinds=user_enter roles=top_fan user-cooldown=600s "
                              "actions=notification"_s),
            qPrintable(out));
        QVERIFY2(
            out.contains(u"rule \"Big\" kinds=balloon,video_balloon amount >= 100 actions=sound"_s), qPrintable(out));
        QVERIFY(!out.contains(u"problem:"_s));

        const QString bad = writeFile(dir, u"bad.json"_s,
            "{\"rules\": [ "
            "{\"id\": \"r\", \"name\": \"Regex\", \"pattern\": \"(open\", \"regex\": true, \"kinds\": [\"balloon\", "
            "\"nonsense\"]}]}");
        check.start(testdata::cliPath(), {u"alerts"_s, u"check"_s, bad});
        QVERIFY(check.waitForFinished(Timeout));
        const QString problems = QString::fromUtf8(check.readAllStandardOutput());
        QCOMPARE(check.exitCode(), 1);
        QVERIFY2(problems.contains(u"rule \"Regex\" kinds=balloon regex=(open"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"problem: "_s) && problems.contains(u"nonsense"_s), qPrintable(problems));
        QVERIFY2(problems.contains(u"(open"_s) && problems.count(u"problem: "_s) == 2, qPrintable(problems));

        check.start(testdata::cliPath(), {u"alerts"_s, u"check"_s, dir.filePath(u"none.json"_s)});
        QVERIFY(check.waitForFinished(Timeout));
        QCOMPARE(check.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TstAlertsCli)
#include "tst_alertscli.moc"
