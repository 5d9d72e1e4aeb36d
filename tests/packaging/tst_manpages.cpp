// The man pages cannot drift from the programs: every option that
// `soopchat --help`, `soopchat-cli --help` and each `soopchat-cli COMMAND
// --help` print has an entry in the right place of packaging/man, and every
// entry there is an option the program has. The version is the project's
// everywhere a package states it.
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "support/TestData.h"

using namespace Qt::StringLiterals;

namespace {

QString packagingSource()
{
    return QStringLiteral(SOOPCHAT_PACKAGING_SOURCE);
}

QString readText(const QString &path)
{
    return QString::fromUtf8(testdata::readFile(path));
}

// What a program prints for `arguments`, without a display.
QString helpOf(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The options a --help lists: "  -h, --help   ..." gives -h and --help.
QSet<QString> optionsInHelp(const QString &help)
{
    QSet<QString> options;
    static const QRegularExpression line(u"^  (-[^ ].*?)(?:  |$)"_s);
    static const QRegularExpression name(u"(--?[A-Za-z?][A-Za-z0-9-]*)"_s);
    for (const QString &text : help.split(u'\n')) {
        const QRegularExpressionMatch match = line.match(text);
        if (!match.hasMatch())
            continue;
        for (const QString &part : match.captured(1).split(u", "_s))
            options.insert(name.match(part).captured(1));
    }
    return options;
}

// The commands `soopchat-cli --help` lists.
QStringList commandsInHelp(const QString &help)
{
    QStringList commands;
    const qsizetype start = help.indexOf(u"Commands:\n"_s);
    if (start < 0)
        return commands;
    static const QRegularExpression line(u"^  ([a-z]+) "_s);
    for (const QString &text : help.mid(start).split(u'\n')) {
        if (const QRegularExpressionMatch match = line.match(text); match.hasMatch())
            commands.append(match.captured(1));
    }
    return commands;
}

// A man page's sections: ".SH NAME" and ".SS "decode [FILE]"" start one,
// named by their first word ("OPTIONS", "decode").
QMap<QString, QString> sectionsOf(const QString &page)
{
    QMap<QString, QString> sections;
    QString current;
    for (const QString &line : page.split(u'\n')) {
        if (line.startsWith(u".SH "_s) || line.startsWith(u".SS "_s)) {
            current = line.mid(4).remove(u'"').section(u' ', 0, 0);
            continue;
        }
        if (!current.isEmpty())
            sections[current] += line + u'\n';
    }
    return sections;
}

// The options a section has entries for: the tag line after each .TP.
QSet<QString> optionsInSection(const QString &section)
{
    QSet<QString> options;
    static const QRegularExpression name(u"(?:^|[ \"])(\\\\-(?:\\\\-)?[A-Za-z?][A-Za-z0-9\\\\-]*)"_s);
    const QStringList lines = section.split(u'\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i) != ".TP"_L1)
            continue;
        for (QRegularExpressionMatchIterator it = name.globalMatch(lines.at(i + 1)); it.hasNext();)
            options.insert(it.next().captured(1).remove(u'\\'));
    }
    return options;
}

QString describe(const QSet<QString> &options)
{
    QStringList list(options.begin(), options.end());
    list.sort();
    return list.join(u' ');
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT

private:
    // The entries of `section` in `page` are exactly the options of `help`.
    static bool sameOptions(const QString &where, const QSet<QString> &inHelp, const QSet<QString> &inPage)
    {
        if (inHelp.isEmpty()) {
            qWarning().noquote() << where << ": --help printed no options";
            return false;
        }
        if (inHelp == inPage)
            return true;
        qWarning().noquote() << where << ": not in the man page:" << describe(inHelp - inPage);
        qWarning().noquote() << where << ": in the man page only:" << describe(inPage - inHelp);
        return false;
    }

private slots:
    void soopchatCliPageHasEveryCommandAndOption()
    {
        const QString page = readText(packagingSource() + u"/man/soopchat-cli.1.in"_s);
        const QMap<QString, QString> sections = sectionsOf(page);
        const QString help = helpOf(testdata::cliPath(), {u"--help"_s});
        const QStringList commands = commandsInHelp(help);
        QVERIFY2(commands.size() >= 8, qPrintable(help));
        QVERIFY(sameOptions(u"soopchat-cli"_s, optionsInHelp(help), optionsInSection(sections.value(u"OPTIONS"_s))));
        for (const QString &command : commands) {
            QVERIFY2(sections.contains(command), qPrintable(u"no subsection for "_s + command));
            const QString commandHelp = helpOf(testdata::cliPath(), {command, u"--help"_s});
            QVERIFY(sameOptions(
                u"soopchat-cli "_s + command, optionsInHelp(commandHelp), optionsInSection(sections.value(command))));
        }
        // No subsection for a command that is gone.
        static const QRegularExpression subsection(u"^\\.SS \"([a-z]+)"_s, QRegularExpression::MultilineOption);
        for (QRegularExpressionMatchIterator it = subsection.globalMatch(page); it.hasNext();) {
            const QString command = it.next().captured(1);
            QVERIFY2(commands.contains(command), qPrintable(u"the man page describes a gone command "_s + command));
        }
    }

    void simScenariosAreAllDescribed()
    {
        const QString help = helpOf(testdata::cliPath(), {u"sim"_s, u"--help"_s});
        static const QRegularExpression list(u"Fault scenario: ([a-z, -]+) \\(default"_s);
        const QRegularExpressionMatch match = list.match(help.simplified());
        QVERIFY2(match.hasMatch(), qPrintable(help));
        const QString sim = sectionsOf(readText(packagingSource() + u"/man/soopchat-cli.1.in"_s)).value(u"sim"_s);
        for (const QString &scenario : match.captured(1).split(u", "_s)) {
            QString escaped = scenario;
            escaped.replace(u'-', u"\\-"_s);
            QVERIFY2(sim.contains(u".B "_s + escaped) || sim.contains(u".BR "_s + escaped),
                qPrintable(u"scenario not in the man page: "_s + scenario));
        }
    }

#ifdef SOOPCHAT_GUI
    void soopchatPageHasEveryOption()
    {
        const QString help = helpOf(QStringLiteral(SOOPCHAT_GUI), {u"--help"_s});
        const QMap<QString, QString> sections = sectionsOf(readText(packagingSource() + u"/man/soopchat.1.in"_s));
        QVERIFY(sameOptions(u"soopchat"_s, optionsInHelp(help), optionsInSection(sections.value(u"OPTIONS"_s))));
    }
#endif

    void theVersionIsTheProjectsEverywhere()
    {
        const QString version = QStringLiteral(SOOPCHAT_VERSION);
        const QString build = QStringLiteral(SOOPCHAT_PACKAGING_BUILD);
        const QStringList pages = {u"soopchat-cli"_s
#ifdef SOOPCHAT_GUI
            ,
            u"soopchat"_s
#endif
        };
        for (const QString &page : pages) {
            const QString text = readText(build + u"/man/"_s + page + u".1"_s);
            QVERIFY2(text.contains(u"\"SoopChat "_s + version + u'"'), qPrintable(page));
        }
        // The newest entry of the Debian changelog, and of the AppStream releases.
        const QString changelog = readText(packagingSource() + u"/changelog"_s);
        QCOMPARE(changelog.section(u'\n', 0, 0).section(u'(', 1).section(u')', 0, 0), version);
        const QString metainfo = readText(packagingSource() + u"/io.github.soopchat.soopchat.metainfo.xml.in"_s);
        static const QRegularExpression release(u"<release version=\"([^\"]+)\" date=\"(\\d{4}-\\d{2}-\\d{2})\""_s);
        const QRegularExpressionMatch newest = release.match(metainfo);
        QVERIFY(newest.hasMatch());
        QCOMPARE(newest.captured(1), version);
        // Their dates agree too.
        static const QRegularExpression signature(u"\n -- [^\n]*>  (\\w{3}, \\d{2} \\w{3} \\d{4})"_s);
        const QRegularExpressionMatch signedOff = signature.match(changelog);
        QVERIFY(signedOff.hasMatch());
        QCOMPARE(QLocale::c().toDate(signedOff.captured(1), u"ddd, dd MMM yyyy"_s),
            QDate::fromString(newest.captured(2), Qt::ISODate));
    }
};

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
