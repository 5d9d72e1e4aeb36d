#include <QApplication>
#include <QCommandLineParser>
#include <QTabWidget>
#include <QTextStream>
#include <QUrl>

#include "ui/main/AppContext.h"
#include "ui/main/MainWindow.h"
#include "wiring/DemoPlatforms.h"
#include "wiring/ServiceSources.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"SoopChat"_s);
    QApplication::setApplicationDisplayName(u"SoopChat"_s);
    QApplication::setApplicationVersion(QStringLiteral(SOOPCHAT_VERSION));
    QApplication::setDesktopFileName(u"soopchat"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A native chat viewer for SOOP live streams."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"CHANNEL"_s, u"Streamer ids or SOOP addresses to open."_s, u"[CHANNEL...]"_s);
    const QCommandLineOption demo(u"demo"_s, u"Start on the built-in SOOP simulator (no network needed)."_s);
    const QCommandLineOption apiBase(u"api-base"_s, u"Base URL of the live-info API, e.g. a simulator's."_s, u"URL"_s);
    const QCommandLineOption language(u"lang"_s, u"Language of the interface: ko or en."_s, u"LANG"_s);
    const QCommandLineOption settings(u"settings"_s, u"Settings file to use instead of the default."_s, u"FILE"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Folder for recordings instead of the default."_s, u"DIR"_s);
    for (const QCommandLineOption &option : {demo, apiBase, language, settings, dataDir})
        parser.addOption(option);
    parser.process(app);

    soopchat::AppContext::Options options;
    options.settingsPath = parser.value(settings);
    options.dataDir = parser.value(dataDir);
    QUrl base;
    if (parser.isSet(apiBase)) {
        base = QUrl(parser.value(apiBase), QUrl::StrictMode);
        if (!base.isValid() || !base.scheme().startsWith("http"_L1)) {
            QTextStream(stderr) << "soopchat: --api-base must be an http(s) URL\n";
            return 2;
        }
    }
    // The demo's simulators, or the real services (or the API base given).
    soopchat::wiring::DemoPlatforms demoPlatforms;
    options.makeSources = soopchat::wiring::serviceSources(base);
    if (parser.isSet(demo)) {
        QString error;
        if (demoPlatforms.start(&error)) {
            options.demo = true;
            options.makeSources = demoPlatforms.sources();
        }
        if (!error.isEmpty())
            QTextStream(stderr) << "soopchat: the demo simulator: " << error << '\n';
    }
    if (parser.isSet(language)) {
        options.language = parser.value(language);
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
    for (const QString &channel : parser.positionalArguments())
        window.openChannel(channel);
    window.show();
    return QApplication::exec();
}
