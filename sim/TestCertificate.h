#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace soopchat::sim {

// The simulator's self-signed certificate for localhost and 127.0.0.1
// (sim/certs, compiled in). Test-only: the key is public on purpose.
class TestCertificate
{
public:
    static QSslCertificate certificate();
    static QSslKey privateKey();
    // What the TLS chat port serves.
    static QSslConfiguration serverConfiguration();
    // The default configuration plus this certificate as a trusted CA, for
    // clients that talk to the simulator with verification on.
    static QSslConfiguration clientConfiguration();
};

} // namespace soopchat::sim
