#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/alerts/AlertConfigFile.h"
#include "core/alerts/AlertHistory.h"

using namespace soopchat;

// The alerts file: what is written is read back the same, a person's edits
// with mistakes load what they can and say what they left out, and a file
// that cannot be written leaves the old one whole.
class TstAlertConfig : public QObject
{
    Q_OBJECT

private:
    static AlertConfig sample()
    {
        AlertConfig config;
        AlertRule big;
        big.id = QStringLiteral("r1");
        big.name = QStringLiteral("큰 별풍선");
        big.kinds = {EventType::Balloon, EventType::VideoBalloon};
        big.minAmount = 100;
        big.roles = Role::TopFan | Role::FanClub;
        big.pattern = QStringLiteral("축하");
        big.channels = {QStringLiteral("demo_bj")};
        big.cooldownSeconds = 5;
        big.userCooldownSeconds = 60;
        big.actions = {
            AlertAction {AlertAction::Kind::Notification, QStringLiteral("{nickname}님 {count}개"), {}, {}, 80},
            AlertAction {AlertAction::Kind::Discord, {}, QStringLiteral("t1"), {}, 80},
            AlertAction {AlertAction::Kind::Sound, {}, {}, QStringLiteral("/usr/share/sounds/x.oga"), 40}};
        AlertRule entry;
        entry.id = QStringLiteral("r2");
        entry.name = QStringLiteral("열혈팬 입장");
        entry.enabled = false;
        entry.kinds = {EventType::UserEnter};
        entry.users = {QStringLiteral("fan01"), QStringLiteral("별명")};
        entry.pattern = QStringLiteral("^안녕");
        entry.patternIsRegex = true;
        entry.maxAmount = 0;
        config.rules = {big, entry};
        config.targets = {AlertTarget {QStringLiteral("t1"), AlertTarget::Kind::Discord, QStringLiteral("#후원"), {}},
            AlertTarget {
                QStringLiteral("t2"), AlertTarget::Kind::Telegram, QStringLiteral("bot"), QStringLiteral("-100123")}};
        config.speech.blockedWords = {QStringLiteral("욕")};
        config.speech.rate = 0.25;
        config.boxTiers = {AlertBoxTier {DonationTier::Huge, QStringLiteral("/tmp/a.gif"), {}, 10}};
        return config;
    }

private slots:
    void whatIsWrittenIsReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.json"));
        QCOMPARE(AlertConfigFile::save(path, sample()), QString());
        const auto loaded = AlertConfigFile::load(path);
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(QLatin1Char('\n'))));
        QVERIFY(loaded.fileExisted);
        QCOMPARE(loaded.config, sample());
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        // Readable: the names a person edits are in the file as words.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("\"kinds\": [\n                \"balloon\""));
        QVERIFY(text.contains("\"top_fan\""));
        QVERIFY(text.contains("\"kind\": \"discord\""));
    }

    void aMissingFileIsAnEmptyConfig()
    {
        QTemporaryDir dir;
        const auto loaded = AlertConfigFile::load(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!loaded.fileExisted);
        QVERIFY(loaded.problems.isEmpty());
        QCOMPARE(loaded.config, AlertConfig());
    }

    void mistakesLoadWhatTheyCanAndSaySo()
    {
        const auto loaded = AlertConfigFile::fromJson(R"({"version": 1, "rules": [
            {"name": "a", "kinds": ["balloon", "nonsense"], "roles": ["boss"], "min_amount": -5,
             "cooldown_seconds": 1e12, "actions": [{"kind": "fax"}, {"kind": "speech", "volume": 500}]},
            {"kinds": ["chat"]}],
            "targets": [{"kind": "pigeon", "id": "x"}, {"kind": "telegram"}],
            "alert_box": {"tiers": [{"tier": "giant"}]}})");
        QCOMPARE(loaded.problems.size(), 6);
        QCOMPARE(loaded.config.rules.size(), 2);
        const AlertRule &rule = loaded.config.rules.first();
        QCOMPARE(rule.kinds, QList<EventType> {EventType::Balloon});
        QCOMPARE(rule.roles, Roles());
        QVERIFY(!rule.minAmount);
        QCOMPARE(rule.cooldownSeconds, 24 * 60 * 60);
        QCOMPARE(rule.actions.size(), 1);
        QCOMPARE(rule.actions.first().volume, 100);
        QVERIFY(!rule.id.isEmpty());
        QCOMPARE(loaded.config.rules.at(1).name, QStringLiteral("Rule 2"));
        QVERIFY(loaded.config.targets.isEmpty());
    }

    void garbageIsSaidAndNothingIsInvented()
    {
        for (const QByteArray &json : {QByteArray("{"), QByteArray("[1,2]"), QByteArray("\xff\xfe")}) {
            const auto loaded = AlertConfigFile::fromJson(json);
            QCOMPARE(loaded.problems.size(), 1);
            QCOMPARE(loaded.config, AlertConfig());
        }
    }

    void aFailedWriteLeavesTheOldFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alerts.json"));
        QCOMPARE(AlertConfigFile::save(path, sample()), QString());
        // A folder where the file should be: the write fails and says so.
        const QString blocked = dir.filePath(QStringLiteral("blocked"));
        QVERIFY(QDir().mkpath(blocked + QStringLiteral("/alerts.json")));
        QVERIFY(!AlertConfigFile::save(blocked + QStringLiteral("/alerts.json"), AlertConfig()).isEmpty());
        QCOMPARE(AlertConfigFile::load(path).config, sample());
    }

    // The history keeps the latest state of each action, and no more than
    // its capacity.
    void theHistoryKeepsTheLatestStateOfEachAction()
    {
        AlertHistory history(3);
        QSignalSpy added(&history, &AlertHistory::added);
        QSignalSpy changed(&history, &AlertHistory::changed);
        QSignalSpy dropped(&history, &AlertHistory::removedFirst);
        AlertReport report;
        report.alertId = QStringLiteral("a");
        report.actionIndex = 0;
        history.add(report);
        report.state = AlertReport::State::Retrying;
        history.add(report);
        QCOMPARE(history.entries().size(), 1);
        QCOMPARE(history.entries().first().state, AlertReport::State::Retrying);
        QCOMPARE(changed.size(), 1);
        for (const char *id : {"b", "c", "d"}) {
            report.alertId = QString::fromLatin1(id);
            history.add(report);
        }
        QCOMPARE(history.entries().size(), 3);
        QCOMPARE(history.entries().first().alertId, QStringLiteral("b"));
        QCOMPARE(added.size(), 4);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(alertReportStateName(AlertReport::State::Retrying), QLatin1StringView("retrying"));
    }
};

QTEST_GUILESS_MAIN(TstAlertConfig)
#include "tst_alertconfig.moc"
