// Settings → Alerts (issue #14) through the real settings dialog: a rule with
// two actions whose preview follows the template as it is typed, saved to the
// alerts file and read back; a Discord webhook's address kept in the keychain
// and in no file, or, with no keychain, a clear message and nothing kept; an
// invalid expression said as typed; the problems of a hand-edited file at the
// top; the list's add, duplicate, reorder, switch off and remove; the test
// buttons. Run by ctest through with-dbus.sh: against GNOME Keyring in a D-Bus
// session of its own and in one where no keychain can appear
// (SOOPCHAT_TEST_KEYCHAIN says which); XDG_CONFIG_HOME is the run's own
// folder, so the alerts file is too. Screenshots at 800×600 in both languages
// (and at 1.5× scaling in the scaled run) are kept in the build folder.
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "core/alerts/AlertConfigFile.h"
#include "core/util/AppPaths.h"
#include "core/util/RandomId.h"
#include "core/util/SecretStore.h"
#include "support/TestData.h"
#include "ui/alerts/AlertActionCard.h"
#include "ui/alerts/AlertPreview.h"
#include "ui/alerts/AlertRuleEditor.h"
#include "ui/alerts/AlertTargetsEditor.h"
#include "ui/alerts/AlertsSettingsPage.h"
#include "ui/main/AppContext.h"
#include "ui/main/SettingsDialog.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

// The real app's options in the test's own folder, with no platform to open
// channels on (none is needed here) and no overlay server.
AppContext::Options appOptions(const QString &folder, const QString &language)
{
    AppContext::Options options;
    options.settingsPath = folder + u"/soopchat.ini"_s;
    options.dataDir = folder + u"/data"_s;
    options.language = language;
    options.overlayServer = false;
    options.imageCacheDir = folder + u"/cache/images"_s;
    // The run's own XDG_CONFIG_HOME: the page edits the file the app's engine reads.
    options.alertsPath = AlertConfigFile::defaultPath();
    return options;
}

const QString Secret = u"https://discord.com/api/webhooks/123456/SeCrEt-token-never-in-a-file"_s;

QString keychainMode()
{
    return qEnvironmentVariable("SOOPCHAT_TEST_KEYCHAIN");
}

QString screenshotPath(const QString &name)
{
    const QString path = testdata::buildDir() + u"/screenshots/"_s + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

// Saves what `widget` shows once every pending layout has been done.
bool saveScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return widget->grab().save(screenshotPath(name));
}

QString scaleSuffix()
{
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR");
    return scale.isEmpty() || scale == u"1"_s ? QString() : u"-"_s + scale + u"x"_s;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The settings dialog of a real app context, on its Alerts tab.
struct Settings
{
    explicit Settings(const QString &folder, const QString &service, const QString &language = u"en"_s)
        : context(options(folder, service, language)), dialog(context)
    {
        page = dialog.findChild<AlertsSettingsPage *>();
        if (page)
            dialog.findChild<QTabWidget *>()->setCurrentWidget(page);
        // Buttons are clicked as a user would: on a dialog on the screen.
        dialog.resize(800, 600);
        dialog.show();
        exposed = QTest::qWaitForWindowExposed(&dialog);
    }
    static AppContext::Options options(const QString &folder, const QString &service, const QString &language)
    {
        AppContext::Options options = appOptions(folder, language);
        options.secretService = service;
        return options;
    }
    template<typename T>
    T *find(const QString &name) const
    {
        return page->findChild<T *>(name);
    }
    void clickOk()
    {
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
    }

    AppContext context;
    SettingsDialog dialog;
    AlertsSettingsPage *page = nullptr;
    bool exposed = false;
};

} // namespace

class TestAlertSettings : public QObject
{
    Q_OBJECT

    QString m_service;

private slots:
    void initTestCase()
    {
        // The alerts file is the user's own (AlertConfigFile::defaultPath()): only in a run of its own.
        QVERIFY2(!keychainMode().isEmpty(), "run through tests/overlay/with-dbus.sh (ctest does)");
        m_service = u"soopchat-test-"_s + randomHexId();
    }

    void init()
    {
        QFile::remove(AlertConfigFile::defaultPath());
        QVERIFY(AppPaths::makePrivateFolder(AppPaths::configDir()));
    }

