#pragma once

#include <QString>
#include <QUrl>

#include "ui/main/AppContext.h"
#include "wiring/ServiceSources.h"

namespace soopchat::apptest {

// The real app's options for a test: settings and recordings in the test's
// own folder, the simulator (or nothing) instead of SOOP, English unless the
// test is about languages, and no overlay server unless the test turns it on.
inline AppContext::Options options(
    const QString &folder, const QUrl &apiBase = {}, const QString &language = QStringLiteral("en"))
{
    using namespace Qt::StringLiterals;
    AppContext::Options options;
    options.settingsPath = folder + u"/soopchat.ini"_s;
    options.dataDir = folder + u"/data"_s;
    options.makeSources = wiring::serviceSources(apiBase);
    options.language = language;
    options.overlayServer = false;
    options.imageCacheDir = folder + u"/cache/images"_s;
    return options;
}

} // namespace soopchat::apptest
