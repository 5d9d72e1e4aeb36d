#pragma once

#include <QString>
#include <QStringList>

#include "core/alerts/AlertRule.h"

namespace soopchat {

// The alerts file: JSON a person can read and edit (docs/ALERTS.md), written
// atomically (a crash or a full disk leaves the old file whole) with mode 0600.
// Default place: <config folder>/alerts.json. Holds no secret.
namespace AlertConfigFile {

QString defaultPath(); // AppPaths::configDir() + "/alerts.json"

struct Loaded
{
    AlertConfig config;
    // Empty when the file was read whole or does not exist. Otherwise what
    // was wrong, for the user; what could be read is in `config` (a rule with
    // a bad field is skipped and named here, the others load).
    QStringList problems;
    bool fileExisted = false;
};

Loaded load(const QString &path);
// Returns an empty string on success, else why the file could not be written
// (the old file is untouched then).
QString save(const QString &path, const AlertConfig &config);

// The JSON forms, for tests, the CLI and the settings page's preview.
QByteArray toJson(const AlertConfig &config);
Loaded fromJson(const QByteArray &json);

} // namespace AlertConfigFile

} // namespace soopchat
