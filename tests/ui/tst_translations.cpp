// The Korean and English catalogues: complete, consistent with their source
// strings (placeholders, accelerators, plural forms), compiled into the app,
// and used by it: the real main window in Korean, switched to English without a
// restart, and Korean by default on a Korean system.
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

#include "AppTestOptions.h"
#include "core/events/Badges.h"
#include "core/events/ChatEvent.h"
#include "core/events/EventFilter.h"
#include "core/soop/ChannelInput.h"
#include "sim/SimChannel.h"
#include "sim/SoopSimulator.h"
#include "support/TestData.h"
#include "ui/chat/ChatEventText.h"
#include "ui/chat/ChatFilterProxy.h"
#include "ui/chat/ChatListModel.h"
#include "ui/chat/ChatView.h"
#include "ui/chat/UserCardDialog.h"
#include "ui/main/AppContext.h"
#include "ui/main/ChannelBar.h"
#include "ui/main/ChannelTab.h"
#include "ui/main/ConnectionBanner.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SettingsDialog.h"
#include "ui/overlay/OverlayOptionsDialog.h"
#include "ui/stats/StatTile.h"
#include "ui/stats/StatsPanel.h"

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {

constexpr int Timeout = 20'000;
constexpr auto ChildLanguageArgument = "--print-app-language";

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "" when finished; "unfinished", "vanished", "obsolete"
    QStringList forms; // one entry unless numerus
};

struct Catalogue
{
    QString language; // the TS element's language attribute
    QList<Message> messages;
    QString error;
};

QString tsPath(const QString &language)
{
    return testdata::dataDir() + u"/../../translations/soopchat_"_s + language + u".ts"_s;
}

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = path + u": "_s + file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "TS"_L1) {
                catalogue.language = xml.attributes().value("language"_L1).toString();
            } else if (name == "name"_L1 && !inMessage) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                message = Message {};
                message.context = context;
                message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
                inMessage = true;
            } else if (name == "source"_L1 && inMessage) {
                message.source = xml.readElementText();
            } else if (name == "comment"_L1 && inMessage) {
                message.comment = xml.readElementText();
            } else if (name == "translation"_L1 && inMessage) {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.forms = {xml.readElementText()};
            } else if (name == "numerusform"_L1 && inMessage) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            catalogue.messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError())
        catalogue.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

// %1…%9 (also %L1), %n and %Ln, as a set: the order may change in a translation.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(L?[1-9]|L?n)"_s);
    QSet<QString> result;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        result.insert(match.captured(0));
    return result;
}

// The mnemonic letter after a single '&' ("&&" is a literal ampersand), lower case; null when none.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (!text[i + 1].isSpace())
            return text[i + 1].toLower();
    }
    return {};
}

