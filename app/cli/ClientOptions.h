#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

#include "core/soop/ChannelInput.h"
#include "core/soop/SoopClient.h"

namespace cli {

// The options every command that joins a channel shares (listen, record):
// CHANNEL, --api-base, --password, --ca-cert.
class ClientOptions
{
public:
    explicit ClientOptions(QCommandLineParser &parser);

    // Reads CHANNEL and the options; on an error prints it and sets *exitCode.
    bool read(const QCommandLineParser &parser, const char *command,
        std::optional<soopchat::soop::ChannelTarget> *target, soopchat::soop::ClientConfig *config, int *exitCode);
    const QString &password() const { return m_password; }

private:
    QCommandLineOption m_apiBaseOption;
    QCommandLineOption m_passwordOption;
    QCommandLineOption m_caCertOption;
    QString m_password;
};

// One line on stderr per state change, e.g.
// "soopchat-cli listen: live: 제목 (broadcast 123 via ws)".
void reportStatus(const char *command, const soopchat::soop::ClientStatus &status);

} // namespace cli