    void aRuleWithTwoActionsPreviewsAsTypedAndIsSaved()
    {
        QTemporaryDir folder;
        Settings settings(folder.path(), m_service);
        QVERIFY(settings.page);
        QVERIFY(settings.exposed);

        // A Discord webhook to post to, first.
        settings.page->sections()->setCurrentIndex(1);
        QTest::mouseClick(settings.find<QPushButton>(u"addDiscord"_s), Qt::LeftButton);
        auto *targetName = settings.find<QLineEdit>(u"targetName"_s);
        targetName->selectAll();
        QTest::keyClicks(targetName, u"#donations"_s);
        QCOMPARE(settings.page->config().targets.size(), 1);
        const AlertTarget target = settings.page->config().targets.first();
        QCOMPARE(target.name, u"#donations"_s);

        settings.page->sections()->setCurrentIndex(0);
        QTest::mouseClick(settings.find<QPushButton>(u"addRule"_s), Qt::LeftButton);
        QCOMPARE(settings.page->ruleList()->count(), 1);
        auto *name = settings.find<QLineEdit>(u"ruleName"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Big balloons"_s);
        QCOMPARE(settings.page->ruleList()->item(0)->text(), u"Big balloons"_s);
        QVERIFY(settings.find<QCheckBox>(u"kind-star_balloon"_s)->isChecked());
        settings.find<QSpinBox>(u"ruleMinAmount"_s)->setValue(100);
        settings.find<QSpinBox>(u"ruleMinWon"_s)->setValue(11'000);
        settings.find<QCheckBox>(u"role-top_fan"_s)->setChecked(true);

        // The new rule's notification: the preview follows the template as it is typed.
        AlertRuleEditor *editor = settings.page->ruleEditor();
        QCOMPARE(editor->actionCards().size(), 1);
        AlertActionCard *notification = editor->actionCards().first();
        auto *text = notification->findChild<QLineEdit *>(u"actionText"_s);
        QVERIFY(notification->previewText().startsWith(u"SweetBear "_s)); // the usual wording while empty
        QTest::keyClicks(text, u"{nickname}"_s);
        QCOMPARE(notification->previewText(), u"SweetBear"_s);
        QTest::keyClicks(text, u" sent {count} {item}: "_s);
        QCOMPARE(notification->previewText(), u"SweetBear sent 1,000 star balloons: "_s);
        QTest::mouseClick(notification->findChild<QToolButton *>(u"insert-message"_s), Qt::LeftButton);
        QCOMPARE(
            notification->previewText(), u"SweetBear sent 1,000 star balloons: Congratulations on the broadcast!"_s);
        // Another kind: the made-up event follows the rule.
        settings.find<QCheckBox>(u"kind-star_balloon"_s)->setChecked(false);
        settings.find<QCheckBox>(u"kind-ad_balloon"_s)->setChecked(true);
        QCOMPARE(notification->previewText(), u"SweetBear sent 500 ad balloons: Congratulations on the broadcast!"_s);
        settings.find<QCheckBox>(u"kind-star_balloon"_s)->setChecked(true);

        // A second action: a Discord post to that webhook, from the "Add Action" menu.
        auto *add = settings.find<QToolButton>(u"addAction"_s);
        QAction *addDiscord = add->menu()->findChild<QAction *>(u"add-discord"_s);
        QVERIFY(addDiscord);
        addDiscord->trigger();
        QCOMPARE(editor->actionCards().size(), 2);
        AlertActionCard *discord = editor->actionCards().last();
        auto *chooser = discord->findChild<QComboBox *>(u"actionTarget"_s);
        QCOMPARE(chooser->currentText(), u"#donations"_s);
        QTest::keyClicks(discord->findChild<QLineEdit *>(u"actionText"_s), u"{nickname}: {count} {item}"_s);
        QCOMPARE(discord->previewText(), u"SweetBear: 1,000 star balloons"_s);

        QVERIFY(saveScreenshot(&settings.dialog, u"alerts-rule-en%1.png"_s.arg(scaleSuffix())));
        // The actions, scrolled to.
        for (QScrollArea *area : settings.page->findChildren<QScrollArea *>()) {
            if (area->isAncestorOf(discord))
                area->ensureWidgetVisible(discord);
        }
        QVERIFY(saveScreenshot(&settings.dialog, u"alerts-actions-en%1.png"_s.arg(scaleSuffix())));
        settings.clickOk();
        QVERIFY(!settings.dialog.isVisible());
        QVERIFY(settings.page->saveError().isEmpty());

        // The file on disk holds the rule as edited.
        const AlertConfigFile::Loaded loaded = AlertConfigFile::load(AlertConfigFile::defaultPath());
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(u'\n')));
        QCOMPARE(loaded.config.rules.size(), 1);
        const AlertRule &rule = loaded.config.rules.first();
        QCOMPARE(rule.name, u"Big balloons"_s);
        QVERIFY(rule.enabled);
        QVERIFY(!rule.id.isEmpty());
        QVERIFY(rule.kinds.contains(EventType::Balloon));
        QVERIFY(rule.kinds.contains(EventType::AdBalloon));
        QCOMPARE(rule.minAmount, std::optional<qint64>(100));
        QCOMPARE(rule.maxAmount, std::nullopt);
        QCOMPARE(rule.minWon, std::optional<qint64>(11'000));
        QCOMPARE(rule.roles, Roles(Role::TopFan));
        QCOMPARE(rule.actions.size(), 2);
        QCOMPARE(rule.actions[0].kind, AlertAction::Kind::Notification);
        QCOMPARE(rule.actions[0].text, u"{nickname} sent {count} {item}: {message}"_s);
        QCOMPARE(rule.actions[1].kind, AlertAction::Kind::Discord);
        QCOMPARE(rule.actions[1].target, target.id);
        QCOMPARE(loaded.config.targets, QList<AlertTarget> {target});
    }

    void theKoreanPreviewSpeaksKorean()
    {
        QTemporaryDir folder;
        Settings settings(folder.path(), m_service, u"ko"_s);
        if (AlertPreview::tr("SweetBear") == u"SweetBear"_s)
            QSKIP("the Korean catalogue lacks the alerts' words (translations/*.ts, from tr-alertui.json)");
        settings.page->addRule();
        AlertActionCard *card = settings.page->ruleEditor()->actionCards().first();
        // QTest types Latin-1 only: the Korean words are pasted.
        auto *text = card->findChild<QLineEdit *>(u"actionText"_s);
        QTest::keyClicks(text, u"{nickname}"_s);
        QCOMPARE(card->previewText(), u"달콤한곰"_s);
        text->insert(u"님 {item} {count}개 감사합니다!"_s);
        QCOMPARE(card->previewText(), u"달콤한곰님 별풍선 1,000개 감사합니다!"_s);
    }

    void aSecretGoesToTheKeychainAndIntoNoFile()
    {
        if (keychainMode() != u"available"_s)
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        QTemporaryDir folder;
        Settings settings(folder.path(), m_service);
        settings.page->sections()->setCurrentIndex(1);
        QTest::mouseClick(settings.find<QPushButton>(u"addDiscord"_s), Qt::LeftButton);
        const AlertTarget target = settings.page->config().targets.first();
        auto *secret = settings.find<QLineEdit>(u"targetSecret"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret, Secret);
        QTest::mouseClick(settings.find<QPushButton>(u"storeSecret"_s), Qt::LeftButton);
        QCOMPARE(settings.page->targetsEditor()->secretStatus(), u"Kept in the system keychain."_s);
        QVERIFY(secret->text().isEmpty()); // not left in the field either
        const SecretStore::Result kept = SecretStore(m_service).read(target.secretKey());
        QVERIFY2(kept.ok(), qPrintable(kept.error));
        QCOMPARE(kept.value, Secret);

        settings.clickOk();
        QCOMPARE(AlertConfigFile::load(AlertConfigFile::defaultPath()).config.targets, QList<AlertTarget> {target});
        QVERIFY(!fileBytes(AlertConfigFile::defaultPath()).contains("SeCrEt"));
        QVERIFY(!fileBytes(settings.context.settings().path()).contains("SeCrEt"));

        // Removing the target takes its secret out of the keychain.
        Settings again(folder.path(), m_service);
        again.page->sections()->setCurrentIndex(1);
        again.page->targetsEditor()->select(0);
        QTest::mouseClick(again.find<QPushButton>(u"removeTarget"_s), Qt::LeftButton);
        again.clickOk();
        QVERIFY(AlertConfigFile::load(AlertConfigFile::defaultPath()).config.targets.isEmpty());
        QCOMPARE(SecretStore(m_service).read(target.secretKey()).status, SecretStore::Status::NotFound);
    }

    void withoutAKeychainTheSecretIsKeptNowhereAndTheUserIsTold()
    {
        if (keychainMode() != u"none"_s)
            QSKIP("needs a session without a keychain: run through with-dbus.sh none (ctest does)");
        QTemporaryDir folder;
        Settings settings(folder.path(), m_service);
        settings.dialog.resize(800, 600);
        settings.dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings.dialog));
        settings.page->sections()->setCurrentIndex(1);
        QTest::mouseClick(settings.find<QPushButton>(u"addTelegram"_s), Qt::LeftButton);
        QTest::keyClicks(settings.find<QLineEdit>(u"targetChatId"_s), u"-1001234567890"_s);
        QTest::keyClicks(settings.find<QLineEdit>(u"targetSecret"_s), Secret);
        QTest::mouseClick(settings.find<QPushButton>(u"storeSecret"_s), Qt::LeftButton);
        const QString status = settings.page->targetsEditor()->secretStatus();
        QVERIFY2(
            status.startsWith(u"No keychain answered, so the bot token was not saved anywhere."_s), qPrintable(status));
        QVERIFY(settings.find<QLabel>(u"secretStatus"_s)->isVisible());
        QVERIFY(saveScreenshot(&settings.dialog, u"alerts-no-keychain-en%1.png"_s.arg(scaleSuffix())));

        settings.clickOk(); // no second message: the user was told
        QVERIFY(!settings.dialog.isVisible());
        const AlertConfigFile::Loaded loaded = AlertConfigFile::load(AlertConfigFile::defaultPath());
        QCOMPARE(loaded.config.targets.size(), 1);
        QCOMPARE(loaded.config.targets.first().chatId, u"-1001234567890"_s);
        QCOMPARE(SecretStore(m_service).read(loaded.config.targets.first().secretKey()).status,
            SecretStore::Status::Unavailable);
        // Nowhere else: not in the alerts file, the settings, or any file of the config folder.
        QDir config(AppPaths::configDir());
        for (const QFileInfo &file : config.entryInfoList(QDir::Files))
            QVERIFY2(!fileBytes(file.filePath()).contains("SeCrEt"), qPrintable(file.filePath()));
        QVERIFY(!fileBytes(settings.context.settings().path()).contains("SeCrEt"));
        for (const QFileInfo &file : QDir(folder.path()).entryInfoList(QDir::Files))
            QVERIFY2(!fileBytes(file.filePath()).contains("SeCrEt"), qPrintable(file.filePath()));
    }

