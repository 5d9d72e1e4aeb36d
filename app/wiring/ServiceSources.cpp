#include "wiring/ServiceSources.h"

#include "core/soop/SoopSourceFactory.h"

namespace soopchat::wiring {

SourcesMaker serviceSources(const QUrl &apiBase, const QList<QSslCertificate> &extraCa)
{
    return [apiBase, extraCa](const QString &clientUuid) {
        soop::ClientConfig config = soop::ClientConfig::forApiBase(apiBase);
        config.extraCaCertificates = extraCa;
        config.uuid = clientUuid;
        auto sources = std::make_unique<ChatSources>();
        sources->add(std::make_unique<soop::SoopSourceFactory>(config));
        return sources;
    };
}

} // namespace soopchat::wiring
