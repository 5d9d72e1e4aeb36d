#pragma once

#include <QString>

#include <memory>

namespace soopchat {
class AlertEngine;
class OverlayServer;
} // namespace soopchat

namespace cli {

// The alerts of `soopchat-cli record --alerts`: the engine with the rules of
// `path` (its problems on stderr) and the runners a terminal can run, each
// fired alert and each report of its actions one line on stdout:
//   alert ID RULE · CHANNEL · TEXT
//   alert-report ID #ACTION KIND STATE[: REASON]
// Null when the file holds no rule (the reason on stderr).
// `overlay`: record's overlay server for the alert box page (null: none).
std::unique_ptr<soopchat::AlertEngine> makeAlertEngine(
    const QString &path, const char *command, soopchat::OverlayServer *overlay = nullptr);

// The value of an --alerts option whose FILE may be left out: "--alerts FILE"
// and "--alerts=FILE" name a file, a bare "--alerts" the default one.
QStringList withAlertsFile(QStringList arguments);

} // namespace cli