QString screenshot(const QString &name)
{
    const QString path = testdata::buildDir() + u"/screenshots/"_s + name + u".png"_s;
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

QString describe(const Message &m)
{
    return u"[%1] “%2”"_s.arg(m.context, m.source);
}

bool hasHangul(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QString channelPlaceholder(const MainWindow &window)
{
    auto *input = window.channelBar()->findChild<QComboBox *>();
    return input ? input->lineEdit()->placeholderText() : QString();
}

// The child process: the app's context on the language setting "system", under
// whatever locale environment the parent gave it. Prints the language it chose
// and the File menu's title as the app's catalogue has it.
int printAppLanguage(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir folder;
    {
        QSettings settings(folder.path() + u"/soopchat.ini"_s, QSettings::IniFormat);
        settings.setValue("general/language"_L1, u"system"_s);
    }
    AppContext context(apptest::options(folder.path(), {}, QString()));
    QTextStream(stdout) << context.language() << u'\n' << QCoreApplication::translate("soopchat::MainWindow", "&File")
                        << u'\n';
    return 0;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const QString &language : {u"ko"_s, u"en"_s}) {
            Catalogue catalogue = readCatalogue(tsPath(language));
            QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
            QVERIFY2(catalogue.messages.size() > 300, qPrintable(language));
            m_catalogues.insert(language, catalogue);
        }
    }

    void bothCataloguesListTheSameMessages()
    {
        auto keys = [](const Catalogue &c) {
            QSet<QString> result;
            for (const Message &m : c.messages)
                result.insert(m.context + u'\x1f' + m.source + u'\x1f' + m.comment);
            return result;
        };
        QCOMPARE(keys(m_catalogues[u"ko"_s]), keys(m_catalogues[u"en"_s]));
        QCOMPARE(m_catalogues[u"ko"_s].language, u"ko_KR"_s);
        QCOMPARE(m_catalogues[u"en"_s].language, u"en"_s);
    }

    void everyMessageHasAFinishedTranslation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms"); // Korean has one form; English two
        QTest::newRow("ko") << u"ko"_s << 1;
        QTest::newRow("en") << u"en"_s << 2;
    }

    void everyMessageHasAFinishedTranslation()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QStringList problems;
        for (const Message &m : std::as_const(m_catalogues[language].messages)) {
            if (!m.type.isEmpty())
                problems.append(describe(m) + u" is "_s + m.type);
            const qsizetype forms = m.numerus ? pluralForms : 1;
            if (m.forms.size() != forms)
                problems.append(describe(m) + u" has %1 forms, not %2"_s.arg(m.forms.size()).arg(forms));
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems.append(describe(m) + u" has an empty translation"_s);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void translationsKeepPlaceholdersAndAccelerators_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << u"ko"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void translationsKeepPlaceholdersAndAccelerators()
    {
        QFETCH(QString, language);
        QStringList problems;
        for (const Message &m : std::as_const(m_catalogues[language].messages)) {
            const QSet<QString> expected = placeholders(m.source);
            const QChar key = accelerator(m.source);
            for (const QString &form : m.forms) {
                if (placeholders(form) != expected) {
                    problems.append(describe(m) + u": placeholders of “%1” differ"_s.arg(form));
                }
                if (!key.isNull() && accelerator(form) != key)
                    problems.append(describe(m) + u": “%1” lacks the accelerator &%2"_s.arg(form, key));
                if (key.isNull() && !accelerator(form).isNull())
                    problems.append(describe(m) + u": “%1” has an accelerator the source lacks"_s.arg(form));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void koreanIsKoreanNotCopiedEnglish()
    {
        // The only Korean translations without Hangul: the app's name, SOOP's, a unit, the range sign, "BJ".
        // Names, units and sentences of placeholders only (a Korean order of them is no copy).
        const QSet<QString> withoutHangul {u"SoopChat"_s, u"%1 — SoopChat"_s, u"SOOP"_s, u" px"_s, u"~"_s, u"%1 ~ %2"_s,
            u"BJ"_s, u"%1: %3, %2"_s, u"%2 %1"_s};
        QStringList problems;
        for (const Message &m : std::as_const(m_catalogues[u"ko"_s].messages)) {
            for (const QString &form : m.forms) {
                if (!hasHangul(form) && !withoutHangul.contains(form))
                    problems.append(describe(m) + u": “%1”"_s.arg(form));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void compiledCataloguesAreInTheAppAndMatchTheirSources_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ko") << u"ko"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void compiledCataloguesAreInTheAppAndMatchTheirSources()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/soopchat_%1.qm"_s.arg(language)));
        QVERIFY(!translator.isEmpty());
        QStringList problems;
        for (const Message &m : std::as_const(m_catalogues[language].messages)) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            // 1 and 5 pick the singular and the plural in English; Korean has one form for both.
            const QList<int> counts = m.numerus ? QList<int> {1, 5} : QList<int> {-1};
            for (int i = 0; i < counts.size(); ++i) {
                const QString expected = m.forms.value(std::min<int>(i, int(m.forms.size()) - 1));
                const QString actual =
                    translator.translate(context.constData(), source.constData(), disambiguation, counts[i]);
                if (actual != expected)
                    problems.append(describe(m) + u": the app has “%1”, the .ts “%2”"_s.arg(actual, expected));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void textsOutsideWidgetsAreTranslatedToo()
    {
        // The non-QObject translation contexts: a namespace's helper and Q_DECLARE_TR_FUNCTIONS.
        QTemporaryDir folder;
        AppContext context(apptest::options(folder.path(), {}, u"ko"_s));
        QCOMPARE(context.language(), u"ko"_s);
        const QString error = soop::ChannelInput::parse(u"감스트"_s).error;
        QVERIFY2(hasHangul(QString(error).remove(u"감스트"_s)), qPrintable(error)); // not only the input
        QCOMPARE(roleLabel(Role::TopFan), u"열혈팬"_s);
        QCOMPARE(roleLabel(Role::Host), u"BJ"_s);
        QCOMPARE(roleTooltip(Role::Subscriber, 5), u"구독 5개월째"_s);
        ChatEvent balloon;
        balloon.type = EventType::Balloon;
        balloon.count = 1000;
        QCOMPARE(ChatEventText::donationAction(balloon), u"별풍선 1,000개 선물"_s);

        context.setLanguage(u"en"_s);
        QCOMPARE(ChatEventText::donationAction(balloon), u"sent 1,000 star balloons"_s);
        balloon.count = 1;
        QCOMPARE(ChatEventText::donationAction(balloon), u"sent 1 star balloon"_s);
        QCOMPARE(roleLabel(Role::Host), u"Streamer"_s);
        QCOMPARE(roleTooltip(Role::Subscriber, 1), u"Subscriber, 1 month"_s);
        QCOMPARE(roleTooltip(Role::Subscriber, 5), u"Subscriber, 5 months"_s);
        QVERIFY(soop::ChannelInput::parse(u"감스트"_s).error.contains(u"looks like a nickname"_s));
    }

    void theMainWindowSpeaksKoreanAndSwitchesToEnglishLive()
    {
        QTemporaryDir folder;
        AppContext context(apptest::options(folder.path(), {}, u"ko"_s));
        QCOMPARE(context.language(), u"ko"_s);
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList korean {u"파일(&F)"_s, u"보기(&V)"_s, u"채널(&C)"_s, u"도움말(&H)"_s};
        const QStringList english {u"&File"_s, u"&View"_s, u"&Channel"_s, u"&Help"_s};
        QCOMPARE(menuTitles(window), korean);
        QVERIFY(window.grab().save(screenshot(u"main-window-ko-welcome"_s)));
        const QString koreanPlaceholder = channelPlaceholder(window);
        QVERIFY2(hasHangul(koreanPlaceholder), qPrintable(koreanPlaceholder));
        // The platforms by their Korean names (SOOP, 치지직).
        QCOMPARE(koreanPlaceholder,
            QCoreApplication::translate("soopchat::ChannelBar", "Streamer id or address (%1)…")
                .arg(context.sources().displayNames()));
        QVERIFY2(koreanPlaceholder.contains(u"치지직"_s), qPrintable(koreanPlaceholder));

        context.setLanguage(u"en"_s);
        QCOMPARE(context.language(), u"en"_s);
        QTRY_COMPARE(menuTitles(window), english);
        QTRY_COMPARE(channelPlaceholder(window), u"Streamer id or address (SOOP, CHZZK)…"_s);

        context.setLanguage(u"ko"_s);
        QTRY_COMPARE(menuTitles(window), korean);
        QTRY_COMPARE(channelPlaceholder(window), koreanPlaceholder);
    }

    void anOpenChannelSwitchesLanguageLiveToo()
    {
        // Every word a widget of an open channel shows (buttons, chips and
        // their tips, placeholders) follows a switch of language.
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        QTemporaryDir folder;
        AppContext context(apptest::options(folder.path(), simulator.apiBase(), u"ko"_s));
        MainWindow window(context);
        window.show();
        ChannelTab *tab = window.openChannel(u"switch_bj"_s);
        QVERIFY(tab);
        QTRY_COMPARE_WITH_TIMEOUT(tab->status().state, ConnectionState::Live, Timeout);
        const auto chip = [tab] { return tab->findChild<QToolButton *>(u"filter-chat"_s)->text(); };
        QCOMPARE(chip(), u"채팅"_s);

        context.setLanguage(u"en"_s);
        QTRY_COMPARE(chip(), u"Chat"_s);
        QStringList korean;
        for (const QAbstractButton *button : tab->findChildren<QAbstractButton *>()) {
            for (const QString &text : {button->text(), button->toolTip()}) {
                if (hasHangul(text))
                    korean.append(button->objectName() + u": "_s + text);
            }
        }
        for (const QLineEdit *field : window.findChildren<QLineEdit *>()) {
            if (hasHangul(field->placeholderText()))
                korean.append(field->objectName() + u": "_s + field->placeholderText());
        }
        QVERIFY2(korean.isEmpty(), qPrintable(korean.join(u'\n')));

        context.setLanguage(u"ko"_s);
        QTRY_COMPARE(chip(), u"채팅"_s);
        QCOMPARE(tab->findChild<QToolButton *>(u"toggle-time"_s)->text(), u"시간"_s);
    }

    void koreanIsTheDefaultOnAKoreanSystem_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("ko_KR") << u"ko_KR.UTF-8"_s << u"ko"_s << u"파일(&F)"_s;
        QTest::newRow("en_US") << u"en_US.UTF-8"_s << u"en"_s << u"&File"_s;
    }

    void koreanIsTheDefaultOnAKoreanSystem()
    {
        QFETCH(QString, lang);
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : environment.keys()) {
            if (name.startsWith(u"LC_"_s) || name == u"LANGUAGE"_s)
                environment.remove(name);
        }
        environment.insert(u"LANG"_s, lang);
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(ChildLanguageArgument)});
        QVERIFY(child.waitForFinished(Timeout));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
        QVERIFY2(lines.size() >= 2, qPrintable(lines.join(u'|')));
        QCOMPARE(lines[0], language);
        QCOMPARE(lines[1], fileMenu);
    }

    void theKoreanWindowIsRenderedToAPicture()
    {
        sim::SoopSimulator simulator;
        QVERIFY(simulator.start());
        QTemporaryDir folder;
        AppContext context(apptest::options(folder.path(), simulator.apiBase(), u"ko"_s));
        MainWindow window(context);
        window.resize(1280, 800);
        window.show();
        ChannelTab *tab = window.openChannel(u"gosegu2"_s);
        QVERIFY(tab);
        window.openChannel(u"devil0108"_s);
        window.tabWidget()->setCurrentWidget(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 80, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(tab->stats().snapshot().totals.starBalloons > 0, Timeout);
        tab->statsPanel()->refresh();
        tab->model()->flush();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(menuTitles(window).first(), u"파일(&F)"_s);
        // The session's totals are said in Korean too, gifts and donors included.
        const auto *balloons = tab->statsPanel()->findChild<StatTile *>(u"balloonsTile"_s);
        QVERIFY(balloons);
        QVERIFY2(balloons->toolTip().startsWith(u"풍선 "_s) && balloons->toolTip().contains(u"후원자 "_s),
            qPrintable(balloons->toolTip()));
        const QString path = testdata::buildDir() + u"/screenshots/main-window-ko.png"_s;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(window.grab().save(path));
        QVERIFY(QFileInfo(path).size() > 10'000);

        // The rows with the most Korean words of their own: donations, subscriptions, system messages.
        ChatView *chat = tab->chatView();
        chat->setCategories(EventFilter::Category::Donations | EventFilter::Category::Subscriptions |
            EventFilter::Category::System | EventFilter::Category::EnterLeave);
        QTRY_VERIFY_WITH_TIMEOUT(chat->proxy()->rowCount() > 30, Timeout);
        tab->model()->flush();
        QVERIFY(window.grab().save(screenshot(u"main-window-ko-donations"_s)));

        // A channel that is not live: the banner's sentence and its button.
        simulator.channel(u"sleepy_ko"_s)->setState(sim::ChannelState::Offline);
        ChannelTab *sleepy = window.openChannel(u"sleepy_ko"_s);
        QVERIFY(sleepy);
        QTRY_COMPARE_WITH_TIMEOUT(sleepy->status().state, ConnectionState::WaitingForLive, Timeout);
        QVERIFY(hasHangul(sleepy->banner()->message()));
        QVERIFY(window.grab().save(screenshot(u"main-window-ko-offline"_s)));

        // The dialogs, at the size they open with.
        SettingsDialog settings(context, &window);
        settings.adjustSize();
        QVERIFY(settings.grab().save(screenshot(u"settings-ko"_s)));
        OverlayOptionsDialog overlay(u"gosegu2"_s, &window);
        overlay.adjustSize();
        QVERIFY(overlay.grab().save(screenshot(u"overlay-options-ko"_s)));
        UserCardDialog card(&window);
        UserSummary summary;
        summary.nickname = u"까만토끼"_s;
        summary.userId = u"blackrabbit"_s;
        summary.roles = Role::TopFan | Role::FanClub | Role::Subscriber;
        summary.subscriptionMonths = 14;
        summary.firstSeenMs = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
        summary.messageCount = 42;
        summary.balloonsGiven = 10'000;
        summary.recentMessages = {{summary.firstSeenMs, u"안녕하세요!"_s}};
        card.setSummary(summary);
        card.adjustSize();
        QVERIFY(card.grab().save(screenshot(u"user-card-ko"_s)));
    }

private:
    QHash<QString, Catalogue> m_catalogues;
};

int main(int argc, char **argv)
{
    if (argc == 2 && qstrcmp(argv[1], ChildLanguageArgument) == 0)
        return printAppLanguage(argc, argv);
    QApplication app(argc, argv);
    TestTranslations test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
