// Where the overlay token lives (issue #12): in the OS keychain through
// QtKeychain, moved there once from the plain file of older versions; with no
// keychain, a token for this run only and a clear message, unless the user
// chose a file only they can read. Run by ctest twice, through with-dbus.sh:
// against GNOME Keyring in a D-Bus session of its own, and in a session where
// no keychain can appear (SOOPCHAT_TEST_KEYCHAIN says which).
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "core/overlay/OverlayServer.h"
#include "core/util/RandomId.h"
#include "core/util/SecretStore.h"
#include "ui/main/AppContext.h"
#include "ui/main/MainWindow.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

const QString OldToken = u"old-token-from-a-file-0123456789abcdefghijklmnop"_s;

QString keychainMode()
{
    return qEnvironmentVariable("SOOPCHAT_TEST_KEYCHAIN");
}

} // namespace

class TestOverlayToken : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    QString m_service;

    AppContext::Options options() const
    {
        AppContext::Options options;
        options.settingsPath = m_folder.path() + u"/config/soopchat.ini"_s;
        options.dataDir = m_folder.path() + u"/data"_s;
        options.language = u"en"_s;
        options.secretService = m_service;
        return options;
    }
    QString tokenFile() const { return m_folder.path() + u"/config/overlay-token"_s; }
    void writeOldTokenFile() const
    {
        QDir().mkpath(m_folder.path() + u"/config"_s);
        QFile file(tokenFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(OldToken.toLatin1());
    }

private slots:
    void init()
    {
        QVERIFY(m_folder.isValid());
        QDir(m_folder.path()).removeRecursively();
        QDir().mkpath(m_folder.path());
        m_service = u"soopchat-test-"_s + randomHexId();
    }

    void cleanup()
    {
        if (keychainMode() == "available"_L1)
            SecretStore(m_service).remove(u"overlay-token"_s);
    }

    void theOldFileMovesIntoTheKeychainOnce()
    {
        if (keychainMode() != "available"_L1)
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        writeOldTokenFile();
        {
            AppContext context(options());
            QVERIFY(context.overlay());
            QCOMPARE(context.overlay()->token(), OldToken); // OBS's addresses keep working
            QCOMPARE(context.overlayTokenStorage(), AppContext::TokenStorage::Keychain);
            QVERIFY(context.overlayNotice().isEmpty());
        }
        QVERIFY2(!QFile::exists(tokenFile()), "the plain file stays after the keychain has the token");
        const SecretStore::Result kept = SecretStore(m_service).read(u"overlay-token"_s);
        QVERIFY2(kept.ok(), qPrintable(kept.error));
        QCOMPARE(kept.value, OldToken);

        // The next start reads it back; a new address replaces it there.
        AppContext again(options());
        QCOMPARE(again.overlay()->token(), OldToken);
        again.regenerateOverlayToken();
        const QString fresh = again.overlay()->token();
        QVERIFY(fresh != OldToken);
        QCOMPARE(SecretStore(m_service).read(u"overlay-token"_s).value, fresh);
        QVERIFY(!QFile::exists(tokenFile()));
    }

    void aNewInstallKeepsItsTokenInTheKeychain()
    {
        if (keychainMode() != "available"_L1)
            QSKIP("needs a keychain: run through with-dbus.sh keyring (ctest does)");
        QString first;
        {
            AppContext context(options());
            first = context.overlay()->token();
            QCOMPARE(context.overlayTokenStorage(), AppContext::TokenStorage::Keychain);
        }
        QVERIFY(first.size() >= 32);
        QVERIFY(!QFile::exists(tokenFile()));
        AppContext again(options());
        QCOMPARE(again.overlay()->token(), first);
    }

    void withoutAKeychainTheTokenLivesForThisRunAndTheWindowSaysSo()
    {
        if (keychainMode() != "none"_L1)
            QSKIP("needs a session without a keychain: run through with-dbus.sh none (ctest does)");
        writeOldTokenFile(); // an older version's file is neither used silently nor deleted
        QString first;
        {
            AppContext context(options());
            QVERIFY(context.overlay());
            first = context.overlay()->token();
            QVERIFY(first != OldToken);
            QCOMPARE(context.overlayTokenStorage(), AppContext::TokenStorage::ThisRunOnly);
            QVERIFY2(
                context.overlayNotice().contains(u"only until SoopChat quits"_s), qPrintable(context.overlayNotice()));

            MainWindow window(context);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // Said once, short enough for a small window; the whole reason is the port's tooltip.
            const QString said = window.statusBar()->currentMessage();
            QVERIFY2(said.contains(u"changes at the next start"_s), qPrintable(said));
            QVERIFY(window.statusBar()->fontMetrics().horizontalAdvance(said) < 800);
            auto *label = window.findChild<QLabel *>(u"overlayStatus"_s);
            QVERIFY(label);
            // While the message shows, the port's label is brief, so that in
            // an 800 px window the message is not cut by the permanent labels.
            QCOMPARE(label->text(), u"Overlay on port %1"_s.arg(context.overlay()->port()));
            int permanent = 0;
            for (const QLabel *status : window.statusBar()->findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
                permanent += status->isVisible() ? status->sizeHint().width() : 0;
            QVERIFY2(window.statusBar()->fontMetrics().horizontalAdvance(said) + permanent < 760,
                qPrintable(QString::number(permanent)));
            QCOMPARE(label->toolTip(), context.overlayNotice());
            window.statusBar()->clearMessage();
            QVERIFY2(label->text().contains(u"this run only"_s), qPrintable(label->text()));
        }
        QVERIFY(QFile::exists(tokenFile()));
        AppContext second(options());
        QVERIFY(second.overlay()->token() != first); // the address changes at restart, as the message says
    }

    void theUserMayChooseAFileOnlyTheyCanRead()
    {
        if (keychainMode() != "none"_L1)
            QSKIP("needs a session without a keychain: run through with-dbus.sh none (ctest does)");
        QString kept;
        {
            AppContext context(options());
            QCOMPARE(context.overlayTokenStorage(), AppContext::TokenStorage::ThisRunOnly);
            kept = context.overlay()->token();
            context.setOverlayTokenInFile(true); // the address in OBS now stays
            QCOMPARE(context.overlayTokenStorage(), AppContext::TokenStorage::File);
            QVERIFY(context.overlayNotice().isEmpty());
            context.settings().sync();
        }
        QVERIFY(QFile::exists(tokenFile()));
        QCOMPARE(QFile::permissions(tokenFile()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
        AppContext again(options());
        QCOMPARE(again.overlayTokenStorage(), AppContext::TokenStorage::File);
        QCOMPARE(again.overlay()->token(), kept);
    }
};

QTEST_MAIN(TestOverlayToken)
#include "tst_overlaytoken.moc"
