#include "wiring/ServiceSources.h"

#include <QHostAddress>

#include "core/chzzk/ChzzkSourceFactory.h"
#include "core/soop/SoopEmoticons.h"
#include "core/soop/SoopSourceFactory.h"
#include "sim/SoopSimulator.h"

namespace soopchat::wiring {

namespace {
// An API on this computer is a simulator (soopchat-cli sim): its chat port's
// test certificate is trusted as well, so that TLS is tested as it is used.
// A certificate error is never answered with plain ws (SoopClient).
bool isThisComputer(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == QLatin1StringView("localhost") || (!address.isNull() && address.isLoopback());
}
} // namespace

SourcesMaker serviceSources(const QUrl &apiBase, const QList<QSslCertificate> &extraCa, const QUrl &chzzkApiBase)
{
    return [apiBase, extraCa, chzzkApiBase](const QString &clientUuid) {
        soop::ClientConfig config = soop::ClientConfig::forApiBase(apiBase);
        config.extraCaCertificates = extraCa;
        if (isThisComputer(apiBase))
            config.extraCaCertificates.append(sim::SoopSimulator::certificate());
        config.uuid = clientUuid;
        auto sources = std::make_unique<ChatSources>();
        sources->add(std::make_unique<chzzk::ChzzkSourceFactory>(chzzk::ClientConfig::forApiBase(chzzkApiBase)));
        sources->add(std::make_unique<soop::SoopSourceFactory>(config));
        return sources;
    };
}

QHash<QString, QUrl> imageHosts(const QUrl &imageBase)
{
    if (!imageBase.isValid() || imageBase.isEmpty())
        return {};
    // The OGQ sticker CDN (PacketDecoder's ogqImageUrl) and the emoticons' host (SoopEmoticons).
    return {
        {QUrl(QString::fromLatin1(soop::SoopEmoticons::ImageBase)).host(), imageBase},
        {QStringLiteral("ogq-sticker-global-cdn-z01.sooplive.com"), imageBase},
    };
}

} // namespace soopchat::wiring
