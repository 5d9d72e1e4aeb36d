#include "sim/TestCertificate.h"

#include <QFile>

#include "core/util/Logging.h"

namespace soopchat::sim {

namespace {

using namespace Qt::StringLiterals;

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSim) << "missing compiled-in resource" << path;
        return {};
    }
    return file.readAll();
}

} // namespace

QSslCertificate TestCertificate::certificate()
{
    static const QSslCertificate cert(readResource(u":/soopchat/sim/certs/localhost.crt"_s), QSsl::Pem);
    return cert;
}

QSslKey TestCertificate::privateKey()
{
    static const QSslKey key(readResource(u":/soopchat/sim/certs/localhost.key"_s), QSsl::Rsa, QSsl::Pem);
    return key;
}

QSslConfiguration TestCertificate::serverConfiguration()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate());
    config.setPrivateKey(privateKey());
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

QSslConfiguration TestCertificate::clientConfiguration()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(certificate());
    return config;
}

} // namespace soopchat::sim
