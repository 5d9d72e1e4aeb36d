#include "cli/ClientOptions.h"

#include <QDateTime>
#include <QFile>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <string>

#include "cli/CliCommand.h"
#include "wiring/ServiceSources.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

namespace {
// The password of a password-protected broadcast, never from the command
// line (where `ps` shows it to every user): typed at the terminal without
// echo, or the first line of standard input when that is not a terminal.
std::optional<QString> readPassword()
{
    std::string line;
    if (isatty(STDIN_FILENO)) {
        std::cerr << "Password of the broadcast: " << std::flush;
        termios saved {};
        const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (canHide) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
        }
        const bool read = bool(std::getline(std::cin, line));
        if (canHide)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::cerr << '\n';
        if (!read)
            return std::nullopt;
    } else if (!std::getline(std::cin, line)) {
        return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}
} // namespace

ClientOptions::ClientOptions(QCommandLineParser &parser)
    : m_apiBaseOption(
          u"api-base"_s, u"Base URL of the live-info API, e.g. the simulator's (default: SOOP)."_s, u"URL"_s),
      m_chzzkApiBaseOption(u"chzzk-api-base"_s,
          u"Base URL of CHZZK's APIs, e.g. the CHZZK simulator's (default: CHZZK); its chat is on the next port."_s,
          u"URL"_s),
      m_passwordOption(
          u"password"_s, u"Refused: a password on the command line is visible to every user (ps)."_s, u"PASSWORD"_s),
      m_askPasswordOption(u"ask-password"_s,
          u"Ask for the password of a password-protected broadcast: typed without echo, or the first line of "
          u"standard input."_s),
      m_caCertOption(u"ca-cert"_s, u"Also trust this PEM certificate for the chat server's TLS port."_s, u"FILE"_s)
{
    parser.addOption(m_apiBaseOption);
    parser.addOption(m_chzzkApiBaseOption);
    m_passwordOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(m_passwordOption);
    parser.addOption(m_askPasswordOption);
    parser.addOption(m_caCertOption);
}

bool ClientOptions::read(const QCommandLineParser &parser, const char *command, qsizetype maxChannels,
    QList<ChannelTarget> *targets, std::unique_ptr<ChatSources> *sources, int *exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || (maxChannels > 0 && positional.size() > maxChannels)) {
        *exitCode = fail(command,
            maxChannels == 1
                ? u"takes exactly one CHANNEL (a SOOP streamer id or address, or a CHZZK channel id or address)"_s
                : u"takes one or more CHANNELs (SOOP streamer ids or addresses, CHZZK channel ids or addresses)"_s);
        return false;
    }

    QUrl apiBase;
    if (parser.isSet(m_apiBaseOption)) {
        apiBase = QUrl(parser.value(m_apiBaseOption), QUrl::StrictMode);
        if (!apiBase.isValid() || (apiBase.scheme() != "http"_L1 && apiBase.scheme() != "https"_L1) ||
            apiBase.host().isEmpty()) {
            *exitCode =
                fail(command, u"--api-base must be an http(s) URL, not \"%1\""_s.arg(parser.value(m_apiBaseOption)));
            return false;
        }
    }
    QUrl chzzkApiBase;
    if (parser.isSet(m_chzzkApiBaseOption)) {
        chzzkApiBase = QUrl(parser.value(m_chzzkApiBaseOption), QUrl::StrictMode);
        if (!chzzkApiBase.isValid() || (chzzkApiBase.scheme() != "http"_L1 && chzzkApiBase.scheme() != "https"_L1) ||
            chzzkApiBase.host().isEmpty()) {
            *exitCode = fail(command,
                u"--chzzk-api-base must be an http(s) URL, not \"%1\""_s.arg(parser.value(m_chzzkApiBaseOption)));
            return false;
        }
    }
    QList<QSslCertificate> certificates;
    if (parser.isSet(m_caCertOption)) {
        QFile file(parser.value(m_caCertOption));
        certificates = file.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(file.readAll()) : certificates;
        if (certificates.isEmpty()) {
            *exitCode = fail(command, u"--ca-cert %1 holds no PEM certificate"_s.arg(file.fileName()));
            return false;
        }
    }
    *sources = soopchat::wiring::serviceSources(apiBase, certificates, chzzkApiBase)({});

    targets->clear();
    for (const QString &input : positional) {
        const ChatSourceFactory::Parsed channel = (*sources)->parse(input);
        if (!channel.target) {
            *exitCode = fail(command, channel.error);
            return false;
        }
        if (!targets->contains(*channel.target))
            targets->append(*channel.target);
    }
    if (parser.isSet(m_passwordOption)) {
        *exitCode = fail(command,
            u"--password no longer takes the password on the command line, where every user of this computer can "
            u"see it; use --ask-password and type it, or pipe it to standard input"_s);
        return false;
    }
    if (parser.isSet(m_askPasswordOption)) {
        const std::optional<QString> password = readPassword();
        if (!password) {
            *exitCode = fail(command, u"--ask-password: no password was given on standard input"_s);
            return false;
        }
        m_password = *password;
    }
    return true;
}

void reportStatus(const char *command, const ChannelStatus &status, bool withChannel)
{
    QString line = QString::fromLatin1(connectionStateName(status.state));
    if (withChannel)
        line = status.channel + u": "_s + line;
    switch (status.state) {
    case ConnectionState::Live:
        line += u": %1 (broadcast %2 via %3)"_s.arg(status.broadcast.title)
                    .arg(status.broadcast.broadcastId)
                    .arg(status.transport == Transport::Tls ? u"wss"_s
                            : status.broadcast.platform == Platform::Soop
                            ? u"ws, unencrypted: the TLS chat port could not be reached"_s
                            : u"ws, unencrypted"_s);
        break;
    case ConnectionState::Reconnecting:
    case ConnectionState::WaitingForLive:
    case ConnectionState::LoginRequired:
    case ConnectionState::Unavailable:
        if (status.nextAttemptAtMs > 0) {
            const qint64 seconds = (status.nextAttemptAtMs - QDateTime::currentMSecsSinceEpoch() + 999) / 1000;
            line += u" (next try in %1 s)"_s.arg(std::max<qint64>(seconds, 0));
        }
        break;
    default:
        break;
    }
    if (!status.detail.isEmpty())
        line += u": "_s + status.detail;
    QTextStream(stderr) << "soopchat-cli " << command << ": " << line << '\n';
}

bool isFinal(const ChannelStatus &status)
{
    return status.state == ConnectionState::NotFound || status.state == ConnectionState::PasswordRequired;
}

} // namespace cli
