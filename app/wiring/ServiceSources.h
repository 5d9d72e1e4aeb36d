#pragma once

#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

#include "core/channel/ChatSources.h"

namespace soopchat::wiring {

using SourcesMaker = std::function<std::unique_ptr<ChatSources>(const QString &clientUuid)>;

// The platforms as the app opens them: SOOP itself, or, with an API base,
// whatever serves SOOP's API there (a simulator), trusting `extraCa` for its
// chat server's TLS port, and the simulator's test certificate when the API
// is on this computer. The only place that names a platform's sources.
SourcesMaker serviceSources(const QUrl &apiBase = {}, const QList<QSslCertificate> &extraCa = {});

} // namespace soopchat::wiring