    void anInvalidExpressionIsSaidAsTyped()
    {
        QTemporaryDir folder;
        Settings settings(folder.path(), m_service);
        settings.page->addRule();
        auto *pattern = settings.find<QLineEdit>(u"rulePattern"_s);
        auto *error = settings.find<QLabel>(u"rulePatternError"_s);
        QTest::keyClicks(pattern, u"(unclosed"_s);
        QVERIFY(settings.page->ruleEditor()->patternError().isEmpty()); // words, not an expression
        settings.find<QCheckBox>(u"ruleRegex"_s)->setChecked(true);
        QVERIFY2(
            settings.page->ruleEditor()->patternError().startsWith(u"The regular expression is invalid at character"_s),
            qPrintable(settings.page->ruleEditor()->patternError()));
        QVERIFY(!error->isHidden());
        QTest::keyClicks(pattern, u")"_s);
        QVERIFY(settings.page->ruleEditor()->patternError().isEmpty());
        QVERIFY(error->isHidden());
    }

    void theFilesProblemsAreSaidAtTheTopAndWhatWasReadIsShown()
    {
        AlertConfig config;
        AlertRule good;
        good.id = u"aaaa"_s;
        good.name = u"Top fan enters"_s;
        good.kinds = {EventType::UserEnter};
        good.roles = Role::TopFan;
        AlertRule partly = good;
        partly.id = u"bbbb"_s;
        partly.name = u"Balloons"_s;
        partly.kinds = {EventType::Balloon}; // not VOD balloons: the group is partly checked
        partly.minWon = 5'500;
        config.rules = {good, partly};
        QByteArray json = AlertConfigFile::toJson(config);
        json.replace(eventTypeName(EventType::UserEnter).toString().toUtf8(), "time_travel");
        QFile file(AlertConfigFile::defaultPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();

        QTemporaryDir folder;
        Settings settings(folder.path(), m_service);
        QVERIFY2(settings.page->problemsText().contains(u"time_travel"_s), qPrintable(settings.page->problemsText()));
        QCOMPARE(settings.page->ruleList()->count(), 2);
        settings.page->ruleList()->setCurrentRow(1);
        QCOMPARE(settings.find<QCheckBox>(u"kind-star_balloon"_s)->checkState(), Qt::PartiallyChecked);
        QCOMPARE(settings.find<QSpinBox>(u"ruleMinWon"_s)->value(), 5'500);
        QCOMPARE(settings.page->config().rules[1].minWon, std::optional<qint64>(5'500));
        // Untouched, the partly checked group keeps what the file said.
        QCOMPARE(settings.page->config().rules[1].kinds, QList<EventType> {EventType::Balloon});
    }

    void rulesAreAddedDuplicatedReorderedSwitchedOffAndRemoved()
    {
        QTemporaryDir folder;
        Settings settings(folder.path(), m_service);
        QListWidget *list = settings.page->ruleList();
        settings.page->addRule();
        settings.find<QLineEdit>(u"ruleName"_s)->setText(u"First"_s);
        settings.page->addRule();
        settings.find<QLineEdit>(u"ruleName"_s)->setText(u"Second"_s);
        QTest::mouseClick(settings.find<QPushButton>(u"duplicateRule"_s), Qt::LeftButton);
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->currentRow(), 2);
        QCOMPARE(list->item(2)->text(), u"Second (copy)"_s);
        QTest::mouseClick(settings.find<QPushButton>(u"ruleUp"_s), Qt::LeftButton);
        QTest::mouseClick(settings.find<QPushButton>(u"ruleUp"_s), Qt::LeftButton);
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(!settings.find<QPushButton>(u"ruleUp"_s)->isEnabled());
        list->item(1)->setCheckState(Qt::Unchecked); // "First" switched off
        list->setCurrentRow(2);
        QTest::mouseClick(settings.find<QPushButton>(u"removeRule"_s), Qt::LeftButton);

        const QList<AlertRule> rules = settings.page->config().rules;
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules[0].name, u"Second (copy)"_s);
        QCOMPARE(rules[1].name, u"First"_s);
        QVERIFY(rules[0].enabled);
        QVERIFY(!rules[1].enabled);
        QVERIFY(rules[0].id != rules[1].id);
        // Editing the switched-off rule keeps it off.
        list->setCurrentRow(1);
        settings.find<QLineEdit>(u"ruleName"_s)->setText(u"First, renamed"_s);
        QVERIFY(!settings.page->config().rules[1].enabled);
    }

    void theTestButtonsAskForATestOfTheRuleAndTheTarget()
    {
        QTemporaryDir folder;
        Settings settings(folder.path(), m_service);
        QSignalSpy rules(settings.page, &AlertsSettingsPage::testRule);
        QSignalSpy targets(settings.page, &AlertsSettingsPage::testTarget);
        settings.page->addRule();
        settings.find<QLineEdit>(u"ruleName"_s)->setText(u"Entering top fans"_s);
        QTest::mouseClick(settings.find<QPushButton>(u"testRule"_s), Qt::LeftButton);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().first().value<AlertRule>().name, u"Entering top fans"_s);

        settings.page->sections()->setCurrentIndex(1);
        AlertTarget *added = settings.page->targetsEditor()->addTarget(AlertTarget::Kind::Telegram);
        const QString id = added->id;
        QTest::mouseClick(settings.find<QPushButton>(u"testTarget"_s), Qt::LeftButton);
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.first().first().value<AlertTarget>().id, id);
        QCOMPARE(targets.first().first().value<AlertTarget>().kind, AlertTarget::Kind::Telegram);
    }

