#pragma once

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

#include "core/channel/ChatSources.h"

namespace soopchat::wiring {

using SourcesMaker = std::function<std::unique_ptr<ChatSources>(const QString &clientUuid)>;

// The platforms as the app opens them: CHZZK and SOOP themselves, or, with an
// API base, whatever serves that platform's API there (a simulator), trusting
// `extraCa` for SOOP's chat server's TLS port, and the simulator's test
// certificate when the API is on this computer. CHZZK's factory comes first:
// it takes only chzzk.naver.com addresses and 32-hex channel ids, which SOOP's
// would otherwise read as a streamer id. The only place that names a
// platform's sources.
SourcesMaker serviceSources(
    const QUrl &apiBase = {}, const QList<QSslCertificate> &extraCa = {}, const QUrl &chzzkApiBase = {});

// The image hosts chat names (OGQ stickers, SOOP's emoticons), all sent to `imageBase` (the
// simulator's image server); empty when `imageBase` is: the real hosts then.
QHash<QString, QUrl> imageHosts(const QUrl &imageBase);

} // namespace soopchat::wiring
