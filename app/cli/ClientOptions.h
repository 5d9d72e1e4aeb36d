#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

#include "core/channel/ChatSources.h"

namespace cli {

// The options every command that joins channels shares (listen, record):
// CHANNEL..., --api-base, --chzzk-api-base, --ask-password, --ca-cert.
class ClientOptions
{
public:
    explicit ClientOptions(QCommandLineParser &parser);

    // Reads the channels and the options into sources that open them and the
    // targets; on an error prints it and sets *exitCode. `maxChannels` 0: any.
    bool read(const QCommandLineParser &parser, const char *command, qsizetype maxChannels,
        QList<soopchat::ChannelTarget> *targets, std::unique_ptr<soopchat::ChatSources> *sources, int *exitCode);
    const QString &password() const { return m_password; }

private:
    QCommandLineOption m_apiBaseOption;
    QCommandLineOption m_chzzkApiBaseOption;
    QCommandLineOption m_passwordOption; // refused, with the reason
    QCommandLineOption m_askPasswordOption;
    QCommandLineOption m_caCertOption;
    QString m_password;
};

// One line on stderr per state change, e.g.
// "soopchat-cli listen: live: 제목 (broadcast 123 via ws)"; with several
// channels the channel leads the line.
void reportStatus(const char *command, const soopchat::ChannelStatus &status, bool withChannel = false);

// A channel ended for good (no such channel, or a password it lacks).
bool isFinal(const soopchat::ChannelStatus &status);

} // namespace cli
