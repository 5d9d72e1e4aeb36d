#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTabWidget>
#include <QTextStream>
#include <QUrl>

#include "core/util/FileLimits.h"
#include "ui/main/AppContext.h"
#include "ui/main/MainWindow.h"
#include "wiring/DemoPlatforms.h"
#include "wiring/ServiceSources.h"

using namespace Qt::StringLiterals;

namespace {

// The command line; packaging/man/soopchat.1 describes every option here
// (tst_manpages checks that the two agree).
struct CommandLine
{
    QCommandLineOption demo {u"demo"_s, u"Start on the built-in SOOP and CHZZK simulators (no network needed)."_s};
    QCommandLineOption apiBase {u"api-base"_s, u"Base URL of the live-info API, e.g. a simulator's."_s, u"URL"_s};
    QCommandLineOption language {u"lang"_s, u"Language of the interface: ko or en."_s, u"LANG"_s};
    QCommandLineOption settings {
        u"settings"_s, u"Settings file to use instead of the default (~/.config/soopchat/soopchat.ini)."_s, u"FILE"_s};
    QCommandLineOption dataDir {
        u"data-dir"_s, u"Folder for recordings instead of the default (~/.local/share/soopchat)."_s, u"DIR"_s};
    QCommandLineParser parser;

    CommandLine()
    {
        QCoreApplication::setApplicationName(u"SoopChat"_s);
        QCoreApplication::setApplicationVersion(QStringLiteral(SOOPCHAT_VERSION));
        parser.setApplicationDescription(u"A native chat viewer for SOOP and CHZZK live streams."_s);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(u"CHANNEL"_s,
            u"Channels to open: SOOP streamer ids or addresses (https://play.sooplive.co.kr/ID, "
            "play.afreecatv.com/ID...), CHZZK addresses or channel ids (https://chzzk.naver.com/live/ID)."_s,
            u"[CHANNEL...]"_s);
        for (const QCommandLineOption *option : {&demo, &apiBase, &language, &settings, &dataDir})
            parser.addOption(*option);
    }
};

// --help and --version need no display, so they are answered before a
// QApplication (which aborts without one) exists. --help-all, which lists
// Qt's own options, goes the usual way.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    static const QByteArrayList answered = {"-h", "--help", "-v", "--version"};
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            return false;
        if (argument == "--help-all")
            return false;
        if (answered.contains(argument))
            return true;
    }
    return false;
}

[[noreturn]] void showHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CommandLine commandLine;
    // Qt's GUI options (-platform, -qwindowgeometry) are unknown without a
    // QApplication; they change nothing here.
    commandLine.parser.parse(QCoreApplication::arguments());
    if (commandLine.parser.isSet(u"help"_s))
        commandLine.parser.showHelp(0);
    commandLine.parser.showVersion();
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv))
        showHelpOrVersion(argc, argv);

    // Room for the chat's connections whatever the overlay's clients do.
    soopchat::FileLimits::raiseToHard();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"SoopChat"_s);
    QApplication::setDesktopFileName(u"soopchat"_s);
    // The installed icon theme's, or the one compiled in (running from the build folder).
    QApplication::setWindowIcon(QIcon::fromTheme(u"soopchat"_s, QIcon(u":/icons/soopchat.svg"_s)));

    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(app);

    soopchat::AppContext::Options options;
    options.settingsPath = parser.value(commandLine.settings);
    options.dataDir = parser.value(commandLine.dataDir);
    QUrl base;
    if (parser.isSet(commandLine.apiBase)) {
        base = QUrl(parser.value(commandLine.apiBase), QUrl::StrictMode);
        if (!base.isValid() || !base.scheme().startsWith("http"_L1)) {
            QTextStream(stderr) << "soopchat: --api-base must be an http(s) URL\n";
            return 2;
        }
    }
    // The demo's simulators, or the real services (or the API base given).
    soopchat::wiring::DemoPlatforms demoPlatforms;
    options.makeSources = soopchat::wiring::serviceSources(base);
    if (parser.isSet(commandLine.demo)) {
        QString error;
        if (demoPlatforms.start(&error)) {
            options.demo = true;
            options.makeSources = demoPlatforms.sources();
            options.imageHosts = demoPlatforms.imageHosts();
            options.demoFavourites = demoPlatforms.favourites();
            options.liveCheckPace = soopchat::wiring::DemoPlatforms::favouritesPace();
        }
        if (!error.isEmpty())
            QTextStream(stderr) << "soopchat: the demo simulator: " << error << '\n';
    }
    if (parser.isSet(commandLine.language)) {
        options.language = parser.value(commandLine.language);
        if (options.language != "ko"_L1 && options.language != "en"_L1) {
            QTextStream(stderr) << "soopchat: --lang must be ko or en\n";
            return 2;
        }
    }

    soopchat::AppContext context(options);
    soopchat::MainWindow window(context);
    if (context.isDemo()) {
        for (const QString &channel : demoPlatforms.channels())
            window.openChannel(channel);
        window.tabWidget()->setCurrentIndex(0);
    } else {
        window.restoreTabs();
    }
    // A channel or an address given (the desktop entry's %U: a link opened with SoopChat).
    for (const QString &channel : parser.positionalArguments()) {
        if (!window.openChannel(channel))
            QTextStream(stderr) << "soopchat: cannot open \"" << channel << "\"\n";
    }
    window.show();
    return QApplication::exec();
}
