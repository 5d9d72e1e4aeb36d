#include "cli/ClientOptions.h"

#include <QDateTime>
#include <QFile>
#include <QTextStream>

#include "cli/CliCommand.h"
#include "wiring/ServiceSources.h"

namespace cli {

using namespace Qt::StringLiterals;
using namespace soopchat;

ClientOptions::ClientOptions(QCommandLineParser &parser)
    : m_apiBaseOption(
          u"api-base"_s, u"Base URL of the live-info API, e.g. the simulator's (default: SOOP)."_s, u"URL"_s),
      m_passwordOption(u"password"_s, u"Password of a password-protected broadcast."_s, u"PASSWORD"_s),
      m_caCertOption(u"ca-cert"_s, u"Also trust this PEM certificate for the chat server's TLS port."_s, u"FILE"_s)
{
    parser.addOption(m_apiBaseOption);
    parser.addOption(m_passwordOption);
    parser.addOption(m_caCertOption);
}

bool ClientOptions::read(const QCommandLineParser &parser, const char *command, qsizetype maxChannels,
    QList<ChannelTarget> *targets, std::unique_ptr<ChatSources> *sources, int *exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || (maxChannels > 0 && positional.size() > maxChannels)) {
        *exitCode = fail(command,
            maxChannels == 1 ? u"takes exactly one CHANNEL (a streamer id or a SOOP address)"_s
                             : u"takes one or more CHANNELs (streamer ids or SOOP addresses)"_s);
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
    QList<QSslCertificate> certificates;
    if (parser.isSet(m_caCertOption)) {
        QFile file(parser.value(m_caCertOption));
        certificates = file.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(file.readAll()) : certificates;
        if (certificates.isEmpty()) {
            *exitCode = fail(command, u"--ca-cert %1 holds no PEM certificate"_s.arg(file.fileName()));
            return false;
        }
    }
    *sources = soopchat::wiring::serviceSources(apiBase, certificates)({});

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
    m_password = parser.value(m_passwordOption);
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
                    .arg(status.transport == Transport::Tls ? u"wss"_s : u"ws"_s);
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