    void nothingChangedWritesNothing()
    {
        QTemporaryDir folder;
        Settings settings(folder.path(), m_service);
        settings.clickOk();
        QVERIFY(!QFile::exists(AlertConfigFile::defaultPath()));
    }

    void theDialogFitsASmallScreenInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << u"ko"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void theDialogFitsASmallScreenInBothLanguages()
    {
        QFETCH(QString, language);
        QTemporaryDir folder;
        Settings settings(folder.path(), m_service, language);
        settings.page->addRule();
        settings.page->ruleEditor()->addAction(AlertAction::Kind::Sound);
        settings.page->ruleEditor()->addAction(AlertAction::Kind::Discord);
        settings.page->targetsEditor()->addTarget(AlertTarget::Kind::Telegram);
        settings.page->sections()->setCurrentIndex(0);
        // Everything scrolls: the whole dialog asks for no more than 800×600 (in logical pixels).
        const QSize least = settings.dialog.minimumSizeHint();
        QVERIFY2(least.width() <= 800 && least.height() <= 600,
            qPrintable(u"%1×%2"_s.arg(least.width()).arg(least.height())));
        settings.dialog.resize(800, 600);
        settings.dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings.dialog));
        const QString suffix = language + scaleSuffix();
        const QStringList sections {u"rules"_s, u"targets"_s, u"voice"_s, u"box"_s};
        for (int i = 0; i < sections.size(); ++i) {
            settings.page->sections()->setCurrentIndex(i);
            QVERIFY(saveScreenshot(&settings.dialog, u"alerts-%1-800x600-%2.png"_s.arg(sections[i], suffix)));
        }
    }
};

QTEST_MAIN(TestAlertSettings)
#include "tst_alertsettings.moc"
